package identity

import (
	"regexp"
	"strings"

	"newsbot/extract/doc"
	"newsbot/extract/sex"
)

// bodyLeaderAfter follows a body's name and gives its leader: "Blue
// Horizon leader Ana Kovac", "the Blue Horizon co-leader".
var bodyLeaderAfter = regexp.MustCompile(`^ (?:leader|co-leader) \p{Lu}`)

// theBodyLeaderAfter follows a body's name after "the" and makes someone
// its leader: "Ana Kovac, the Blue Horizon leader".
var theBodyLeaderAfter = regexp.MustCompile(`^ (?:leader|co-leader)\b`)

// retypeLedBodies retypes as an organisation a name of two words or more
// taken for a person's that opens with no known given name, when the
// article writes it before its leader ("Blue Horizon leader Ana Kovac",
// "the Blue Horizon leader"): a person leads no one so. A name with an
// initial or a title is left alone (see personLike); so is one with its
// initials in brackets only, which people are given too.
func retypeLedBodies(text string, mentions []doc.Mention, formOf []*form) {
	for i, m := range mentions {
		f := formOf[i]
		if f.typ != doc.Person || f.ntok < 2 || m.Start < 0 || m.End > len(text) || sex.Of(f.display) != sex.Unknown || personLike(f.toks) {
			continue
		}
		after := text[m.End:]
		the := strings.HasSuffix(strings.ToLower(text[max(0, m.Start-4):m.Start]), "the ")
		if bodyLeaderAfter.MatchString(after) || the && theBodyLeaderAfter.MatchString(after) {
			f.typ, f.votes = doc.Org, onlyVotes(doc.Org, f.count)
		}
	}
}

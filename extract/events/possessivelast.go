package events

import (
	"strings"
	"unicode"

	"newsbot/extract/doc"
)

// maxPossessedWords bounds the words of the noun a possessive time ends
// a summary with: "Sunday night's cyber attack".
const maxPossessedWords = 4

// possessedAdjuncts open the phrase of a possessive time that ends a
// summary as an adjunct of its main clause.
var possessedAdjuncts = toSet(`after following since before amid despite`)

// possessiveDatedLast returns the noun phrase a possessive time ends the
// summary sum with, after a word of possessedAdjuncts, when the main
// clause is undated: told as it stands now or as what someone said ("The
// trust has said it will not rush to restore its systems, warning of
// delays after Sunday night's cyber attack"). The time dates the attack,
// not the saying, which the article's own date dates. The caller takes it
// only for a time before the article's day: "after today's opening" is
// when what is said applies. The caller then dates the whole sentence by
// the day of publication: the noun phrase alone is never a summary.
func possessiveDatedLast(low *lowText, sum, t doc.Span) (doc.Span, bool) {
	text := low.text
	if !sum.Contains(t) || !possessiveTime(text, t) || !undatedMain(low.firstWordsOf(sum.Start, t.Start, maxMainWords+1)) {
		return doc.Span{}, false
	}
	before := strings.Fields(text[sum.Start:t.Start])
	if len(before) < 4 || !possessedAdjuncts[strings.ToLower(before[len(before)-1])] {
		return doc.Span{}, false
	}
	rest := strings.TrimRight(text[t.End:sum.End], ".!?\"'”’) ")
	noun, ok := strings.CutPrefix(rest, "'s ")
	if !ok {
		noun, ok = strings.CutPrefix(rest, "’s ")
	}
	if !ok && possessive(text, t) {
		noun, ok = strings.CutPrefix(rest, " ") // the time holds its "'s"
	}
	if !ok {
		return doc.Span{}, false
	}
	ws := strings.Fields(noun)
	if len(ws) == 0 || len(ws) > maxPossessedWords {
		return doc.Span{}, false
	}
	for _, w := range ws {
		if strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLower(r) && r != '-' }) >= 0 {
			return doc.Span{}, false
		}
	}
	return doc.Span{Start: t.Start, End: t.End + len(rest)}, true
}

package identity

import (
	"regexp"
	"slices"
	"strings"
)

// linkCue is an expression matched against the whole text between two
// names (see linkedAliases), with a cheap test of that text, may, that
// every text the expression matches passes: most texts between two names
// fail it, and the expression is not run on them.
type linkCue struct {
	re  *regexp.Regexp
	may func(string) bool
}

// MatchString reports whether the cue's expression matches s.
func (c linkCue) MatchString(s string) bool { return c.may(s) && c.re.MatchString(s) }

// links reports whether gap, the text between two names, is the cue:
// mayLinkNames admits it and the expression matches it. The cue's own
// test, most often a look at the gap's last bytes, goes first.
func (c linkCue) links(gap string) bool {
	return c.may(gap) && mayLinkNames(gap) && c.re.MatchString(gap)
}

// The cues of linkedAliases, each with the test its matches pass.
var (
	knownAsLink     = linkCue{knownAs, holdsKnown}
	orgKnownAsLink  = linkCue{orgKnownAs, holdsKnown}
	calledByLink    = linkCue{calledBy, holdsWhose}
	spelledAsLink   = linkCue{spelledAs, endsSpelledAs}
	handleAliasLink = linkCue{handleAlias, endsHandleCue}
	formerNameLink  = linkCue{formerNameCue, endsFormerNameCue}
)

// holdsKnown reports whether s holds "known ", as every match of knownAs
// and orgKnownAs does.
func holdsKnown(s string) bool { return strings.Contains(s, "known ") }

// holdsWhose reports whether s holds "whose ", as every match of calledBy
// does.
func holdsWhose(s string) bool { return strings.Contains(s, "whose ") }

// spelledAsEnds are the endings one of which every match of spelledAs
// has: its verbs ("spelled", "spelt", "written", "transliterated",
// "romanised", "rendered") and a space, or " as ".
var spelledAsEnds = []string{"ed ", "lt ", "en ", " as "}

// endsSpelledAs reports whether s ends in one of spelledAsEnds.
func endsSpelledAs(s string) bool { return endsInAny(s, spelledAsEnds) }

// handleCueEnds are the endings one of which every match of handleAlias
// has, once an opening quotation mark after it is left out: "as " (of
// "known as"), "by " or "under " (of "goes by", "operating under") or
// the noun of "the name", "the online alias", each after a space.
var handleCueEnds = []string{" as ", " by ", " under ", " name ", " alias ", " handle ", " moniker ", " pseudonym ",
	" nickname ", " username "}

// endsHandleCue reports whether s, an opening quotation mark at its end
// left out, ends in one of handleCueEnds.
func endsHandleCue(s string) bool {
	for _, q := range []string{`"`, "“", "'"} {
		if t, ok := strings.CutSuffix(s, q); ok {
			return endsInAny(t, handleCueEnds)
		}
	}
	return endsInAny(s, handleCueEnds)
}

// formerNameCueEnds are the endings one of which every match of
// formerNameCue has: its words before the former name and a space.
var formerNameCueEnds = []string{"née ", "nee ", "born ", "formerly ", "previously ", "once ", "known as "}

// endsFormerNameCue reports whether s ends in one of formerNameCueEnds.
func endsFormerNameCue(s string) bool { return endsInAny(s, formerNameCueEnds) }

// endsInAny reports whether s ends in one of ends.
func endsInAny(s string, ends []string) bool {
	return slices.ContainsFunc(ends, func(e string) bool { return strings.HasSuffix(s, e) })
}

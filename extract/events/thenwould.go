package events

import (
	"regexp"
	"strings"

	"newsbot/extract/doc"
)

// thenWouldHave matches the opening of a clause after a time that tells
// what someone would or could have done then but did not: "I'd never
// have imagined", ", few would have bet", "nobody could have known".
// Its subject is at most three words; the word after "have" is left to
// wouldHaveThen.
var thenWouldHave = regexp.MustCompile(`(?i)^,?\s*(?:[\w’']+\s+){0,2}?[\w]+(?:\s+(?:would|could|might)|'d|’d)(?:\s+(?:never|not|hardly))?\s+have\s+([\w]+)`)

// clauseLinks open a clause of its own after a time, whose would-have
// tells nothing of the time: "introduced in 1986, but that would have
// had", "last Friday that would have required", "a year ago that prices
// might have been".
var clauseLinks = toSet(`but and or so which that who whom whose when where while because if as though although`)

// wouldHaveParticiples are past participles pastParticiple does not know:
// "would have been", "could have done", "would have bet".
var wouldHaveParticiples = toSet(`been done seen gone bet had got put let run become come thought said told heard felt left`)

// wouldHaveThen reports whether the time at span opens, or stands just
// before, a clause of what would have been thought or done at that time
// ("Three weeks ago I'd never have imagined queuing", "A month ago, few
// would have bet on the bill"): the time dates a state of mind that did
// not come about, no event. "would have to" (an obligation) and "could
// have a bonanza" (a main verb "have") are no such clause.
func wouldHaveThen(text string, sent, span doc.Span) bool {
	if span.Start < sent.Start || span.End > sent.End || sent.End > len(text) {
		return false
	}
	rest := text[span.End:sent.End]
	if !containsFold(rest, "have") {
		return false // every match of thenWouldHave holds it; its letters fold to their ASCII capitals alone
	}
	m := thenWouldHave.FindStringSubmatch(rest)
	if m == nil {
		return false
	}
	if ws := lowerWords(rest); len(ws) > 0 && clauseLinks[ws[0]] {
		return false
	}
	// "Under the plan, which sparked strikes on 7 April, workers would
	// have lost": the time closes a clause of its own before the comma.
	before := text[sent.Start:span.Start]
	if ws := lowerWords(before[strings.LastIndexByte(before, ',')+1:]); len(ws) > 0 && clauseLinks[ws[0]] {
		return false
	}
	p := strings.ToLower(m[1])
	return pastParticiple(p) || wouldHaveParticiples[p]
}

package kb

import (
	"slices"
	"strings"

	"newsbot/extract/events"
)

// contentWords returns the words of a report other than its figures and
// numbers ("0400#utc", "0400"): what its summary says in words.
func contentWords(e events.Event) []string {
	var out []string
	for _, w := range e.Words {
		if strings.ContainsAny(w, "#@") || strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' }) < 0 {
			continue
		}
		out = append(out, w)
	}
	return out
}

// fullerThanFragment returns, for a report of what happened shown for a
// group that also holds what was announced, not opening on what was
// announced (see opensOnEvent), when its summary is a
// fragment of a few words besides its figures ("For the record: 0400 UTC,
// 6am at Sorrel Point."), the report of what happened of the same
// precision that tells the event in at least twice its words: the one
// sharing most of the fragment's words, then the one with the most words.
// Else lead.
func fullerThanFragment(refs []events.Ref, idx []int, lead int) int {
	own := contentWords(refs[lead].Event)
	n := len(own)
	if n > fragmentWords {
		return lead
	}
	best, bestShared, bestLen := lead, -1, 0
	for _, i := range idx {
		e := refs[i].Event
		if i == lead || e.Planned || e.Precision != refs[lead].Event.Precision {
			continue
		}
		words := contentWords(e)
		if len(words) < 2*max(n, 1) {
			continue
		}
		shared := 0
		for _, w := range words {
			if slices.Contains(own, w) {
				shared++
			}
		}
		if shared > bestShared || shared == bestShared && len(words) > bestLen {
			best, bestShared, bestLen = i, shared, len(words)
		}
	}
	return best
}

// figureUnit reports whether words[k] is the unit of a figure the report
// gives ("utc" of "0400 utc", kept as "0400#utc"): part of the figure,
// not of what the report says.
func figureUnit(words []string, k int) bool {
	if k == 0 || strings.IndexFunc(words[k-1], func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
		return false
	}
	return slices.Contains(words, words[k-1]+"#"+words[k])
}

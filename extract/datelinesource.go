package extract

import (
	"sort"

	"newsbot/extract/doc"
	"newsbot/extract/segment"
)

// datelineSources returns the spans of the mentions in ms that stand alone
// in the brackets of a wire dateline: the agency that filed the story, as
// "Reuters" in "TESSEN, Nov 2 (Reuters) - Voters went ..." or "AP" in
// "BEIRUT (AP) - ...". The tagger names it an organisation, as the tagging
// task expects, but it is the story's source, not something the story is
// about. The same agency in the story's own words ("told Reuters") is a
// mention like any other.
func datelineSources(text string, sents []doc.Sentence, ms []doc.Mention) []doc.Span {
	var out []doc.Span
	for _, m := range ms {
		if bracketed(text, m.Span) && inDateline(text, sents, m.Span) {
			out = append(out, m.Span)
		}
	}
	return out
}

// bracketed reports whether sp is all that a pair of brackets holds:
// "(Reuters)", not "(Reuters Breakingviews)" for "Reuters".
func bracketed(text string, sp doc.Span) bool {
	return sp.Start > 0 && sp.End < len(text) && text[sp.Start-1] == '(' && text[sp.End] == ')'
}

// inDateline reports whether sp lies in the wire dateline that opens its
// sentence (see segment.DatelinePrefixEnd).
func inDateline(text string, sents []doc.Sentence, sp doc.Span) bool {
	i := sort.Search(len(sents), func(i int) bool { return sents[i].End > sp.Start })
	if i == len(sents) || !sents[i].Contains(sp) || sents[i].End > len(text) {
		return false
	}
	s := sents[i]
	return sp.End-s.Start < segment.DatelinePrefixEnd(text[s.Start:s.End])
}

// isSource reports whether m is one of the sources' mentions.
func isSource(sources []doc.Span, m doc.Mention) bool {
	for _, s := range sources {
		if s == m.Span {
			return true
		}
	}
	return false
}

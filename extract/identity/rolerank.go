package identity

import "strings"

// ranking reports whether the role phrase of tokens [rs, head] counts the
// person in a series rather than naming an office: an ordinal opens it
// and "in", "to", "among" or "since" follows its head ("the fifth manager
// in the division to lose his job", "the third minister to resign").
// An office of something keeps its ordinal ("the first president of
// Chile"), as does a title before a name ("First Minister John Swinney").
func (h harvester) ranking(rs, head int) bool {
	k := rs
	if k < head && determiners[h.toks[k].bare()] {
		k++
	}
	if k >= head || !isOrdinal(h.toks[k].text) || head+1 >= len(h.toks) {
		return false
	}
	return rankComplements[h.toks[head+1].bare()]
}

// rankComplements follow the head of a ranking phrase.
var rankComplements = wordSet(`in to among since`)

// ordinals are the ordinal words a ranking opens with; "20th" and the
// like are read from their digits.
var ordinals = wordSet(`first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth latest last`)

// isOrdinal reports an ordinal word or number: "fifth", "20th", "3rd".
func isOrdinal(w string) bool {
	b := bare(w)
	if ordinals[b] {
		return true
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if d, ok := strings.CutSuffix(b, suf); ok && d != "" && strings.Trim(d, "0123456789") == "" {
			return true
		}
	}
	return false
}

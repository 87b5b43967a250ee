package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// codeNames makes other names of the mentions written as a code of
// capital letters and digits, tagged a person, a place or an
// organisation: a batch, lot, part or model number ("batch QX-4471",
// "the RT-220 router") is none of those. Codes of one letter or of fewer
// than three digits are left alone, since roads and motorways are written
// so ("the M25", "I-95").
func codeNames(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypeMISC && productCode(text[toks[s.start].Start:toks[s.end-1].End]) {
			retype(tags, s, model.TypeMISC)
		}
	}
}

// productCode reports a word of two or more capital letters, an optional
// hyphen and three or more digits ("QX-4471", "RT220"), or of one capital
// letter and four or more digits ("K-20417").
func productCode(w string) bool {
	i := 0
	for i < len(w) && w[i] >= 'A' && w[i] <= 'Z' {
		i++
	}
	letters := i
	if i < len(w) && w[i] == '-' {
		i++
	}
	j := i
	for j < len(w) && w[j] >= '0' && w[j] <= '9' {
		j++
	}
	digits := j - i
	if j != len(w) || letters == 0 {
		return false
	}
	return letters >= 2 && digits >= 3 || digits >= 4
}

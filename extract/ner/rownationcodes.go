package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// dropRowNationCodes removes the codes in capitals in brackets right
// after a person's name in a row of a results table, its cells between
// bars: "Semi-final | Ana Rusk (FRA) [2] | Ivy Lund (NOR) | 6-4 6-2"
// gives each player's nation by a code that names nothing the article
// speaks of (see dropNationCodes for a ranked line's codes).
func dropRowNationCodes(text string, toks []tok.Token, dt *docTags) {
	if !strings.Contains(text, " | ") {
		return
	}
	tags := dt.tags
	for _, s := range dt.spans() {
		k := s.start
		if s.end-k != 1 || k < 2 || s.end >= len(toks) || tokText(text, toks, k-1) != "(" || tokText(text, toks, s.end) != ")" {
			continue
		}
		if tags[k-2] == 0 || model.TagType(tags[k-2]) != model.TypePER || !capsCode(tokText(text, toks, k)) {
			continue
		}
		if barredRow(text, toks[k].Start) {
			setTag(tags, k, 0)
		}
	}
}

// capsCode reports a word of three capital ASCII letters ("FRA").
func capsCode(w string) bool {
	if len(w) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// barredRow reports whether the line holding byte i has cells between
// bars: two " | " at least.
func barredRow(text string, i int) bool {
	start := strings.LastIndexByte(text[:i], '\n') + 1
	end := strings.IndexByte(text[i:], '\n')
	if end < 0 {
		end = len(text)
	} else {
		end += i
	}
	return strings.Count(text[start:end], " | ") >= 2
}

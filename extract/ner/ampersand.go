package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// maxAmpersandWords bounds the words of each name an ampersand joins.
const maxAmpersandWords = 2

// ampersandFirms joins two short names on either side of an ampersand
// into one organisation when either is tagged one: "Strand & Okafor",
// a law firm named after its partners, is no organisation "Strand" and
// a person "Okafor". Two people on either side ("Rosa & Tom") stay apart.
func ampersandFirms(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	ss := dt.spans()
	for k := 0; k+1 < len(ss); k++ {
		a, b := ss[k], ss[k+1]
		if !ampersandBetween(text, toks, tags, a, b) || wordsOf(text, toks, a) > maxAmpersandWords || wordsOf(text, toks, b) > maxAmpersandWords {
			continue
		}
		if a.typ != model.TypeORG && b.typ != model.TypeORG {
			continue
		}
		setTag(tags, a.start, model.BeginTag(model.TypeORG))
		for i := a.start + 1; i < b.end; i++ {
			setTag(tags, i, model.InsideTag(model.TypeORG))
		}
		k++
	}
}

// ampersandBetween reports an ampersand that joins spans a and b: alone
// between them or as the last word of a or the first of b (the tagger
// gives it to either name).
func ampersandBetween(text string, toks []tok.Token, tags []int, a, b span) bool {
	switch {
	case b.start == a.end+1:
		return tags[a.end] == 0 && tokText(text, toks, a.end) == "&"
	case b.start == a.end:
		return tokText(text, toks, a.end-1) == "&" || tokText(text, toks, b.start) == "&"
	}
	return false
}

// wordsOf counts the words of span s, an ampersand left out.
func wordsOf(text string, toks []tok.Token, s span) int {
	n := 0
	for i := s.start; i < s.end; i++ {
		if tokText(text, toks, i) != "&" {
			n++
		}
	}
	return n
}

package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// ofAndHeads open the names of public bodies named for two fields joined
// by "and": "Department of Parks and Wildlife Management".
var ofAndHeads = wordSet("department ministry office bureau division directorate")

// maxOfAndTail bounds the words of the second field.
const maxOfAndTail = 3

// joinOfAndBodies tags as one organisation a body named "Department of A
// and B" that the tagger cut at "and" into two organisations, when B is
// made of common words only ("Parks", "Wildlife Management"), as a
// field is, and holds no head of its own: "Ministry of Defence and
// Home Office" stays two, and so does a firm after "and".
func joinOfAndBodies(text string, toks []tok.Token, dt *docTags, common func(string) bool) {
	tags := dt.tags
	ss := dt.spans()
	for n := 0; n+1 < len(ss); n++ {
		a, b := ss[n], ss[n+1]
		if a.typ != model.TypeORG || b.typ != model.TypeORG || b.start != a.end+1 || tokText(text, toks, a.end) != "and" {
			continue
		}
		if !ofHeaded(text, toks, a) || !fieldWords(text, toks, b, common) {
			continue
		}
		if b.end < len(toks) && capitalised(tokText(text, toks, b.end)) {
			continue
		}
		retype(tags, span{a.start, b.end, model.TypeORG}, model.TypeORG)
		setTag(tags, a.start, model.BeginTag(model.TypeORG))
	}
}

// ofHeaded reports a name "... Department of X", with X capitalised.
func ofHeaded(text string, toks []tok.Token, s span) bool {
	for k := s.start + 1; k+1 < s.end; k++ {
		if tokText(text, toks, k) == "of" && lowerIn(ofAndHeads, tokText(text, toks, k-1)) {
			for j := k + 1; j < s.end; j++ {
				if !capitalised(tokText(text, toks, j)) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// fieldWords reports a short name made of capitalised common words that
// head no body.
func fieldWords(text string, toks []tok.Token, s span, common func(string) bool) bool {
	if s.end-s.start > maxOfAndTail {
		return false
	}
	for k := s.start; k < s.end; k++ {
		w := tokText(text, toks, k)
		l := strings.ToLower(w)
		if !capitalised(w) || shouted(w) || !common(l) || inSet(institutionHeads, l) || lowerIn(orgHeads, w) {
			return false
		}
	}
	return true
}

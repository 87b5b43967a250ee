package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// dropPhotoCredits drops the photographer's name of a credit in brackets
// after a picture's caption, "(Harbour Times: Ada Fenwick)": the outlet, a
// colon and a person's name closing the bracket. The photographer is no
// one the story speaks of.
func dropPhotoCredits(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	ss := dt.spans()
	for n, s := range ss {
		if s.typ != model.TypePER || n == 0 || s.end >= len(toks) || tokText(text, toks, s.end) != ")" {
			continue
		}
		org := ss[n-1]
		if org.typ != model.TypeORG || org.end != s.start-1 || tokText(text, toks, org.end) != ":" {
			continue
		}
		if org.start == 0 || tokText(text, toks, org.start-1) != "(" {
			continue
		}
		for k := s.start; k < s.end; k++ {
			setTag(tags, k, 0)
		}
	}
}

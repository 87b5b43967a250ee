package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// dropCommonPluralNames removes a one-word name of no set type, written
// in title case, that opens a sentence and is the plural of a common
// noun, with the sentence going on in lower case: "Lawmakers need to
// act", as dropCommonPlurals does for people. A word the document also
// writes inside a sentence as a name of its own is kept, and so are the
// followers of a movement ("Socialists", "Communists").
func dropCommonPluralNames(text string, toks []tok.Token, dt *docTags, common func(string) bool) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypeMISC || s.end-s.start != 1 || shouted(tokText(text, toks, s.start)) {
			continue
		}
		if !afterSentenceStop(text, toks, s.start) || !proseAfter(text, toks, s.end) {
			continue
		}
		w := strings.ToLower(tokText(text, toks, s.start))
		sing, ok := strings.CutSuffix(w, "s")
		if !ok || strings.HasSuffix(sing, "s") || strings.HasSuffix(sing, "ist") || !common(w) || !common(sing) {
			continue
		}
		if !namedAlone(text, toks, tags, s.start) {
			setTag(tags, s.start, 0)
		}
	}
}

// afterSentenceStop reports whether token k opens the text or follows a
// sentence's closing mark or an opening quote; a line break alone, which
// wire copy puts inside sentences, does not count.
func afterSentenceStop(text string, toks []tok.Token, k int) bool {
	if k == 0 {
		return true
	}
	switch tokText(text, toks, k-1) {
	case ".", "!", "?", "\"", "“":
		return true
	}
	return false
}

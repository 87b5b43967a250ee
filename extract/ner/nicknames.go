package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// openQuotes and closeQuotes hold a nickname inside a name.
var (
	openQuotes  = map[string]bool{`"`: true, "“": true, "'": true, "‘": true}
	closeQuotes = map[string]bool{`"`: true, "”": true, "'": true, "’": true}
)

// joinNicknames makes one person of a name with a nickname in quotation
// marks inside it: the tagger reads `Robert "Bobby" Keane Jr.` as
// "Robert" and misses the rest. A given name, the quoted nickname and a
// capitalised surname (with what the tagger found after it, whatever it
// typed it) become one mention.
func joinNicknames(text string, toks []tok.Token, tags []int) {
	for i := 0; i+4 < len(toks); i++ {
		if model.TagType(tags[i]) != model.TypePER || model.IsInside(tags[i+1]) {
			continue
		}
		if !openQuotes[tokText(text, toks, i+1)] || !capitalised(tokText(text, toks, i+2)) ||
			!closeQuotes[tokText(text, toks, i+3)] || !capitalised(tokText(text, toks, i+4)) {
			continue
		}
		if model.IsInside(tags[i+4]) {
			continue // the capitalised word ends a name of its own
		}
		end := i + 5
		for end < len(toks) && model.IsInside(tags[end]) {
			end++
		}
		for k := i + 1; k < end; k++ {
			tags[k] = model.InsideTag(model.TypePER)
		}
		i = end - 1
	}
}

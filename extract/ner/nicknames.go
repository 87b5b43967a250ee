package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// openQuotes and closeQuotes hold a nickname inside a name.
var (
	openQuotes  = fixedSet(map[string]bool{`"`: true, "“": true, "'": true, "‘": true})
	closeQuotes = fixedSet(map[string]bool{`"`: true, "”": true, "'": true, "’": true})
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
		if !inSet(openQuotes, tokText(text, toks, i+1)) || !capitalised(tokText(text, toks, i+2)) ||
			!inSet(closeQuotes, tokText(text, toks, i+3)) || !capitalised(tokText(text, toks, i+4)) {
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
			setTag(tags, k, model.InsideTag(model.TypePER))
		}
		i = end - 1
	}
}

// joinNicknamedSurnames makes one person of a given name the tagger took
// for something else, a quoted nickname and a surname it took for a
// person: `Declan "Dec" Fennelly`, with "Declan" read as a name of
// another kind, is one man (see joinNicknames for a given name read as a
// person's). The given name is a word of letters, not initials.
func joinNicknamedSurnames(text string, toks []tok.Token, tags []int) {
	for i := 0; i+4 < len(toks); i++ {
		if tags[i] == 0 || model.IsInside(tags[i]) || model.TagType(tags[i]) == model.TypePER || model.IsInside(tags[i+1]) ||
			!surnameShaped(tokText(text, toks, i)) {
			continue // initials ("C.J.") are left as they are
		}
		if !inSet(openQuotes, tokText(text, toks, i+1)) || !capitalised(tokText(text, toks, i+2)) ||
			!inSet(closeQuotes, tokText(text, toks, i+3)) || !nicknamedSurname(tags, i) || model.IsInside(tags[i+4]) {
			continue
		}
		end := i + 5
		for end < len(toks) && model.IsInside(tags[end]) {
			end++
		}
		retype(tags, span{start: i, end: end}, model.TypePER)
		i = end - 1
	}
}

// nicknamedSurname reports whether the name after the quoted nickname at
// i+2 is a surname: the tagger took it for a person, or took the
// nickname for one and the surname for a name of any kind (`Jessica
// "Jess" Tull`, with "Tull" read as a thing).
func nicknamedSurname(tags []int, i int) bool {
	return model.TagType(tags[i+4]) == model.TypePER || model.TagType(tags[i+2]) == model.TypePER && tags[i+4] != 0
}

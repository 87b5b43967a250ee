package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// basePrefixes open the names of military air stations: "RAF Brize
// Norton", "RNAS Culdrose".
var basePrefixes = fixedSet(map[string]bool{"RAF": true, "RNAS": true})

// airBases tags as one place an air station's prefix and the name right
// after it, which the tagger reads as a person or an organisation ("RAF
// Brize Norton" as "Brize Norton"). A title after the prefix opens a
// person's name ("RAF Air Marshal ..." is left to the tagger).
func airBases(text string, toks []tok.Token, tags []int) {
	for i := 0; i+1 < len(toks); i++ {
		if tags[i+1] == 0 || model.IsInside(tags[i]) || !inSet(basePrefixes, tokText(text, toks, i)) {
			continue
		}
		if model.IsInside(tags[i+1]) != (tags[i] != 0 && model.TagType(tags[i+1]) == model.TagType(tags[i])) {
			continue // the prefix neither opens the name nor stands apart
		}
		end := i + 2
		for end < len(tags) && model.IsInside(tags[end]) {
			end++
		}
		if titled(text, toks, span{i + 1, end, 0}) {
			continue
		}
		retype(tags, span{i, end, model.TypeLOC}, model.TypeLOC)
	}
}

// titled reports a title word among the words of s.
func titled(text string, toks []tok.Token, s span) bool {
	for k := s.start; k < s.end; k++ {
		if lowerIn(titles, tokText(text, toks, k)) {
			return true
		}
	}
	return false
}

package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// buildingOfHeads open the names of buildings named "X of Y": "the Hall
// of the Estates", "the Palace of Culture".
var buildingOfHeads = wordSet(`hall palace chapel tower cathedral basilica`)

// maxBuildingOfWords bounds the words of the name after "of".
const maxBuildingOfWords = 3

// joinBuildingsOf joins a building's head word after "the", taken for a
// person or left untagged, to the name after "of" into one place: "he
// entered the Hall of the Estates" names a hall, not a person Hall and an
// organisation Estates.
func joinBuildingsOf(text string, toks []tok.Token, tags []int) {
	for i := 1; i+2 < len(toks); i++ {
		head := tokText(text, toks, i)
		if tokText(text, toks, i-1) != "the" || !capitalised(head) || !lowerIn(buildingOfHeads, head) || tokText(text, toks, i+1) != "of" {
			continue
		}
		if tags[i] != 0 && (model.TagType(tags[i]) != model.TypePER || i+1 < len(tags) && model.IsInside(tags[i+1])) {
			continue
		}
		j := i + 2
		if tokText(text, toks, j) == "the" {
			j++
		}
		if j >= len(toks) || tags[j] == 0 || model.IsInside(tags[j]) {
			continue
		}
		end := j + 1
		for end < len(toks) && model.IsInside(tags[end]) && model.TagType(tags[end]) == model.TagType(tags[j]) {
			end++
		}
		if end-j > maxBuildingOfWords {
			continue
		}
		retype(tags, span{start: i, end: end}, model.TypeLOC)
	}
}

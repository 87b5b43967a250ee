package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// splitWideGaps starts a new mention at a word that a tab or a run of
// three spaces or more parts from the word before it: a table's row
// ("Calder Ridge     CRR     $49.20") sets names apart with them, prose
// never (wire copy may double a space inside a name: "Marine  Corps").
// A table's placeholder for a figure not given ("N/A", "Nil") split off
// that way names nothing.
func splitWideGaps(text string, toks []tok.Token, tags []int) {
	for i := 1; i < len(tags); i++ {
		if !model.IsInside(tags[i]) || !wideGap(text[toks[i-1].End:toks[i].Start]) {
			continue
		}
		setTag(tags, i, model.BeginTag(model.TagType(tags[i])))
		end := i + 1 // the split-off mention is toks[i:end]
		for end < len(tags) && model.IsInside(tags[end]) && !wideGap(text[toks[end-1].End:toks[end].Start]) {
			end++
		}
		if lowerIn(tablePlaceholders, text[toks[i].Start:toks[end-1].End]) {
			for k := i; k < end; k++ {
				setTag(tags, k, 0)
			}
		}
	}
}

// tablePlaceholders stand in a table's cell for a figure not given.
var tablePlaceholders = fixedSet(map[string]bool{"n/a": true, "n.a.": true, "na": true, "nil": true, "n.a": true})

// wideGap reports the space between two words of a table's row.
func wideGap(gap string) bool {
	return strings.Contains(gap, "   ") || strings.ContainsRune(gap, '\t')
}

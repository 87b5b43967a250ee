package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// bylinePeople makes a person of a given name that is also a place's
// ("Jordan", "Sofia") and the surname after it in a byline, "By" opening
// the line: "By Sydney Carver | Staff writer". The tagger may read the
// first word as the place and leave the surname out.
func bylinePeople(text string, toks []tok.Token, dt *docTags, common func(string) bool) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypeLOC || s.end-s.start != 1 || s.start == 0 || s.end >= len(toks) || tags[s.end] != 0 {
			continue
		}
		by := toks[s.start-1]
		if text[by.Start:by.End] != "By" || !lineStart(text, by.Start) || !lowerIn(givenPlaces, tokText(text, toks, s.start)) {
			continue
		}
		last := tokText(text, toks, s.end)
		if !surnameShaped(last) || common(strings.ToLower(last)) || lowerIn(placeSecondWords, last) || lowerIn(placeEnds, last) {
			continue
		}
		setTag(tags, s.start, model.BeginTag(model.TypePER))
		setTag(tags, s.end, model.InsideTag(model.TypePER))
	}
}

// lineStart reports whether offset at opens a line, after blanks only.
func lineStart(text string, at int) bool {
	before := strings.TrimRight(text[:at], " \t")
	return before == "" || strings.HasSuffix(before, "\n")
}

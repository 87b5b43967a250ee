package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// showingNouns are the showings of a work whose title follows "of":
// "the world premiere of "Harbour Lights"".
var showingNouns = wordSet(`premiere premieres screening screenings showing showings`)

// showingVerbs follow the quoted title of a work shown: ""Harbour
// Lights" premiered in Venice".
var showingVerbs = wordSet(`premiered premieres premiering screened screens screening`)

// quotedWorkNouns stand in lower case before a work's quoted title: "the
// third feature "Harbour Lights"", "the documentary "Salt"".
var quotedWorkNouns = wordSet(`feature features film films movie documentary drama thriller comedy novel album`)

// quotedWorks makes other names of the titles of works in double
// quotation marks that the tagger read as people or organisations: a
// title quoted after a showing of it ("the premiere of "Marta""), a work
// noun ("his film "Marta"") or a maker's possessive ("Ruiz's "Marta""),
// or before a showing verb (""Marta" premiered"), and the same name quoted whole anywhere else in the article ("Marta"
// opens with a storm).
func quotedWorks(text string, toks []tok.Token, dt *docTags) {
	if !strings.Contains(text, `"`) && !strings.Contains(text, "“") {
		return
	}
	var titles map[string]bool
	for _, s := range dt.spans() {
		if (s.typ == model.TypePER || s.typ == model.TypeORG) && quotedWhole(text, toks, s) &&
			(quotedWorkCue(text, toks, s.start-2) || s.end+1 < len(toks) && inSet(showingVerbs, tokText(text, toks, s.end+1))) {
			if titles == nil {
				titles = map[string]bool{}
			}
			titles[spanText(text, toks, s)] = true
		}
	}
	if titles == nil {
		return
	}
	for _, s := range dt.spans() {
		if (s.typ == model.TypePER || s.typ == model.TypeORG) && titles[spanText(text, toks, s)] && quotedWhole(text, toks, s) {
			retype(dt.tags, s, model.TypeMISC)
		}
	}
}

// spanText is the text of span s.
func spanText(text string, toks []tok.Token, s span) string {
	return text[toks[s.start].Start:toks[s.end-1].End]
}

// quotedWhole reports whether span s is all that a pair of double
// quotation marks holds.
func quotedWhole(text string, toks []tok.Token, s span) bool {
	if s.start < 1 || s.end >= len(toks) {
		return false
	}
	open, closing := tokText(text, toks, s.start-1), tokText(text, toks, s.end)
	return (open == `"` || open == "“") && (closing == `"` || closing == "”")
}

// quotedWorkCue reports whether token i, before a title's opening
// quotation mark, is a work noun, the "of" after a showing, or a
// possessive ending.
func quotedWorkCue(text string, toks []tok.Token, i int) bool {
	if i < 1 {
		return false
	}
	w := tokText(text, toks, i)
	switch {
	case w == "'s" || w == "’s":
		return true
	case w == "of":
		return inSet(showingNouns, tokText(text, toks, i-1))
	}
	return lowerWord(w) && inSet(quotedWorkNouns, w)
}

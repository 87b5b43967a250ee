package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// stormWords name the kind of a named storm before its name: "Storm
// Isolde", "Hurricane Katrina", "Typhoon Haiyan", "Cyclone Freddy".
var stormWords = wordSet("storm hurricane typhoon cyclone")

// stormGradeWords stand before a storm word in its name: "Tropical Storm
// Alberto", "Super Typhoon Haiyan".
var stormGradeWords = wordSet("tropical subtropical super")

// stormNames tags as one other name a capitalised storm word and the one
// capitalised word after it that the news never writes in lower case,
// wherever they stand: "Storm Isolde is expected to bring gusts" opens a
// sentence, where the tagger takes "Storm" for a common word. A grade
// before the storm word joins the name ("Tropical Storm Alberto"). A
// storm word inside a longer name ("the National Hurricane Center"), a
// common word after it ("Storm Shadow missiles", "Hurricane Center") and
// a name running on past the word ("Hurricane Katrina Relief Fund") are
// left alone.
func stormNames(text string, toks []tok.Token, tags []int, common func(string) bool) {
	for i := 0; i+1 < len(toks); i++ {
		w, name := tokText(text, toks, i), tokText(text, toks, i+1)
		if !capitalised(w) || !lowerIn(stormWords, w) || !stormNameWord(name, common) || lineBreakBefore(text, toks, i+1) {
			continue
		}
		start := i
		if i > 0 && capitalised(tokText(text, toks, i-1)) && lowerIn(stormGradeWords, tokText(text, toks, i-1)) {
			start = i - 1
		}
		if model.IsInside(tags[start]) || i+2 < len(toks) && (model.IsInside(tags[i+2]) || capitalised(tokText(text, toks, i+2))) {
			continue
		}
		retype(tags, span{start, i + 2, model.TypeMISC}, model.TypeMISC)
		i++
	}
}

// stormNameWord reports a word that can be a storm's given name: a
// capitalised word, not in capitals, that the news never writes in lower
// case.
func stormNameWord(w string, common func(string) bool) bool {
	return capitalised(w) && len(w) > 1 && !shouted(w) && !common(strings.ToLower(w))
}

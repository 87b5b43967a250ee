package ner

import (
	"strings"
	"unicode"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// initialledPeople makes a person of a name of two words, a given name
// and the initial of a surname with its full stop, set off by a comma
// after it, whatever type the tagger read: the way news that may not
// print a suspect's surname names them ("police named the man as Koen
// B., 31,", "the driver, Lotte S., was released"). A first word the news
// writes in lower case ("Group B.", "Plan C.") is no given name.
func initialledPeople(text string, toks []tok.Token, dt *docTags, common func(string) bool) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ == model.TypePER || s.end-s.start != 2 || s.end >= len(toks) || tokText(text, toks, s.end) != "," {
			continue
		}
		first, last := tokText(text, toks, s.start), tokText(text, toks, s.end-1)
		if !surnameShaped(first) || len(first) < 3 || common(strings.ToLower(first)) || !initialWithStop(last) {
			continue
		}
		retype(tags, s, model.TypePER)
	}
}

// initialWithStop reports a capital letter and a full stop: "B.".
func initialWithStop(w string) bool {
	r := []rune(w)
	return len(r) == 2 && unicode.IsUpper(r[0]) && r[1] == '.'
}

package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// creditVerbs come before "by" in a credit of the reporters or editors of
// a story: "Live reporting by", "Additional reporting by", "Editing by".
var creditVerbs = wordSet(`reporting editing`)

// creditDesks end the name of a newsroom credited, not a person's:
// "Reporting by Tokyo Newsroom".
var creditDesks = wordSet(`newsroom newsrooms bureau desk staff team service`)

// creditedPeople makes people of the names of two words a credit lists
// after "reporting by" or "editing by", joined by "and" or commas, on the
// credit's line: in "Live reporting by Non Ellis and Dafydd Hopcyn" both
// are reporters, whatever the tagger read them as. A name holding a
// listed place or ending like a newsroom's is left alone.
func creditedPeople(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, i := range dt.tokensOf("by") {
		if i < 1 || i+1 >= len(toks) || !lowerIn(creditVerbs, tokText(text, toks, i-1)) {
			continue
		}
		next := i + 1
		for _, s := range dt.spans() {
			if s.start < next {
				continue
			}
			if s.start != next || lineBreakBefore(text, toks, s.start) {
				break
			}
			if s.end-s.start == 2 && creditedName(text, toks, s) {
				retype(tags, s, model.TypePER)
			}
			if s.end+1 >= len(toks) || lineBreakBefore(text, toks, s.end) {
				break
			}
			if l := tokText(text, toks, s.end); l != "and" && l != "," {
				break
			}
			next = s.end + 1
		}
	}
}

// creditedName reports a name of a credit that may be a person's: two
// capitalised words, neither a listed place, the second no newsroom's.
func creditedName(text string, toks []tok.Token, s span) bool {
	a, b := tokText(text, toks, s.start), tokText(text, toks, s.start+1)
	if !capitalised(a) || !capitalised(b) || shouted(a) || shouted(b) || lowerIn(creditDesks, b) {
		return false
	}
	return !model.ListedPlace([]string{a}) && !model.ListedPlace([]string{b}) && !strings.ContainsAny(a+b, "0123456789")
}

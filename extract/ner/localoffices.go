package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// localOffices are the offices a place's name stands before, with their
// holder's name after them: "Former Riverton mayor Erik Halvorsen".
var localOffices = wordSet(`mayor governor sheriff councillor councilor councilman councilwoman
	congressman congresswoman senator assemblyman assemblywoman alderman`)

// residentNouns are the people of a place in "the people of Riverton".
var residentNouns = wordSet(`people residents citizens inhabitants townspeople townsfolk villagers`)

// placesOfPeople makes a place of a name taken for a person that stands
// before a local office and its holder's name ("Former Riverton mayor Erik
// Halvorsen") or after "the people of" ("The people of Riverton were
// betrayed"), at its every mention. A person's name stands in neither.
func placesOfPeople(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	named := map[string]bool{}
	for _, s := range dt.spans() {
		if s.typ != model.TypePER || s.end-s.start > 2 {
			continue
		}
		if beforeLocalOffice(text, toks, tags, s) || afterResidents(text, toks, s) {
			named[text[toks[s.start].Start:toks[s.end-1].End]] = true
		}
	}
	retypeNamed(text, toks, dt, named, model.TypeLOC)
}

// beforeLocalOffice reports a lower-case local office right after s and a
// person's name after it.
func beforeLocalOffice(text string, toks []tok.Token, tags []int, s span) bool {
	return s.end+1 < len(toks) && inSet(localOffices, tokText(text, toks, s.end)) &&
		tags[s.end+1] == model.BeginTag(model.TypePER)
}

// afterResidents reports "the people of" right before s.
func afterResidents(text string, toks []tok.Token, s span) bool {
	return s.start >= 3 && tokText(text, toks, s.start-1) == "of" &&
		inSet(residentNouns, tokText(text, toks, s.start-2)) && strings.EqualFold(tokText(text, toks, s.start-3), "the")
}

// dropCommonPlurals removes a one-word person that opens a sentence and is
// the plural of a common noun, with the sentence going on in lower case:
// "Teachers across the country stayed out", "Teachers' strike enters third
// day". A word the document also writes inside a sentence as a person or
// a name of its own is a name ("Woods" beside "Tiger Woods").
func dropCommonPlurals(text string, toks []tok.Token, dt *docTags, common func(string) bool) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypePER || s.end-s.start != 1 || !sentenceInitial(text, toks, s.start) || !proseAfter(text, toks, s.end) && !pluralListAfter(text, toks, s.end, common) {
			continue
		}
		w := strings.ToLower(tokText(text, toks, s.start))
		sing, ok := strings.CutSuffix(w, "s")
		if !ok || strings.HasSuffix(sing, "s") || (!common(w) || !common(sing)) && !pluralListAfter(text, toks, s.end, common) {
			continue
		}
		if !namedAlone(text, toks, tags, s.start) {
			setTag(tags, s.start, 0)
		}
	}
}

// proseAfter reports a lower-case word at token k, or a possessive's
// apostrophe and one: "across", "' strike".
func proseAfter(text string, toks []tok.Token, k int) bool {
	if k+1 < len(toks) && (tokText(text, toks, k) == "'" || tokText(text, toks, k) == "’") {
		k++
	}
	return k < len(toks) && isLowerWord(tokText(text, toks, k))
}

// namedAlone reports another use of the word at token k inside a
// sentence that is a person's name or a name of its own, not a word of a
// longer organisation's, place's or other name ("National Teachers'
// Union").
func namedAlone(text string, toks []tok.Token, tags []int, k int) bool {
	w := tokText(text, toks, k)
	for m := range toks {
		if m == k || tokText(text, toks, m) != w || sentenceInitial(text, toks, m) {
			continue
		}
		single := tags[m] != 0 && !model.IsInside(tags[m]) && (m+1 >= len(tags) || !model.IsInside(tags[m+1]))
		if tags[m] == 0 || single || model.TagType(tags[m]) == model.TypePER {
			return true
		}
	}
	return false
}

package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// workKinds are the kinds of work whose title follows them, alone or set
// off by a comma: "his debut album, Salt Roads, released in 1971".
var workKinds = wordSet(`album albums single song songs record film films movie novel novels book books play opera symphony ep documentary`)

// datedWorks makes other names of the titles of works the tagger read as
// people: a title followed by its year in brackets ("came Lantern Hours
// (1979)") or named after the kind of work it is ("his debut album, Salt
// Roads"), and a name listed after such a title ("the albums Salt Roads
// and Lantern Hours"). A person's dates are a span ("(1948-2020)") or an
// age, never a year alone.
func datedWorks(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	prev := -1 // end of the last title retyped
	for _, s := range dt.spans() {
		if s.typ != model.TypePER && s.typ != model.TypeORG {
			continue
		}
		if datedTitle(text, toks, s.end) && s.typ == model.TypePER || workNounBefore(text, toks, s.start) && apposedEnd(text, toks, s.end) ||
			listedAfterWork(text, toks, prev, s.start) {
			retype(tags, s, model.TypeMISC)
			prev = s.end
		}
	}
}

// listedAfterWork reports a name after "and" that follows a title at
// prev: "the albums Salt Roads and Lantern Hours".
func listedAfterWork(text string, toks []tok.Token, prev, i int) bool {
	return prev >= 0 && i == prev+1 && tokText(text, toks, prev) == "and"
}

// datedTitle reports "(1979)" at token i that ends the name: in "Nap
// Dumont (1982) Ltd" the year is part of a company's name.
func datedTitle(text string, toks []tok.Token, i int) bool {
	return bracketedYear(text, toks, i) && (i+3 >= len(toks) || !capitalised(tokText(text, toks, i+3)))
}

// apposedEnd reports a comma, "and" or a full stop at token i, closing a
// title set off after its kind ("album, Salt Roads, released") or listing
// the next ("films, Green Monkey and Street Justice"), not a verb it is
// the subject of ("books, Pravda said").
func apposedEnd(text string, toks []tok.Token, i int) bool {
	if i >= len(toks) {
		return false
	}
	w := tokText(text, toks, i)
	return w == "," || w == "and" || w == "."
}

// bracketedYear reports "(1979)" at token i.
func bracketedYear(text string, toks []tok.Token, i int) bool {
	if i+2 >= len(toks) || tokText(text, toks, i) != "(" || tokText(text, toks, i+2) != ")" {
		return false
	}
	y := tokText(text, toks, i+1)
	return len(y) == 4 && (y[:2] == "19" || y[:2] == "20") && numeric(y)
}

// workNounBefore reports a lower-case work noun right before token i, or
// before a comma there.
func workNounBefore(text string, toks []tok.Token, i int) bool {
	j := i - 1
	if j >= 0 && tokText(text, toks, j) == "," {
		j--
	}
	if j < 0 {
		return false
	}
	w := tokText(text, toks, j)
	return lowerWord(w) && inSet(workKinds, w)
}

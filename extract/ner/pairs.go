package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// splitPairedNames splits an organisation that joins two names with the
// same head word by "and" into the two: "Northgate Bank and Carrow Bank",
// "Leeds University and Hull University". A name whose head comes only at
// its end holds "and" before a different word and stays whole
// ("Competition and Markets Authority", "Red Cross and Red Crescent
// Societies").
func splitPairedNames(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, sp := range dt.spans() {
		if sp.typ != model.TypeORG || sp.end-sp.start < 5 {
			continue
		}
		head := tokText(text, toks, sp.end-1)
		for k := sp.start + 2; k < sp.end-2; k++ {
			w := tokText(text, toks, k)
			if w != "and" && w != "&" || !strings.EqualFold(tokText(text, toks, k-1), head) || !capitalised(head) {
				continue
			}
			retype(tags, span{sp.start, k, model.TypeORG}, model.TypeORG)
			setTag(tags, k, 0)
			retype(tags, span{k + 1, sp.end, model.TypeORG}, model.TypeORG)
			break
		}
	}
}

// maxListedWords bounds the words of one field in a list inside a name.
const maxListedWords = 2

// joinListedNames makes one organisation of a name that lists fields with
// commas before "and" and its head: the tagger reads "the Environment,
// Food and Rural Affairs Committee" as "Rural Affairs Committee" and
// "Department for Environment, Food and Rural Affairs" as two names. The
// fields are untagged capitalised words; the first opens after "the",
// "for" or "of", or ends an organisation that holds "for" or "of"
// ("Department for Environment"). A list of names ("the BBC, ITV and
// Channel 4") holds tagged fields and is left alone.
func joinListedNames(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, sp := range dt.spans() {
		if sp.typ != model.TypeORG {
			continue
		}
		if j, ok := listStart(text, toks, tags, sp.start); ok {
			retype(tags, span{j, sp.end, model.TypeORG}, model.TypeORG)
		}
	}
}

// listStart goes back from a name opening at token s over "and" and
// comma-separated fields and returns where the whole name opens.
func listStart(text string, toks []tok.Token, tags []int, s int) (int, bool) {
	if s < 2 || tags[s-1] != 0 || !lowerIn(portfolioLinks, tokText(text, toks, s-1)) {
		return 0, false
	}
	j, commas := s-1, 0
	for {
		n := 0
		for j > 0 && n < maxListedWords && tags[j-1] == 0 && capitalised(tokText(text, toks, j-1)) && !lowerIn(openers, tokText(text, toks, j-1)) {
			j--
			n++
		}
		if n == 0 && j > 0 && commas > 0 && model.TagType(tags[j-1]) == model.TypeORG && model.IsInside(tags[j-1]) {
			return orgOfLink(text, toks, tags, j-1)
		}
		if n == 0 {
			return 0, false
		}
		if j == 0 || tokText(text, toks, j-1) != "," || tags[j-1] != 0 {
			break
		}
		j--
		commas++
	}
	if commas == 0 || j == 0 {
		return 0, false
	}
	prev := tokText(text, toks, j-1)
	return j, prev == "the" || prev == "The" || prev == "for" || prev == "of"
}

// orgOfLink returns the start of the organisation whose last word is
// token i, when a "for" or "of" stands right before that word.
func orgOfLink(text string, toks []tok.Token, tags []int, i int) (int, bool) {
	if i+1 < len(tags) && model.IsInside(tags[i+1]) {
		return 0, false
	}
	if link := tokText(text, toks, i-1); link != "for" && link != "of" {
		return 0, false
	}
	j := i
	for j > 0 && model.IsInside(tags[j]) {
		j--
	}
	return j, true
}

// splitFromNames splits a mention that joins two names by "from" into the
// two: "the signing of Liu Yang from Dalmont Rovers", "bought Hilton
// International from Transworld Corp". Names of people and bodies hardly
// ever hold "from"; the title of a work that does ("Letters from Iwo
// Jima") is another name and stays whole. The first part is a person
// when the document tags the same words as one elsewhere ("Liu Yang"
// signing), else it keeps the type of the whole; the second part keeps
// it too, but for a person's, the type the document gives the same words
// elsewhere or else an organisation's: people come from a club or a firm.
func splitFromNames(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	ss := dt.spans()
	for _, sp := range ss {
		if sp.typ == model.TypeMISC || sp.end-sp.start < 3 {
			continue
		}
		for k := sp.start + 1; k < sp.end-1; k++ {
			if tokText(text, toks, k) != "from" || !capitalised(tokText(text, toks, k-1)) || !capitalised(tokText(text, toks, k+1)) {
				continue
			}
			before, after := span{sp.start, k, sp.typ}, span{k + 1, sp.end, sp.typ}
			if typeElsewhere(text, toks, ss, before) == model.TypePER {
				before.typ = model.TypePER
			}
			if sp.typ == model.TypePER {
				if after.typ = typeElsewhere(text, toks, ss, after); after.typ < 0 || after.typ == model.TypePER {
					after.typ = model.TypeORG
				}
			}
			retype(tags, before, before.typ)
			setTag(tags, k, 0)
			retype(tags, after, after.typ)
			break
		}
	}
}

// typeElsewhere returns the type of the first other mention among ss made
// of the same words as s, or -1.
func typeElsewhere(text string, toks []tok.Token, ss []span, s span) int {
	for _, o := range ss {
		if o.end-o.start == s.end-s.start && o.start != s.start && sameWords(text, toks, o.start, s.start, s.end-s.start) {
			return o.typ
		}
	}
	return -1
}

// sameWords reports whether the n tokens from a and from b are the same
// words.
func sameWords(text string, toks []tok.Token, a, b, n int) bool {
	for i := range n {
		if tokText(text, toks, a+i) != tokText(text, toks, b+i) {
			return false
		}
	}
	return true
}

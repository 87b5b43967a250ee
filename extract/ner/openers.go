package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// nameOpeners open the names of bodies and are written capitalised inside
// sentences too ("the World Health Organization", "the Royal Navy").
var nameOpeners = wordSet(`world national royal united international european federal british
	american global commonwealth`)

// joinSentenceOpeners widens a name over such a word that opens the
// sentence right before it: the tagger, which sees every sentence's first
// word capitalised, leaves "World" out of "World Athletics is expected
// to ...". A person or a nationality keeps to itself ("Federal Yugoslav
// troops").
func joinSentenceOpeners(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		i := s.start - 1
		if s.typ != model.TypeORG && s.typ != model.TypeLOC || i < 0 || tags[i] != 0 || !capitalised(tokText(text, toks, i)) || !lowerIn(nameOpeners, tokText(text, toks, i)) {
			continue
		}
		if !sentenceInitial(text, toks, i) || hasLineBreak(text[toks[i].End:toks[s.start].Start]) {
			continue // a section's label over a headline: "World\n\nRussia ..."
		}
		retype(tags, span{i, s.end, s.typ}, s.typ)
	}
}

// eventWords end the names of sporting events and festivals: "the
// Commonwealth Games", "the World Cup", "the Berlin Film Festival".
var eventWords = wordSet(`games cup championships championship olympics paralympics trophy festival`)

// namedEvents makes an event of a name that ends in an event's word or
// that such a word follows untagged: the tagger reads "the 2022
// Commonwealth Games" as the organisation "Commonwealth". A person's name
// stays a person's.
func namedEvents(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ == model.TypePER || s.typ == model.TypeMISC && s.end < len(toks) && tags[s.end] == 0 {
			continue
		}
		end := s.end
		if end < len(toks) && tags[end] == 0 && eventWord(text, toks, end) {
			end++
		}
		if !eventWord(text, toks, end-1) {
			continue
		}
		retype(tags, span{s.start, end, model.TypeMISC}, model.TypeMISC)
	}
}

// eventWord reports a capitalised event's word at token i.
func eventWord(text string, toks []tok.Token, i int) bool {
	w := tokText(text, toks, i)
	return capitalised(w) && lowerIn(eventWords, w)
}

// kindHeads end the lower-case phrase that opens a sentence in front of a
// company's name and says what it does: "Cloud storage company Kestrel
// Cloud", "Chip maker Altera".
var kindHeads = wordSet(`company companies firm maker makers provider giant group operator developer startup start-up
	retailer chain lender insurer carrier airline manufacturer supplier`)

// maxKindWords bounds the lower-case words of such a phrase.
const maxKindWords = 3

// dropKindOpeners removes a one-word mention of a word the news writes in
// lower case that opens a sentence before a lower-case phrase ending in a
// company's kind and a name: "Cloud" of "Cloud storage company Kestrel
// Cloud has been sued" is capitalised for opening the sentence. A word
// the document names on its own elsewhere ("Apple supplier Foxconn",
// with "Apple" later) stays a name.
func dropKindOpeners(text string, toks []tok.Token, dt *docTags, common func(string) bool) {
	tags := dt.tags
	for _, s := range dt.spans() {
		w := tokText(text, toks, s.start)
		if s.end-s.start != 1 || !sentenceInitial(text, toks, s.start) || !common(strings.ToLower(w)) || namedAlone(text, toks, tags, s.start) {
			continue
		}
		k := s.end
		for k < len(toks) && k-s.end < maxKindWords && tags[k] == 0 && isLowerWord(tokText(text, toks, k)) && !inSet(kindHeads, tokText(text, toks, k)) {
			k++
		}
		if k+1 < len(toks) && tags[k] == 0 && inSet(kindHeads, tokText(text, toks, k)) && tags[k+1] != 0 && !model.IsInside(tags[k+1]) {
			setTag(tags, s.start, 0)
		}
	}
}

// headlineParticiple reports a word shaped like a participle: "Stolen",
// "Wanted", "Missing".
func headlineParticiple(w string) bool {
	l := strings.ToLower(w)
	return len(l) > 4 && (strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "en") || strings.HasSuffix(l, "ing"))
}

// dropHeadlineParticiples takes out of a name of several words its first
// word when that opens the sentence, is shaped like a participle and the
// document writes it in lower case too: in the headline "Stolen Vermeer
// portrait found", "Stolen" is capitalised for opening it, and the name is
// "Vermeer". A given name is not written in lower case.
func dropHeadlineParticiples(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.end-s.start < 2 || !sentenceInitial(text, toks, s.start) || !headlineParticiple(tokText(text, toks, s.start)) ||
			!writtenLower(text, toks, s.start, s.start) {
			continue
		}
		setTag(tags, s.start, 0)
		setTag(tags, s.start+1, model.BeginTag(s.typ))
	}
}

// orgHeadsAlone makes an organisation of a one-word name that is a word
// the news writes in lower case and ends the name of an organisation of
// the document: "Alliance" of "the Northern Trade Alliance", which a
// headline ("Alliance hits back") or a possessive ("the Alliance's
// chief") may make a person. A word that ends a person's name of the
// document stays as it is, and so does a place after "of" ("Japan" of
// "Bank of Japan").
func orgHeadsAlone(text string, toks []tok.Token, dt *docTags, common func(string) bool) {
	tags := dt.tags
	ss := dt.spans()
	heads, people := map[string]bool{}, map[string]bool{}
	for _, s := range ss {
		if s.end-s.start < 2 {
			continue
		}
		switch w := tokText(text, toks, s.end-1); s.typ {
		case model.TypeORG:
			if capitalised(tokText(text, toks, s.end-2)) && !lowerIn(designators, w) && !model.ListedPlace([]string{w}) {
				heads[w] = true // a head, not the place after "of" ("Bank of Japan") nor "Corp"
			}
		case model.TypePER:
			people[w] = true
		}
	}
	for _, s := range ss {
		w := tokText(text, toks, s.start)
		if s.end-s.start == 1 && s.typ != model.TypeORG && heads[w] && !people[w] && common(strings.ToLower(w)) {
			retype(tags, s, model.TypeORG)
		}
	}
}

// datelineSeparators end a dateline before the story: "SINGAPORE: The
// ...", "OSLO — The ...".
var datelineSeparators = fixedSet(map[string]bool{":": true, "—": true, "–": true, "-": true})

// dropDatelineArticles takes "The" out of an organisation's name that
// opens the story right after a dateline: in "SINGAPORE: The Pacific
// Trade Council said", "The" is capitalised for opening the sentence,
// which the tagger, seeing it follow the dateline, took for part of the
// name.
func dropDatelineArticles(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypeORG || s.end-s.start < 2 || s.start < 2 || tokText(text, toks, s.start) != "The" ||
			!inSet(datelineSeparators, tokText(text, toks, s.start-1)) || !afterDateline(text, toks, s.start-1) {
			continue
		}
		setTag(tags, s.start, 0)
		setTag(tags, s.start+1, model.BeginTag(s.typ))
	}
}

// maxDatelineTokens bounds the tokens of a dateline before its separator:
// "OSLO, 17 March 2026 —".
const maxDatelineTokens = 8

// afterDateline reports a separator at token i that ends a dateline: the
// line opens with a place in capitals a few tokens before it.
func afterDateline(text string, toks []tok.Token, i int) bool {
	for j := i - 1; j >= 0 && i-j <= maxDatelineTokens; j-- {
		if j == 0 || lineBreakBefore(text, toks, j) {
			return shouted(tokText(text, toks, j))
		}
	}
	return false
}

// nightEvents makes an event of a name of two words or more that ends in
// "Night", whatever the tagger read it as: "Bonfire Night", "Porthmellin
// Bonfire Night", "Burns Night" are the nights of festivals, not people.
func nightEvents(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ == model.TypeMISC || s.end-s.start < 2 || tokText(text, toks, s.end-1) != "Night" {
			continue
		}
		retype(tags, s, model.TypeMISC)
	}
}

// ageNouns name a person by their age: "Centenarian", "Octogenarian".
var ageNouns = wordSet(`centenarian supercentenarian nonagenarian octogenarian septuagenarian sexagenarian`)

// dropLonePersonNouns untags a one-word person opening a sentence or a
// line that is a noun for a person, an occupation or one by age, and that
// the document never writes capitalised inside a sentence: the sub-heading "Centenarian celebrates" names no
// one.
func dropLonePersonNouns(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypePER || s.end-s.start != 1 || !sentenceInitial(text, toks, s.start) {
			continue
		}
		w := tokText(text, toks, s.start)
		l := strings.ToLower(w)
		if !capitalised(w) || namedInside(text, toks, s.start) {
			continue
		}
		if inSet(occupationOpeners, l) || inSet(ageNouns, l) {
			setTag(tags, s.start, 0)
		}
	}
}

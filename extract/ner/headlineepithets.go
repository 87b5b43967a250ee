package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
	"newsbot/extract/sex"
)

// maxHeadlineTokens bounds the tokens of a line read as a headline.
const maxHeadlineTokens = 30

// minTitleCaseCommon is the least number of capitalised words on a line
// that the news writes in lower case for the line to be a title-case
// headline; at least a third of its capitalised words must be such words
// too. A line of names ("Michael Green (Jamaica), Osmond Ezinwa
// (Nigeria)") capitalises every word but holds few of them.
const minTitleCaseCommon = 2

// dropHeadlineEpithets takes out of a person's name its first word when
// a headline capitalised it, the headline goes on after the name
// (subjectAt), the word is no given name and the story names the person
// otherwise: in "Kingmaker Al-Masri sets terms" or the title-case
// "Dragan Weighs Bid as Veteran Al-Masri Sets Terms", where the story
// writes "Samir Al-Masri", "Kingmaker" and "Veteran" are epithets and the
// person is "Al-Masri". A headline capitalises the word that opens it,
// and a title-case one every word, so a capital there says nothing of a
// name. The word stays when the story writes it capitalised inside a
// sentence, or writes the whole name in its prose, and when the story
// names no one else by the surname: "Rebel Wilson" is her name wherever
// the story writes it.
func dropHeadlineEpithets(text string, toks []tok.Token, dt *docTags, common func(string) bool) {
	tags := dt.tags
	ss := dt.spans()
	h := &headlines{text: text, toks: toks, common: common}
	for _, s := range ss {
		if s.typ != model.TypePER || s.end-s.start < 2 {
			continue
		}
		w := tokText(text, toks, s.start)
		if !nameLetters(w) || !h.position(s.start) || !h.subjectAt(s) {
			continue
		}
		if sex.Of(w+" X") != sex.Unknown || !h.namedOtherwise(ss, s) || h.capitalisedInside(s.start) || h.writtenInside(ss, s) {
			continue
		}
		setTag(tags, s.start, 0)
		setTag(tags, s.start+1, model.BeginTag(model.TypePER))
	}
}

// headlines tells the headlines of a document from its prose. common
// reports a word the news writes in lower case.
type headlines struct {
	text   string
	toks   []tok.Token
	common func(string) bool

	wraps, wrapKnown bool // whether the text wraps its lines (see wrapped), once asked
}

// position reports whether token k stands where a headline capitalises
// any word: on a headline (line), opening it or a sentence in it, or
// anywhere on a title-case headline.
func (h *headlines) position(k int) bool {
	from, to, ok := h.line(k)
	if !ok {
		return false
	}
	titleCase := h.titleCase(from, to)
	return titleCase || h.holdsLower(from, to) && openingAfterMarks(h.text, h.toks, k)
}

// line returns the tokens from..to-1 of the line of token k, and whether
// the line reads as a headline: at most maxHeadlineTokens tokens that end
// in a word, with no punctuation that ends a sentence, set apart from the
// prose (apart); or a header's title ("Title: Kingmaker Al-Masri sets
// terms", `title: "Kingmaker Al-Masri sets terms"`).
func (h *headlines) line(k int) (from, to int, ok bool) {
	text, toks := h.text, h.toks
	from = k
	for from > 0 && !lineBreakBefore(text, toks, from) {
		if k-from >= maxHeadlineTokens {
			return 0, 0, false
		}
		from--
	}
	for to = k + 1; to < len(toks) && !lineBreakBefore(text, toks, to); to++ {
		if to-from >= maxHeadlineTokens {
			return 0, 0, false
		}
	}
	for i := from; i < to; i++ {
		if w := tokText(text, toks, i); w == "." || w == "!" || w == "?" {
			return from, to, false // sentences of prose on one line
		}
	}
	if to-from > 2 && lowerIn(titleLabels, tokText(text, toks, from)) && tokText(text, toks, from+1) == ":" {
		return from, to, true
	}
	last := tokText(text, toks, to-1)
	return from, to, (isLetters(last) || numeral(last)) && h.apart(from, to)
}

// titleLabels name a header's line that holds the title: "Title:".
var titleLabels = wordSet("title headline")

// apart reports whether the line of tokens from..to-1 stands apart from
// the prose: a block ends before it, and a blank line or the end of the
// text follows it, or the next line opens a paragraph of its own in a
// text that does not wrap its paragraphs' lines. In wrapped text a short
// line may be the first of a paragraph ("Belgian Foreign Trade Minister
// Herman\nDe Croo said ...").
func (h *headlines) apart(from, to int) bool {
	text, toks := h.text, h.toks
	if from > 0 && !blockEndsBefore(text, toks, from) {
		return false
	}
	if to == len(toks) || strings.Count(text[toks[to-1].End:toks[to].Start], "\n") > 1 {
		return true
	}
	return !h.wrapped()
}

// wrapped reports whether the text wraps the lines of its paragraphs: a
// line ends in a lower-case word or a comma and the next opens with a
// lower-case word ("curbing world\ntextile imports").
func (h *headlines) wrapped() bool {
	if h.wrapKnown {
		return h.wraps
	}
	h.wrapKnown = true
	text, toks := h.text, h.toks
	for i := 1; i < len(toks); i++ {
		if !lineBreakBefore(text, toks, i) || !isLowerWord(tokText(text, toks, i)) {
			continue
		}
		if prev := tokText(text, toks, i-1); prev == "," || isLowerWord(prev) {
			h.wraps = true
			break
		}
	}
	return h.wraps
}

// holdsLower reports a word of three letters or more in lower case among
// the tokens from..to-1: a headline in sentence case, not a line of names
// ("Osmond Ezinwa (Nigeria) 10.22").
func (h *headlines) holdsLower(from, to int) bool {
	for i := from; i < to; i++ {
		if w := tokText(h.text, h.toks, i); len(w) >= 3 && isLetters(w) && !capitalised(w) {
			return true
		}
	}
	return false
}

// titleCase reports whether the tokens from..to-1 capitalise every word
// of four letters or more, and enough of them are words the news writes
// in lower case (minTitleCaseCommon): "Dragan Weighs Bid as Veteran
// Al-Masri Sets Terms".
func (h *headlines) titleCase(from, to int) bool {
	capitals, commons := 0, 0
	for i := from; i < to; i++ {
		w := tokText(h.text, h.toks, i)
		if len(w) < 4 || !isLetters(w) {
			continue
		}
		if !capitalised(w) {
			return false
		}
		capitals++
		if h.common(strings.ToLower(w)) {
			commons++
		}
	}
	return commons >= minTitleCaseCommon && 3*commons >= capitals
}

// subjectAt reports whether s is the subject of a headline's clause: the
// headline goes on after it in lower case or with a possessive
// ("Kingmaker Al-Masri sets terms"), or is in title case. A label's name
// ends its line: "Man of the Match: Aravinda de Silva".
func (h *headlines) subjectAt(s span) bool {
	if s.end >= len(h.toks) || lineBreakBefore(h.text, h.toks, s.end) {
		return false
	}
	next := tokText(h.text, h.toks, s.end)
	return isLowerWord(next) || isPossessive(next) || h.titleCaseAt(s.start)
}

// titleCaseAt reports whether token k stands on a title-case headline.
func (h *headlines) titleCaseAt(k int) bool {
	from, to, ok := h.line(k)
	return ok && h.titleCase(from, to)
}

// openingAfterMarks reports whether token k opens a sentence or a line,
// maybe after the "#" marks of a Markdown heading: "# Kingmaker Al-Masri
// sets terms".
func openingAfterMarks(text string, toks []tok.Token, k int) bool {
	j := k
	for j > 0 && tokText(text, toks, j-1) == "#" {
		j--
	}
	return sentenceInitial(text, toks, j)
}

// namedOtherwise reports whether another mention of a person, off the
// headlines, names the one of s after s's first word: it is the rest of
// s, of two words or more, or it ends in the rest of s after another
// capitalised word ("Samir Al-Masri" for "Kingmaker Al-Masri").
func (h *headlines) namedOtherwise(ss []span, s span) bool {
	text, toks := h.text, h.toks
	rest := text[toks[s.start+1].Start:toks[s.end-1].End]
	first := tokText(text, toks, s.start)
	m := s.end - s.start - 1 // the words of rest
	for _, o := range ss {
		if o.typ != model.TypePER || o.start == s.start {
			continue
		}
		n := o.end - o.start
		switch {
		case n == m && m >= 2 && text[toks[o.start].Start:toks[o.end-1].End] == rest:
		case n > m && text[toks[o.end-m].Start:toks[o.end-1].End] == rest:
			if g := tokText(text, toks, o.end-m-1); g == first || !capitalised(g) {
				continue
			}
		default:
			continue
		}
		if !h.position(o.start) {
			return true
		}
	}
	return false
}

// capitalisedInside reports whether the story writes token k's word,
// with its capital, inside a sentence and off any headline position: a
// name, not a word a headline capitalised.
func (h *headlines) capitalisedInside(k int) bool {
	w := tokText(h.text, h.toks, k)
	for m := range h.toks {
		if m != k && tokText(h.text, h.toks, m) == w && !openingAfterMarks(h.text, h.toks, m) && !h.position(m) {
			return true
		}
	}
	return false
}

// writtenInside reports whether another mention written as s stands off
// any headline position, in the prose: there its first word is
// capitalised for being part of the name.
func (h *headlines) writtenInside(ss []span, s span) bool {
	text, toks := h.text, h.toks
	name := text[toks[s.start].Start:toks[s.end-1].End]
	for _, o := range ss {
		if o.start != s.start && text[toks[o.start].Start:toks[o.end-1].End] == name && !h.position(o.start) {
			return true
		}
	}
	return false
}

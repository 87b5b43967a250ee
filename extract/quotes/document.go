package quotes

import (
	"sort"
	"strings"

	"newsbot/extract/doc"
)

// documentBefore attributes "the statement" to whoever put out the
// document it points back to: the last sentence before e, in its paragraph
// or the one before, that names a document by the same noun outside any
// quote and tells who put it out ("the club said in a statement"). It
// reports false when no such sentence does, for the speaker before to
// decide.
func (a *analysis) documentBefore(e *event, noun string) (*event, bool) {
	wi := sort.Search(len(a.wins), func(i int) bool { return a.wins[i].end > e.span.Start })
	for wi = min(wi, len(a.wins)-1); wi >= 0 && a.wins[wi].para >= e.para-1; wi-- {
		d := documentToken(&a.wins[wi], noun, e.span.Start)
		if d < 0 {
			continue
		}
		r, ok := a.documentIssuer(e, &a.wins[wi], d, noun)
		if a.pointsBack(&a.wins[wi], d, r) {
			if g, found := a.genericDocumentBefore(e, wi); found {
				return g, true
			}
		}
		if ok {
			return r, true
		}
	}
	return e, false
}

// documentToken returns the index of the last token of window w before
// pos that names a document by noun, or -1.
func documentToken(w *window, noun string, pos int) int {
	d := -1
	for k, t := range w.toks {
		if t.start >= pos {
			break
		}
		if t.kind == tkWord && (t.low == noun || t.low == noun+"s") {
			d = k
		}
	}
	return d
}

// documentIssuer attributes the words of "the statement" to whoever
// window w reports putting out the document named at token d. A name in
// the document's own phrase is its author ("the Boeing statement"). A
// document brought in as "in a statement" or as the object of the
// speaker's verb ("the club said in a statement", "X issued a statement")
// is the one speaker's of that sentence, when named: in "Smith will take
// charge, the club said in a statement" it is the club's, never Smith's.
// A document that is itself the subject ("The report said") is whoever it
// was credited to, or the name set beside it ("The newsletter, Platow,
// said"); the names after it are what it reports ("The statement noted
// the Fund expressed ..."). An unnamed or doubtful issuer leaves e
// unresolved. It reports false when the sentence tells no issuer ("In its
// annual report, the bank made clear").
func (a *analysis) documentIssuer(e *event, w *window, d int, noun string) (*event, bool) {
	if m, ok := a.documentAuthorMention(w.toks, d); ok {
		return a.mentionEvent(e, m), true
	}
	at := w.toks[d].start
	adverbial := adverbialDocument(w.toks, d)
	var speakers []*event
	var self *event
	for _, c := range a.eventsIn(w.start, w.end) {
		switch {
		case c.topic || c.owner || c.pos >= e.pos || a.hearer(c):
		case c.span.Start <= at && at < c.span.End || a.namesDocument(c, noun):
			self = c
		case adverbial || c.pos < at || a.besideDocument(w.toks[d].end, c):
			speakers = append(speakers, c)
		}
	}
	switch {
	case len(speakers) > 0:
	case self != nil && !adverbial:
		speakers = append(speakers, self)
	case adverbial || !opensWithDocument(w, d):
		return e, false
	default:
		return e, true // "A statement issued after the meeting said ...": whose, it does not say
	}
	by := speakers[0]
	for _, c := range speakers {
		if !c.resolved || !sameSpeaker(by, c) {
			return e, true
		}
	}
	e.name, e.typ, e.kind, e.resolved = by.name, by.typ, by.kind, true
	return e, true
}

// documentAuthorMention finds the name inside the phrase of the document
// at token d, between its article and its noun ("the Boeing statement",
// "Acme's annual report"), set beside it between commas ("the weekly
// newsletter, Fenwick Letter,") or after "by" or "from" ("a statement by
// the Foreign Ministry").
func (a *analysis) documentAuthorMention(toks []token, d int) (doc.Mention, bool) {
	for k := d - 1; k >= 0 && d-k <= 4 && toks[k].kind == tkWord; k-- {
		if toks[k].ment >= 0 {
			return a.ments[toks[k].ment], true
		}
		if determiners[toks[k].low] || indefinites[toks[k].low] || npStops[toks[k].low] {
			break
		}
	}
	k := d + 1
	if k+2 < len(toks) && toks[k].low == "," && toks[k+1].ment >= 0 && a.ments[toks[k+1].ment].Type != doc.Person {
		m := toks[k+1].ment
		for k++; k < len(toks) && toks[k].ment == m; k++ {
		}
		if k < len(toks) && toks[k].low == "," {
			return a.ments[m], true // "The weekly newsletter, Fenwick Letter, said"
		}
		return doc.Mention{}, false
	}
	if k >= len(toks) || !toks[k].is("by", "from") {
		return doc.Mention{}, false
	}
	for k++; k < len(toks) && determiners[toks[k].low]; k++ {
	}
	if k < len(toks) && toks[k].ment >= 0 {
		return a.ments[toks[k].ment], true // "a report by the Institute of Economic Affairs"
	}
	return a.titledAuthor(toks, k)
}

// maxAuthorTitles bounds the title words between "by" and an author's
// name ("a memo by finance chief Jo Reed").
const maxAuthorTitles = 3

// titledAuthor finds the person named after a short title from token k
// on, in "a memo by finance chief Jo Reed" or "a letter from CFO Jo
// Reed": only a person, since a title before a body's name is no title.
func (a *analysis) titledAuthor(toks []token, k int) (doc.Mention, bool) {
	n := 0
	for ; k < len(toks) && n < maxAuthorTitles && authorTitleWord(toks[k]); k++ {
		n++
	}
	if n == 0 || !toks[k-1].upper && !roleNouns[toks[k-1].low] {
		return doc.Mention{}, false
	}
	if k >= len(toks) || toks[k].ment < 0 || a.ments[toks[k].ment].Type != doc.Person {
		return doc.Mention{}, false
	}
	return a.ments[toks[k].ment], true
}

// authorTitleWord reports whether a token may be a word of a title before
// a name ("finance", "chief", "CFO"): a word named by no mention, no stop
// word and no possessive ("the bank's economist Jo Reed" is not one
// author's title). The title must end in a role noun or a capitalised
// word (see titledAuthor).
func authorTitleWord(t token) bool {
	return t.kind == tkWord && t.ment < 0 && !npStops[t.low] && !possessive(t.low) &&
		!determiners[t.low] && !indefinites[t.low] && t.lemma() == ""
}

// adverbialDocument reports whether the document named at token d is
// brought in by "in" and an article or possessive ("In a statement, the
// club said", "in its annual report"): whoever the sentence then reports
// speaking put it out.
func adverbialDocument(toks []token, d int) bool {
	k := d - 1
	for k >= 0 && d-k <= 3 && toks[k].kind == tkWord && !toks[k].upper && toks[k].ment < 0 &&
		!indefinites[toks[k].low] && !possessive(toks[k].low) && !toks[k].is("its", "his", "her", "their", "in") {
		k--
	}
	if k < 1 || !(indefinites[toks[k].low] || toks[k].is("its", "his", "her", "their")) {
		return false
	}
	return toks[k-1].low == "in"
}

// besideDocument reports whether c names the document ending at end in
// apposition, right after it and a comma ("The financial newsletter,
// Platow,").
func (a *analysis) besideDocument(end int, c *event) bool {
	if c.span.Start < end {
		return false
	}
	return strings.TrimSpace(a.text[end:c.span.Start]) == ","
}

// namesDocument reports whether the subject of event c is a document
// called by noun ("The financial newsletter").
func (a *analysis) namesDocument(c *event, noun string) bool {
	for _, f := range strings.Fields(strings.ToLower(a.text[c.span.Start:c.span.End])) {
		if f == noun || f == noun+"s" {
			return true
		}
	}
	return false
}

// opensWithDocument reports whether the sentence of w opens with the
// phrase of the document at token d: "A statement issued after the
// meeting said".
func opensWithDocument(w *window, d int) bool {
	if d < w.firstWord || d-w.firstWord > 3 {
		return false
	}
	for _, t := range w.toks[w.firstWord:d] {
		if t.kind != tkWord || npStops[t.low] {
			return false
		}
	}
	return true
}

// documentNamedBefore reports whether the article names a document by
// noun before pos, outside quotes ("said in its annual report"). Only
// then may "the report" that follows be the document of a body or person
// a sentence is merely about: in "Halden Water employs 1,900 people.
// "…," the statement said" no statement was put out, and the quote is
// no one's.
func (a *analysis) documentNamedBefore(noun string, pos int) bool {
	for wi := range a.wins {
		w := &a.wins[wi]
		if w.start >= pos {
			break
		}
		if documentToken(w, noun, pos) >= 0 {
			return true
		}
	}
	return false
}

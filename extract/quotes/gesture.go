package quotes

import (
	"strings"

	"newsbot/extract/doc"
)

// gestureVerbs are what a speaker does with the face or body before the
// words a colon brings in: "she smiled: “Not yet.”"
var gestureVerbs = wordSet(`smiled laughed shrugged grinned sighed nodded winked chuckled`)

// pronounGestureColon reads a sentence that ends in "he" or "she", a
// gesture verb (and an adverb in -ly) and the colon at c right before
// the quote at q: "She shrugged:", "Asked about the vote, he laughed
// softly:". The quote is the pronoun's, resolved as for "she said"; nil
// when the sentence is not so.
func (a *analysis) pronounGestureColon(w *window, c, q int) *event {
	toks := w.toks
	v := a.gestureBefore(w, c, q)
	if v < 1 || !toks[v-1].is("he", "she") {
		return nil
	}
	p := v - 1
	if !a.opensAfterIntro(w, p) {
		return nil
	}
	e := &event{pos: toks[p].start, para: w.para, span: doc.Span{Start: toks[p].start, End: toks[p].end}}
	e = a.resolvePronoun(e, toks[p].low)
	a.addEvent(e)
	return e
}

// gestureBefore returns the token of the gesture verb (perhaps before an
// adverb in -ly) that ends right before the colon at c, which the quote at
// q follows at once: "she smiled softly:". It returns -1 when there is
// none.
func (a *analysis) gestureBefore(w *window, c, q int) int {
	toks := w.toks
	if strings.TrimSpace(a.text[toks[c].end:toks[q].start]) != "" {
		return -1
	}
	v := c - 1
	if v >= 0 && toks[v].kind == tkWord && !toks[v].upper && len(toks[v].low) > 4 && strings.HasSuffix(toks[v].low, "ly") {
		v--
	}
	if v < 0 || !gestureVerbs[toks[v].low] {
		return -1
	}
	return v
}

// opensAfterIntro reports whether token p opens its sentence, or follows
// the comma that closes an adverbial or participle clause opening it
// ("Asked whether she would run again,").
func (a *analysis) opensAfterIntro(w *window, p int) bool {
	toks := w.toks
	i := w.firstWord
	for i < p && toks[i].is("but", "and", "then") {
		i++
	}
	if i == p {
		return true
	}
	if !introWords[toks[i].low] && !participleOpener(toks, i) {
		return false
	}
	for k := i; k < p; k++ {
		if toks[k].kind == tkQuote || toks[k].low == "," && k != p-1 {
			return false
		}
	}
	return toks[p-1].low == ","
}

// roleGestureColon reads a sentence that ends in "the" and a role noun, a
// gesture verb (and an adverb in -ly) and the colon at c right before the
// quote at q: "Asked about the cuts, the minister smiled:". The quote is
// the role's, resolved as for "the minister said"; nil when the sentence
// is not so.
func (a *analysis) roleGestureColon(w *window, c, q int) *event {
	toks := w.toks
	v := a.gestureBefore(w, c, q)
	if v < 2 || toks[v-2].low != "the" || toks[v-1].kind != tkWord || toks[v-1].ment >= 0 ||
		!subjectRole(toks[v-1].low) || !a.opensAfterIntro(w, v-2) {
		return nil
	}
	e := a.npEvent(w, np{from: v - 2, to: v, ment: -1})
	a.addEvent(e)
	return e
}

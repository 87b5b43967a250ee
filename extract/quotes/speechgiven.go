package quotes

import "newsbot/extract/doc"

// A speech is often quoted after a colon that closes the clause saying who
// gave it: "Holt gave a short victory speech: “...”". The words are the
// speech's, and so the words of the one who gave it.

// giveVerbs deliver a speech: "gave a speech", "made a toast".
var giveVerbs = wordSet(`gave gives delivered delivers made makes`)

// speechNouns are spoken addresses whose words a colon may quote.
var speechNouns = wordSet(`speech address toast eulogy sermon`)

// maxSpeechModifiers bounds the words between the article and the noun
// of a speech ("a famously short acceptance speech").
const maxSpeechModifiers = 3

// speechGivenBeforeColon reads a clause that ends at the colon at c with a
// named person giving a speech: "..., and Holt gave a brief acceptance
// speech:". The person's name stands right before the verb. It gives nil
// for any other clause.
func (a *analysis) speechGivenBeforeColon(w *window, c int) *event {
	toks := w.toks
	d := c - 1
	if d < 3 || !speechNouns[toks[d].low] {
		return nil
	}
	j := d - 1
	for j >= 0 && d-j <= maxSpeechModifiers && toks[j].kind == tkWord && toks[j].ment < 0 &&
		!toks[j].upper && !indefinites[toks[j].low] && !npStops[toks[j].low] && !possessive(toks[j].low) {
		j--
	}
	if j < 2 || !toks[j].is("a", "an", "his", "her") || !giveVerbs[toks[j-1].low] {
		return nil
	}
	s := j - 2
	m := toks[s].ment
	if m < 0 || a.ments[m].Type != doc.Person || possessive(toks[s].low) {
		return nil
	}
	ev := a.npEvent(w, np{from: mentionStart(toks, s), to: s + 1, ment: m})
	a.addEvent(ev)
	return ev
}

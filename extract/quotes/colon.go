package quotes

import (
	"strings"

	"newsbot/extract/doc"
)

// colonOpeners may come before the person a colon quote is introduced by:
// "More from Brandt, via the club website:", "Later, Rashidi:".
var colonOpeners = wordSet(`more from and but then later also meanwhile finally again earlier ,`)

// colonPrepositions open a phrase that may follow the person before a
// colon ("at his press conference:", "via the club website:"), inside
// which a noun phrase is no object of the person.
var colonPrepositions = wordSet(`
at in on via from during after before with to for by through outside inside
after ahead into over under about across
`)

// displayNouns name written things whose words a colon may quote: "Smith
// pointed to a sign: “...”" quotes the sign, not Smith.
var displayNouns = wordSet(`
sign signs banner banners placard placards poster posters note notes inscription
headline headlines caption slogan slogans graffiti t-shirt shirt plaque label
`)

// displayVerbs say what a written thing reads: "the note read".
var displayVerbs = wordSet(`read reads said says stated states declared declares proclaimed proclaims`)

// displayReads reports whether the words between a verb of saying and a
// quote say what a written thing reads ("Police said the note read:"):
// the quote is the sign's or the note's, not the speaker's.
func displayReads(toks []token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if displayNouns[toks[k].low] && displayVerbs[toks[k+1].low] {
			return true
		}
	}
	return false
}

// personBeforeColon reads a sentence that opens with one person and
// reaches the colon at c without a verb of saying, the colon directly
// before the quote at q: "Rashidi smiled: “...”", "Ruben Vidal, the head
// coach, at his press conference: “...”", "More from Brandt, via the club
// website: “...”". The quote is that person's words. It gives nil when
// another person, a possessive ("Smith's banner read:"), a relative
// clause, a copula, an object noun phrase ("Smith found a note:") or a
// written thing ("a sign") comes before the colon.
func (a *analysis) personBeforeColon(w *window, c, q int) *event {
	toks := w.toks
	if strings.TrimSpace(a.text[toks[c].end:toks[q].start]) != "" {
		return nil
	}
	i, ok := a.skipIntroClause(w, a.skipEntryStamp(toks, a.skipDateline(w, 0), c), c)
	if !ok {
		return nil
	}
	for i < c && colonOpeners[toks[i].low] {
		i++
	}
	i = a.skipLeadingRole(toks, a.skipOwnerRole(toks, skipNameTitles(toks, i), c), c)
	if i >= c || toks[i].ment < 0 || a.ments[toks[i].ment].Type != doc.Person {
		return nil
	}
	m := toks[i].ment
	e := i
	for e < c && toks[e].ment == m {
		e++
	}
	if possessive(toks[e-1].low) || proxyAfterName(toks[e:c]) || !a.plainColonClause(toks[e:c], m) {
		return nil
	}
	ev := a.npEvent(w, np{from: i, to: e, ment: m})
	a.addEvent(ev)
	return ev
}

// skipIntroClause skips an adverbial clause that opens the sentence at i
// and ends in a comma before the colon at c ("Asked whether the bid was an
// insult, Rashidi smiled:", "Pressed on the bid, Rashidi smiled:"). It
// reports false when a person is named in it: the person before the colon
// is then not the only one.
func (a *analysis) skipIntroClause(w *window, i, c int) (int, bool) {
	toks := w.toks
	if i >= c || !introWords[toks[i].low] && !participleOpener(toks, i) && !colonPrepositions[toks[i].low] || colonOpeners[toks[i].low] {
		return i, true
	}
	for k := i; k < c; k++ {
		t := toks[k]
		if t.kind == tkQuote || t.ment >= 0 && a.ments[t.ment].Type == doc.Person {
			return i, false
		}
		if t.low == "," {
			return k + 1, true
		}
	}
	return i, false
}

// plainColonClause reports whether the words after the person m and
// before the colon add only an apposition, a verb without object and
// prepositional phrases.
func (a *analysis) plainColonClause(toks []token, m int) bool {
	inPP, appos := false, false
	for k, t := range toks {
		switch {
		case t.kind == tkQuote:
			return false
		case t.ment >= 0 && t.ment != m && a.ments[t.ment].Type == doc.Person && !(appos && ownerInApposition(toks, k)):
			return false // another person before the colon
		case t.low == ",":
			appos, inPP = k == 0, false // a comma right after the name opens an apposition; the next closes it
		case t.kind != tkWord:
		case stanceCopulas[t.low] || t.is("who", "whom", "whose", "which", "that") || displayNouns[t.low]:
			return false
		case colonPrepositions[t.low]:
			inPP = true
		case !inPP && !appos && statementRead(toks, k):
			// "read a statement:": the quote is the statement, and the
			// reader gives it voice.
		case !inPP && !appos && (determiners[t.low] || indefinites[t.low] || possessive(t.low) || t.is("his", "her", "its", "their", "our", "my", "your")):
			return false // an object: "Smith found a note:"
		}
	}
	return true
}

// readVerbs deliver a written text aloud or in print: "read a statement",
// "issued a statement".
var readVerbs = wordSet(`read reads issued issues released releases delivered delivers`)

// statementNouns are texts that a reader or an issuer gives voice to.
var statementNouns = wordSet(`statement message letter tribute`)

// statementRead reports whether the determiner at k opens the object of a
// verb of reading out a statement: "read a statement", "issued a brief
// statement".
func statementRead(toks []token, k int) bool {
	if k == 0 || !readVerbs[toks[k-1].low] {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+2; j++ {
		if statementNouns[toks[j].low] {
			return true
		}
	}
	return false
}

// skipOwnerRole steps over a person's possessive and the role noun after
// it to the name they describe ("Kettering's barrister Anna Whitcombe")
// and returns where that name begins; i itself when there is none before
// the colon at c.
func (a *analysis) skipOwnerRole(toks []token, i, c int) int {
	if i >= c || toks[i].ment < 0 {
		return i
	}
	e := i
	for e < c && toks[e].ment == toks[i].ment {
		e++
	}
	if !possessive(toks[e-1].low) || e+1 >= c || !roleNouns[toks[e].low] && !proxyNouns[toks[e].low] {
		return i
	}
	if n := toks[e+1].ment; n >= 0 && a.ments[n].Type == doc.Person {
		return e + 1
	}
	return i
}

// maxLeadingRoleWords bounds the words of a role written before a name.
const maxLeadingRoleWords = 3

// skipLeadingRole steps over a role of up to three words ending in a role
// noun written before a person's name ("Mission director Ioane Faleolo
// on the loop:", "TSA administrator Jane Roe:") and returns where the name
// begins; i itself when no such role comes before a name ahead of the
// colon at c.
func (a *analysis) skipLeadingRole(toks []token, i, c int) int {
	for k := i; k < c && k-i <= maxLeadingRoleWords; k++ {
		t := toks[k]
		if t.ment >= 0 && a.ments[t.ment].Type == doc.Person {
			if k > i && toks[k-1].ment < 0 && roleNouns[toks[k-1].low] {
				return k
			}
			return i
		}
		if t.kind != tkWord || npStops[t.low] || determiners[t.low] || possessive(t.low) || !t.upper && !roleNouns[t.low] {
			return i
		}
	}
	return i
}

// proxyAfterName reports whether the words after a name before a colon
// open with a noun for someone who speaks for that person: in a headline
// "Moreau lawyer: '...'" or "Moreau agent: '...'" the words are the
// lawyer's or the agent's, not Moreau's.
func proxyAfterName(toks []token) bool {
	return len(toks) > 0 && toks[0].kind == tkWord && proxyNouns[toks[0].low]
}

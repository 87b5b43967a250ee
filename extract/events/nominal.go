package events

import (
	"strings"

	"newsbot/extract/doc"
)

// eventNouns name happenings a time after them may date on their own:
// "an attack on its online ordering system last month".
var eventNouns = map[string]bool{
	"attack": true, "breach": true, "raid": true, "strike": true, "crash": true, "fire": true,
	"flood": true, "explosion": true, "blast": true, "arrest": true, "death": true, "killing": true,
	"shooting": true, "protest": true, "merger": true, "takeover": true, "visit": true,
	"meeting": true, "summit": true, "vote": true, "election": true, "hack": true, "cyberattack": true,
	"outage": true, "collapse": true, "storm": true, "earthquake": true, "resignation": true,
	"launch": true, "ruling": true, "verdict": true, "trial": true, "hearing": true, "deal": true,
	"massacre": true, "bombing": true, "coup": true,
}

// nounLinks join an event noun to the phrase after it: "an attack on
// its website", "the resignation of the minister".
var nounLinks = map[string]bool{"on": true, "of": true, "in": true, "at": true, "against": true, "by": true}

// nominalEvent reports whether the expression at t dates a happening the
// clause names with a noun rather than its verb: a determiner, an event
// noun and the phrases after it, then the time ("hackers had accessed
// the details in an attack on its online ordering system last month").
// No verb, comma or clause opener stands between the noun and the time,
// and a possessive time ("Sunday's floods") names a thing, not a date.
func nominalEvent(low *lowText, sum, t doc.Span) bool {
	_, ok := nominalStart(low, sum, t)
	return ok
}

// nominalStart returns the offset of the determiner that opens the noun
// phrase of a happening the expression at t dates (nominalEvent).
func nominalStart(low *lowText, sum, t doc.Span) (int, bool) {
	text := low.text
	if !sum.Contains(t) || possessive(text, t) {
		return 0, false
	}
	from := sum.Start
	if i := nominalMarks.lastIn(text[from:t.Start]); i >= 0 {
		from += i + 1
	}
	const reach = 8 // words from the noun to the time
	// The word before the farthest noun is read too.
	ws := low.lastWordSpans(from, t.Start, reach+1)
	for i := len(ws) - 1; i >= 1 && i >= len(ws)-reach; i-- {
		w := low.lowerOf(ws[i].Start, ws[i].End)
		k := leadKindOf(w)
		if k&kindEventNoun != 0 || leadKindOf(strings.TrimSuffix(w, "s"))&kindEventNoun != 0 {
			// The noun heads its phrase: "the attack on", not "the
			// death toll".
			det := low.lowerOf(ws[i-1].Start, ws[i-1].End)
			ok := determiners[det] && (i == len(ws)-1 || nounLinks[low.lowerOf(ws[i+1].Start, ws[i+1].End)])
			return ws[i-1].Start, ok
		}
		if k&(kindAuxiliary|kindBreak) != 0 || strings.HasSuffix(w, "ed") || w == "and" || w == "to" {
			return 0, false
		}
	}
	return 0, false
}

// sharedTime are the prepositions by which a clause happens during the
// happening a noun names: "had stolen data in an attack last month",
// "was destroyed by the fire on Monday".
var sharedTime = map[string]bool{"in": true, "during": true, "at": true, "amid": true, "by": true}

// phraseLinks are the prepositions that open a phrase naming what a
// clause is about, not when it happens: "charges linked to the
// collapse", "jailed over the killing", "after the vote".
var phraseLinks = map[string]bool{
	"of": true, "on": true, "against": true, "to": true, "over": true, "for": true, "from": true, "after": true, "with": true,
}

// modifiedNominal returns the noun phrase of a happening that the
// expression at t dates inside a phrase qualifying the clause, not
// during it: "faces fraud charges linked to the collapse of his firm in
// 2021" dates the collapse, not the charges, so its row is "the collapse
// of his firm in 2021". The phrase follows a participle and its
// preposition ("linked to"), or, in a sentence dating another event
// too (split), any preposition of phraseLinks; never one by which the
// clause shares the happening's time (sharedTime).
func modifiedNominal(low *lowText, sum, t doc.Span, split bool) (doc.Span, bool) {
	st, ok := nominalStart(low, sum, t)
	if !ok {
		return doc.Span{}, false
	}
	ws := low.wordsOf(sum.Start, st)
	n := len(ws)
	if n < 2 || !phraseLinks[ws[n-1]] || sharedTime[ws[n-1]] {
		return doc.Span{}, false
	}
	if !linkingParticiples[ws[n-2]] && !split || !prepositionalTime(low, sum, t) {
		return doc.Span{}, false
	}
	return doc.Span{Start: st, End: t.End}, true
}

// linkingParticiples lead a phrase that ties a noun to another happening
// ("charges linked to the collapse"); a finite verb ending in -ed does
// not ("the members voted for the strike last week" dates the vote).
var linkingParticiples = map[string]bool{
	"linked": true, "related": true, "tied": true, "connected": true, "relating": true, "dating": true,
	"stemming": true, "arising": true, "leading": true,
}

// prepositionalTime reports whether the expression at t is introduced by
// a preposition ("of his firm in 2021"), as a time qualifying a noun
// is; a bare "last week" or "yesterday" qualifies the clause.
func prepositionalTime(low *lowText, sum, t doc.Span) bool {
	ws := low.wordsOf(sum.Start, t.End)
	first := low.wordsOf(t.Start, t.End)
	if len(first) > 0 && timePrepositions[first[0]] {
		return true
	}
	n := len(ws) - len(first)
	return n > 0 && timePrepositions[ws[n-1]]
}

// maxNamedWords bounds the words of the phrase after an event noun that
// a year names: "the 2011 massacre at Drenova".
const maxNamedWords = 4

// yearNamedEvent returns the noun phrase of a happening that a year in
// figures names, between a determiner and an event noun, in a sentence
// another time dates: "convicted him on Wednesday over the 2011
// massacre at Drenova" dates "the 2011 massacre at Drenova" to 2011.
// The phrase runs from the determiner over the noun and one
// prepositional phrase after it, up to a comma.
func yearNamedEvent(text string, sum, t doc.Span) (doc.Span, bool) {
	if !sum.Contains(t) || !year(text[t.Start:t.End]) || !determiners[strings.ToLower(wordBefore(text, t.Start))] {
		return doc.Span{}, false
	}
	ws := wordSpans(text, t.End, sum.End)
	if len(ws) == 0 || ws[0].Start != t.End+1 || !inLower(eventNouns, text[ws[0].Start:ws[0].End]) {
		return doc.Span{}, false
	}
	st := quoteOpenQuoteOpenParenSpaceTabNewlineMarks.lastIn(text[:t.Start-1]) + 1
	end := ws[0].End
	if len(ws) > 1 && inLower(nounLinks, text[ws[1].Start:ws[1].End]) {
		for _, w := range ws[2:min(len(ws), 2+maxNamedWords)] {
			lw := strings.ToLower(text[w.Start:w.End])
			if stopCommaSemicolonColonQuoteCurlyQuotesParensDashesMarks.in(text[end:w.Start]) || stopWords[lw] && !determiners[lw] {
				break
			}
			end = w.End
		}
	}
	return doc.Span{Start: st, End: end}, true
}

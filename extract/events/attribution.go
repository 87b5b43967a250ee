package events

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// attributionVerbs close a sentence with its source: "…, police said on
// Monday".
var attributionVerbs = map[string]bool{
	"said": true, "told": true, "announced": true, "confirmed": true, "reported": true,
	"added": true, "stated": true, "says": true,
}

// attributionTail are the words that may follow the verb of a closing
// attribution before its time: "told reporters late on Monday".
var attributionTail = map[string]bool{
	"on": true, "late": true, "early": true, "reporters": true, "journalists": true,
}

// perfectParticiples are the participles of a perfect not ending in
// "-ed" that news tells acts with: "had stolen", "has been".
var perfectParticiples = map[string]bool{
	"been": true, "taken": true, "stolen": true, "fallen": true, "broken": true, "gone": true,
	"left": true, "lost": true, "won": true, "made": true, "given": true, "done": true,
}

// reportedAct reports whether the expression at t only dates the
// attribution that closes its sentence ("…, police said on Monday")
// while the sentence tells an act that came before the saying: another
// day of the sentence dates the act ("Thieves broke in on Sunday night,
// police said on Monday"), or the act is told in the past perfect ("had
// been stolen, police said on Monday"), which puts it at some earlier
// time the sentence does not give. A present perfect ("has died after a
// fall, the department said on Monday", "has joined Northbridge, both
// clubs said on Tuesday") is the news of the day it was said. A
// quotation is what was said and keeps the day it was said on. A day
// after the saying dates a plan, not the act said ("will go to a runoff
// on 3 April …, the electoral commission said on Monday"): the saying is
// news of its own day, and the plan keeps its date.
func reportedAct(text string, sent doc.Span, t timex.Expr, days []timex.Expr, published time.Time) bool {
	comma, ok := closingAttribution(text, sent, t.Span)
	if !ok {
		return false
	}
	main := strings.TrimSpace(text[sent.Start:comma])
	if quoteCurlyQuotesMarks.in(main) || perfect(lowerWords(main), "has", "have") {
		return false
	}
	for _, d := range days {
		if d.Span != t.Span && d.End <= comma && !dayAfter(d, t) {
			return true
		}
	}
	return perfect(lowerWords(main), "had")
}

// dayAfter reports whether the day of expression a lies after that of b.
func dayAfter(a, b timex.Expr) bool {
	const day = len("2006-01-02")
	return len(a.Value) >= day && len(b.Value) >= day && a.Value[:day] > b.Value[:day]
}

// closingAttribution returns the offset of the comma opening a short
// attribution that ends the sentence with the expression at t ("…, the
// department said on Monday.").
func closingAttribution(text string, sent, t doc.Span) (int, bool) {
	const maxWords = 8
	if sent.End > len(text) || !sent.Contains(t) || strings.Trim(text[t.End:sent.End], " .\n") != "" && !participleTail(text[t.End:sent.End]) {
		return 0, false
	}
	comma := strings.LastIndexByte(text[sent.Start:t.Start], ',')
	if comma < 0 {
		return 0, false
	}
	comma += sent.Start
	ws := lowerWords(text[comma+1 : t.Start])
	if len(ws) == 0 || len(ws) > maxWords {
		return 0, false
	}
	i := len(ws) - 1
	for i > 0 && attributionTail[ws[i]] {
		i--
	}
	if !attributionVerbs[ws[i]] || i == 0 {
		return 0, false
	}
	for _, w := range ws[:i] {
		if auxiliaries[w] || w == "and" || w == "but" || w == "that" {
			return 0, false // "and Exxon said they were confirmed today"
		}
		if w == "from" || w == "up" || w == "down" || isNumber(w) {
			return 0, false // a figure's earlier value: ", up from 14 reported on Monday"
		}
	}
	return comma, true
}

// maxTailLead is the most words before the participle of a phrase that
// closes an attribution: "more than doubling".
const maxTailLead = 3

// participleTail reports whether rest, what follows the time of an
// attribution, is a participle phrase on the saying: ", more than
// doubling the previous day's toll", ", adding that talks would go on".
func participleTail(rest string) bool {
	const maxTailBytes = 80
	rest, ok := strings.CutPrefix(rest, ",")
	if !ok {
		return false
	}
	for _, w := range firstLowerWords(rest[:min(len(rest), maxTailBytes)], maxTailLead+1) {
		if len(w) > 4 && strings.HasSuffix(w, "ing") && !ingPrepositions[w] {
			return true
		}
		if auxiliaries[w] || w == "and" || w == "but" || w == "which" || w == "who" {
			return false
		}
	}
	return false
}

// newsOfSaying reports whether the expression at t dates the attribution
// closing a sentence whose news is told in the present perfect ("At
// least nine people have died after the hurricane hit on Friday, the
// governor said on Saturday"): the day it was said is the news's, and
// its row is the whole sentence.
func newsOfSaying(text string, sent, t doc.Span) bool {
	comma, ok := closingAttribution(text, sent, t)
	if !ok {
		return false
	}
	main := text[sent.Start:comma]
	return !quoteCurlyQuotesMarks.in(main) && perfect(lowerWords(main), "has", "have")
}

// newsOfSayingStart returns where the time of such an attribution
// (newsOfSaying) starts among the dated expressions of a sentence: it
// and any expression in the phrase after it ("said on Saturday, more
// than doubling the previous day's toll") have the whole sentence as
// their row.
func newsOfSayingStart(text string, sent doc.Span, dated []doc.Span) (int, bool) {
	for _, d := range dated {
		if newsOfSaying(text, sent, d) {
			return d.Start, true
		}
	}
	return 0, false
}

// perfect reports whether words hold a perfect tense with one of the
// auxiliaries aux: "has died", "had been stolen".
func perfect(ws []string, aux ...string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if n := ws[i+1]; slices.Contains(aux, ws[i]) && (strings.HasSuffix(n, "ed") || perfectParticiples[n]) {
			return true
		}
	}
	return false
}

// describers open a phrase that describes the name before it: an
// appositive ("Chloe Dubois, its finance chief since 2021,") or a
// relative clause ("Ana Costa, who joined in 2019,"; "Flight 212, which
// crashed on Monday,").
var describers = map[string]bool{
	"its": true, "his": true, "her": true, "their": true, "the": true, "a": true, "an": true,
	"who": true, "whose": true, "which": true,
}

// maxDescription is the most words a phrase describing a name holds.
const maxDescription = 12

// description finds the phrase set off by commas around the expression
// at t that describes the name before it, in the middle of a sentence
// whose main clause goes on after it ("The board appointed Chloe Dubois,
// its finance chief since 2021, as interim CEO."), or a relative clause
// on a name that ends the sentence. It returns where the
// name starts, where the phrase ends and whether it is a relative clause
// ("who joined in 2019").
func description(low *lowText, sent, t doc.Span) (nameStart, end int, relative, ok bool) {
	text := low.text
	if sent.End > len(text) || !sent.Contains(t) {
		return 0, 0, false, false
	}
	open := strings.LastIndexByte(text[sent.Start:t.Start], ',')
	if open < 0 {
		return 0, 0, false, false
	}
	open += sent.Start
	closing := strings.IndexByte(text[t.End:sent.End], ',')
	last := closing < 0
	if last {
		// "takes over from Claire Moreau, who became caretaker on
		// Friday.": a relative clause on a name may end the sentence.
		closing = len(strings.TrimRight(text[t.End:sent.End], " \t\r\n.!?\"'”’"))
	}
	closing += t.End
	if wordsExceed(text[open+1:closing], maxDescription) {
		return 0, 0, false, false // read no further than the words allowed
	}
	ws := low.wordsOf(open+1, closing)
	if len(ws) == 0 || len(ws) > maxDescription || !describers[ws[0]] || slices.Contains(ws, "and") || slices.Contains(ws, "or") {
		return 0, 0, false, false // "Canada, Singapore, the Cayman Islands and Jersey this year": a list
	}
	relative = ws[0] == "who" || ws[0] == "whose" || ws[0] == "which" || relativeOnNoun(ws)
	if last && (!relative || semicolonColonMarks.in(text[closing:sent.End]) || slices.ContainsFunc(ws, func(w string) bool { return pointsBack[w] })) {
		// "said Van Morrison, who toured with him in 1979": a clause
		// that speaks of someone the rest of the sentence names does
		// not stand on its own.
		return 0, 0, false, false
	}
	if !last && !wordsExceed(text[closing:sent.End], 4) {
		if rest := lowerWords(text[closing:sent.End]); len(rest) < 3 || slices.ContainsFunc(rest, func(w string) bool { return attributionVerbs[w] }) {
			return 0, 0, false, false // "…, he said": the phrase ends the main clause
		}
	}
	for _, w := range ws[1:] {
		if !relative && (auxiliaries[w] || attributionVerbs[w] || strings.HasSuffix(w, "ed")) {
			return 0, 0, false, false // a clause of its own: "the department said prices rose"
		}
	}
	nameStart = nameBefore(text, sent.Start, open)
	if nameStart < open {
		// `Lopez's "Night Train", the film that …`: a quoted title
		// is taken whole.
		nameStart = quotedNameStart(text, sent.Start, nameStart, open, nameStart)
	}
	if nameStart == open || introduces(text[sent.Start:nameStart]) {
		return 0, 0, false, false
	}
	return nameStart, closing, relative, true
}

// relativeOnNoun reports whether the words of a phrase after a name
// are a noun phrase and a relative clause on it: "the same envoy who
// mediated a similar case in 2024" speaks of the name as "who" does.
func relativeOnNoun(ws []string) bool {
	if len(ws) < 3 || !determiners[ws[0]] {
		return false
	}
	for i := 1; i < len(ws)-1 && i <= maxPremodifiers+1; i++ {
		switch w := ws[i]; {
		case relativePronouns[w] || w == "whose":
			return i > 1
		case auxiliaries[w] || attributionVerbs[w] || strings.HasSuffix(w, "ed"):
			return false // "the department said that …"
		}
	}
	return false
}

// introduces reports whether the words before a name only open the
// sentence with it ("In Fujian, the cost rose"): a phrase after its
// comma is the main clause, not a description of the name.
func introduces(lead string) bool {
	ws := lowerWords(lead)
	for _, w := range ws {
		if !stopWords[w] {
			return false
		}
	}
	return len(ws) > 0
}

// nameParticles are the lower-case words inside a name: "Van der
// Merwe", "Ruiz de la Fuente".
var nameParticles = map[string]bool{
	"van": true, "der": true, "den": true, "de": true, "la": true, "del": true, "da": true, "di": true,
	"von": true, "bin": true, "ibn": true, "al": true, "le": true, "du": true, "dos": true, "das": true,
	"of": true, // "Bank of America"
}

// nameBefore returns where the run of capitalised words ending at end
// starts (end itself when there is none); a sentence adverb ("However,")
// is no name. A number may end a name ("Flight 412", "Apollo 11"), not
// make one.
func nameBefore(text string, start, end int) int {
	name := end
	numbered := false
	for i := end; i > start; {
		j := spaceTabNewlineMarks.lastIn(text[start:i]) + 1 + start
		w := text[j:i]
		r, _ := utf8.DecodeRuneInString(w)
		lw := strings.ToLower(w)
		if nameParticles[w] && name < end || innerAnd(text, start, j, w, name, end) {
			i = max(start, j-1)
			continue
		}
		if name == end && !numbered && w != "" && strings.Trim(w, "0123456789") == "" {
			numbered = true
			i = max(start, j-1)
			continue
		}
		if w == "" || !unicode.IsUpper(r) || stopWords[lw] || leadWords[lw] {
			break
		}
		name = j
		i = max(start, j-1)
	}
	return name
}

// describesName reports whether the expression at t only dates an
// appositive on a name ("Chloe Dubois, its finance chief since 2021,"):
// the time is the description's, not the main clause's.
func describesName(low *lowText, sent, t doc.Span) bool {
	_, _, relative, ok := description(low, sent, t)
	return ok && !relative
}

// pointsBack are the pronouns by which a relative clause speaks of
// someone or something its sentence names elsewhere.
var pointsBack = toSet(`him her it them his its their`)

// relativeOnName returns the span of a name and the relative clause on
// it that holds the expression at t, when the name is not the sentence's
// opening subject (relativeClause cuts that case): "The board appointed
// Chloe Dubois, who joined in 2019, as interim CEO" dates "Chloe Dubois,
// who joined in 2019", not the appointment.
//
// A name that is the object of a preposition after a noun phrase ("the
// chief executive of Northgate Terminals, who took over in 2023"; "the
// dispute at Harwick, which ended on Sunday") may not be what the clause
// speaks of: the row keeps the head noun phrase with it, whichever the
// clause is on.
func relativeOnName(low *lowText, sent, t doc.Span) (doc.Span, bool) {
	start, end, relative, ok := description(low, sent, t)
	if !ok || !relative {
		return doc.Span{}, false
	}
	start = headOfObjectName(low, sent.Start, start)
	if start == sent.Start {
		return doc.Span{}, false
	}
	return doc.Span{Start: start, End: end}, true
}

// nameObjectPrepositions join a name to the noun phrase it completes: "the
// chief executive of Northgate", "the dispute at Harwick", "the plant in
// Leeds".
var nameObjectPrepositions = toSet(`of at in`)

// headOfObjectName returns where the noun phrase starts that a name at
// name completes after one of nameObjectPrepositions ("The Kyiv-born chief
// executive of Northgate Terminals", "a rally at Harwick"), with a name
// it stands in apposition to ("Ann Holt, the head of Acme"); name itself
// when a verb or no determiner comes before the preposition ("talks in
// London", "said in Paris").
func headOfObjectName(low *lowText, sentStart, name int) int {
	text := low.text
	ws := low.wordSpans(sentStart, name)
	if len(ws) < 3 || !nameObjectPrepositions[strings.ToLower(text[ws[len(ws)-1].Start:ws[len(ws)-1].End])] ||
		strings.TrimSpace(text[ws[len(ws)-1].End:name]) != "" {
		return name
	}
	i, ok := nounPhraseStart(text, ws[:len(ws)-1])
	if !ok || clauseMarks.in(text[ws[i].Start:ws[len(ws)-1].Start]) {
		return name
	}
	return appositiveName(text, sentStart, ws[i].Start)
}

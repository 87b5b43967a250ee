package events

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// What in a clause is background to the event it reports rather than its
// time: a date that names a thing, a year ending the subject.

// namesThing reports whether the expression at sp is part of a name for
// a thing rather than the time of the clause's verb: a possessive
// ("Sunday's floods"), or a year between a determiner or a possessive
// and a noun ("her 1979 album", "the 2019 election", "Wanjiru's 2023
// title") in a clause that gives no figures, or a feast's name there
// ("a Christmas trading update").
func namesThing(text string, sum, sp doc.Span) bool {
	if possessive(text, sp) || holidayModifier(text, sp) {
		return true
	}
	if !year(text[sp.Start:sp.End]) || holdsFigures(text[sum.Start:sum.End]) {
		// "the following year" is no name; "the January index" is the
		// index of the month the report is about, and so is "a 1986
		// surplus of 7.6 billion compared with the preceding year".
		return false
	}
	head := wordBefore(text, sp.Start)
	if !inLower(determiners, head) && !possessiveWord(head) || !strings.HasPrefix(text[sp.End:], " ") {
		return false
	}
	// A noun follows, not "and" ("the 1981 and 1982 contracts").
	next := text[sp.End+1:]
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r) && !stopWords[nextWord(next)]
}

// holidays are the feasts whose name also qualifies a noun: "a Christmas
// trading update", "the Easter holidays".
var holidays = map[string]bool{
	"christmas": true, "easter": true, "thanksgiving": true, "halloween": true, "hanukkah": true,
	"diwali": true, "ramadan": true, "eid": true, "passover": true,
}

// holidayModifier reports whether the expression at sp is a feast's name
// between a determiner or a possessive and a lower-case noun: "A
// Christmas trading update is due on 20 Nov" names the update, which the
// clause's own date dates.
func holidayModifier(text string, sp doc.Span) bool {
	if !inLower(holidays, text[sp.Start:sp.End]) {
		return false
	}
	head := wordBefore(text, sp.Start)
	return (inLower(determiners, head) || possessiveWord(head)) && namesThingAfter(text, sp.End)
}

// wordBefore returns the word that ends before offset at, past spaces.
func wordBefore(text string, at int) string {
	head := strings.TrimRight(text[:at], " ")
	if i := quoteOpenQuoteOpenParenSpaceTabNewlineMarks.lastIn(head); i >= 0 {
		head = head[i+1:]
	}
	return head
}

// yearNamesThing reports whether the expression at sp is a year in
// figures naming a thing ("her 2023 national title", "Wanjiru's 2023
// title"), which gives way to any other time of its clause.
func yearNamesThing(text string, sum, sp doc.Span) bool {
	return year(text[sp.Start:sp.End]) && namesThing(text, sum, sp)
}

// possessiveWord reports a word ending in "'s" ("Wanjiru's").
func possessiveWord(w string) bool {
	return len(w) > 3 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"))
}

// year reports whether s is a year written in figures.
func year(s string) bool {
	if len(s) != 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// auxiliaries are verbs that follow a clause's subject.
var auxiliaries = map[string]bool{
	"had": true, "has": true, "have": true, "was": true, "were": true, "is": true, "are": true,
	"will": true, "would": true, "could": true, "may": true, "might": true, "should": true, "must": true,
}

// subjectModifier reports whether the expression at sp, a phrase of
// words, ends the subject of its clause sum, a verb following at once:
// the current year in a noun phrase ("the zloty's strength earlier this
// year had helped") is background to what the clause reports, and places
// nothing on a timeline of that year. A year that is the subject itself
// ("This year will see") is kept, and so is one in a clause giving
// figures, which are of that year ("Output so far this year was 458
// billion kilowatt hours").
func subjectModifier(text string, sum, sp doc.Span) bool {
	if asciiDigits.in(text[sp.Start:sp.End]) || strings.TrimSpace(text[sum.Start:sp.Start]) == "" ||
		holdsFigures(text[sum.Start:sum.End]) {
		return false
	}
	rest := text[sp.End:]
	return strings.HasPrefix(rest, " ") && auxiliaries[nextWord(rest)]
}

// determiners open a noun phrase a date may modify.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "her": true, "his": true, "its": true, "their": true,
	"our": true, "my": true, "your": true, "this": true, "that": true,
}

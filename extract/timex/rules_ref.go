package timex

import "strings"

// Normalisers for the words that place a text in its present, past or
// future as a whole ("now", "in the past", "current", "the year"), and
// for the "today's" that means "of our time".

// genericToday are nouns after which "today's" means "of our time", not
// the publication day: "today's youth", "in today's world".
var genericToday = map[string]bool{
	"world": true, "youth": true, "society": true, "generation": true, "generations": true,
	"children": true, "kids": true, "young": true, "standards": true, "terms": true,
	"dollars": true, "money": true, "economy": true, "culture": true, "technology": true, "media": true,
	"computers": true, "cars": true, "consumers": true, "families": true, "parents": true, "students": true,
}

// clauseWords may follow a noun phrase that ends its clause.
var clauseWords = map[string]bool{"and": true, "or": true, "but": true, "as": true, "because": true, "when": true, "if": true, "while": true}

func reference(f *finder, m *match) (result, bool) {
	w := m.lower("w")
	switch w {
	case "recently", "lately", "formerly":
		return result{typ: "DATE", value: "PAST_REF"}, true
	case "the past":
		// "in the past" alone; "the past two years" is a duration
		// and "the past year" a year, which other rules read.
		if next, ok := firstWord(m.s[m.idx[1]:]); ok && next.start <= 1 {
			if _, n := parseNumber(next.text); n || units[next.text].code != "" || next.text == "few" || next.text == "several" {
				return result{}, false
			}
		}
		return result{typ: "DATE", value: "PAST_REF"}, true
	case "current":
		// "the current account" is a balance, "against the current"
		// and "electric current" a flow.
		rest := m.s[m.idx[1]:]
		next, ok := firstWord(rest)
		if !ok || strings.TrimSpace(rest[:next.start]) != "" || next.text == "account" || next.text == "accounts" ||
			m.prevWord() == "electric" || m.prevWord() == "alternating" || m.prevWord() == "direct" {
			return result{}, false
		}
		// "current market conditions": the adjective names the
		// present; "the then current" looks back.
		if m.prevWord() == "then" {
			return result{typ: "DATE", value: "PAST_REF"}, true
		}
		return result{typ: "DATE", value: "PRESENT_REF"}, true
	case "the future", "the near future", "the coming days", "a later date", "a future date",
		"future quarters", "coming quarters", "upcoming quarters":
		return result{typ: "DATE", value: "FUTURE_REF", future: true}, true
	case "the near term", "the short term", "the long term":
		// "in the near term." is a time ahead; "the long term debt"
		// is an adjective, so a word must not follow in the clause.
		rest := m.s[m.idx[1]:]
		if next, ok := firstWord(rest); m.after() == '-' || ok && strings.TrimSpace(rest[:next.start]) == "" && !clauseWords[next.text] {
			return result{}, false
		}
		return result{typ: "DATE", value: "FUTURE_REF", future: true}, true
	}
	return result{typ: "DATE", value: "PRESENT_REF"}, true
}

// theYear reads a bare "the year" of a report ("for the year", "a high
// for the year") as the publication year, and "the year ended June 30"
// as the twelve months before that day.
func theYear(f *finder, m *match) (result, bool) {
	rest := strings.ToLower(m.s[m.idx[1]:])
	if strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’") {
		return result{}, false // "the year-earlier", "the year's"
	}
	next := ""
	if w, ok := firstWord(rest); ok {
		next = w.text
	}
	if next == "of" && amountAfterOf(rest) {
		// "a high for the year of $42.875 a share": the amount the
		// year reached, not "the year of the dragon".
		next = ""
	}
	switch next {
	case "ago", "earlier", "before", "after", "later", "in", "when", "of", "that", "which", "he", "she", "they", "it", "we":
		// "the year before", "the year in review", "the year when":
		// another year, or no date at all.
		return result{}, false
	case "ended", "ending", "through", "to":
		return result{typ: "DURATION", value: "P1Y"}, true
	}
	if !capital(m.s[m.idx[0]:]) && strings.Contains(m.s[m.idx[0]:m.idx[1]], "Year") {
		return result{}, false // "Player of the Year"
	}
	if !f.hasRef {
		return result{typ: "DATE"}, true
	}
	return result{typ: "DATE", value: yearValue(f.ref.Year())}, true
}

// amountAfterOf reports whether rest, lower case and starting with
// "of", goes on with an amount: "of $42.875", "of 12%", "of #722
// million".
func amountAfterOf(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	rest, ok := strings.CutPrefix(rest, "of")
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	if strings.HasPrefix(rest, "£") || strings.HasPrefix(rest, "€") {
		return true
	}
	return rest != "" && strings.IndexByte("$#0123456789", rest[0]) >= 0
}

package timex

import (
	"strings"
	"time"
)

// lookedAhead reports whether a weekday whose clause has tense t is
// still to come by the words around it: the earliest day of a plan, the
// day of a forecast's odds in a clause with no tense of its own, or the
// subject of an opening condition in the present.
func lookedAhead(m *match, t tense) bool {
	return earliestDay(m) || t == unknownTense && forecastChance(m) || conditionOpened(m)
}

// earliestDayPhrases are the words before a day that give the earliest a
// thing can happen: "will try again no earlier than Saturday". A day
// given so is still to come, whatever the reporting verb's tense.
var earliestDayPhrases = []string{"no earlier than", "not earlier than", "no sooner than"}

// earliestDay reports whether the match follows a phrase of
// earliestDayPhrases.
func earliestDay(m *match) bool {
	before := strings.TrimRight(lowerASCII(m.s[:m.idx[0]]), " ")
	for _, p := range earliestDayPhrases {
		if strings.HasSuffix(before, " "+p) || before == p {
			return true
		}
	}
	return false
}

// chanceNouns name the odds a forecast gives: "a 60% chance of
// acceptable conditions on Thursday".
var chanceNouns = map[string]bool{"chance": true, "chances": true, "probability": true, "odds": true, "likelihood": true}

// maxChanceWords bounds how many words may stand between a forecast's
// "chance of" and its day.
const maxChanceWords = 8

// forecastChance reports whether the match closes a forecast's odds in
// the present: "give a 60% chance of acceptable conditions on Thursday".
// The odds are of what is still to come. The words between are read
// within one comma-delimited segment.
func forecastChance(m *match) bool {
	seg := m.s[:m.idx[0]]
	if i := strings.LastIndexAny(seg, ",;:()"); i >= 0 {
		seg = seg[i+1:]
	}
	ws := words(seg)
	for k := len(ws) - 2; k >= 0 && len(ws)-k <= maxChanceWords+2; k-- {
		if chanceNouns[ws[k].text] && ws[k+1].text == "of" {
			return true
		}
	}
	return false
}

// conditionOpened reports whether the match stands in the subject of a
// condition in the present that opens its sentence: "If the Thursday
// attempt is scrubbed", "If Friday's vote goes ahead". The condition is
// of what is still to come unless its verb is in the past.
func conditionOpened(m *match) bool {
	ws := words(m.s[:m.idx[0]])
	if len(ws) == 0 || len(ws) > 3 || ws[0].text != "if" && ws[0].text != "unless" || strings.TrimSpace(m.s[:ws[0].start]) != "" {
		return false
	}
	rest := m.s[m.idx[1]:]
	if i := strings.IndexAny(rest, ",;"); i >= 0 {
		rest = rest[:i]
	}
	for _, w := range words(rest) {
		switch {
		case w.text == "was" || w.text == "were" || w.text == "had" || w.text == "did":
			return false
		case markerOf(w.text) == past && !passivePresent(rest, w):
			// "If Friday's vote was rigged" looks back; "If the
			// Thursday attempt is scrubbed" is a passive ahead.
			return false
		}
	}
	return true
}

// passivePresent reports whether the participle w in s follows "is",
// "are" or "gets": a passive in the present.
func passivePresent(s string, w word) bool {
	ws := words(s[:w.start])
	if len(ws) == 0 {
		return false
	}
	p := ws[len(ws)-1].text
	return p == "is" || p == "are" || p == "gets" || p == "get"
}

// winterUnderway reports whether "this winter" or "the winter", in a
// clause that does not look ahead, is the winter under way or just
// ended at ref: from January to March it began the December before
// (value "YYYY-WI" with the year before ref's).
func winterUnderway(ref time.Time, code, rel string, t tense) bool {
	return code == "WI" && ref.Month() <= time.March && t != future && (contains(thisWords, rel) || rel == "the")
}

// clockFigure reports whether w is a clock time written as one word:
// "5pm", "6.30pm", "11:15am".
func clockFigure(w string) bool {
	n := strings.TrimSuffix(strings.TrimSuffix(w, "pm"), "am")
	if n == w || n == "" || n[0] < '0' || n[0] > '9' {
		return false
	}
	return strings.Trim(n, "0123456789.:") == ""
}

// clockBeforeDay reports whether word k is a clock time written as one
// word, or the "on" that joins a clock time to its day: in "by 5pm on
// Friday" the "by" governs the day.
func clockBeforeDay(ws []word, k int) bool {
	if clockFigure(ws[k].text) {
		return true
	}
	return ws[k].text == "on" && k > 0 && (clockFigure(ws[k-1].text) || clockWords[ws[k-1].text] && ws[k-1].text != "at" && ws[k-1].text != "a")
}

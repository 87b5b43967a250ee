package timex

import "strings"

// eventOpeners open what "the day before" or "the day after" counts
// from when it is an event rather than a date: "the day before the vote",
// "the day after his arrest", "the day before she resigned".
var eventOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true,
	"their": true, "our": true, "my": true, "your": true,
	"he": true, "she": true, "they": true, "we": true,
}

// dayBeforeEvent reports whether the anaphoric phrase w ("the day
// before", "the day after") counts from an event named right after it:
// "The day before the vote, she told a rally" is the eve of the vote,
// which is no day the text last named. The caller applies it when the
// day last named is the publication day or later: a story's own day is
// rarely the day of an event it names by a noun, while "was shot on
// Oct. 23 … showed up the day after his death" counts from the day
// told. A date after the phrase ("the day before last Tuesday") is read
// by joinDayBefore instead.
func dayBeforeEvent(m *match, w string) bool {
	if w != "the day before" && w != "the day after" {
		return false
	}
	rest := m.s[m.idx[1]:]
	nw, ok := firstWord(rest)
	if !ok || strings.TrimSpace(rest[:nw.start]) != "" {
		return false
	}
	return eventOpeners[nw.text]
}

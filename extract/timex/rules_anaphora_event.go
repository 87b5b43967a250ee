package timex

import (
	"regexp"
	"strings"
)

// eventDeterminers open the noun phrase of an event that "the day after"
// or "the day before" counts from: "the day after the arrests", "the day
// before its launch". "That" and "this" are left out: "the day after
// that" counts from the day told last.
var eventDeterminers = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true,
	"their": true, "our": true, "my": true, "your": true,
}

// saidOnDay matches the end of a text that closes on the day something was
// said: "the minister said on Thursday", "police said Monday".
var saidOnDay = regexp.MustCompile(`\b(?:said|says|told\s+\S+|announced|added)\s+(?:late\s+|early\s+)?(?:on\s+)?\S+(?:\s+\d{1,2})?$`)

// countsFromEvent reports whether the anaphor w of m ("the day after",
// "the day before") counts from an event its noun phrase names rather
// than from the day the text named last, which is only the day someone
// spoke in an earlier sentence: "Lindqvist said on Thursday the review
// was due. … The site went offline the day after the arrests." is not
// the Friday. A day an earlier sentence tells an event on ("was shot on
// Friday, Oct. 23 … the day after his death") is still counted from.
func (f *finder) countsFromEvent(m *match, w string) bool {
	if w != "the day after" && w != "the day before" {
		return false
	}
	rest := m.s[m.idx[1]:]
	next, ok := firstWord(rest)
	if !ok || strings.TrimSpace(rest[:next.start]) != "" || !eventDeterminers[next.text] || f.namedInSentence(m.idx[0]) {
		return false
	}
	end := f.anchorEnd
	if f.anchorPrec != "day" || end <= 0 || end > len(f.text) {
		return false
	}
	return saidOnDay.MatchString(f.text[max(0, end-60):end])
}

// bareEventFollowers are the lower-case words after "the day after" or
// "the day before" that name a time, not an event.
var bareEventFollowers = map[string]bool{"tomorrow": true, "today": true, "yesterday": true, "that": true, "this": true, "next": true, "last": true}

// bareEventAfter reports whether the anaphor w of m ("the day after",
// "the day before") is followed by a bare noun of an event that closes
// its phrase: "made contact the day after launch, and" counts from the
// launch, a day the phrase does not date, not from the day named last.
func bareEventAfter(m *match, w string) bool {
	if w != "the day after" && w != "the day before" {
		return false
	}
	rest := m.s[m.idx[1]:]
	next, ok := firstWord(rest)
	if !ok || rest[:next.start] != " " || len(next.text) < 4 || bareEventFollowers[next.text] || rest[next.start] < 'a' || rest[next.start] > 'z' {
		return false
	}
	after := strings.TrimLeft(rest[next.end:], " ")
	return after == "" || strings.IndexByte(",.;:)", after[0]) >= 0
}

package events

import (
	"slices"
	"unicode/utf8"
)

// markSet is a set of marks a text is searched for, its ASCII ones kept
// in a table so that a search reads a byte at a time.
type markSet struct {
	ascii  [utf8.RuneSelf]bool
	others []rune
}

// newMarkSet returns the set of the runes of marks.
func newMarkSet(marks string) *markSet {
	m := &markSet{}
	for _, r := range marks {
		if r < utf8.RuneSelf {
			m.ascii[r] = true
		} else {
			m.others = append(m.others, r)
		}
	}
	return m
}

// lastIn returns the offset of the last mark of the set in s, or -1, as
// strings.LastIndexAny does. A rune outside ASCII is read at its first
// byte, which no other rune's bytes can be.
func (m *markSet) lastIn(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		c := s[i]
		if c < utf8.RuneSelf {
			if m.ascii[c] {
				return i
			}
			continue
		}
		if len(m.others) > 0 && utf8.RuneStart(c) {
			if r, _ := utf8.DecodeRuneInString(s[i:]); slices.Contains(m.others, r) {
				return i
			}
		}
	}
	return -1
}

// segmentMarks end the segment of a summary before a time (beforeIn).
var segmentMarks = newMarkSet(",;:—–(")

// nominalMarks end the phrase of a noun a time dates (nominalStart).
var nominalMarks = newMarkSet(",;:—–\"“”")

// clauseMarks end a clause or set off a quotation or an aside.
var clauseMarks = newMarkSet(",;:\"“”()—–")

// forecastMarks end the stretch a forecast verb governs (forecasts).
var forecastMarks = newMarkSet(";:—–\"“”")

// dashMarks end a clause: its punctuation and dashes.
var dashMarks = newMarkSet(",;:—–")

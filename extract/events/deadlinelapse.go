package events

import "slices"

// deadlineStem is the stem of "deadline", the thing a plan sets and a
// later report may date itself by.
var deadlineStem = stem("deadline")

// lapseStems are the stems of the verbs telling that a deadline ran out
// ("expired", "passed", "lapsed").
var lapseStems = stemSet("expired expire passed lapsed")

// lapseOwnWords returns the words a report of something done gives
// before a deadline it tells ran out ("suspects were detained on
// Tuesday, the day the deadline expired"), not counting the deadline's
// own words: what the report tells happened by the deadline. nil for a
// plan, or for a report with no lapsed deadline.
func lapseOwnWords(e Event, nameWords map[string]bool, in interner) []int32 {
	if e.Planned {
		return nil
	}
	at := slices.Index(e.Words, deadlineStem)
	if at <= 0 || at+1 >= len(e.Words) || !lapseStems[e.Words[at+1]] {
		return nil
	}
	var own []int32
	for _, w := range e.Words[:at] {
		if !nameWords[w] {
			own = append(own, in.id(w))
		}
	}
	return own
}

// deadlineAside reports whether, of a plan setting a deadline and a
// report of something done on the day that deadline ran out, the report
// tells another deed, dated by the lapse only: "The group set a deadline
// of 10 March" is not "The suspects were detained on Tuesday, the day the
// group's deadline expired", though both name the group and its deadline.
// A report telling only the lapse ("The group's deadline passed") is no
// other deed.
func deadlineAside(a, b *features) bool {
	if a.planned == b.planned {
		return false
	}
	plan, done := a, b
	if !plan.planned {
		plan, done = b, a
	}
	if len(done.lapseOwn) == 0 || !plan.setsDeadline {
		return false
	}
	for _, w := range done.lapseOwn {
		if !slices.Contains(plan.words, w) {
			return true
		}
	}
	return false
}

package events

import "strings"

// enclosedCount reports whether a stretch counted from a day stands
// between commas with its own clause going on after them (rest is the
// sentence from the end of the stretch): in "the part was fitted on 1
// May, two days before the test, during routine servicing" the count only
// places the day against the test, and "during routine servicing" tells
// more of the fitting; the day dates one act. A relative clause after the
// comma ("…, which …") still belongs to what the count names, and a
// second count joined to it ("…, and a week after …") is a list of them.
func enclosedCount(rest string) bool {
	i := strings.IndexByte(rest, ',')
	if i < 0 {
		return false
	}
	ws := lowerWords(rest[i+1:])
	if len(ws) == 0 {
		return false
	}
	switch ws[0] {
	case "who", "which", "where", "when", "whose", "that", "and", "or", "but", "nor":
		return false
	}
	return true
}

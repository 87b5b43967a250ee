package timex

import "strings"

// scheduleAsideWords open an aside that gives the day an occasion was
// set for: "the vote, scheduled for Friday, ...".
var scheduleAsideWords = map[string]bool{
	"scheduled": true, "planned": true, "slated": true, "set": true, "due": true,
}

// heldPrefixes open a main clause that says an occasion took place.
var heldPrefixes = []string{
	"went ahead", "had gone ahead", "has gone ahead", "took place", "had taken place",
	"was held", "had been held",
}

// maxAsideWords bounds the words of a schedule aside before its day.
const maxAsideWords = 5

// heldAsScheduled reports whether the day sits in an aside giving the
// schedule of an occasion whose main clause then says it took place:
// "the final, scheduled for 3pm on Sunday, went ahead in the rain". The
// plan is told as already carried out, so the day is gone; a clause that
// calls it off ("was postponed") keeps the day ahead.
func heldAsScheduled(m *match) bool {
	before := m.s[:m.idx[0]]
	if i := strings.LastIndexAny(before, ".!?\n"); i >= 0 {
		before = before[i+1:]
	}
	i := strings.LastIndexByte(before, ',')
	if i < 0 || strings.TrimSpace(before[:i]) == "" {
		return false
	}
	ws := words(before[i+1:])
	if len(ws) < 2 || len(ws) > maxAsideWords || !scheduleAsideWords[ws[0].text] || ws[1].text != "for" {
		return false
	}
	rest, ok := strings.CutPrefix(strings.TrimLeft(m.s[m.idx[1]:], " "), ",")
	if !ok {
		return false
	}
	rest = strings.ToLower(strings.TrimLeft(rest, " "))
	for _, p := range heldPrefixes {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

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
	if i < 0 || tellsAct(lowerWords(rest[:i])) {
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

// pastActs are past forms without "-ed" that a clause after a count's
// "after" or "before" tells its own act with: "two days after the
// liberals walked out" dates the walkout, unlike "two days before the
// crash".
var pastActs = map[string]bool{"went": true, "began": true, "left": true, "came": true, "took": true, "fell": true,
	"broke": true, "won": true, "lost": true, "met": true, "quit": true, "said": true, "made": true, "held": true,
	"ran": true, "struck": true, "sent": true, "told": true, "gave": true, "stood": true, "led": true}

// tellsAct reports whether the words of a count ("two days after the
// liberals walked out") hold a past verb of their own: the count then
// dates an act it tells, not only the day before its comma.
func tellsAct(ws []string) bool {
	for _, w := range ws {
		if pastActs[w] || len(w) > 4 && strings.HasSuffix(w, "ed") {
			return true
		}
	}
	return false
}

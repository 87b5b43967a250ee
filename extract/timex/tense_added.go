package timex

import "strings"

// maxAddedWords bounds how many words may stand between "added" and the
// occasion on a weekday it adds: "have been added, including a late
// screening on".
const maxAddedWords = 8

// addedOccasion reports whether w names a sitting that a programme can
// gain: the sessions of sessionNoun, and the showings of a film.
func addedOccasion(w string) bool {
	return sessionNoun(w) || w == "screening" || w == "showing"
}

// addedAhead reports whether a bare weekday after "on" dates an occasion
// a programme has gained in the present perfect: "two more concerts
// have been added, including a matinee show on Sunday", "the airline
// has added a flight on Friday". What has just been added to a
// programme is still to come; a simple past ("added a show on Monday")
// keeps its tense.
func addedAhead(m *match) bool {
	before := m.s[:m.idx[0]]
	if i := strings.LastIndexAny(before, ".!?\n"); i >= 0 {
		before = before[i+1:]
	}
	ws := words(before)
	n := len(ws)
	if n < 5 || ws[n-1].text != "on" || !addedOccasion(ws[n-2].text) || m.has("poss") {
		return false
	}
	k := n - 3
	for ; k >= 0 && n-3-k < maxSubjectNouns && ws[k].text != "a" && ws[k].text != "an" && ws[k].text != "another"; k-- {
	}
	if k < 1 || ws[k].text != "a" && ws[k].text != "an" && ws[k].text != "another" {
		return false
	}
	for j := k - 1; j >= 1 && k-j <= maxAddedWords; j-- {
		w := ws[j].text
		if w == "added" {
			p := ws[j-1].text
			return p == "has" || p == "have" || p == "been" && j > 1 && (ws[j-2].text == "has" || ws[j-2].text == "have")
		}
		if markerOf(w) != unknownTense || w == "was" || w == "were" || w == "had" {
			return false
		}
	}
	return false
}

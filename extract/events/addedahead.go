package events

// addedOccasions are the sittings a programme or timetable can gain.
var addedOccasions = toSet(`screening screenings showing showings show shows performance performances
	concert concerts match matches game games flight flights sailing sailings session sessions
	meeting meetings race races service services`)

// maxAddedLead bounds the words between "added" and the occasion it
// adds.
const maxAddedLead = 8

// addedAhead reports whether the words of a sentence before a later day
// (ws, lowerWords) tell of an occasion on it that a programme has just
// gained, in the present perfect: "two more concerts have been added,
// including an open-air show on", "the airline has added a flight on".
// An occasion added to a timetable is planned.
func addedAhead(ws []string) bool {
	n := len(ws)
	if n < 5 || ws[n-1] != "on" || !addedOccasions[ws[n-2]] {
		return false
	}
	k := n - 3
	for ; k >= 0 && n-3-k < 3 && ws[k] != "a" && ws[k] != "an" && ws[k] != "another"; k-- {
	}
	if k < 1 || ws[k] != "a" && ws[k] != "an" && ws[k] != "another" {
		return false
	}
	for j := k - 1; j >= 1 && k-j <= maxAddedLead; j-- {
		if ws[j] == "added" {
			p := ws[j-1]
			return p == "has" || p == "have" || p == "been" && j > 1 && (ws[j-2] == "has" || ws[j-2] == "have")
		}
		if ws[j] == "was" || ws[j] == "were" || ws[j] == "had" {
			return false
		}
	}
	return false
}

package timex

import "strings"

// fixturePlaces are the prepositions of the phrases by which a fixture
// is given its opponent and ground before its day: "is against Leeds at
// home on Saturday".
var fixturePlaces = map[string]bool{
	"against": true, "at": true, "away": true, "home": true, "versus": true, "vs": true, "v": true, "in": true,
}

// maxFixtureWords bounds the words from "is" to a fixture's day.
const maxFixtureWords = 10

// fixtureGiven reports whether the match closes a present-tense
// statement of a fixture: a session noun ("game", "match"), "is" or
// "are", then only phrases of opponent and place, then the day: "his
// first game is against Leeds at Elland Road on Saturday". A fixture
// given in the present is still to come; a verb, a participle or a
// clause word between "is" and the day ends the reading.
func fixtureGiven(m *match) bool {
	ws := leadWords(m)
	n := len(ws)
	if n > 0 && ws[n-1].text == "on" {
		n--
	}
	for k := n - 1; k >= 1 && n-k <= maxFixtureWords; k-- {
		w := ws[k].text
		if w == "is" || w == "are" {
			return k+1 < n && fixturePlaces[ws[k+1].text] && sessionNoun(ws[k-1].text)
		}
		if clauseJoiners[w] || markerOf(w) != unknownTense || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || !isLetters(w) && !isNumber(w) {
			return false
		}
	}
	return false
}

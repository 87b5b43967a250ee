package timex

// maxFromWords bounds the words between a present passive and the "from"
// of the day its state sets in.
const maxFromWords = 8

// passiveFromAhead reports whether the match follows "from" and the verb
// of its clause is a passive in the present: "the range is booked by a
// military test from Saturday", "the bridge is closed from Monday". A
// state told in the present that sets in on a day sets in on the coming
// one; "was closed from Monday" keeps the past.
func passiveFromAhead(m *match) bool {
	ws := leadWords(m)
	n := len(ws)
	if n < 3 || ws[n-1].text != "from" {
		return false
	}
	for j := n - 2; j >= 1 && n-j <= maxFromWords+1; j-- {
		if markerOf(ws[j].text) == unknownTense {
			continue
		}
		p := ws[j-1].text
		return len(ws[j].text) > 4 && ws[j].text[len(ws[j].text)-2:] == "ed" && (p == "is" || p == "are")
	}
	return false
}

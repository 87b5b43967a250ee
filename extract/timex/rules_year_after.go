package timex

// rangeTailWords may stand between a day and the year phrase that
// closes its clause: "from May 12 to 21 next year", "March 3 and 4 last
// year".
var rangeTailWords = map[string]bool{
	"to": true, "through": true, "until": true, "and": true, "or": true, "-": true,
}

// closingYear reports the year offset from publication that a "next
// year", "last year" or "this year" closing the date's phrase fixes:
// "the fair runs from May 12 to 21 next year" is next year's May,
// whatever the tense. Only a range's end (a day, a month's name or a
// range word) may stand between the date and the phrase.
func closingYear(m *match) (int, bool) {
	ws := followWords(m)
	for k := 0; k+1 < len(ws); k++ {
		if ws[k+1].text == "year" {
			off, ok := yearOffsets[ws[k].text]
			return off, ok
		}
		if !rangeTailWords[ws[k].text] && !digitsOnly(ws[k].text) && !monthName(ws[k].text) {
			return 0, false
		}
	}
	return 0, false
}

// yearOffsets are the words before "year" that name a year by its
// distance from publication.
var yearOffsets = map[string]int{"next": 1, "last": -1, "this": 0}

// digitsOnly reports whether s is a non-empty run of ASCII digits.
func digitsOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// monthName reports whether the lower-cased word s names a month.
func monthName(s string) bool {
	_, ok := lookup(months, s)
	return ok
}

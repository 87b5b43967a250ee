package quotes

import "strings"

// roleAbbreviations spell out the initials of a company office: "the CFO
// said" is "the chief financial officer said".
var roleAbbreviations = map[string]string{
	"cfo": "chief financial officer",
	"coo": "chief operating officer",
	"cto": "chief technology officer",
	"cmo": "chief medical officer",
	"cno": "chief nursing officer",
}

// spelledRole returns a definite phrase of an office in initials ("the
// CFO") as the words of the office, each standing where the initials
// stand, so that it resolves like the office written out.
func spelledRole(words []token) ([]token, bool) {
	if len(words) != 2 || words[0].low != "the" || !words[1].upper {
		return words, false
	}
	full, ok := roleAbbreviations[words[1].low]
	if !ok {
		return words, false
	}
	out := []token{words[0]}
	for _, w := range strings.Fields(full) {
		t := words[1]
		t.low, t.upper, t.ment = w, false, -1
		out = append(out, t)
	}
	return out, true
}

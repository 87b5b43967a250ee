package quotes

import (
	"regexp"
	"strings"

	"newsbot/extract/doc"
)

// agedApposition matches what follows a name given with an age in news
// style: ", 19, whose", ", 67, a retired nurse,". After the age comes a
// word in lower case, as a list of places and figures ("Leeds, 12,
// Derby, 9") never has.
var agedApposition = regexp.MustCompile(`^,\s*[0-9]{1,3},\s+[a-z]`)

// agedAppositionAt reports whether agedApposition matches rest, which
// it can only where a comma opens rest: most names are followed by none,
// and are told so without the pattern.
func agedAppositionAt(rest string) bool {
	return rest != "" && rest[0] == ',' && agedApposition.MatchString(rest)
}

// placePrepositions put a place, not a person, after them: "in Tovik, 12,
// ...".
var placePrepositions = wordSet(`in at from to of near into via`)

// agedPerson repairs a one-word name the tagger took for a place or
// something else where the article gives it an age ("Ewart, 19, whose
// father ...", "Lena, 67, said"): only a person is so written.
func agedPerson(text string, m doc.Mention) (doc.Mention, bool) {
	if m.Type == doc.Person || m.Type == "" || strings.ContainsAny(m.Text, " \n") {
		return m, false
	}
	if !agedAppositionAt(text[m.End:min(len(text), m.End+12)]) {
		return m, false
	}
	before := strings.TrimRight(text[max(0, m.Start-12):m.Start], " ")
	if i := strings.LastIndexAny(before, " \n\t(\"“"); placePrepositions[strings.ToLower(before[i+1:])] {
		return m, false
	}
	m.Type = doc.Person
	return m, true
}

// agedAt returns the age written right after a name ending at end
// (", 67,"), or "" when there is none.
func agedAt(text string, end int) string {
	rest := text[end:min(len(text), end+12)]
	if !agedAppositionAt(rest) {
		return ""
	}
	rest = strings.TrimLeft(rest[1:], " \t\n")
	i := strings.IndexByte(rest, ',')
	return rest[:i]
}

// ageClash reports whether a one-word name given with an age ("Maren,
// 67,") was matched to a fuller name the article gives with another age
// ("Maren Holt, 34,"): two people, so the one-word name stands for itself.
func ageClash(text string, m doc.Mention) bool {
	if m.Type != doc.Person || m.Canonical == "" || strings.ContainsAny(m.Text, " \n") || !strings.Contains(m.Canonical, " ") {
		return false
	}
	age := agedAt(text, m.End)
	if age == "" {
		return false
	}
	for from := 0; ; {
		i := strings.Index(text[from:], m.Canonical)
		if i < 0 {
			return false
		}
		end := from + i + len(m.Canonical)
		if other := agedAt(text, end); other != "" && other != age {
			return true
		}
		from = end
	}
}

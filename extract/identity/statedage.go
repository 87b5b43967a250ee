package identity

import (
	"regexp"
	"strconv"

	"newsbot/extract/doc"
)

// statedAgeAfter follows a person's name with the age an article states
// for them and a lower-case word: "Maria, 67, said", "Tom Ashby (54)
// was".
var statedAgeAfter = regexp.MustCompile(`^(?:,\s+(\d{1,3}),|\s+\((\d{1,3})\))\s+\p{Ll}`)

// markStatedAges sets on the form of each person's name the age the
// article first states right after one of its mentions. mentions are the
// article's mentions in order and formOf their forms.
func markStatedAges(text string, mentions []doc.Mention, formOf []*form) {
	for i, m := range mentions {
		if f := formOf[i]; f.age == 0 && m.End < len(text) {
			f.age = statedAge(text[m.End:min(len(text), m.End+12)])
		}
	}
}

// maxStatedAge bounds the number after a name read as a person's age.
const maxStatedAge = 115

// statedAge returns the age statedAgeAfter finds at the start of s, 0 for
// none.
func statedAge(s string) int {
	if !mayStateAge(s) {
		return 0
	}
	sub := statedAgeAfter.FindStringSubmatch(s)
	if sub == nil {
		return 0
	}
	if n, _ := strconv.Atoi(sub[1] + sub[2]); n <= maxStatedAge {
		return n
	}
	return 0
}

// mayStateAge reports whether s opens as every match of statedAgeAfter
// does: a comma, white space and a digit, or white space and an opening
// bracket. The pattern's \s is ASCII white space only.
func mayStateAge(s string) bool {
	i := 0
	comma := len(s) > 0 && s[0] == ','
	if comma {
		i++
	}
	j := i
	for j < len(s) && isPatternSpace(s[j]) {
		j++
	}
	if j == i || j == len(s) {
		return false
	}
	if comma {
		return '0' <= s[j] && s[j] <= '9'
	}
	return s[j] == '('
}

// isPatternSpace reports the bytes \s matches in a regular expression of
// package regexp.
func isPatternSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// statedAgesDiffer reports whether the article states one age for the
// name of form f and another for a name of entity e: "Maria, 67" is not
// "Maria Lindqvist, 34".
func statedAgesDiffer(f *form, e *articleEntity) bool {
	if f.age == 0 {
		return false
	}
	for _, g := range e.forms {
		if g.age != 0 && g.age != f.age {
			return true
		}
	}
	return false
}

// retypeAgedNames makes a person of each name of at most three words the
// article states an age for, whatever the tagger took it for: "Ewan, 19,
// whose father is missing", "Novak, 31, joined in 2018".
func retypeAgedNames(forms []*form) {
	for _, f := range forms {
		if f.age > 0 && f.typ != doc.Person && f.ntok <= 3 && f.suffix == "" {
			f.typ, f.votes = doc.Person, onlyVotes(doc.Person, f.count)
		}
	}
}

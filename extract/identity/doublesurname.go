package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// doubleSurnameHeads returns, by the key of its first part, the last key
// of the one person the article names in full with a hyphenated double
// surname: "Ibáñez" after "Lucía Ibáñez-Ruiz" is that person, as Spanish
// double surnames are shortened to their first. A first part two people
// share, or that is another person's whole surname ("Ana Ibáñez"), maps
// to "".
func doubleSurnameHeads(forms []*form) map[string]string {
	var out map[string]string
	for _, f := range forms {
		if f.typ != doc.Person || f.ntok < 2 || len(f.toks) < 2 {
			continue
		}
		head, tail, ok := strings.Cut(f.toks[len(f.toks)-1], "-")
		if !ok || len([]rune(head)) < 3 || !isUpperStart(head) || !isUpperStart(tail) || givenPair(head, tail) {
			continue
		}
		k := tokenKey(head)
		if k == "" {
			continue
		}
		if out == nil {
			out = map[string]string{}
		}
		if o, seen := out[k]; seen && o != f.lastKey {
			out[k] = ""
			continue
		}
		out[k] = f.lastKey
	}
	for _, f := range forms {
		if _, ok := out[f.lastKey]; ok && f.typ == doc.Person && f.ntok >= 2 {
			out[f.lastKey] = ""
		}
	}
	return out
}

// isUpperStart reports whether s opens with a capital letter.
func isUpperStart(s string) bool {
	for _, r := range s {
		return r >= 'A' && r <= 'Z' || r > 127 && strings.ToUpper(string(r)) == string(r) && strings.ToLower(string(r)) != string(r)
	}
	return false
}

// givenPair reports a hyphenated pair of pinyin syllables, a Chinese
// given name ("Chang-Ming" of "Wang Chang-Ming"), not a double surname.
func givenPair(a, b string) bool {
	return isPinyinSyllable(strings.ToLower(a)) && isPinyinSyllable(strings.ToLower(b))
}

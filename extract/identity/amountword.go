package identity

import "regexp"

// amountWord opens a name with an amount the tagger took into it: "210m"
// of "a £210m Harbour scheme", "4.5bn". The unit is in lower case, so
// that "3M" keeps its name.
var amountWord = regexp.MustCompile(`^[0-9][0-9.,]*(?:m|bn|k|mn)\s+`)

// dropAmountWord moves the start a of the name [a, b) of s past an amount
// that opens it when a capitalised word follows.
func dropAmountWord(s string, a, b int) int {
	if a >= b || s[a] < '0' || s[a] > '9' {
		return a // every match of amountWord opens with a digit
	}
	loc := amountWord.FindStringIndex(s[a:b])
	if loc == nil || a+loc[1] >= b {
		return a
	}
	if c := s[a+loc[1]]; c < 'A' || c > 'Z' {
		return a
	}
	return a + loc[1]
}

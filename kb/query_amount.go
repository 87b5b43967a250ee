package kb

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Articles write an amount of money both ways: "£38m" and "£38 million",
// "$1.5bn" and "$1.5 billion". A search for either finds both: its amount
// is searched as one clause whose phrases are every way of writing it.

// amountPattern matches a number with a magnitude after it, and the
// currency sign before it if any: "£38m", "$1.5 billion", "38 million".
var amountPattern = regexp.MustCompile(`(?i)([£$€¥₹]\s?)?(\d+(?:[.,]\d+)*)\s?(thousand|million|billion|trillion|bn|mn|m|k|b|tn|trn)\b`)

// magnitude is a number word and the letters that abbreviate it after an
// amount of money.
type magnitude struct {
	word  string
	abbrs []string
	exp   int // the power of ten it stands for
}

var magnitudes = []magnitude{
	{"thousand", []string{"k"}, 3},
	{"million", []string{"m", "mn"}, 6},
	{"billion", []string{"bn", "b"}, 9},
	{"trillion", []string{"tn", "trn"}, 12},
}

// magnitudeOf returns the magnitude a word or abbreviation names, and
// whether it is the word spelled out.
func magnitudeOf(s string) (magnitude, bool, bool) {
	s = strings.ToLower(s)
	for _, m := range magnitudes {
		if s == m.word {
			return m, true, true
		}
		for _, a := range m.abbrs {
			if s == a {
				return m, false, true
			}
		}
	}
	return magnitude{}, false, false
}

// amountClause returns the clause of an amount: its words as spelled out
// ("38 million"), and the abbreviated forms as alternatives ("38m",
// "38mn"). An abbreviation counts only after a currency sign: "a 38m
// yacht" is no amount of money. The words are those the index holds, so
// "1.5" is "1 5".
func amountClause(currency, number, mag string) (searchClause, bool) {
	m, spelled, ok := magnitudeOf(mag)
	if !ok || (!spelled && currency == "") {
		return searchClause{}, false
	}
	digits := Terms(number)
	last := len(digits) - 1
	c := searchClause{words: append(lowered(digits), m.word), quoted: true}
	for _, a := range m.abbrs {
		alt := append(lowered(digits[:last]), digits[last]+a)
		c.alts = append(c.alts, alt)
	}
	if whole, ok := wholeDigits(number, m.exp); ok {
		c.alts = append(c.alts, digitGroups(whole), []string{whole})
		c.number = whole
	}
	return c, true
}

func lowered(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.ToLower(w)
	}
	return out
}

// looseClauses returns the clauses of a part of a search outside quotes,
// at most room words: each word, and each amount and number whole.
func looseClauses(part string, room int) (out []searchClause, used int) {
	plain := func(s string) {
		for _, c := range wordClauses(s) {
			if used+len(c.words) > room {
				return
			}
			out = append(out, c)
			used += len(c.words)
		}
	}
	words := func(s string) {
		at := 0
		for _, m := range wholeOrDecimal.FindAllStringIndex(s, -1) {
			c, ok := numberClause(s[m[0]:m[1]])
			if strings.Contains(s[m[0]:m[1]], ".") {
				c, ok = decimalClause(s[m[0]:m[1]])
			}
			if !ok || glued(s, m[0]) || gluedAfter(s, m[1]) || used+len(c.words) > room {
				continue
			}
			plain(s[at:m[0]])
			out = append(out, c)
			used += len(c.words)
			at = m[1]
		}
		plain(s[at:])
	}
	at := 0
	for _, m := range amountPattern.FindAllStringSubmatchIndex(part, -1) {
		currency := ""
		if m[2] >= 0 {
			currency = part[m[2]:m[3]]
		}
		c, ok := amountClause(currency, part[m[4]:m[5]], part[m[6]:m[7]])
		if !ok || glued(part, m[4]) || used+len(c.words) > room {
			continue
		}
		words(part[at:m[0]])
		out = append(out, c)
		used += len(c.words)
		at = m[1]
	}
	words(part[at:])
	return out, used
}

// glued reports a letter or digit just before i: "A38 million" holds no
// amount.
func glued(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return i > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// gluedAfter reports a letter or digit at i, or a decimal part: "212,000"
// is no whole number in "212,000.5" or "212,000th".
func gluedAfter(s string, i int) bool {
	r, n := utf8.DecodeRuneInString(s[i:])
	if r == '.' || r == ',' {
		r, _ = utf8.DecodeRuneInString(s[i+n:])
		return unicode.IsDigit(r)
	}
	return i < len(s) && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

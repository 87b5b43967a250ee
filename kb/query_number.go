package kb

import (
	"regexp"
	"slices"
	"strings"
)

// Articles write a large number with its thousands grouped or not, and a
// round one in words: "212,000" and "212000", "1,500,000" and "1.5
// million". A search for one finds the others: like an amount, the
// number is searched as one clause whose phrases are every way of
// writing it (the index splits "212,000" into "212 000").

// numberPattern matches a number with grouped thousands, or one of four
// digits or more without. Four bare digits are mostly a year, which no
// article groups, so they also find "1,512"; "1,512" typed is a count,
// never a year.
var numberPattern = regexp.MustCompile(`\d{1,3}(?:,\d{3})+|[1-9]\d{3,}`)

// wholeOrDecimal matches a whole number as numberPattern does, or a
// number with a decimal point: "18.5".
var wholeOrDecimal = regexp.MustCompile(numberPattern.String() + `|\d+\.\d+`)

// decimalClause returns the clause of a number with a decimal point as
// typed ("18.5"): the index's words of it ("18 5", which "18.5%" and
// "£18.5 million" hold too) and of it with a magnitude's abbreviation
// glued on ("18 5m" of "€18.5m", "18 5bn"). The hits are those writing
// the number itself (see writesDecimals): "18, 5" holds the same words.
func decimalClause(typed string) (searchClause, bool) {
	whole, frac, ok := strings.Cut(typed, ".")
	if !ok || whole == "" || frac == "" || strings.Contains(frac, ".") {
		return searchClause{}, false
	}
	c := searchClause{words: []string{whole, frac}, quoted: true, decimal: typed}
	for _, m := range magnitudes {
		for _, a := range m.abbrs {
			c.alts = append(c.alts, []string{whole, frac + a})
		}
	}
	return c, true
}

// clauseDecimals returns the numbers with a decimal point the clauses
// write.
func clauseDecimals(clauses []searchClause) []string {
	var out []string
	for _, c := range clauses {
		if c.decimal != "" {
			out = append(out, c.decimal)
		}
	}
	return out
}

// writesDecimals reports whether text writes every one of decimals as a
// number of its own: "€18.5m" and "18.5%" write 18.5, "aged 18, 5
// others", "118.5" and "18.55" do not.
func writesDecimals(text string, decimals []string) bool {
	if len(decimals) == 0 {
		return true
	}
	tokens := numeral.FindAllString(text, -1)
	for _, d := range decimals {
		if !slices.Contains(tokens, d) {
			return false
		}
	}
	return true
}

// numberClause returns the clause of a whole number as typed: the words
// typed, the digits grouped ("212 000") or run together ("212000") as
// the other way, and for a round million or more the amount in words
// ("1 5 million", "1 5m").
func numberClause(typed string) (searchClause, bool) {
	digits := strings.ReplaceAll(typed, ",", "")
	if digits == "" || digits[0] == '0' {
		return searchClause{}, false
	}
	groups := digitGroups(digits)
	c := searchClause{words: []string{digits}, quoted: true, alts: [][]string{groups}, number: digits}
	if strings.Contains(typed, ",") {
		c = searchClause{words: groups, quoted: true, alts: [][]string{{digits}}, number: digits}
	}
	for _, m := range magnitudes {
		num, ok := scaledWords(digits, m.exp)
		if !ok || m.exp < 6 {
			continue
		}
		c.alts = append(c.alts, append(slices.Clone(num), m.word))
		last := len(num) - 1
		for _, a := range m.abbrs {
			c.alts = append(c.alts, append(slices.Clone(num[:last]), num[last]+a))
		}
	}
	return c, true
}

// digitGroups splits digits into groups of three from the right, as the
// index holds "1,500,000": "1 500 000".
func digitGroups(digits string) []string {
	var out []string
	for len(digits) > 3 {
		out = append([]string{digits[len(digits)-3:]}, out...)
		digits = digits[:len(digits)-3]
	}
	return append([]string{digits}, out...)
}

// scaledWords returns the index's words of digits written in units of
// 10^exp with at most two decimals: "1500000" in millions is "1 5".
func scaledWords(digits string, exp int) ([]string, bool) {
	if len(digits) <= exp {
		return nil, false
	}
	whole, frac := digits[:len(digits)-exp], strings.TrimRight(digits[len(digits)-exp:], "0")
	switch {
	case len(frac) > 2:
		return nil, false
	case frac == "":
		return []string{whole}, true
	}
	return []string{whole, frac}, true
}

// wholeDigits returns the digits of a number of units of 10^exp ("1.5"
// billion: "1500000000"), if it is a whole one written with a decimal
// point at most.
func wholeDigits(number string, exp int) (string, bool) {
	whole, frac, _ := strings.Cut(number, ".")
	if strings.ContainsAny(whole+frac, ".,") || len(frac) > exp {
		return "", false
	}
	digits := strings.TrimLeft(whole+frac+strings.Repeat("0", exp-len(frac)), "0")
	return digits, digits != ""
}

// clauseNumbers returns the whole numbers the clauses write.
func clauseNumbers(clauses []searchClause) []string {
	var out []string
	for _, c := range clauses {
		if c.number != "" {
			out = append(out, c.number)
		}
	}
	return out
}

// numeral matches a number as an article writes it: "3,212,000", "1.5".
var numeral = regexp.MustCompile(`\d+(?:[.,]\d+)*`)

// insideLarger reports whether text writes one of numbers only inside a
// larger number, or only as a decimal: "3,212,000" holds the index's words
// of "212,000", and "1.512" those of "1,512", but neither answers a search
// for it. A number text writes in words ("1.5 million") is no larger one.
func insideLarger(text string, numbers []string) bool {
	if len(numbers) == 0 {
		return false
	}
	tokens := numeral.FindAllString(text, -1)
	for _, n := range numbers {
		grouped := strings.Join(digitGroups(n), ",")
		larger, exact := false, false
		for _, t := range tokens {
			exact = exact || strings.ReplaceAll(t, ",", "") == n
			larger = larger || t != grouped && strings.Contains(t, grouped) || decimalOf(t, n)
		}
		if larger && !exact {
			return true
		}
	}
	return false
}

// decimalOf reports whether a numeral is the digits of n with a decimal
// point among them: "1.512" for 1512.
func decimalOf(numeral, n string) bool {
	return strings.Contains(numeral, ".") && strings.NewReplacer(",", "", ".", "").Replace(numeral) == n
}

package identity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/sex"
)

// tradeWords are the words of a company's registered name that stand
// between its short name and its legal form and that news drops with the
// form: "Velmora Global Ltd" is "Velmora", "Tarrant International plc"
// "Tarrant". Without a legal form after them they stay part of the name
// ("Tarrant International" may be a body of its own).
var tradeWords = wordSet(`global international worldwide enterprises industries`)

// withoutTradeWords returns how many of the first n tokens of a name key
// are left when the trade words ending them are dropped, keeping at
// least one; n is what is left once the legal forms after them are gone.
func withoutTradeWords(toks []string, n int) int {
	for n > 1 && tradeWords[toks[n-1]] {
		n--
	}
	return n
}

// shortGivenPrefix reports whether a four-letter given name may be the
// short form of the longer one its bearer's surname is written with
// ("Tobi", "Tobias"): the surname is borne by no third name of the
// corpus (reps, the names with that surname, are those two alone), and
// neither the sex tables nor a woman's ending ("Jeanne", "Paula") set
// the two given names apart.
func shortGivenPrefix(reps []int, short, long string) bool {
	if len(reps) != 2 || len(short) != 4 {
		return false
	}
	a, b := sex.Of(short+" x"), sex.Of(long+" x")
	if a != sex.Unknown && b != sex.Unknown {
		return a == b
	}
	// "Jeanne" and "Paula" are the women's forms of "Jean" and "Paul".
	return !strings.HasSuffix(long, "e") && !strings.HasSuffix(long, "a")
}

// sameRole reports whether entities i and j were given one role in their
// articles ("Sheriff" both times, as written after Role.Norm).
func (c *corpus) sameRole(i, j int) bool {
	for _, r := range c.ents[i].Roles {
		if r != "" && slices.Contains(c.ents[j].Roles, r) {
			return true
		}
	}
	return false
}

// bodyWithoutSeat returns an organisation's name of two words or more
// without the one- or two-word place after "in" that closes it, the
// office or branch the article speaks of: "Northern Weather Bureau in
// Castlebay" is the Northern Weather Bureau. A name whose own words go on
// after the place, or one "in" opens, comes back unchanged.
func bodyWithoutSeat(name string) (string, bool) {
	body, seat, ok := strings.Cut(name, " in ")
	if !ok || strings.Contains(seat, " in ") || len(strings.Fields(body)) < 2 {
		return name, false
	}
	words := strings.Fields(seat)
	if len(words) == 0 || len(words) > 2 {
		return name, false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return name, false
		}
	}
	return body, true
}

// orgNameKey returns the key an organisation's name k is keyed by across
// articles: without its legal forms and, for a branch, without its seat
// (see bodyWithoutSeat).
func orgNameKey(name, k string) string {
	if body, cut := bodyWithoutSeat(name); cut {
		return withoutDesignators(Key(body))
	}
	return withoutDesignators(k)
}

package identity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isAcronym reports whether s looks like an abbreviation of a name: two to
// six capital letters, optionally dotted (EU, NATO, U.S.), or capitals with
// the lower-case initial of a linking word between two of them (BoE, DfT).
func isAcronym(s string) bool {
	n, lower := 0, false
	for i, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			n++
			lower = false
		case r == '.':
		case linkInitials[r] && i > 0 && !lower && i+1 < len(s) && s[i+1] >= 'A' && s[i+1] <= 'Z':
			lower = true
		default:
			return false
		}
	}
	return n >= 2 && n <= 6
}

// linkInitials are the initials of the linking words that a mixed-case
// acronym keeps: "of" in BoE (Bank of England), "for" in DfT (Department
// for Transport).
var linkInitials = map[rune]bool{'o': true, 'f': true}

// acronymSkips are the linking words an acronym leaves out.
var acronymSkips = wordSet(`of the and for on in de du des la le & to`)

// acronymOf returns the initials of the capitalised words of a multi-word
// name ("North Atlantic Treaty Organization" → "NATO"), skipping linking
// words; "" for a one-word name.
func acronymOf(name string) string { return initials(name, false) }

// mixedAcronymOf returns the initials of a name that keep "of" and "for"
// in lower case ("Bank of England" → "BoE"), "" when the name has no such
// word.
func mixedAcronymOf(name string) string {
	if !strings.Contains(name, "of") && !strings.Contains(name, "for") {
		return "" // no linking word to keep
	}
	if a := initials(name, true); a != acronymOf(name) {
		return a
	}
	return ""
}

// initials returns the initials of the capitalised words of a multi-word
// name, keeping the lower-case initials of "of" and "for" when mixed is
// set.
func initials(name string, mixed bool) string {
	var b strings.Builder
	words := 0
	for rest := strings.TrimLeftFunc(name, wordSep); rest != ""; rest = strings.TrimLeftFunc(rest, wordSep) {
		w := rest
		if i := strings.IndexFunc(rest, wordSep); i >= 0 {
			w, rest = rest[:i], rest[i:]
		} else {
			rest = ""
		}
		words++
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r) && r < utf8.RuneSelf:
			b.WriteRune(r)
		case mixed && (w == "of" || w == "for"):
			b.WriteRune(r)
		case acronymSkips[w]:
		default:
			return ""
		}
	}
	if words < 2 {
		return ""
	}
	return b.String()
}

// wordSep tells the runes that part the words of a name for its initials.
func wordSep(r rune) bool { return unicode.IsSpace(r) || r == '-' }

// minPartInitials is how many initials the part of a name before its
// "and" needs to stand for the whole name.
const minPartInitials = 3

// acronymsOf returns acronymOf(name), mixedAcronymOf(name) and, for a name that joins two
// bodies' names with "and", the initials of the part before it, which
// the news often uses for the whole ("International Federation of Red
// Cross and Red Crescent Societies" → "IFRC") when they are at least
// minPartInitials letters; for a name led by a country's abbreviation,
// those of the rest of the name too.
func acronymsOf(name string) []string {
	out := nameAcronyms(name)
	if rest, ok := withoutCountry(name); ok {
		out = append(out, nameAcronyms(rest)...)
	}
	return out
}

// nameAcronymSets remembers acronymsOf of the names seen: every article
// indexes its bodies by their acronyms, and a corpus names the same bodies
// in article after article. The name is cloned, as it may be a slice of an
// article's text; the lists are shared and only read.
var nameAcronymSets = newMemo(1<<17, func(name string) []string { return acronymsOf(strings.Clone(name)) })

// countryAbbrevs lead the names of a country's bodies, which their
// acronyms leave out: the "U.S. Food and Drug Administration" is the FDA.
var countryAbbrevs = wordSet(`us u.s uk u.k usa`)

// withoutCountry returns name without a leading country abbreviation, when
// it has one and two or more words follow it.
func withoutCountry(name string) (string, bool) {
	first, rest, ok := strings.Cut(name, " ")
	if !ok || !isAcronym(first) || !bareIn(countryAbbrevs, first) || !strings.Contains(rest, " ") {
		return "", false
	}
	return rest, true
}

// nameAcronyms returns the acronyms of acronymsOf for the name as written.
func nameAcronyms(name string) []string {
	var out []string
	if a := acronymOf(name); a != "" {
		out = append(out, a)
	}
	if a := mixedAcronymOf(name); a != "" {
		out = append(out, a)
	}
	for _, and := range []string{" and ", " & "} {
		if i := strings.Index(name, and); i > 0 {
			if a := acronymOf(name[:i]); len(a) >= minPartInitials {
				out = append(out, a)
			}
		}
	}
	return out
}

// clubAcronyms returns the acronyms a football club of the name goes by,
// its initials and "FC" or "AFC": "Dunford Albion" is "DAFC" or "DAAFC".
// The name must be of two words or more, none a club's letters already.
func clubAcronyms(name string) []string {
	a := acronymOf(name)
	if len(a) < 2 || strings.Contains(name, "FC") || !strings.Contains(name, " ") {
		return nil
	}
	return []string{a + "FC", a + "AFC"}
}

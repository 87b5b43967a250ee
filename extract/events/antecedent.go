package events

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// phraseEnd are the marks that may close a word and end its phrase.
const phraseEnd = ",.;:!?\"”’'"

// definiteReach is how many words after a determiner may be the noun it
// opens: "the central span", "the 1974 bridge", "both hospital sites".
const definiteReach = 3

// definiteOpeners open a noun phrase about something the article has
// already named.
var definiteOpeners = map[string]bool{"the": true, "both": true}

// withAntecedent adds to names, the participants of a clause sum, the
// name an earlier stretch of the article gave the thing the clause speaks
// of with "the", when the clause names no one: the name put right before
// the noun ("the collapse of the Dunmore river bridge" for "the 1974
// bridge"), or holding it ("Riverside University Hospitals" for "both
// hospital sites").
//
// A clause that names others takes the name only for the phrase it opens
// with, its subject: "The storm came ashore near the port of Dung Quat".
func withAntecedent(p pronouns, sum doc.Span, names []string) []string {
	clause := p.text[sum.Start:sum.End]
	subject := len(names) > 0
	if subject {
		clause = openingPhrase(clause)
	}
	for _, n := range definiteNouns(clause) {
		name := antecedent(p, sum.Start, n)
		// Beside other names only a name of several words that holds
		// the noun ("Typhoon Sonca" for "the storm").
		if subject && (len(strings.Fields(name)) < 2 || !holdsNoun(name, n)) {
			continue
		}
		if name != "" && !slices.Contains(names, name) {
			return append(names, name)
		}
	}
	return names
}

// openingPhrase returns the clause's first words when a definite opener
// begins it ("The storm"), else "".
func openingPhrase(clause string) string {
	ws := strings.Fields(clause)
	if len(ws) == 0 || !definiteOpeners[strings.ToLower(ws[0])] {
		return ""
	}
	return strings.Join(ws[:min(len(ws), 1+definiteReach)], " ")
}

// definiteNouns returns the stems of the lower-case words of s that may
// be the noun of a phrase opened by a definiteOpeners word, in text
// order.
func definiteNouns(s string) []string {
	var out []string
	ws := strings.Fields(s)
	for i, w := range ws {
		if !definiteOpeners[strings.ToLower(w)] {
			continue
		}
		for _, x := range ws[i+1 : min(len(ws), i+1+definiteReach)] {
			bare := strings.TrimRight(x, phraseEnd)
			if r, _ := utf8.DecodeRuneInString(bare); !unicode.IsLower(r) && !unicode.IsDigit(r) {
				break
			}
			if n := stem(bare); len(n) >= 4 && !stopWords[n] && isWord(bare) {
				out = append(out, n)
			}
			if bare != x {
				break // punctuation ends the phrase
			}
		}
	}
	return out
}

// isWord reports whether s is all letters.
func isWord(s string) bool {
	return s != "" && strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// antecedent returns the name of the last mention before offset end that
// holds the noun n ("Riverside University Hospitals") or is followed by
// it, at once or after one lower-case word ("the Dunmore river bridge"),
// or "".
func antecedent(p pronouns, end int, n string) string {
	for i := len(p.mentions) - 1; i >= 0; i-- {
		m := p.mentions[i]
		if m.End > end || m.End > len(p.text) {
			continue
		}
		if holdsNoun(p.text[m.Start:m.End], n) || followedBy(p.text[m.End:], n) {
			return m.Name()
		}
	}
	return ""
}

// holdsNoun reports whether a name is one of the things the noun n (a
// stem) names.
func holdsNoun(name, n string) bool {
	ws := strings.Fields(name)
	if len(ws) == 0 {
		return false
	}
	// The head is the last word ("Riverside University Hospitals") or
	// the word before "of" ("National Bank of Poland"), not a word inside
	// ("US Food and Drug Administration" is no drug); a kind word opens
	// the name ("Typhoon Sonca" is a storm).
	head := ws[len(ws)-1]
	if i := slices.Index(ws, "of"); i > 0 {
		head = ws[i-1]
	}
	return stem(strings.ToLower(head)) == n || kindOf[stem(strings.ToLower(ws[0]))] == n
}

// kindOf maps the stem of a word that opens a name to the stem of the
// common noun a story later calls the thing by: "the storm" of "Typhoon
// Sonca".
var kindOf = func() map[string]string {
	m := map[string]string{}
	for kind, words := range map[string][]string{
		"storm": {"typhoon", "hurricane", "cyclone", "storm"},
	} {
		for _, w := range words {
			m[stem(w)] = stem(kind)
		}
	}
	return m
}()

// followedBy reports whether rest, the text after a name, opens with the
// noun n, at once or after one lower-case word.
func followedBy(rest, n string) bool {
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	ws := strings.Fields(rest[:min(len(rest), 40)])
	for _, w := range ws[:min(len(ws), 2)] {
		bare := strings.TrimRight(w, phraseEnd)
		if !isWord(bare) || !unicode.IsLower([]rune(bare)[0]) {
			return false
		}
		if stem(bare) == n {
			return true
		}
		if bare != w {
			return false
		}
	}
	return false
}

package kb

import (
	"regexp"
	"slices"
	"strings"

	"newsbot/extract/stopwords"
)

// apostropheWord matches a word with an apostrophe inside ("that's",
// "don't", "O'Brien", "d'Ivoire"), which the index splits into its pieces
// ("that", "s").
var apostropheWord = regexp.MustCompile(`[\p{L}\p{N}\p{Mn}]+(?:['’][\p{L}\p{N}\p{Mn}]+)+`)

// wordClauses splits loose text (no quotes, no amounts) into the clauses
// of its words (Terms). A word with an apostrophe inside is one clause,
// its pieces as a phrase ("Volkan's", "that's", "don't", "O'Brien"), so
// that no one-letter piece is searched alone and the sentences writing
// the word as typed are the ones found.
func wordClauses(s string) []searchClause {
	var out []searchClause
	plain := func(s string) {
		for _, w := range Terms(s) {
			out = append(out, searchClause{words: []string{w}})
		}
	}
	at := 0
	for _, m := range apostropheWord.FindAllStringIndex(s, -1) {
		plain(s[at:m[0]])
		if c, ok := apostropheClause(s[m[0]:m[1]]); ok {
			out = append(out, c)
		}
		at = m[1]
	}
	plain(s[at:])
	return out
}

// apostropheClause returns the clause of a word with an apostrophe
// inside (see wordClauses).
func apostropheClause(w string) (searchClause, bool) {
	pieces := Terms(w)
	switch {
	case len(pieces) == 0:
		return searchClause{}, false
	case len(pieces) == 1:
		return searchClause{words: pieces}, true
	}
	words := make([]string, len(pieces))
	for i, p := range pieces {
		words[i] = strings.ToLower(p)
	}
	return searchClause{words: words, quoted: true}, true
}

// functionClause reports whether a clause of loose words is a function
// word ("the"). A contraction ("don't", "it's") is searched as written:
// few sentences hold one, and a reader who types it means it.
func functionClause(c searchClause) bool {
	return len(c.words) == 1 && stopwords.Is(strings.ToLower(c.words[0]))
}

// possessiveNouns returns the clauses with each possessive phrase
// ("velden s") as its noun alone, if any is: the search a reader means
// when no sentence writes the possessive. A contraction ("that s", "let
// s") is no possessive.
func possessiveNouns(clauses []searchClause) ([]searchClause, bool) {
	out := slices.Clone(clauses)
	changed := false
	for i, c := range clauses {
		if !c.quoted || len(c.words) != 2 || c.words[1] != "s" || len(c.alts) > 0 {
			continue
		}
		if w := c.words[0]; stopwords.Is(w) || w == "let" {
			continue
		}
		out[i] = searchClause{words: c.words[:1]}
		changed = true
	}
	return out, changed
}

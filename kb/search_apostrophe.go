package kb

import (
	"regexp"
	"strings"

	"newsbot/extract/stopwords"
)

// apostropheWord matches a word with an apostrophe inside ("that's",
// "don't", "O'Brien", "d'Ivoire"), which the index splits into its pieces
// ("that", "s").
var apostropheWord = regexp.MustCompile(`[\p{L}\p{N}\p{Mn}]+(?:['’][\p{L}\p{N}\p{Mn}]+)+`)

// contractedS are the words whose "'s" is a contracted "is" or "has"
// ("that's", "it's", "who's"), or "us" ("let's"), rather than a
// possessive.
var contractedS = map[string]bool{
	"that": true, "it": true, "what": true, "there": true, "here": true, "he": true, "she": true,
	"who": true, "let": true, "where": true, "how": true, "when": true, "why": true, "this": true,
	"everyone": true, "everybody": true, "someone": true, "somebody": true, "nobody": true,
	"everything": true, "something": true, "nothing": true,
}

// contractionEnds are the pieces after an apostrophe that contract a
// function word: "'s", "n't", "'d", "'ll", "'re", "'ve", "'m".
var contractionEnds = map[string]bool{"s": true, "t": true, "d": true, "ll": true, "re": true, "ve": true, "m": true}

// wordClauses splits loose text (no quotes, no amounts) into the clauses
// of its words (Terms). A word with an apostrophe inside is one clause:
// the word before a possessive "'s" ("Volkan's": Volkan), else its pieces
// as a phrase ("that's", "don't", "O'Brien"), so that no one-letter piece
// is searched alone.
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
	case len(pieces) == 2 && strings.ToLower(pieces[1]) == "s" && !contractedS[strings.ToLower(pieces[0])]:
		return searchClause{words: pieces[:1]}, true
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
// word ("the"), or one contracted ("that's", "doesn't", "we'll").
func functionClause(c searchClause) bool {
	w := strings.ToLower(c.words[0])
	if len(c.words) == 1 {
		return stopwords.Is(w)
	}
	if len(c.words) != 2 || !contractionEnds[c.words[1]] {
		return false
	}
	return stopwords.Is(w) || (c.words[1] == "t" && stopwords.Is(strings.TrimSuffix(w, "n")))
}

package ner

import (
	"strings"
	"unicode"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// matchUpNouns name a meeting of two sides, after the pair of names
// that make it: "the Rusk-Lund match".
var matchUpNouns = wordSet(`match matches final semi-final semifinal quarter-final quarterfinal clash tie bout fight game
	meeting meetings summit talks duel showdown rivalry debate encounter contest rematch`)

// dropMatchUps drops a name made of two surnames joined by a hyphen when
// each is the surname of a person the document names and a noun of a
// meeting follows: "the Rusk-Lund match", "the Cole-Vale final" pair two
// people, and name no one. A pair acting on its own ("Taft-Narragansett
// asked for a reply") may be a group, and stays.
func dropMatchUps(text string, toks []tok.Token, dt *docTags) {
	var surnames map[string]bool
	for _, s := range dt.spans() {
		name := text[toks[s.start].Start:toks[s.end-1].End]
		first, second, ok := strings.Cut(name, "-")
		if !ok || strings.ContainsAny(name, " \t\n") || strings.Contains(second, "-") || !capitalised(first) || !capitalised(second) {
			continue
		}
		if surnames == nil {
			surnames = personSurnames(text, toks, dt)
		}
		if s.end < len(toks) && matchUpNouns[strings.ToLower(tokText(text, toks, s.end))] && surnames[first] && surnames[second] {
			for k := s.start; k < s.end; k++ {
				setTag(dt.tags, k, 0)
			}
		}
	}
}

// personSurnames returns the last words of the people the tags name.
func personSurnames(text string, toks []tok.Token, dt *docTags) map[string]bool {
	out := map[string]bool{}
	for _, s := range dt.spans() {
		if s.typ == model.TypePER {
			out[tokText(text, toks, s.end-1)] = true
		}
	}
	return out
}

// minCapsWords is the fewest words a sentence in capitals must have for
// dropCapsExclamations to read it.
const minCapsWords = 3

// dropCapsExclamations drops the common words a sentence written in
// capitals and closed by an exclamation mark leads the tagger to take
// for names: in "GAME, SET AND MATCH TO LUND!" the "GAME" is a word, not
// a place. Names of such a sentence ("LUND") are no common words and
// stay.
func dropCapsExclamations(text string, toks []tok.Token, dt *docTags, common func(string) bool) {
	if !strings.Contains(text, "!") {
		return
	}
	for _, s := range dt.spans() {
		if s.end-s.start != 1 {
			continue
		}
		w := tokText(text, toks, s.start)
		if !common(strings.ToLower(w)) || !capsExclamation(text, toks[s.start].Start, toks[s.start].End) {
			continue
		}
		setTag(dt.tags, s.start, 0)
	}
}

// capsExclamation reports whether bytes start to end of text lie in a
// sentence of minCapsWords words or more, none with a lower-case letter,
// that ends with an exclamation mark.
func capsExclamation(text string, start, end int) bool {
	i := start
	for i > 0 && !strings.ContainsRune(".!?\n", rune(text[i-1])) {
		i--
	}
	j := end
	for j < len(text) && !strings.ContainsRune(".!?\n", rune(text[j])) {
		j++
	}
	if j >= len(text) || text[j] != '!' {
		return false
	}
	seg := text[i:j]
	if strings.IndexFunc(seg, unicode.IsLower) >= 0 {
		return false
	}
	n := 0
	for _, f := range strings.Fields(seg) {
		if strings.IndexFunc(f, unicode.IsLetter) >= 0 {
			n++
		}
	}
	return n >= minCapsWords
}

package identity

import (
	"strings"
	"unicode"

	"newsbot/extract/doc"
)

// articledFollowers are the words that may come right after a name that
// takes "the" and is a place's, not a person's: "the descent of the Monte
// Arvo during the stage", "over the Monte Arvo, which", "on the Monte
// Arvo and". A noun there makes the name a modifier ("the Ronald Reagan
// administration"), which a person's name may be.
var articledFollowers = wordSet(`during which where when and or in on at to from with for before after near into over through below above`)

// retypeArticledNames makes a name of two words or more the tagger took
// for a person's a place's when every mention of it follows a lower-case
// "the" ("The" opening a sentence) and ends a clause or comes before a preposition: "crashed on the
// descent of the Monte Arvo", "the Monte Arvo, which". A person's name
// takes no article; one with a known given name, a title or an initial
// ("the Rev John Ames", "the Paul Marren Trust" broken over two lines) is
// left alone.
func retypeArticledNames(text string, out []doc.Mention, formOf []*form) {
	articled := map[*form]bool{}
	for i, m := range out {
		f := formOf[i]
		if f.typ != doc.Person || f.ntok < 2 || len(f.toks) == 0 || personLike(f.toks) {
			continue
		}
		yes := m.Start >= 0 && m.Start <= m.End && m.End <= len(text) &&
			articleBefore(text[max(0, m.Start-5):m.Start]) && clauseEndsAfter(text[m.End:min(len(text), m.End+20)])
		if v, seen := articled[f]; !seen || v {
			articled[f] = yes
		}
	}
	for f, yes := range articled {
		if yes {
			f.typ, f.votes = doc.Place, onlyVotes(doc.Place, f.count)
		}
	}
}

// clauseEndsAfter reports whether s, the text after a name, opens with
// punctuation, a line's end or one of articledFollowers.
func clauseEndsAfter(s string) bool {
	if s == "" {
		return true
	}
	if rest, ok := strings.CutPrefix(s, "\n"); ok {
		// A line broken inside a paragraph goes on with the name's
		// next word; a blank or indented line opens a new paragraph.
		if rest == "" || rest[0] == '\n' || rest[0] == ' ' {
			return true
		}
		s = " " + rest
	}
	r := rune(s[0])
	if r != ' ' {
		return unicode.IsPunct(r)
	}
	w := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	return len(w) > 0 && articledFollowers[w[0]] && strings.HasPrefix(s[1:], w[0])
}

// articleBefore reports whether s, the few bytes before a name, ends with
// the word "the" and a space: "on the ", "The " opening a line.
func articleBefore(s string) bool {
	rest, ok := strings.CutSuffix(s, "the ")
	if !ok {
		rest, ok = strings.CutSuffix(s, "The ")
	}
	return ok && (rest == "" || strings.HasSuffix(rest, " ") || strings.HasSuffix(rest, "\n"))
}

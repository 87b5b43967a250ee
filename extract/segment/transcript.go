package segment

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// A transcript gives each turn as a paragraph opened by its speaker's
// label in capitals: "ANNA REYES: Thank you for joining us.", "GOV. TOM
// BRANDT: We'll be back here tomorrow.", "Q (Lee Park, Daily Post): …".
// Whatever follows the label is a speaker's words, so none of it is the
// site's furniture, even where it reads like a live blog's sign-off or a
// thanks to readers. A page is taken for a transcript only when at least
// two of its paragraphs open with such a label, and a label of the page
// itself ("UPDATE:", "EDITOR'S NOTE:", "SOURCE:") names no speaker.

// speakerLabel is a turn's opening: a name in capitals of one to five
// words, perhaps with a title after a comma or a bracket, or "Q" or "A",
// then a colon and the words spoken.
var speakerLabel = regexp.MustCompile(`^(?:[QA]|[A-Z][A-Z.'’\-]*(?: [A-Z][A-Z.'’\-&]*){0,4})(?:,[^:\n]{1,80})?(?: ?\([^)\n]{1,80}\))?: +\S`)

// ownLabels are labels in capitals a page gives its own notes, which
// open no speaker's turn.
var ownLabels = set(`update updated updates correction clarification editor's editor’s note notes source sources
	related read watch listen live breaking photo photos video contact contacts media disclaimer exclusive
	analysis opinion factbox graphic advertisement sponsored tags topics share key important warning
	transcript end ps p.s. n.b. nb attention editors`)

// isTurn reports whether a paragraph opens with a speaker's label.
func isTurn(para string) bool {
	// speakerLabel opens with a capital and needs a colon and a space:
	// looked for before the pattern runs over the paragraph.
	if para == "" || para[0] < 'A' || para[0] > 'Z' || !contains(para, ": ") || !speakerLabel.MatchString(para) {
		return false
	}
	label, said, _ := strings.Cut(para, ":")
	if !hasLowerWord(said) {
		return false // a team's line-up or a list of names, not speech
	}
	label, _, _ = strings.Cut(label, ",")
	label, _, _ = strings.Cut(label, "(")
	for _, w := range strings.Fields(strings.ToLower(label)) {
		if ownLabels[w] {
			return false
		}
	}
	return true
}

// markTurns clears the furniture mark of every sentence in a transcript's
// turns (see isTurn), when at least two paragraphs are turns.
func markTurns(text string, out []doc.Sentence) {
	var turns [][2]int
	for i := 0; i < len(out); {
		j := paraEnd(out, i)
		if isTurn(text[out[i].Start:out[j-1].End]) {
			turns = append(turns, [2]int{i, j})
		}
		i = j
	}
	if len(turns) < 2 {
		return
	}
	for _, t := range turns {
		for k := t[0]; k < t[1]; k++ {
			out[k].Boilerplate = false
		}
	}
}

// hasLowerWord reports whether s holds a word in lower case, as speech
// does and a list of names does not.
func hasLowerWord(s string) bool {
	for _, w := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			return true
		}
	}
	return false
}

package quotes

import (
	"strings"
	"unicode"

	"newsbot/extract/doc"
)

// maxNationalityGap bounds the lower-case words between a nationality and
// the name it describes ("Slovenian race leader Matej Kovacic").
const maxNationalityGap = 2

// resolveNationality resolves "the Slovenian said" to the one person the
// article calls by that nationality before a name ("Slovenian rider Ana
// Zupan", "the Slovenian Ana Zupan"), named before the quote. No such
// person, or two, leave it unresolved. Only a nationality that is a
// count noun ("the Slovenian", "the Israeli") can be one person: "the
// Japanese" or "the British" are a people.
func (a *analysis) resolveNationality(e *event, words []token) *event {
	if len(words) != 2 || words[0].low != "the" || !isOrigin(words[1]) || possessive(words[1].low) || !singularNationality(words[1].low) {
		return e
	}
	if m := words[1].ment; m >= 0 && a.ments[m].Type == doc.Person {
		return e
	}
	nat := a.text[words[1].start:words[1].end]
	var found doc.Mention
	ok := false
	for _, m := range a.ments {
		if m.Type != doc.Person || !a.nationalityBefore(m.Start, nat) {
			continue
		}
		if ok && oneLine(found.Name()) != oneLine(m.Name()) {
			return e
		}
		if !ok {
			found, ok = m, true
		}
	}
	if !ok || found.Start >= e.pos {
		return e
	}
	return a.mentionEvent(e, found)
}

// nationalityBefore reports whether the words right before pos are the
// nationality nat, with at most two lower-case words between it and pos
// ("Slovenian rider", "Slovenian race leader", "the Slovenian").
func (a *analysis) nationalityBefore(pos int, nat string) bool {
	f := strings.Fields(a.text[max(0, pos-60):pos])
	for gap := 0; gap <= maxNationalityGap && gap < len(f); gap++ {
		w := f[len(f)-1-gap]
		if w == nat {
			return true
		}
		if !lowerWord(w) || npStops[w] {
			return false
		}
	}
	return false
}

// lowerWord reports whether s is a word of lower-case letters only.
func lowerWord(s string) bool {
	for _, r := range s {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return s != ""
}

// singularNationality reports whether a nationality word is a count noun
// for one person ("slovenian", "israeli"), not a people ("japanese",
// "british", "french", "swiss").
func singularNationality(low string) bool {
	return strings.HasSuffix(low, "an") || strings.HasSuffix(low, "i")
}

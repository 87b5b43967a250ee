package quotes

import (
	"strings"
	"unicode"

	"newsbot/extract/doc"
)

// capsLabelNames reports whether a transcript label written in capitals
// ("REED:", "JO REED:") names the person called name: the label is the
// full name or the surname in another case. A label of one letter ("A:",
// "Q:") names no one.
func capsLabelNames(label, name string) bool {
	if !allUpper(label) {
		return false
	}
	return strings.EqualFold(label, name) || strings.EqualFold(label, finalWord(name)) || capsSurnameLabel(label, name)
}

// capsSurnameLabel reports whether a label in capitals of more than one
// word is the end of name after its given name: a surname with particles
// or of several words ("VAN DER MEER:" for Anouk van der Meer, "DE LA
// CRUZ:" for Ana de la Cruz).
func capsSurnameLabel(label, name string) bool {
	lf, nf := strings.Fields(label), strings.Fields(name)
	if len(lf) < 2 || len(nf) <= len(lf) {
		return false
	}
	for i, w := range lf {
		if !strings.EqualFold(w, nf[len(nf)-len(lf)+i]) {
			return false
		}
	}
	return true
}

// allUpper reports whether s has at least two letters and none in lower
// case.
func allUpper(s string) bool {
	return doc.InCapitals(s, 2)
}

// maxStageDirection bounds the length of a stage direction in brackets.
const maxStageDirection = 30

// afterStageDirection steps over a stage direction in brackets that opens
// a transcript answer ("REED: (laughs) Not this year."): lower-case words
// that are no one's speech. It returns the offset in s where the words
// after it start, or i when none opens at i.
func afterStageDirection(s string, i int) int {
	if i >= len(s) || s[i] != '(' {
		return i
	}
	j := strings.IndexByte(s[i:min(len(s), i+maxStageDirection)], ')')
	if j < 2 {
		return i
	}
	inner := s[i+1 : i+j]
	for _, r := range inner {
		if !unicode.IsLower(r) && r != ' ' {
			return i
		}
	}
	k := i + j + 1
	for k < len(s) && s[k] == ' ' {
		k++
	}
	return k
}

// labelOnlyTitles are titles of local office that open a speaker label
// ("COUNCILLOR JO REED:", "Cllr Reed:") besides the titles of names.
var labelOnlyTitles = wordSet(`councillor cllr alderman baroness baron`)

// hostLabels name by their part the one who asks the questions of a
// broadcast interview ("PRESENTER:", "Host:").
var hostLabels = wordSet(`presenter interviewer host`)

// hostWordsBefore introduce the host of a programme before the name
// ("joined presenter Jo Reed"); hostVerbs follow it ("Jo Reed presents
// the show").
var (
	hostWordsBefore = wordSet(`presenter interviewer host`)
	hostVerbs       = wordSet(`presents hosts presented hosted`)
)

// hostOfArticle finds the one person the article presents as the host of
// its programme: named right after "presenter" or "host", or right before
// "presents" or "hosts". Two such people, or none, give no one.
func (a *analysis) hostOfArticle() (doc.Mention, bool) {
	var found doc.Mention
	names := map[string]bool{}
	for _, m := range a.ments {
		if m.Type != doc.Person || allUpper(m.Text) {
			continue
		}
		if hostWordsBefore[strings.ToLower(lastWordBefore(a.text, m.Start))] || hostVerbs[firstWordAfter(a.text, m.End)] {
			names[speakerName(m)] = true
			found = m
		}
	}
	return found, len(names) == 1
}

// lastWordBefore returns the word that ends, after spaces, right before
// pos, or "" when punctuation comes first.
func lastWordBefore(text string, pos int) string {
	s := strings.TrimRight(text[max(0, pos-40):pos], " ")
	if len(s) == len(text[max(0, pos-40):pos]) {
		return ""
	}
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	return s[i+1:]
}

// firstWordAfter returns the word that starts, after one space, right
// after pos, or "".
func firstWordAfter(text string, pos int) string {
	s := text[pos:min(len(text), pos+40)]
	if !strings.HasPrefix(s, " ") {
		return ""
	}
	s = s[1:]
	if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		s = s[:i]
	}
	return s
}

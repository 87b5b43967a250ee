package ner

import (
	"strings"
	"unicode"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// minLeadParticiple is the shortest lower-case "-ing" word that counts as
// a verb after a heading's first word: "falling", not "ring".
const minLeadParticiple = 5

// maxHeadingTokens bounds the tokens of a line read as a heading.
const maxHeadingTokens = 10

// dropCommonVerbLeads untags a one-word name opening a heading that is a
// word the news writes in lower case, when a lower-case "-ing" verb
// follows it and the document never writes the word capitalised inside a
// sentence but as part of a longer name: in the heading "Tide rising at
// the harbour wall", "Tide" is capitalised only for opening it. A
// heading is a short line set apart from the prose around it (headingAt):
// a line of wrapped prose may open with such a word ("...for the\nCanadian
// banking system").
func dropCommonVerbLeads(text string, toks []tok.Token, dt *docTags, common func(string) bool) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.end-s.start != 1 || s.end >= len(toks) || tags[s.end] != 0 || !headingAt(text, toks, s.start) {
			continue
		}
		w, next := tokText(text, toks, s.start), tokText(text, toks, s.end)
		if !capitalised(w) || !nameLetters(w) || !common(strings.ToLower(w)) || namedAloneInside(text, toks, tags, s.start) {
			continue
		}
		if len(next) >= minLeadParticiple && isLowerWord(next) && strings.HasSuffix(next, "ing") {
			setTag(tags, s.start, 0)
		}
	}
}

// maxLabelLineTokens bounds the tokens of a short line before a heading,
// such as a time stamp ("11:42am").
const maxLabelLineTokens = 4

// headingAt reports whether token k opens a heading: a line of at most
// maxHeadingTokens tokens whose last token ends in a letter or a digit,
// after a blank line, a line ending a sentence or a short line, and
// before a line that opens with no lower-case word. A line of wrapped
// prose follows a long line ending mid-sentence, or goes on in lower
// case.
func headingAt(text string, toks []tok.Token, k int) bool {
	if k > 0 && !lineBreakBefore(text, toks, k) {
		return false
	}
	j := k + 1
	for j < len(toks) && !lineBreakBefore(text, toks, j) {
		if j-k >= maxHeadingTokens {
			return false
		}
		j++
	}
	last := []rune(tokText(text, toks, j-1))
	if len(last) == 0 || !unicode.IsLetter(last[len(last)-1]) && !unicode.IsDigit(last[len(last)-1]) {
		return false
	}
	if j < len(toks) && lowerWord(tokText(text, toks, j)) {
		return false
	}
	return k == 0 || blockEndsBefore(text, toks, k)
}

// blockEndsBefore reports whether the line before token k, which opens a
// line, ends a block: a blank line comes between, the line ends a
// sentence, or it is a short line of at most maxLabelLineTokens tokens.
func blockEndsBefore(text string, toks []tok.Token, k int) bool {
	if strings.Count(text[toks[k-1].End:toks[k].Start], "\n") > 1 {
		return true
	}
	switch tokText(text, toks, k-1) {
	case ".", "!", "?", ":", "\"", "”":
		return true
	}
	n := 1
	for i := k - 1; i > 0 && !lineBreakBefore(text, toks, i); i-- {
		n++
	}
	return n <= maxLabelLineTokens
}

// namedAloneInside reports whether the document writes token k's word,
// with the same capitals, inside a sentence other than as a word of a
// longer name: "the Tide" does, "the Merrin Tide" does not.
func namedAloneInside(text string, toks []tok.Token, tags []int, k int) bool {
	w := tokText(text, toks, k)
	for m := range toks {
		if m == k || tokText(text, toks, m) != w || sentenceInitial(text, toks, m) {
			continue
		}
		if !inLongerName(tags, m) {
			return true
		}
	}
	return false
}

// inLongerName reports whether token m is tagged as part of a name of two
// words or more.
func inLongerName(tags []int, m int) bool {
	if tags[m] == 0 {
		return false
	}
	return model.IsInside(tags[m]) || m+1 < len(tags) && model.IsInside(tags[m+1])
}

// labelRoles are the roles a transcript writes as a speaker's label,
// alone or before the speaker's name in brackets: "Chair:", "Chair
// (Name):", "Interviewer:".
var labelRoles = wordSet(`chair chairman chairwoman chairperson convenor convener presenter host interviewer
	moderator narrator clerk questioner witness counsel`)

// maxLabelNameTokens bounds the tokens of a speaker's name in brackets
// after a role label.
const maxLabelNameTokens = 8

// dropRoleLabels untags a one-word name opening a line that is a role
// written as a transcript's speaker label: "Chair:" or "Chair (Name):".
// The role names no one; the speaker is the name in brackets. A role
// word that ends the name of a person of the document ("Host" of "Jo
// Host") stays before a bare colon.
func dropRoleLabels(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.end-s.start != 1 || s.start > 0 && !lineBreakBefore(text, toks, s.start) {
			continue
		}
		w := tokText(text, toks, s.start)
		if !capitalised(w) || !lowerIn(labelRoles, w) {
			continue
		}
		if bracketedLabelAfter(text, toks, s.end) || colonAt(text, toks, s.end) && !endsPersonOf(text, toks, dt, w) {
			setTag(tags, s.start, 0)
		}
	}
}

// colonAt reports a colon at token i.
func colonAt(text string, toks []tok.Token, i int) bool {
	return i < len(toks) && tokText(text, toks, i) == ":"
}

// bracketedLabelAfter reports words in brackets at token i closed by a
// colon, on the same line: " (Jo Reed):".
func bracketedLabelAfter(text string, toks []tok.Token, i int) bool {
	if i >= len(toks) || tokText(text, toks, i) != "(" {
		return false
	}
	for k := i + 1; k < len(toks) && k-i <= maxLabelNameTokens; k++ {
		if lineBreakBefore(text, toks, k) {
			return false
		}
		if tokText(text, toks, k) == ")" {
			return k > i+1 && colonAt(text, toks, k+1)
		}
	}
	return false
}

// endsPersonOf reports a person's name of several words in the document
// whose last word is w.
func endsPersonOf(text string, toks []tok.Token, dt *docTags, w string) bool {
	for _, s := range dt.spans() {
		if s.end-s.start > 1 && s.typ == model.TypePER && tokText(text, toks, s.end-1) == w {
			return true
		}
	}
	return false
}

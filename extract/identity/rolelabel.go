package identity

import (
	"regexp"
	"strings"

	"newsbot/extract/doc"
)

// labelOpener is the label of a line before the name it introduces:
// "WINNER: ", "NEUTRAL: Sir ", "One to watch: Dr ".
var labelOpener = regexp.MustCompile(`^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,2}:\s+((?:\p{Lu}[\p{L}]*\.?\s+){0,2})$`)

// labelLine reports whether the sentence s is only a label, a colon and
// the name of the person m with any titles ("NEUTRAL: Sir Roland
// Beckett."): the person it introduces is whom the paragraph goes on to
// describe.
func labelLine(text string, s doc.Span, m *doc.Mention) bool {
	if m == nil || m.Start < s.Start || m.End > s.End {
		return false
	}
	if rest := strings.TrimSpace(text[m.End:s.End]); rest != "" && rest != "." {
		return false
	}
	g := labelOpener.FindStringSubmatch(text[s.Start:m.Start])
	if g == nil {
		return false
	}
	for _, w := range strings.Fields(g[1]) {
		if !isTitle(w) {
			return false
		}
	}
	return true
}

// maxLabelRoleWords bounds the words of the role a sentence after a
// labelled line opens with.
const maxLabelRoleWords = 5

// labelledRole reads the description a sentence opens with, "The", words
// in lower case and a role noun before its verb, as the role of the person
// the labelled line before introduced: "WINNER: Tom Reilly. The new
// finance minister was, until Monday, …" makes Reilly finance minister.
func (h harvester) labelledRole(prev *doc.Mention) (Role, bool) {
	toks := h.toks
	if prev == nil || len(toks) < 3 || toks[0].text != "The" {
		return Role{}, false
	}
	for j := 1; j < len(toks)-1 && j <= maxLabelRoleWords; j++ {
		t := toks[j]
		if t.kind != tWord || t.mention >= 0 || isCapitalised(t.text) {
			return Role{}, false
		}
		if !isRoleHead(t.text) || kinNouns[bare(t.text)] {
			continue
		}
		if next := toks[j+1]; next.kind == tWord && (isRoleHead(next.text) || next.text == "of") {
			continue // the head is further on: "chief executive", "minister of state"
		}
		txt := squash(h.text[toks[1].start:t.end])
		if first, rest, _ := strings.Cut(txt, " "); first == "new" && rest != "" {
			txt = rest // a new minister is the minister
		}
		return Role{Name: personName(*prev), Text: txt, Norm: normRole(txt), Head: normRole(t.text),
			Evidence: doc.Span{Start: prev.Start, End: t.end}}, true
	}
	return Role{}, false
}

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

// maxAskerWords bounds the words of the firm on a question line.
const maxAskerWords = 6

// askerWords open a transcript's line giving who asks a question.
var askerWords = wordSet(`question q`)

// askerAffiliation reads the organisation named between the commas and the
// colon of a transcript's question line, "Question, Ann Lee, Tarn
// Capital:", as the asker's: the organisation is all the line says of
// her, listed after any role written out. from is the token after the
// comma following the name on span name.
func (h harvester) askerAffiliation(from int, name doc.Span) (Role, bool) {
	toks := h.toks
	e := from - 1
	// The firm's name: words of an organisation's mention or capitalised
	// words a tagger left out ("Tarn" tagged in "Tarn Research").
	for e+1 < len(toks) && e+1-from < maxAskerWords && toks[e+1].kind == tWord && isCapitalised(toks[e+1].text) &&
		(toks[e+1].mention < 0 || h.mentions[toks[e+1].mention].Type == doc.Org) {
		e++
	}
	if e < from || e+1 >= len(toks) || toks[e+1].text != ":" || !askerLine(h.text, name.Start) && !questionTurn(h.text, name.Start, toks[e+1].end) {
		return Role{}, false
	}
	org := squash(h.text[toks[from].start:toks[e].end])
	return Role{Text: org, Norm: normRole(org), Head: "affiliation",
		Evidence: doc.Span{Start: name.Start, End: toks[e].end}, Clause: true}, true
}

// askerLine reports whether only a word opening a question and a comma
// stand between the start of the line and offset at.
func askerLine(text string, at int) bool {
	line := text[strings.LastIndexByte(text[:at], '\n')+1 : at]
	word, rest, ok := strings.Cut(strings.TrimSpace(line), ",")
	return ok && strings.TrimSpace(rest) == "" && askerWords[strings.ToLower(strings.TrimSpace(word))]
}

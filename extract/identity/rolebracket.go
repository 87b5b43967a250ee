package identity

import (
	"newsbot/extract/doc"
)

// bracketedRole reads an office written in brackets right after a name,
// as lists of those present and officers give it: "Jan Roe (Chair)",
// "Tom Lee (Head of Housing)". The office is a few words in title case
// whose head, the word before "of" or else the last, is a role noun; no
// person is named inside. after is the token after the name.
func (h harvester) bracketedRole(after int, nameSpan doc.Span) (Role, bool) {
	toks := h.toks
	if after >= len(toks) || toks[after].text != "(" || toks[after].start != nameSpan.End+1 {
		return Role{}, false
	}
	head, end := -1, -1
	for j := after + 1; j < len(toks) && j <= after+maxBracketWords+1; j++ {
		t := toks[j]
		if t.text == ")" {
			end = j
			break
		}
		if t.kind != tWord || t.mention >= 0 && h.mentions[t.mention].Type == doc.Person {
			return Role{}, false
		}
		switch b := bare(t.text); {
		case b == "of" || b == "and":
			if head < 0 {
				head = j - 1
			}
		case !isCapitalised(t.text):
			return Role{}, false
		}
	}
	if end < 0 || end == after+1 {
		return Role{}, false
	}
	if head < 0 {
		head = end - 1
	}
	if head <= after || !isRoleHead(toks[head].text) {
		return Role{}, false
	}
	txt := squash(h.text[toks[after+1].start:toks[end-1].end])
	return Role{Text: txt, Norm: normRole(txt), Head: normRole(toks[head].text),
		Evidence: doc.Span{Start: nameSpan.Start, End: toks[end].end}}, true
}

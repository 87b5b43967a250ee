package identity

import "newsbot/extract/doc"

// A report that names someone the story has so far described gives the
// description as the person's role:
//
//	The farmer who went missing on Sunday has been named as Tom Hale.
//	A nurse injured in the crash was identified as Ada Brook.
//
// The sentence opens with an article and a role phrase, which a short
// clause without a person may follow, and its verb, passive, is "named"
// or "identified" with "as" just before the name.

// identifyVerbs name the person a description stood for.
var identifyVerbs = wordSet(`named identified`)

// maxSubjectClause bounds the clause between the role phrase and its
// verb ("who has been missing since Sunday afternoon").
const maxSubjectClause = 12

// namedAsSubject returns the role phrase [rs, re] headed by head that
// opens the sentence whose passive verb names as the person at token
// first.
func (h harvester) namedAsSubject(first int) (rs, head, re int, ok bool) {
	toks := h.toks
	v := first - 2
	if v < 2 || toks[first-1].bare() != "as" || toks[v].kind != tWord || !identifyVerbs[toks[v].bare()] {
		return 0, 0, 0, false
	}
	aux, passive := v, false
	for aux > 0 && toks[aux-1].kind == tWord && toks[aux-1].mention < 0 && appointAux[toks[aux-1].bare()] {
		aux--
		passive = passive || passiveAux[toks[aux].bare()]
	}
	if !passive || toks[0].kind != tWord || !articleWords[toks[0].bare()] {
		return 0, 0, 0, false
	}
	rs, head, re, ok = h.forward(0, true, false)
	if !ok || re >= aux || !h.subjectClause(re+1, aux) {
		return 0, 0, 0, false
	}
	return rs, head, re, true
}

// subjectClause reports whether tokens [i, end) are nothing, or a short
// relative or participle clause that names no person: "who has been
// missing since Sunday", "injured in the crash".
func (h harvester) subjectClause(i, end int) bool {
	if i == end {
		return true
	}
	if end-i > maxSubjectClause {
		return false
	}
	for k := i; k < end; k++ {
		t := h.toks[k]
		if t.mention >= 0 && h.mentions[t.mention].Type == doc.Person || t.kind == tPunct && t.text != "," {
			return false
		}
	}
	return true
}

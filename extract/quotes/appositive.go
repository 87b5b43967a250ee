package quotes

import "newsbot/extract/doc"

// maxRoleWords bounds the words of a role set off after a name: "the
// interior minister", "the country's deputy finance minister".
const maxRoleWords = 6

// maxMissedNameWords bounds the words of a name the tagger missed.
const maxMissedNameWords = 3

// roleAppositiveTopic returns as the topic a person the tagger missed who
// opens a sentence with their role set off by commas: "Reyes-Holt, the
// interior minister, has defended the agencies. "…," he told parliament"
// is Reyes-Holt. The role must end in a role noun, so "Ford, the carmaker,"
// is no person. It returns nil for any other subject.
func (a *analysis) roleAppositiveTopic(w *window, p np) *event {
	toks := w.toks
	if p.ment >= 0 || p.pron != "" || p.to-p.from > maxMissedNameWords || p.to >= len(toks) {
		return nil
	}
	for _, t := range toks[p.from:p.to] {
		if !t.upper || t.ment >= 0 || determiners[t.low] || isOrgNoun(t.low) || roleNouns[t.low] {
			return nil
		}
	}
	if !a.roleSetOff(toks, p.to) {
		return nil
	}
	span := doc.Span{Start: toks[p.from].start, End: toks[p.to-1].end}
	return &event{pos: span.Start, para: w.para, span: span, name: oneLine(a.text[span.Start:span.End]),
		typ: doc.Person, kind: evPerson, resolved: true, topic: true}
}

// roleSetOff reports ", the <words> <role noun>," at token i, the role
// in lower case.
func (a *analysis) roleSetOff(toks []token, i int) bool {
	if i+3 >= len(toks) || toks[i].low != "," || toks[i+1].low != "the" {
		return false
	}
	for k := i + 2; k < len(toks) && k-i-2 < maxRoleWords; k++ {
		t := toks[k]
		if t.low == "," {
			return k > i+2 && roleNouns[toks[k-1].low]
		}
		if t.kind != tkWord || t.upper || t.ment >= 0 {
			return false
		}
	}
	return false
}

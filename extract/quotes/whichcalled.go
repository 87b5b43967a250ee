package quotes

import "strings"

// namingRelatives open a relative clause whose object is the thing named:
// "the plan, which Lind called “a fantasy”", "a levy that the mayor
// termed “a stealth tax”".
var namingRelatives = wordSet(`which that`)

// whichCalled reports whether the quote at token q follows a naming verb
// at q-1 in a relative clause of which the relative pronoun is the object
// and a subject stands between them ("which Lind called"): the quoted
// words are then the subject's own description, not a name, unless they
// read as a title. The quote must end the clause (a mark or the end of the
// sentence right after it), as "which Lind called “Plan B” in 2019" names
// a thing.
func (a *analysis) whichCalled(w *window, s *quoteSeg) bool {
	toks, q := w.toks, s.tok
	if q+1 < len(toks) && !toks[q+1].is(",", ".", ";", ")", "—", "–", "!", "?") {
		return false
	}
	if titleCase(strings.Fields(a.text[s.content.Start:s.content.End])) {
		return false
	}
	v := q - 1
	for j := v - 1; j >= 0 && v-j <= 5; j-- {
		t := toks[j]
		if t.kind == tkWord && namingRelatives[t.low] && !t.upper {
			return j < v-1
		}
		if t.kind != tkWord || npStops[t.low] {
			return false
		}
	}
	return false
}

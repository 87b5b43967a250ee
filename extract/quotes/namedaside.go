package quotes

import "newsbot/extract/doc"

// maxNamedAsWords bounds the words between a verb of naming and "as" in
// an aside that names the person a description stood for: "named by
// local media as".
const maxNamedAsWords = 3

// namedAsAside reports whether toks, the words between a comma and a
// person's name, name the person a description before them stood for:
// "The driver, named locally as Owen Tate, said", "The victim,
// identified by police as Ada Brook, told". The name is then the
// subject.
func namedAsAside(toks []token) bool {
	n := len(toks)
	if n < 2 || n > maxNamedAsWords+2 || !toks[0].is("named", "identified") || toks[n-1].low != "as" {
		return false
	}
	for _, t := range toks[1 : n-1] {
		if t.kind != tkWord || t.ment >= 0 {
			return false
		}
	}
	return true
}

// initialStopLeft returns the token before the full stop at j that ends
// a person's name written with its surname's initial ("Owen T., said"),
// whose mention leaves the stop out; j itself otherwise.
func (a *analysis) initialStopLeft(toks []token, j int) int {
	if j < 1 || toks[j].low != "." || toks[j].start != toks[j-1].end {
		return j
	}
	p := toks[j-1]
	if p.ment < 0 || a.ments[p.ment].Type != doc.Person || p.end-p.start != 1 {
		return j
	}
	return j - 1
}

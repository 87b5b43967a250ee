package quotes

import "strings"

// labelNouns name a grade or a standing that a one-word label fills: "cut
// his rating on the stock to “sell”", "changed its status to “inactive”".
var labelNouns = wordSet(`
rating ratings grade grades status outlook outlooks recommendation
recommendations classification
`)

// labelVerbs move something from one grade to another: "upgraded the
// shares to “buy”".
var labelVerbs = wordSet(`
upgrade upgrades upgraded upgrading downgrade downgrades downgraded
downgrading reclassify reclassifies reclassified reclassifying
`)

// maxLabelReach bounds the words between a grade's noun or verb and the
// "to" or "as" before the label: "his rating on the stock to".
const maxLabelReach = 5

// labelAfterGrade reports whether the quote at token q is a one-word
// label set after "to" or "as" that a grade's noun or verb shortly before
// governs, with only words between: "cut his rating on the stock to
// “sell”", "downgraded the bonds to “junk”". Such a label names a grade,
// it reports no speech.
func (a *analysis) labelAfterGrade(w *window, s *quoteSeg) bool {
	toks := w.toks
	q := s.tok
	if q < 2 || !toks[q-1].is("to", "as") || len(strings.Fields(a.text[s.content.Start:s.content.End])) != 1 {
		return false
	}
	for k := q - 2; k >= 0 && q-2-k <= maxLabelReach; k-- {
		if toks[k].kind != tkWord {
			return false
		}
		if labelNouns[toks[k].low] || labelVerbs[toks[k].low] {
			return true
		}
	}
	return false
}

// speechBefore returns the segment before segment i that may hand its
// speaker on, passing over quoted names and grades, which report no
// speech: in `"...," said Oduya, who cut his rating to "sell". "That
// points to ..."` the last quote goes on from the first. It returns nil
// at the start or at site furniture.
func (a *analysis) speechBefore(i int) *quoteSeg {
	for j := i - 1; j >= 0; j-- {
		p := &a.segs[j]
		if p.boiler {
			return nil
		}
		if p.ev != nil || !p.decided || !a.isName(&a.wins[p.win], p) {
			return p
		}
	}
	return nil
}

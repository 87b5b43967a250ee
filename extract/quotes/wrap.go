package quotes

import "strings"

// maxWrapLine is the longest line of hard-wrapped copy.
const maxWrapLine = 100

// joinSoftBreaks merges a paragraph into the next when a quote left open
// at its end closes in the next one, the two are separated by a bare line
// break and the line is short: hard-wrapped copy whose line break was
// taken for a paragraph end.
func (a *analysis) joinSoftBreaks(double bool) {
	for i := 0; i+1 < len(a.paras); i++ {
		p, q := a.paras[i], a.paras[i+1]
		gap := a.text[p.End:q.Start]
		if gap != "\n" && gap != "\r\n" {
			continue
		}
		lineStart := strings.LastIndexByte(a.text[:p.End], '\n') + 1
		if p.End-lineStart > maxWrapLine || !a.endsOpen(p, double) || !a.closesFirst(q, double) {
			continue
		}
		// The marks of adjacent paragraphs are adjacent in a.marks, and a
		// paragraph edge reads as a space, as the line break does.
		a.paras[i].cuts = append(append(a.paras[i].cuts, p.End), q.cuts...)
		a.paras[i].End = q.End
		a.paras[i].m1 = q.m1
		a.paras = append(a.paras[:i+1], a.paras[i+2:]...)
		a.headingParas = nil // read of the paragraphs as they were
		i--
	}
}

// endsOpen reports whether a paragraph leaves a quote open.
func (a *analysis) endsOpen(p para, double bool) bool {
	open := false
	for _, m := range a.marks[p.m0:p.m1] {
		if m.dbl != double {
			continue
		}
		switch {
		case !open && m.cls == openOnly:
			open = true
		case open && m.cls != openOnly:
			open = false
		}
	}
	return open
}

// closesFirst reports whether the first quote mark of a paragraph can only
// close a quote, and it does not start the paragraph.
func (a *analysis) closesFirst(p para, double bool) bool {
	for _, m := range a.marks[p.m0:p.m1] {
		if m.dbl == double && m.cls != closeMaybe {
			return m.cls != openOnly && m.pos > skipSpace(a.text, p.Start, p.End)
		}
	}
	return false
}

package segment

// bylineFiller reports whether the i-th word after "By" of a byline, lw
// in lower case with its edge punctuation trimmed, is a word a byline
// may hold in lower case beyond bylineWords: "the" opening a desk's
// name ("By the Consumer Desk, Harbour Daily | 5 March 2026") and a
// clock's "a.m." or "p.m." ("| March 4, 2026, 9:15 a.m. ET").
func bylineFiller(i int, lw string) bool {
	switch lw {
	case "the":
		return i == 0
	case "a.m", "p.m", "a.m.", "p.m.":
		return true
	}
	return false
}

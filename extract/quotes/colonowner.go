package quotes

// ownerInApposition reports whether the person named at token k is named
// in the possessive ("Gideon March, Park's solicitor, read a statement:"):
// the one the apposition's role belongs to, not a second speaker.
func ownerInApposition(toks []token, k int) bool {
	m := toks[k].ment
	for k+1 < len(toks) && toks[k+1].ment == m {
		k++
	}
	return possessive(toks[k].low)
}

// skipEntryStamp steps over what opens a live report's entry before the
// sentence at i, ahead of the colon at c: the name of a markup tag left in
// the text ("p>") and a time stamp ("15:05 Outside court, ..."). It
// returns the token after them; i itself when there are none.
func (a *analysis) skipEntryStamp(toks []token, i, c int) int {
	if i < c && toks[i].kind == tkWord && toks[i].start > 0 && a.text[toks[i].start-1] == '<' &&
		toks[i].end < len(a.text) && a.text[toks[i].end] == '>' {
		i++
	}
	if i+3 < c && isDigits(toks[i].low) && toks[i+1].low == ":" && isDigits(toks[i+2].low) &&
		len(toks[i].low) <= 2 && len(toks[i+2].low) == 2 {
		return i + 3
	}
	return i
}

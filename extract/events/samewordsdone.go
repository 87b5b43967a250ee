package events

// sameWordsDoneOfCast reports whether two reports of one day told as
// done, in articles sharing their cast (minCast names alike), say the
// one's every word (minDayDoneWords or more) in the other, however they
// name the place: "The Harwick Community Hall opened its doors on
// Saturday" and "Dozens of families waited outside a community hall in
// the north as its doors opened". A story has one such deed a day.
func sameWordsDoneOfCast(a, b *features) bool {
	if !a.day || !b.day || a.planned || b.planned {
		return false
	}
	c, d := a, b
	if len(c.words) > len(d.words) {
		c, d = d, c
	}
	// The words first: the casts are long lists.
	return len(c.words) >= minDayDoneWords && overlap(c.words, d.words) >= len(c.words) &&
		overlap(a.cast, b.cast) >= minCast && !contradict(a.figures, b.figures)
}

// minDayDoneWords is the fewest words of a day's report that another must
// repeat to tell it (see sameWordsDoneOfCast).
const minDayDoneWords = 3

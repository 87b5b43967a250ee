package events

// samePlanAllSaidOfCast reports whether, of two plans of one day in
// articles sharing their cast (minCast names alike), one names no one
// and announces nothing but deeds the other announces, two or more:
// "The second-round vote is scheduled for 9 May" and "The assembly will
// hold the second-round vote on Friday, its speaker said". The plan
// naming no one is about the story both articles tell.
func samePlanAllSaidOfCast(a, b *features) bool {
	if !a.day || !b.day || !a.planned || !b.planned || (len(a.names) == 0) == (len(b.names) == 0) ||
		overlap(a.cast, b.cast) < minCast || contradict(a.figures, b.figures) {
		return false
	}
	bare, named := a, b
	if len(b.names) == 0 {
		bare, named = b, a
	}
	return len(bare.deeds) >= 2 && overlap(bare.deeds, named.deeds) == len(bare.deeds)
}

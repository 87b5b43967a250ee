package events

// oppositeDeeds are pairs of stems of deeds that undo each other: an
// order taking effect and an order lifted. Each side may hold several
// words; a report's sides are kept as bits, bit 2k for the first side of
// pair k and 2k+1 for the second. Words that also describe what a deed
// acts on are left out: "welcomed the ending of a trade ban imposed by
// the unions" tells the ban lifted, "a stay of the injunction issued by
// the appeals court" the injunction lifted, "built to allow exports to
// resume" exports suspended, and markets' reports open and close.
var oppositeDeeds = [][2][]string{
	{{"effect"}, {"lift", "rescind", "revok"}},
}

// deedSides maps a stem of oppositeDeeds to its side's bit.
var deedSides = func() map[string]uint8 {
	m := map[string]uint8{}
	for k, p := range oppositeDeeds {
		for side, ws := range p {
			for _, w := range ws {
				m[w] |= 1 << (2*k + side)
			}
		}
	}
	return m
}()

// opposed reports whether two reports tell deeds that undo each other,
// each only one side of a pair: "The evacuation order took effect on
// Monday" and "The evacuation order has been lifted" are two events,
// however alike they name the order. A report telling both sides ("the
// curfew imposed on Friday was lifted on Monday") opposes neither.
func opposed(a, b *features) bool {
	for k := range oppositeDeeds {
		first, second := uint8(1)<<(2*k), uint8(1)<<(2*k+1)
		sa, sb := a.sides&(first|second), b.sides&(first|second)
		if sa != 0 && sb != 0 && sa != first|second && sb != first|second && sa != sb {
			return true
		}
	}
	return false
}

package events

// onceInLife are the stems of the words naming what befalls a
// participant once (a birth, a debut), each with its own bit.
var onceInLife = map[string]uint8{"born": 1, "debut": 2}

// sameOnceInLife reports whether two reports dated only by one year,
// sharing a participant (names of them in common), tell of what befalls
// it once, named by the same word: "made her stage debut in 1962" and
// "Her debut came in 1962, as a maid in a farce". Neither may be a plan.
func sameOnceInLife(a, b *features, names int) bool {
	return a.year && b.year && !a.planned && !b.planned && names >= 1 && a.once&b.once != 0
}

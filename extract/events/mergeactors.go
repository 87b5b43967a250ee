package events

import "slices"

// actorsApart reports whether two reports of a day each open with a
// participant the other does not name, not even by the last word of
// the name, and share at most one word besides their names: "Fernlea's
// Ana Rusk pulled out of her quarter-final at the Harbour Cup with a
// knee injury" and "Mia Cole beat Ivy Lund to reach the final of the
// Harbour Cup" tell two deeds by two people at one event.
func actorsApart(a, b *features, shared int) bool {
	return a.day && b.day && shared <= 1 && a.subject >= 0 && b.subject >= 0 && a.subject != b.subject &&
		!subjectNamed(a, b) && !subjectNamed(b, a)
}

// subjectNamed reports whether b names a's subject, in full or by the
// last word of its name.
func subjectNamed(a, b *features) bool {
	if namesSubject(a, b) {
		return true
	}
	_, ok := slices.BinarySearch(b.names, a.subjectLast)
	return ok
}

// namedActors reports whether each of two reports opens with a full name
// of several words: "Sam Tull withdrew from the semi-final" does not
// speak of the subject of an article about Ana Rusk, however alike
// "Ana Rusk meets Ivy Lund in the second semi-final" words it (see
// storyNamed).
func namedActors(a, b *features) bool {
	return a.subject >= 0 && b.subject >= 0 && a.subjectLast != a.subject && b.subjectLast != b.subject
}

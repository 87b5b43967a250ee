package kb

import (
	"slices"

	"newsbot/extract/events"
)

// shownActual reports whether report a is to be shown for an event rather
// than b: the earlier of two reports that tell it in the same words (a
// story republished by another outlet a day later cites its original
// first), else the one laterActual prefers.
func shownActual(a, b events.Ref) bool {
	if sameWording(a, b) {
		return publishedBefore(a.Published, b.Published)
	}
	return laterActual(a, b)
}

// sameWording reports whether two reports from different articles tell an
// event in the same words with the same date: one is a copy of the other.
func sameWording(a, b events.Ref) bool {
	return a.Article != b.Article && a.Event.Date == b.Event.Date && a.Event.Precision == b.Event.Precision &&
		len(a.Event.Words) > 0 && slices.Equal(a.Event.Words, b.Event.Words)
}

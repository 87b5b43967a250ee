package events

import "slices"

// decisionStem is the stem of a decision: a regulator's or a court's
// decision awaited on a day is its ruling.
const decisionStem = "decid"

// sameKeyOfCast reports whether two plans of one day, or of one week,
// in articles sharing their cast (minCast names alike), name the same
// thing as what they date, whoever they name: "Judge Ama Boateng has set
// a preliminary hearing for March 3" and "A hearing in the dispute is
// scheduled for March 3"; "our supplier day the week of May 4" and "The
// chain will hold a supplier day the week of May 4".
func sameKeyOfCast(a, b *features) bool {
	return a.planned && b.planned && a.key >= 0 && a.key == b.key && (a.day && b.day || a.week >= 0 && a.week == b.week) &&
		overlap(a.cast, b.cast) >= minCast && !contradict(a.figures, b.figures)
}

// sameRulingNamed reports whether two plans of one day sharing a
// participant both await its ruling or decision: "The authority expects
// to rule by May 5" and "A decision from the authority is expected by
// May 5".
func sameRulingNamed(a, b *features) bool {
	return a.day && b.day && a.planned && b.planned && a.ruling && b.ruling && sharedNames(a, b) >= 1
}

// sameYearPlanOfCast reports whether two plans of one year, in articles
// sharing their cast, say the one's every word (three or more) in the
// other, whoever they name: "Its best-selling brand, Dravex, loses
// patent protection next year" and "Dravex loses patent protection next
// year". A year holds many plans of one story, but not two told in the
// same words.
func sameYearPlanOfCast(a, b *features) bool {
	if !a.year || !b.year || !a.planned || !b.planned {
		return false
	}
	// A name of one is a word of the other ("Dravex" named in one,
	// unresolved in the other).
	c, d := a, b
	if len(c.words) > len(d.words) {
		c, d = d, c
	}
	// The words first: the casts are long lists.
	return len(c.words) >= minYearPlanWords && overlap(c.words, d.words)+overlap(c.words, d.names) >= len(c.words) &&
		overlap(a.cast, b.cast) >= minCast && !contradict(a.figures, b.figures)
}

// sameKeyDoneOfCast reports whether, of two reports of one week in
// articles sharing their cast, one plans what it names as its key and
// the other, told as done, tells of that thing in another word alike:
// "Stores will receive the first deliveries the week of May 4" and "We
// sent out the first deliveries the week of May 4".
func sameKeyDoneOfCast(a, b *features) bool {
	if !a.planned {
		a, b = b, a
	}
	if !a.planned || b.planned || a.key < 0 || a.week < 0 || a.week != b.week || overlap(a.cast, b.cast) < minCast ||
		contradict(a.figures, b.figures) {
		return false
	}
	_, ok := slices.BinarySearch(b.words, a.keyWord)
	return ok && overlap(a.words, b.words) >= 2
}

// minYearPlanWords is the fewest words of a year's plan that another
// must repeat to tell it (see sameYearPlanOfCast).
const minYearPlanWords = 3

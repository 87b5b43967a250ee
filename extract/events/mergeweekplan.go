package events

// weekApart reports whether two reports of one month, one dated by its
// week ("last week", "next week") and the other only by the month ("by
// the end of the month", "earlier this month"), tell different things
// though they share a participant and a word or two: a report of what
// was done joins a plan only when it does what was planned ("said last
// week the jobs were not affected by the recall" is not "expects to
// complete the recall by the end of the month"), and two plans only when
// they plan more than one deed alike ("to face MPs over the recall next
// week" is not "to complete the recall by the end of the month").
func weekApart(a, b *features) bool {
	if a.day || a.year || b.day || b.year || (a.week >= 0) == (b.week >= 0) {
		return false
	}
	if a.planned != b.planned {
		return !fulfils(a, b) && !fulfils(b, a)
	}
	return a.planned && overlap(a.deeds, b.deeds) < 2
}

// minPlanWords is the fewest words two plans of a month must share to
// be one plan told alike by articles of one story (samePlanWorded).
const minPlanWords = 3

// samePlanWorded reports whether two plans of one month, in articles
// about the same story (or each naming the other's subject), at least one of them naming no one, say most of
// the same words: "Pharmacies have until the end of the month to return
// the affected stock" and "Pharmacies and wholesalers must return all
// affected stock by the end of the month", the second saying who told
// them. Plans of a day have their own tests (samePlanOfStoryNamed).
func samePlanWorded(a, b *features) bool {
	if a.day || b.day || !a.planned || !b.planned || len(a.names) > 0 && len(b.names) > 0 {
		return false
	}
	if overlap(a.story, b.story) < 1 && (overlap(a.story, b.cast) < 1 || overlap(b.story, a.cast) < 1) {
		return false // each article names what the other is about
	}
	shared := overlap(a.words, b.words)
	return shared >= minPlanWords && 2*shared >= min(len(a.words), len(b.words)) && !contradict(a.figures, b.figures)
}

// sameUnnamedOfStory reports whether two reports of one day or month
// that name no one, neither a plan, in articles about the same story and
// sharing minCast names, say one thing, all the words of the shorter
// standing in the longer: a wire story's "Shares in the company fell 7.4
// per cent on Monday" and its reprint's "Its shares fell 7.4 per cent on
// Monday". Reports of a month must also give the same figures ("went to
// about 1,100 pharmacies and 38 hospitals between November and
// January"), as a month holds many things said in few words.
func sameUnnamedOfStory(a, b *features) bool {
	if a.year || b.year || a.planned || b.planned || len(a.names) > 0 || len(b.names) > 0 {
		return false
	}
	if overlap(a.story, b.story) < 1 || overlap(a.cast, b.cast) < minCast || contradict(a.figures, b.figures) {
		return false
	}
	if !a.day && (len(a.figures) == 0 || len(b.figures) == 0) {
		return false
	}
	small := min(len(a.words), len(b.words))
	return small >= 2 && overlap(a.words, b.words) == small
}

// minDoneWords is the fewest words an unnamed report of a plan's day
// must say of it (doneUnnamedOfCast).
const minDoneWords = 3

// doneUnnamedOfCast reports whether, of two reports of one day in
// articles sharing their cast (minCast names alike), one is a plan and
// the other, naming no one, tells it done in nothing but the plan's
// words: "the committee would publish its recommendations after the
// authority's interim report, due on Monday" and "its interim report,
// published on Monday". planDoneOfCast takes the plan naming no one.
func doneUnnamedOfCast(a, b *features) bool {
	if !a.day || !b.day || a.planned == b.planned {
		return false
	}
	plan, done := a, b
	if !plan.planned {
		plan, done = b, a
	}
	if len(done.names) > 0 || len(done.words) < minDoneWords || overlap(plan.cast, done.cast) < minCast || contradict(plan.figures, done.figures) {
		return false
	}
	return overlap(plan.words, done.words) == len(done.words)
}

package events

import "slices"

// coarsePlanMeetsDone reports whether of two reports one is a plan dated
// only by its week, month or year and the other a report of something
// done by someone else: "the agent will fly in next week" is not what the
// manager said on a day of that week, and "the judge told jurors that the
// mayor is expected to give evidence next month" is not the mayor's
// telling jurors in that month. A plan of a coarse date joins only a deed
// that names its subject ("Falk will retire this year", "The port
// authority's Oren Falk retired on Friday"; "The Harbour Workers' Union
// will vote this month", "HWU members voted on Monday"), or, when the
// deed names no one, one done in the plan's own week, or one giving a
// figure of the plan's ("expects to cut 40 jobs this year", "the
// closure will cost 40 jobs, the utility said").
func coarsePlanMeetsDone(a, b *features) bool {
	if a.planned == b.planned {
		return false
	}
	plan, done := a, b
	if b.planned {
		plan, done = b, a
	}
	if plan.day || sharesFigure(plan.figures, done.figures) {
		return false
	}
	if done.subject < 0 {
		return plan.week < 0 || plan.week != done.week
	}
	return plan.subject < 0 || !namesSubject(plan, done) && !slices.Contains(plan.shorts, done.subject)
}

// coarsePlansOfOthers reports whether two plans, one dated by its week
// and the other only by the month holding it, are each of a subject the
// other does not name: "the judge said the mayor is expected to give
// evidence next month" and "his brother is expected to give evidence
// next week" are two people's turns, though told in the same words.
func coarsePlansOfOthers(a, b *features) bool {
	return a.planned && b.planned && !a.day && !b.day && (a.week >= 0) != (b.week >= 0) && a.subject >= 0 && b.subject >= 0 &&
		!namesSubject(a, b) && !namesSubject(b, a) && !slices.Contains(a.shorts, b.subject) && !slices.Contains(b.shorts, a.subject)
}

// sharesFigure reports whether two reports give one figure in one unit
// ("40#job").
func sharesFigure(a, b map[string][]string) bool {
	for unit, va := range a {
		if vb, ok := b[unit]; ok && slices.ContainsFunc(va, func(v string) bool { return slices.Contains(vb, v) }) {
			return true
		}
	}
	return false
}

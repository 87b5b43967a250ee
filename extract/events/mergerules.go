package events

import (
	"slices"
	"strings"
)

// outcomeSep joins a counted unit and the outcome it counts ("peopl/died").
const outcomeSep = "/"

// outcomes map the stems of the words telling what befell those counted
// onto one outcome: "three people were killed" and "eleven people are in
// hospital" count different people, however alike their unit.
var outcomes = func() map[string]string {
	m := map[string]string{}
	for kind, ws := range map[string]string{
		"death":  "kill killed killing died dead death deaths die dies dying",
		"injury": "injured injuries injury hurt wounded hospital hospitalised hospitalized",
	} {
		for _, w := range strings.Fields(ws) {
			m[stem(w)] = kind
		}
	}
	return m
}()

// outcomeOf returns the outcome a spelled count at words[i] (its unit at
// i+1) tells, "" for none: the words right after its unit ("eleven people
// in hospital"), else those right before the count ("killing at least five
// people"). A unit that is an outcome itself ("eleven injured") needs none.
func outcomeOf(words []string, i int) string {
	if outcomes[words[i+1]] != "" {
		return ""
	}
	for _, k := range []int{i + 2, i + 3, i - 1, i - 2} {
		if k >= 0 && k < len(words) && outcomes[words[k]] != "" {
			return outcomes[words[k]]
		}
	}
	return ""
}

// unitsMeet reports whether two figures' units count the same thing: the
// same unit, or one without an outcome and the other with one.
func unitsMeet(a, b string) bool {
	if a == b {
		return true
	}
	ba, oa, qa := strings.Cut(a, outcomeSep)
	bb, ob, qb := strings.Cut(b, outcomeSep)
	return ba == bb && (!qa || !qb) && oa != ob
}

// initialsShared counts the words two reports of one day share that are
// the initials of a name either gives ("NLA" after "National Labour
// Alliance"): the participant again, not shared wording. (Reports of a
// month or a year weigh them apart, see features.initials.)
func initialsShared(a, b *features) int {
	if !a.day || !b.day || len(a.shorts) == 0 && len(b.shorts) == 0 {
		return 0
	}
	n := 0
	for _, w := range a.words {
		if slices.Contains(a.shorts, w) || slices.Contains(b.shorts, w) {
			if _, ok := slices.BinarySearch(b.words, w); ok {
				n++
			}
		}
	}
	return n
}

// planSubjectLeftOut reports whether, of a plan and a report of what was
// done, the plan names two participants or more and neither names the
// other's first, its subject: "a decision from the league's board on the
// fund's takeover is expected next week" is the board's, not the club's
// "The club appointed a manager, its first decision since the fund's
// takeover". "They expect Brazil and Colombia to open registrations next
// week" and "Colombia opened registrations on Friday" are one. It is
// asked of a plan dated by its week (see finerMatch): a week's plan joins
// a day of it on few shared words.
func planSubjectLeftOut(a, b *features) bool {
	plan, done := a, b
	if !plan.planned {
		plan, done = b, a
	}
	return plan.planned && !done.planned && len(plan.ents) >= 2 && plan.subject >= 0 && done.subject >= 0 &&
		!namesSubject(plan, done) && !namesSubject(done, plan)
}

// planDoneOfCast reports whether, of two reports of one day in articles
// sharing their cast (minCast names alike), one is a plan naming no one
// and the other tells it done in most of its words: "Formal talks are
// due to begin on Monday" and "the winner opened formal coalition talks
// with two parties on Monday".
func planDoneOfCast(a, b *features) bool {
	if !a.day || !b.day || a.planned == b.planned {
		return false
	}
	plan, done := a, b
	if !plan.planned {
		plan, done = b, a
	}
	if len(plan.names) > 0 || overlap(plan.cast, done.cast) < minCast || !fulfils(plan, done) || contradict(plan.figures, done.figures) {
		return false
	}
	shared := 0
	for _, w := range plan.deeds {
		if _, ok := slices.BinarySearch(done.words, w); ok {
			shared++
		}
	}
	return shared >= 2 && 2*shared >= len(plan.deeds)
}

// arrivalApart reports whether, of two reports of one day sharing a
// participant, one tells of an arrival and the other of another deed, in
// fewer than three words alike: "The chief executive has arrived at the
// site" and "The chief executive apologised to the families" share how
// the participant is called, not what he did.
func arrivalApart(a, b *features, shared int) bool {
	return a.day && b.day && a.arrives != b.arrives && shared < 3
}

// sameIncidentOfCast reports whether two reports of one day, neither a
// plan, tell of the same kind of incident, a's article being about no
// one in particular (no story, see Ref.Story) and a naming whom b's
// article is about, in articles sharing their cast (minCast names
// alike): "Harlow Water has told 2,000 customers their records were
// exposed in the breach of its systems on Friday", in a brief naming
// several people as often, and "The breach was found early on Friday by
// an engineer at Kelby Bridge" in an article about Harlow Water.
func sameIncidentOfCast(a, b *features) bool {
	return a.day && b.day && !a.planned && !b.planned && a.incident >= 0 && a.incident == b.incident &&
		len(a.story) == 0 && len(a.ents) > 0 && overlap(a.ents, b.story) >= 1 && overlap(a.cast, b.cast) >= minCast
}

// castsApart reports whether two reports each name two or more
// participants and share none, not even a name's first word ("Dome" and
// "Dome Petroleum Ltd" are one firm): "A spokesman for the Farmers'
// Union, Ola Brenn, said its board would meet on Friday" and "Talks
// between the Harbour Party and the Civic League will go ahead on
// Friday" are two parties' meetings, however much both articles tell
// one story.
func castsApart(a, b *features) bool {
	return len(a.ents) >= 2 && len(b.ents) >= 2 && overlap(a.names, b.names) == 0 && overlap(a.firsts, b.firsts) == 0
}

// appendFirstWord appends the interned first word of the folded name n,
// keeping firsts sorted and without repeats for overlap.
func appendFirstWord(firsts []int32, n string, in interner) []int32 {
	w, _, _ := strings.Cut(n, " ")
	if w == "" {
		return firsts
	}
	id := in.id(w)
	if k, found := slices.BinarySearch(firsts, id); !found {
		firsts = slices.Insert(firsts, k, id)
	}
	return firsts
}

// thinCoarse reports whether a report dated by its week or its year
// (coarse) shares too little wording with a report of one of its days
// to tell the same event, though enough for a month: a week's "the
// outbreak, first declared a week ago, is now the largest in the
// region" shares two words with "cases in the region rose to 19 on
// Thursday"; a year's running total ("there have now been 71 confirmed
// cases since the start of the year") shares four of fourteen with one
// day's count. A week of what was done needs three shared words (a
// plan is told in few words of its own), a year a third of the
// shorter report's.
func thinCoarse(coarse *features, week bool, shared, small int) bool {
	return week && !coarse.planned && shared < 3 || coarse.year && 3*shared < small
}

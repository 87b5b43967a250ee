package events

import "strings"

// leads keeps, by the root of each group Merge builds, the group's lead:
// its most precise report, the first of them in order, which tells the
// group's event. While the lead is dated only to a month or a year it
// keeps the group's reports too, which must tell the event of any finer
// lead the group takes: a report dated only to a month or a year joins a
// group only when it tells the group's event, not merely one of its
// reports ("Chrysler will begin exporting to Europe this year" matching
// one forecast of a group of a year's forecasts).
type leads struct {
	refs   []Ref
	feats  []features
	lead   []int
	coarse [][]int
}

func newLeads(refs []Ref, feats []features) *leads {
	l := &leads{refs: refs, feats: feats, lead: make([]int, len(refs)), coarse: make([][]int, len(refs))}
	for i := range l.lead {
		l.lead[i] = i
		if !feats[i].day {
			l.coarse[i] = []int{i}
		}
	}
	return l
}

// admit reports whether the groups of roots a and b, brought together
// by their reports i and j, may be one when i or j is dated only to a
// month or a year: each report and each group's lead tells the other
// group's event, and the reports dated as a group's lead tell the event
// of the finer lead it takes. Two reports of one day need none of this:
// their groups are led by reports of that day.
func (l *leads) admit(i, j, a, b int) bool {
	la, lb := l.lead[a], l.lead[b]
	if !l.tells(la, lb) || !l.tells(i, lb) || !l.tells(j, la) {
		return false
	}
	next := l.finest(la, lb)
	return l.allTell(l.coarse[a], la, next) && l.allTell(l.coarse[b], lb, next)
}

// join records that the group of root gone is now part of root's.
func (l *leads) join(root, gone int) {
	next := l.finest(l.lead[root], l.lead[gone])
	l.lead[root] = next
	if l.feats[next].day {
		// A group led by a day takes no finer lead.
		l.coarse[root], l.coarse[gone] = nil, nil
		return
	}
	l.coarse[root] = append(l.coarse[root], l.coarse[gone]...)
	l.coarse[gone] = nil
}

// finest returns the more precise of two reports, the earlier of two as
// precise.
func (l *leads) finest(i, j int) int {
	ri, rj := rank[l.refs[i].Event.Precision], rank[l.refs[j].Event.Precision]
	if ri > rj || ri == rj && i < j {
		return i
	}
	return j
}

// tells reports whether reports i and j may stand in one group when one
// of them is dated only to a month or a year: the coarser must describe
// the same event as the finer at its own precision, or inside its period.
// Reports of two days are never one event, however many coarser reports
// each of them matches.
func (l *leads) tells(i, j int) bool {
	if i == j {
		return true
	}
	if l.feats[i].day && l.feats[j].day {
		return l.refs[i].Event.Date == l.refs[j].Event.Date
	}
	c, f := i, j
	if rank[l.refs[c].Event.Precision] > rank[l.refs[f].Event.Precision] {
		c, f = f, c
	}
	ce, fe := &l.refs[c].Event, &l.refs[f].Event
	if ce.Precision == fe.Precision {
		return ce.Date == fe.Date && sameEvent(&l.feats[c], &l.feats[f])
	}
	return strings.HasPrefix(fe.Date, ce.Date) &&
		finerMatch(&l.feats[c], &l.feats[f], ce.Precision == "month", ce.Week != "") > 0
}

// allTell reports whether the members of a group led by old, dated as
// old is, all tell the event of its next, finer lead. Its coarser members
// joined it by telling a report of old's precision, which stands for
// them: "Russia started the war in 2022 with its full-scale invasion"
// joins "Russia launched its full-scale invasion of Ukraine in February
// 2022", and with it the invasion on 24 February.
func (l *leads) allTell(members []int, old, next int) bool {
	prec := l.refs[old].Event.Precision
	if prec == l.refs[next].Event.Precision {
		return true
	}
	for _, m := range members {
		if l.refs[m].Event.Precision == prec && !l.tells(m, next) {
			return false
		}
	}
	return true
}

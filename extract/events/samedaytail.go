package events

import (
	"math"
	"slices"
)

// withoutSameDayTail drops an event whose summary lies inside another
// event's summary and that has the same date, precision, week and plan:
// "The port said on Friday that the count had risen to nine after a
// body was found overnight" parts into the saying and its reported
// clause, but when both fall on the same day the reported clause tells
// nothing the whole sentence does not.
func withoutSameDayTail(out []Event) []Event {
	inside := sameDayInsides(out)
	// Most articles drop none: the events are copied from the first
	// dropped on.
	var keep []Event
	for i, e := range out {
		if !inside[i] {
			if keep != nil {
				keep = append(keep, e)
			}
			continue
		}
		if keep == nil {
			keep = make([]Event, i, len(out))
			copy(keep, out[:i])
		}
	}
	if keep == nil {
		return out
	}
	return keep
}

// sameDayInsides reports of each event of out whether it is told whole
// by another event with the same date: a strictly longer summary holding
// its summary. The events are grouped by date and each group sorted by
// summary start, so that an article of many events is read in n log n,
// not compared pair by pair.
func sameDayInsides(out []Event) []bool {
	inside := make([]bool, len(out))
	for _, g := range byDate(out) {
		if len(g) < 2 {
			continue
		}
		slices.SortStableFunc(g, func(a, b int) int { return out[a].Summary.Start - out[b].Summary.Start })
		// An event starting before e holds it when it ends no sooner;
		// one starting with e when it ends later.
		before := math.MinInt // the latest end of the events starting before the current start
		for lo := 0; lo < len(g); {
			start := out[g[lo]].Summary.Start
			hi, same := lo, math.MinInt
			for ; hi < len(g) && out[g[hi]].Summary.Start == start; hi++ {
				same = max(same, out[g[hi]].Summary.End)
			}
			for _, i := range g[lo:hi] {
				end := out[i].Summary.End
				inside[i] = before >= end || same > end
			}
			before = max(before, same)
			lo = hi
		}
	}
	return inside
}

// sameDayInside reports whether out[i] is told whole by another event of
// out with the same date: a strictly longer summary holding its summary.
// sameDayInsides answers it for all events at once.
func sameDayInside(out []Event, i int) bool {
	e := out[i]
	for j, o := range out {
		if j == i || o.Date != e.Date || o.Precision != e.Precision || o.Week != e.Week || o.Planned != e.Planned {
			continue
		}
		if o.Summary.Start <= e.Summary.Start && e.Summary.End <= o.Summary.End && o.Summary.Len() > e.Summary.Len() {
			return true
		}
	}
	return false
}

// dateKey is what events told of one date share: the date, its
// precision, its week and whether it is a plan.
type dateKey struct {
	date, precision, week string
	planned               bool
}

// byDate groups the indexes of out by their events' dateKey, each group
// in the order of out.
func byDate(out []Event) map[dateKey][]int {
	groups := map[dateKey][]int{}
	for i, e := range out {
		k := dateKey{e.Date, e.Precision, e.Week, e.Planned}
		groups[k] = append(groups[k], i)
	}
	return groups
}

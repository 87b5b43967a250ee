package events

// withoutSameDayTail drops an event whose summary lies inside another
// event's summary and that has the same date, precision, week and plan:
// "The port said on Friday that the count had risen to nine after a
// body was found overnight" parts into the saying and its reported
// clause, but when both fall on the same day the reported clause tells
// nothing the whole sentence does not.
func withoutSameDayTail(out []Event) []Event {
	// Most articles drop none: the events are copied from the first
	// dropped on.
	var keep []Event
	for i, e := range out {
		if !sameDayInside(out, i) {
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

// sameDayInside reports whether out[i] is told whole by another event of
// out with the same date: a strictly longer summary holding its summary.
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

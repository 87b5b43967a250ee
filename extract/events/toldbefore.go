package events

// doneBeforeFiner reports whether coarse tells what was done in a month
// or a year (not by its week) and fine is dated after coarse's article
// was published: a report of what was done by the day it was told is not
// what is planned or done on a later day ("the deal gives members a rise
// this year", told on 9 November, is not the ballot result expected on
// 20 November).
func doneBeforeFiner(coarse, fine Ref) bool {
	d := fine.Event.Date
	if coarse.Event.Planned || coarse.Event.Week != "" || len(d) < len("2006-01") || len(coarse.Published) < len(d) {
		return false
	}
	return d > coarse.Published[:len(d)]
}

package events

// wideDeadline reports whether a wait is a deadline "within" several
// months (ws the words before it, n and unit its count and unit): "a
// final report is expected within 12 months" may come in any of them,
// and the month the wait reaches is only the latest it may come, no date
// of the plan.
func wideDeadline(ws []string, n int, unit byte) bool {
	return unit == 'M' && n > 1 && len(ws) > 0 && ws[len(ws)-1] == "within"
}

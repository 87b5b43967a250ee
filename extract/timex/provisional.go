package timex

// provisionalFor reports whether the "for" at word k gives the date an
// event is provisionally set for: "pencilled in for 18 June", "penciled in
// for", "earmarked for September", "booked in for 2 July". Such a date,
// like a deadline's, lies ahead of the writing.
func provisionalFor(ws []word, k int) bool {
	if k < 1 || k >= len(ws) || ws[k].text != "for" {
		return false
	}
	switch prev := ws[k-1].text; prev {
	case "earmarked", "slated":
		return true
	case "in":
		if k < 2 {
			return false
		}
		switch ws[k-2].text {
		case "pencilled", "penciled", "booked":
			return true
		}
	}
	return false
}

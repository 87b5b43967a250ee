package events

// Words of a provisional schedule: "The topping-out ceremony has been
// pencilled in for 18 June", "the vote is earmarked for May", "a launch
// slated for the autumn". The date they give is a plan.

// provisionalVerbs are participles that, with "for" after them (and "in"
// for a pencil), put an event in the diary.
var provisionalVerbs = map[string]bool{
	"pencilled": true, "penciled": true, "earmarked": true, "slated": true, "booked": true, "diarised": true, "diarized": true,
}

// provisionalWords are the words between such a participle and "for".
var provisionalWords = map[string]bool{"in": true, "provisionally": true, "tentatively": true}

// provisionallySet reports whether the lower-case words before a time (ws,
// as lowerWords gives them) end in a provisional schedule: "pencilled in
// for", "penciled in for", "earmarked for", "slated for", "booked in for".
func provisionallySet(ws []string) bool {
	n := len(ws)
	if n < 2 || ws[n-1] != "for" {
		return false
	}
	for i := n - 2; i >= 0 && i >= n-4; i-- {
		if provisionalVerbs[ws[i]] {
			return ws[i] != "booked" && ws[i] != "pencilled" && ws[i] != "penciled" || i+1 < n-1 && ws[i+1] == "in"
		}
		if !provisionalWords[ws[i]] {
			return false
		}
	}
	return false
}

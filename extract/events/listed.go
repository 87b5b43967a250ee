package events

// A court lists a hearing for a day: "Judge Rosalind Achterberg listed
// the sentencing hearing for Friday, November 20", "the trial was fixed
// for 3 March". The day the hearing is listed for is a plan, whatever
// the tense of the listing.

// listingVerbs put a hearing or a trial in a court's list for a day.
var listingVerbs = toSet("listed relisted fixed")

// maxListedWords is the most words between a listing verb and its "for":
// "listed the two-day sentencing hearing for".
const maxListedWords = 6

// listedFor reports whether the lower-case words before a time (ws, as
// lowerWords gives them) end in a listing verb, at most maxListedWords
// words and "for": "listed the sentencing hearing for", "was fixed for".
func listedFor(ws []string) bool {
	n := len(ws)
	if n < 2 || ws[n-1] != "for" {
		return false
	}
	for i := n - 2; i >= 0 && i >= n-2-maxListedWords; i-- {
		if listingVerbs[ws[i]] {
			return true
		}
		if reportedPast[ws[i]] || ws[i] == "and" || ws[i] == "but" {
			return false
		}
	}
	return false
}

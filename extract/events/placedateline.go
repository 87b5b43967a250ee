package events

import "regexp"

// placeDateline matches a wire dateline whose place is written in mixed
// case, with the filing date and the agency in brackets before the dash:
// "Port Elwin, Oct 23 (PA) - ", "Lagos, 4 March (NAN) — ".
var placeDateline = regexp.MustCompile(`^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}, (?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*) \(\p{Lu}[\p{L}]{0,11}\) ?(?:-|–|—|--) `)

// placeDatelineEnd returns where a mixed-case wire dateline opening s
// ends, or 0: the filing place and date are no part of what happened.
func placeDatelineEnd(s string) int {
	if loc := placeDateline.FindStringIndex(s); loc != nil {
		return loc[1]
	}
	return 0
}

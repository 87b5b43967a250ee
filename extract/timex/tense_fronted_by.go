package timex

import "strings"

// maxFrontedByReach bounds the words read after a fronted "By" and its
// time for the verb of the clause it opens.
const maxFrontedByReach = 25

// frontedByPast reports whether the "by" at word intro opens the
// sentence s and a verb after the time (which ends before word last)
// is past, with no future marker among them: "By the
// autumn it was wearing thin", "By January, with wages up 7%, the story
// had collapsed". A deadline that fronts a past clause is already gone.
func frontedByPast(s string, ws []word, intro, last int) bool {
	if intro < 0 || intro >= len(ws) || ws[intro].text != "by" || strings.TrimLeft(s[:ws[intro].start], " \t\n\"“'‘") != "" {
		return false
	}
	sawPast := false
	for k := last; k < len(ws) && k < last+maxFrontedByReach; k++ {
		if k > 0 && strings.ContainsAny(s[ws[k-1].end:ws[k].start], "\"”") {
			// The quoted clause ends: in "\"By Tuesday, the flow comes
			// back,\" she said" the reporting verb is not its verb.
			break
		}
		switch markerOf(ws[k].text) {
		case future:
			return false // "By Friday, sources estimated, a further 200 tonnes will have been loaded"
		case past:
			sawPast = true
		}
	}
	return sawPast
}

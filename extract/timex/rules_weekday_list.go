package timex

import "regexp"

// weekdayListGap matches what stands between two weekdays of one list:
// "Tuesday, Thursday", "Thursday and Saturday", "Monday, or Friday".
var weekdayListGap = regexp.MustCompile(`^(?i)(?:\s*,)?\s+(?:and|or|&)\s+$|^\s*,\s+$`)

// weekInList matches the joined text of a weekday and the relative week
// after it that closes a list: "Saturday next week", "Friday of last
// week".
var weekInList = regexp.MustCompile(`(?i)^[a-z]+,?\s+(?:of\s+)?(?:next|last|this|the\s+(?:next|following|coming|past|previous))\s+week$`)

// shareListWeek gives the weekdays of a list the week named after its
// last one: in "strike on Tuesday, Thursday and Saturday next week" all
// three days are of next week. Only bare weekdays joined to the closing
// one by commas, "and" or "or" take its week.
func shareListWeek(s string, cs []cand) []cand {
	for i := len(cs) - 1; i > 0; i-- {
		last := cs[i]
		if !weekInList.MatchString(s[last.start:last.end]) {
			continue
		}
		mon, ok := startOf(last.value)
		if !ok || precisionOf(last.value) != "day" {
			continue
		}
		mon = mon.AddDate(0, 0, -((int(mon.Weekday()) + 6) % 7))
		for j := i - 1; j >= 0; j-- {
			wd, ok := bareWeekday(s, cs[j])
			if !ok || !weekdayListGap.MatchString(s[cs[j].end:cs[j+1].start]) {
				break
			}
			cs[j].value = dayValue(mon.AddDate(0, 0, (wd+6)%7))
			cs[j].future = cs[j].future || last.future
		}
	}
	return cs
}

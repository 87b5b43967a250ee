package timex

import "regexp"

// everyDayBefore matches the words before a weekday joined to an "every"
// set: "every Saturday and", "every Monday, Wednesday or".
var everyDayBefore = regexp.MustCompile(`(?i)\bevery\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s*,\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day)*\s*(?:,|,?\s+and|,?\s+or|&)\s*$`)

// everyJoined reports whether the weekday matched is joined to a day
// after "every" ("every Saturday and Sunday"): it recurs as that one
// does, and names no single day.
func everyJoined(m *match) bool {
	lead := m.s[:m.idx[0]]
	if len(lead) > 60 {
		lead = lead[len(lead)-60:]
	}
	// The pattern needs "every", whose letters fold to no letter beyond
	// ASCII: an ASCII case-insensitive search settles most leads.
	return containsFoldASCII(lead, "every") && everyDayBefore.MatchString(lead)
}

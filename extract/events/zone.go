package events

import (
	"regexp"
	"strings"

	"newsbot/extract/timex"
)

// zoneConversionBefore matches the text before the day of a clock time
// given again in another zone: "at 15:42 local time (0142 GMT ", "(00:05
// UTC on ". The day is the same moment's, which the local time dates.
var zoneConversionBefore = regexp.MustCompile(`(?i)\(\s*(?:[01]?\d|2[0-3])[:.h]?[0-5]\d\s*(?:[ap]\.?\s?m\.?\s*)?(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EET|EEST|MSK|IST|JST|ET|PT)\s*,?\s*(?:on\s+)?$`)

// zoneConversionDay reports whether t is the day of a zone conversion in
// brackets right after a clock time that has its own day, "at 15:42
// local time (0142 GMT Sunday)": the local time dates the row, and the
// day of the conversion none of its own.
func zoneConversionDay(text string, t timex.Expr, times []timex.Expr) bool {
	if t.Precision != "day" || !zoneConversionBefore.MatchString(text[max(0, t.Start-40):t.Start]) {
		return false
	}
	open := strings.LastIndexByte(text[:t.Start], '(')
	for _, u := range times {
		if u.End <= open && u.Type == "TIME" && u.Precision == "day" && strings.TrimSpace(text[u.End:open]) == "" {
			return true
		}
	}
	return false
}

// referenceLevels matches what follows a year that only sets a baseline:
// "from 2019 levels", "above 1990 levels", "below its 2005 level".
var referenceLevels = regexp.MustCompile(`^\s+levels?\b`)

// referenceYear reports whether the year t names the level a figure is
// measured against, no happening: "fall by 45% from 2019 levels".
func referenceYear(text string, t timex.Expr) bool {
	return t.Precision == "year" && referenceLevels.MatchString(text[t.End:min(len(text), t.End+10)])
}

// vagueWait reports whether a wait counted from publication is too
// vague to date a plan: "within a decade", "in two decades", "within a
// century".
func vagueWait(t timex.Expr) bool {
	for _, w := range lowerWords(t.Text) {
		if w == "decade" || w == "decades" || w == "century" || w == "centuries" || w == "generation" || w == "generations" {
			return true
		}
	}
	return false
}

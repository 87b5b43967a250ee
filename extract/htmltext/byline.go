package htmltext

import (
	"strings"
	"time"
)

// Pages that carry no date or site name in their metadata often print
// them in a byline laid out as fields: "By Tom Reddy | Pitchside Daily |
// 14 April 2026". bylineMeta reads such a line among the first lines of
// the text.

// bylineLines bounds how far into the text a byline is looked for.
const bylineLines = 8

var bylineDates = []string{"2 January 2006", "January 2, 2006", "2 Jan 2006", "Jan 2, 2006", "Jan. 2, 2006", "2006-01-02", "Monday 2 January 2006", "Monday, January 2, 2006"}

// bylineMeta returns the date (YYYY-MM-DD) and the outlet a byline names,
// either empty. The outlet is a field that the page's title ends with
// ("… | Pitchside Daily"), so a section name is never taken for it.
func bylineMeta(text, rawTitle string) (date, site string) {
	n := 0
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if n++; n > bylineLines {
			break
		}
		if len(line) > 200 || !strings.ContainsAny(line, "|•·") {
			continue
		}
		for _, f := range strings.FieldsFunc(line, func(r rune) bool { return r == '|' || r == '•' || r == '·' }) {
			f = strings.TrimSpace(f)
			if d := parseBylineDate(f); d != "" && date == "" {
				date = d
				continue
			}
			if site == "" && f != "" && !strings.HasPrefix(strings.ToLower(f), "by ") && cleanTitle(rawTitle, f) != rawTitle {
				site = f
			}
		}
		if date != "" || site != "" {
			return date, site
		}
	}
	return "", ""
}

func parseBylineDate(s string) string {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "Published "), "Updated ")
	for _, layout := range bylineDates {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

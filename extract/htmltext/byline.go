package htmltext

import (
	"regexp"
	"strings"
	"time"
)

// Pages that carry no date or site name in their metadata often print
// them in a byline laid out as fields: "By Tom Reddy | Pitchside Daily |
// 14 April 2026". findByline reads such a line among the first lines of
// the text. The line is page furniture, not the story: a reader searching
// "Staff Reporter" wants no byline back, so Extract drops it.

// bylineLines bounds how far into the text a byline is looked for.
const bylineLines = 8

// maxBylineField bounds the words of one field of a byline: a name, a
// section, an outlet or a date.
const maxBylineField = 6

// bylineDates are the layouts a byline date is read in; a date led by its
// year ("2026/11/20") is unambiguous, one led by day or month number is not.
var bylineDates = []string{"2 January 2006", "January 2, 2006", "2 Jan 2006", "Jan 2, 2006", "Jan. 2, 2006", "2006-01-02", "2006/1/2", "2006.1.2", "Monday 2 January 2006", "Monday, January 2, 2006"}

// byline is what a byline line gives: the date (YYYY-MM-DD) and the
// outlet it names, either empty, and the line itself when it is nothing
// but short fields and so no part of the story.
type byline struct {
	date, site, line string
}

// findByline returns the first byline among the first lines of text. The
// outlet is a field that the page's title ends with ("… | Pitchside
// Daily"), so a section name is never taken for it.
func findByline(text, title string) byline {
	n := 0
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if n++; n > bylineLines {
			break
		}
		if len(line) > 200 {
			continue
		}
		if b := readProseByline(line, title); b.date != "" {
			return b
		}
		if b := readDateLine(line); b.date != "" {
			return b
		}
		if !strings.ContainsAny(line, "|•·") {
			continue
		}
		if b := readByline(line, title); b.date != "" || b.site != "" {
			return b
		}
	}
	return byline{}
}

// readByline reads the fields of one line; b.line is set when every
// field is short and the line ends in no sentence stop.
func readByline(line, title string) byline {
	var b byline
	short := !strings.HasSuffix(line, ".")
	for _, f := range strings.FieldsFunc(line, func(r rune) bool { return r == '|' || r == '•' || r == '·' }) {
		f = strings.TrimSpace(f)
		short = short && len(strings.Fields(f)) <= maxBylineField
		if d := parseBylineDate(f); d != "" && b.date == "" {
			b.date = d
			continue
		}
		if b.site == "" && f != "" && !strings.HasPrefix(strings.ToLower(f), "by ") && cleanTitle(title, f) != title {
			b.site = f
		}
	}
	if short && (b.date != "" || b.site != "") {
		b.line = line
	}
	return b
}

// bylineVerbs open a byline written as a phrase: "Published 2026-03-12
// by Westminster Today".
var bylineVerbs = []string{"First published ", "Published ", "Updated ", "Posted ", "Last updated ",
	"First published: ", "Published: ", "Updated: ", "Posted: ", "Last updated: "}

// readProseByline reads a line that is nothing but a publishing verb, a
// date and, after "by", a short author or outlet. The name after "by" is
// the outlet when the page's title ends with it.
func readProseByline(line, title string) byline {
	rest, ok := cutAnyPrefix(strings.TrimSuffix(line, "."), bylineVerbs)
	if !ok {
		return byline{}
	}
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "on "), ": ")
	when, who, _ := strings.Cut(rest, " by ")
	date := parseBylineDate(strings.TrimSpace(when))
	if date == "" {
		date = parseBylineDate(trimClock(when))
	}
	if date == "" || len(strings.Fields(who)) > maxBylineField {
		return byline{}
	}
	b := byline{date: date, line: line}
	if who = strings.TrimSpace(who); who != "" && cleanTitle(title, who) != title {
		b.site = who
	}
	return b
}

func cutAnyPrefix(s string, prefixes []string) (string, bool) {
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return rest, true
		}
	}
	return s, false
}

func parseBylineDate(s string) string {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "Published "), "Updated ")
	for _, layout := range bylineDates {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	if d := bylineClock.ReplaceAllString(s, ""); d != s {
		return parseBylineDate(d)
	}
	return ""
}

// bylineClock matches the time of day a byline's date may end with
// ("22 November 2026, 21:40", "4 May 2026 09:15 BST"), which the date's
// layouts do not read.
var bylineClock = regexp.MustCompile(`,?\s+\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,4}))?$`)

// dropLine removes the first line of text that is line, trimmed; an
// empty line removes nothing.
func dropLine(text, line string) string {
	if line == "" {
		return text
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) == line {
			return strings.Join(append(lines[:i], lines[i+1:]...), "\n")
		}
	}
	return text
}

// A page may print its date alone under the headline, in a paragraph of
// its own ("Monday 12 October 2026", "12 October 2026"): among the first
// lines of a page, before the story starts, such a line is the page's
// date, not a day the story tells of.

// readDateLine reads a line that is nothing but a whole date, perhaps
// with its weekday and a time of day.
func readDateLine(line string) byline {
	s := strings.TrimSuffix(strings.TrimSpace(line), ".")
	date := parseBylineDate(s)
	if date == "" {
		date = parseBylineDate(trimClock(s))
	}
	if date == "" {
		return byline{}
	}
	return byline{date: date, line: line}
}

// clockAfterDate is a time of day that follows a byline's date: "9:14
// a.m.", "18:05", "at 10:14 GMT", "10.14am BST".
var clockAfterDate = regexp.MustCompile(`(?i)[\s,]+(at\s+)?\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?(\s+[A-Z]{2,4})?$`)

// trimClock removes a time of day after a date, and the weekday's comma
// ("Monday, 12 October 2026" reads as "Monday 12 October 2026").
func trimClock(s string) string {
	s = strings.TrimSpace(clockAfterDate.ReplaceAllString(strings.TrimSpace(s), ""))
	if day, rest, ok := strings.Cut(s, ", "); ok && weekday(day) {
		s = day + " " + rest
	}
	return s
}

// weekday reports whether s is the English name of a day of the week.
func weekday(s string) bool {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if s == d.String() {
			return true
		}
	}
	return false
}

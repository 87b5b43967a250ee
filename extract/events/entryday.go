package events

import (
	"regexp"
	"strings"
	"time"

	"newsbot/extract/doc"
)

// stampRest is what may follow an entry's time stamp when the stamp is
// cut from its entry, up to the dash that opens the entry: its zone and a
// day in brackets, "UTC - ", "UTC (November 4) - ".
var stampRest = regexp.MustCompile(`^[A-Z]{2,5}(?:\s*\(([A-Z][a-z]+\.? \d{1,2})\))?\s*[-–—]\s+`)

// stampRestLen returns the length of the stamp's rest (stampRest) that
// opens sp, 0 when none does, and the day in its brackets, if any.
func stampRestLen(text string, sp doc.Span) (int, string) {
	if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
		return 0, ""
	}
	m := stampRest.FindStringSubmatch(text[sp.Start:sp.End])
	if m == nil || len(m[0]) >= sp.End-sp.Start {
		return 0, ""
	}
	return len(m[0]), m[1]
}

// withoutStampRest cuts the stamp's rest (stampRest) from the start of a
// summary that follows a time stamp: "UTC - Automated alerts fire." after
// "17:18" reads "Automated alerts fire.".
func withoutStampRest(text string, sp doc.Span) doc.Span {
	if sp.Start <= 0 || sp.Start > len(text) {
		return sp
	}
	before := strings.TrimRight(text[:sp.Start], " \t")
	if before == "" || !isDigit(before[len(before)-1]) {
		return sp
	}
	if n, _ := stampRestLen(text, sp); n > 0 {
		sp.Start += n
	}
	return sp
}

// openingDay returns the day the opening of a live blog names before its
// first entry (at offset first), told by a date that holds its day of the
// month ("On Tuesday, November 3, 2026, customers …"), when it lies
// before publication: the entries report that day, as a post-mortem's
// timeline does. It returns published otherwise.
func openingDay(text string, found []Event, first int, published time.Time) time.Time {
	day := published
	for _, e := range found {
		if e.Time.End > first || e.Precision != "day" || e.Planned || e.Time.End > len(text) ||
			!namesMonthDay(text[e.Time.Start:e.Time.End]) {
			continue
		}
		d, err := time.Parse("2006-01-02", e.Date)
		if err == nil && d.Before(published) {
			day = d
		}
	}
	return day
}

// bracketDay returns the day a stamp's bracket names ("November 4"), in
// the year of day and not before it, and whether it names one.
func bracketDay(named string, day time.Time) (time.Time, bool) {
	for _, layout := range []string{"January 2", "Jan. 2", "Jan 2"} {
		d, err := time.Parse(layout, named)
		if err != nil {
			continue
		}
		d = time.Date(day.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
		if d.Before(day) {
			d = d.AddDate(1, 0, 0) // "(January 1)" after a day of December
		}
		return d, true
	}
	return day, false
}

// clockDigits is a time of day told in figures: "05:50", "9.30am", "2pm".
var clockDigits = regexp.MustCompile(`(?i)\b\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|\b\d{1,2}\s?[ap]\.?m\b\.?`)

// namesMonthDay reports whether a date's words hold figures other than a
// time of day, as a day of the month has ("Tuesday, November 3"): "05:50
// GMT on Saturday" names its day by a weekday alone, which a live blog's
// summary may use for the day before its entries.
func namesMonthDay(s string) bool {
	return asciiDigits.in(clockDigits.ReplaceAllString(s, ""))
}

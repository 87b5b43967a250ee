package bot

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"newsbot/kb"
)

var dateArg = regexp.MustCompile(`^\d{4}(-\d{1,2}(-\d{1,2})?)?$`)

// openEnded are the words that make one date the start of a range with
// no end: "since 2025-11", "from Nov 2025".
var openEnded = map[string]bool{"since": true, "from": true, "after": true}

// openStart are the words that make one date the end of a range with no
// start: "until 2025-11".
var openStart = map[string]bool{"until": true, "till": true, "before": true}

// rangeOpeners open a range of two dates: "from 2026-08-15 to
// 2026-08-31", "between … and …".
var rangeOpeners = map[string]bool{"from": true, "between": true, "since": true}

// rangeJoins stand between the two dates of a range: "2026-08-15 to
// 2026-08-31", "since 2026-01-10 until 2026-01-20".
var rangeJoins = map[string]bool{"to": true, "and": true, "until": true, "till": true, "through": true, "-": true, "–": true}

// rangeDots splits a range written with two dots ("2026-08-01..2026-08-31")
// into its two dates.
func rangeDots(words []string) []string {
	var out []string
	for _, w := range words {
		if a, b, ok := strings.Cut(w, ".."); ok && a != "" && b != "" {
			out = append(out, a, b)
			continue
		}
		out = append(out, w)
	}
	return out
}

// parseTimelineArgs splits "!timeline [NAME or TOPIC] [FROM [TO]]": the
// trailing one or two date-shaped words are the range; one date alone is
// its own period, unless "since" or "from" opens it ("until" ends it).
func parseTimelineArgs(args string) (subject, from, to string, err error) {
	words, err := numericDates(rangeDots(strings.Fields(args)))
	if err != nil {
		return "", "", "", err
	}
	words = isoDates(words)
	var dates []string
	for len(words) > 0 && len(dates) < 2 && dateArg.MatchString(words[len(words)-1]) {
		dates = append([]string{words[len(words)-1]}, dates...)
		words = words[:len(words)-1]
	}
	for i, d := range dates {
		norm, ok := normDate(d)
		if !ok {
			return "", "", "", fmt.Errorf("%q is not a date: use %s", d, dateExamples(d))
		}
		dates[i] = norm
	}
	if len(dates) > 0 {
		from = dates[0]
	}
	if len(dates) == 1 {
		// One date is that period ("2025-11": November); "since
		// 2025-11" is from then on.
		switch n := len(words); {
		case n > 0 && openEnded[strings.ToLower(words[n-1])]:
			words = words[:n-1]
		case n > 0 && openStart[strings.ToLower(words[n-1])]:
			words, from, to = words[:n-1], "", from
		default:
			to = from
		}
	}
	if len(dates) > 1 {
		// "from 2026-08-15 to 2026-08-31", "between 1 Aug 2026 and
		// 31 Aug 2026": the opening word belongs to the range.
		if n := len(words); n > 0 && rangeOpeners[strings.ToLower(words[n-1])] {
			words = words[:n-1]
		}
		to = dates[1]
		if to < from[:min(len(from), len(to))] {
			return "", "", "", fmt.Errorf("the range ends (%s) before it starts (%s)", to, from)
		}
	}
	return strings.Join(words, " "), from, to, nil
}

// monthNames are the month words a reader may write a date with.
var monthNames = func() map[string]int {
	m := map[string]int{}
	for i := time.January; i <= time.December; i++ {
		name := strings.ToLower(i.String())
		m[name], m[name[:3]] = int(i), int(i)
	}
	m["sept"] = 9
	return m
}()

// isoDates rewrites the dates at the end of a timeline's words that are
// written as the bot writes them ("Mar 2026", "2 December 2025") as ISO
// words ("2026-03", "2025-12-2"), and drops a "to" (or another of
// rangeJoins: "and", "until") between two dates.
func isoDates(words []string) []string {
	// human returns the ISO form of a written date ending before word end,
	// and how many words it takes (0: none).
	human := func(end int) (string, int) {
		if end < 2 {
			return "", 0
		}
		y := words[end-1]
		mon, ok := monthNames[strings.TrimSuffix(strings.ToLower(words[end-2]), ".")]
		if len(y) != 4 || !ok || strings.Trim(y, "0123456789") != "" {
			return "", 0
		}
		iso := fmt.Sprintf("%s-%02d", y, mon)
		if end >= 3 {
			if d := strings.TrimSuffix(words[end-3], ","); len(d) <= 2 && d != "" && strings.Trim(d, "0123456789") == "" {
				return iso + "-" + d, 3
			}
		}
		return iso, 2
	}
	var tail []string
	end := len(words)
	for n := 0; n < 2; n++ {
		if iso, used := human(end); used > 0 {
			tail, end = append([]string{iso}, tail...), end-used
		} else if end >= 1 && dateArg.MatchString(words[end-1]) {
			tail, end = append([]string{words[end-1]}, tail...), end-1
		} else {
			break
		}
		if n == 0 && end >= 2 && rangeJoins[strings.ToLower(words[end-1])] {
			if _, used := human(end - 1); used > 0 || dateArg.MatchString(words[end-2]) {
				end--
			}
		}
	}
	return append(words[:end:end], tail...)
}

// numericDate matches a day written in figures with the year last:
// "14/08/2026", "8.14.2026", "14-08-2026".
var numericDate = regexp.MustCompile(`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$`)

// numericDates rewrites the days written in figures as ISO words. The
// order of day and month is read as the articles' dates are: a part
// above 12 is the day, and equal parts need no order; one date of the
// query that fixes the order fixes it for the other ("01/09/2026
// 14/10/2026" is September to October); "03/04/2026" alone, which could
// be March or April, is refused with a message. A day that does not
// exist is refused as typed.
func numericDates(words []string) ([]string, error) {
	dayFirst, monthFirst := false, false
	for _, w := range words {
		if m := numericDate.FindStringSubmatch(w); m != nil {
			p, _ := strconv.Atoi(m[1])
			q, _ := strconv.Atoi(m[2])
			dayFirst = dayFirst || p > 12
			monthFirst = monthFirst || q > 12
		}
	}
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = w
		m := numericDate.FindStringSubmatch(w)
		if m == nil {
			continue
		}
		p, _ := strconv.Atoi(m[1])
		q, _ := strconv.Atoi(m[2])
		month, day := q, p
		switch {
		case p > 12 || p == q:
		case q > 12:
			month, day = p, q
		case dayFirst && !monthFirst:
		case monthFirst && !dayFirst:
			month, day = p, q
		default:
			dm, md := fmt.Sprintf("%s-%02d-%02d", m[3], q, p), fmt.Sprintf("%s-%02d-%02d", m[3], p, q)
			return nil, fmt.Errorf("%q could be %s or %s: write %s or %s", w, HumanDate(dm), HumanDate(md), dm, md)
		}
		iso := fmt.Sprintf("%s-%02d-%02d", m[3], month, day)
		if _, err := time.Parse("2006-01-02", iso); err != nil {
			return nil, fmt.Errorf("%q is not a date", w)
		}
		out[i] = iso
	}
	return out, nil
}

// dateExamples shows the shapes of a date in the year of one typed
// wrongly ("2026-13": 2026, 2026-11 or 2026-11-30), so the examples are
// of the period asked about rather than of a fixed year.
func dateExamples(typed string) string {
	y := typed[:4]
	return y + ", " + y + "-11 or " + y + "-11-30"
}

// normDate validates an ISO date at any precision and pads its fields.
func normDate(d string) (string, bool) {
	parts := strings.Split(d, "-")
	for i := 1; i < len(parts); i++ {
		if len(parts[i]) == 1 {
			parts[i] = "0" + parts[i]
		}
	}
	out := strings.Join(parts, "-")
	layouts := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}
	if _, err := time.Parse(layouts[len(out)], out); err != nil {
		return "", false
	}
	return out, true
}

// yearlessMonth splits a month written without its year off the end of a
// timeline's subject ("Sudan December": Sudan, 12), unless the subject
// names someone as a whole ("Theresa May"). "march" and "may" in lower
// case are more often other words.
func yearlessMonth(ctx context.Context, s Store, subject string) (string, int, error) {
	words := strings.Fields(subject)
	if len(words) == 0 {
		return subject, 0, nil
	}
	last := words[len(words)-1]
	mon := monthNames[strings.TrimSuffix(strings.ToLower(last), ".")]
	if mon == 0 || (mon == 3 || mon == 5) && last == strings.ToLower(last) {
		return subject, 0, nil
	}
	l, err := s.Find(ctx, subject)
	if err != nil {
		return "", 0, err
	}
	if l.Named && len(l.Matches) == 1 {
		return subject, 0, nil
	}
	return strings.Join(words[:len(words)-1], " "), mon, nil
}

func timeline(ctx context.Context, s Store, args string, limit int) (Answer, error) {
	subject, from, to, err := parseTimelineArgs(args)
	if err != nil {
		return errAnswer("timeline", args, err.Error()+". Usage: `!timeline [NAME or TOPIC] [FROM [TO]]`."), nil
	}
	q := kb.TimelineQuery{From: from, To: to, Limit: limit + 1}
	if from == "" && to == "" {
		if subject, q.Month, err = yearlessMonth(ctx, s, subject); err != nil {
			return Answer{}, err
		}
	}
	if limit < fullRows {
		q.Sources = chatEventSources
	}
	title, name, person, also := "Timeline", "", "", ""
	if subject != "" {
		l, err := s.Find(ctx, subject)
		if err != nil {
			return Answer{}, err
		}
		// A word typed in lower case that only ends a name is a topic:
		// "!timeline museum" is about museums, not the one museum the
		// articles name.
		// A name typed as one that fits several entities asks which, as
		// !who and !quotes do.
		named := l.Named || subject != strings.ToLower(subject)
		if len(l.Matches) > 1 && named {
			return whichOne("timeline", subject, l.Matches), nil
		}
		if len(l.Matches) == 1 && named {
			q.Entity, name = l.Matches[0].ID, l.Matches[0].Name
			if l.Matches[0].Type == "PERSON" {
				person = name
			}
			also = alsoNamed("timeline", subject, l.Others)
			title += ": " + escape(name)
		} else {
			q.Topic = subject
			title += ": " + escape(truncate(subject, 60))
		}
	}
	switch {
	case from != "" && from == to && len(from) == 10:
		title += " on " + HumanDate(from)
	case from != "" && from == to:
		title += " in " + HumanDate(from)
	case from != "" && to != "":
		title += " from " + HumanDate(from) + " to " + HumanDate(to)
	case from != "":
		title += " since " + HumanDate(from)
	case to != "":
		title += " until " + HumanDate(to)
	case q.Month > 0:
		title += " in " + time.Month(q.Month).String()
	}
	rows, err := s.Timeline(ctx, q)
	if err != nil {
		return Answer{}, err
	}
	if len(rows) == 0 && q.Entity != 0 {
		// A name with no dated events of its own ("Orbis-2", which the
		// tagger may have split from "Orbis-2 satellite") is still a
		// word of the sentences that report it.
		q.Entity, q.Topic, person = 0, subject, ""
		if rows, err = s.Timeline(ctx, q); err != nil {
			return Answer{}, err
		}
		if endsNameOf(subject, name) {
			rows = casedAsTyped(rows, subject)
		}
	}
	// A row dated by its week stands among the days, by its Monday:
	// "week of 9 Feb 2026" after 5 Feb, not before the month's first day;
	// a plan for a month or a year after its days.
	rows = byDay(rows)
	if q.Entity != 0 {
		for i := range rows {
			rows[i] = rows[i].LedByReportNaming(name)
		}
	}
	cut := len(rows) > limit
	if cut {
		rows = rows[:limit]
	}
	var c cites
	a := Answer{Title: title, Events: []Event{}}
	if len(rows) == 0 {
		a.Header = "No dated events match that."
		if subject != "" {
			a.Header += fmt.Sprintf(" Try `!search %s`.", subject)
		}
		a.Header += onePeriodHint(subject, from, to)
	}
	if cut {
		a.Header = moreThan(limit, "events")
	}
	if also != "" && q.Entity != 0 {
		a.Header = strings.TrimSpace(a.Header + "\n" + also)
	}
	for _, r := range rows {
		ev := Event{Date: r.Date, Precision: r.Precision, Summary: r.Summary, Planned: r.Planned, Citations: []int{}, Entities: r.Entities, Week: r.Week}
		var marks []string
		for _, sn := range r.Sources {
			n := c.add(sn)
			ev.Citations = append(ev.Citations, n)
			marks = append(marks, fmt.Sprintf("[%d]", n))
		}
		a.Events = append(a.Events, ev)
		planned := ""
		if r.Planned {
			planned = " _(planned)_"
		}
		more := ""
		if r.Reports > len(r.Sources) {
			more = fmt.Sprintf(" _(%d reports)_", r.Reports)
		}
		ev.Reports = max(r.Reports, len(r.Sources))
		a.Events[len(a.Events)-1] = ev
		a.Rows = append(a.Rows, Row{Text: fmt.Sprintf("**%s**%s — %s %s%s", rowDate(r), planned, escape(oneLine(capitalFirst(r.ShownFor(person)))), strings.Join(marks, ""), more), Cites: ev.Citations})
	}
	a.Citations = c.list
	return a, nil
}

// rowDate is a timeline row's date as the chat shows it: at its
// precision, or for a row the text dates by its week ("next week") the
// week, which the row's ISO date can only give as the month holding it
// (or the year, for a week across two months).
func rowDate(r kb.TimelineRow) string {
	if r.Week == "" {
		return HumanDate(r.Date)
	}
	if mon, ok := weekMonday(r.Week); ok && r.Precision != "day" {
		return "week of " + mon.Format("2 Jan 2006")
	}
	return HumanDate(r.Date)
}

// weekMonday returns the Monday of an ISO week ("2026-W47").
func weekMonday(week string) (time.Time, bool) {
	if len(week) < 7 || len(week) > 8 || week[4:6] != "-W" {
		return time.Time{}, false
	}
	y, err1 := strconv.Atoi(week[:4])
	w, err2 := strconv.Atoi(week[6:])
	if err1 != nil || err2 != nil || w < 1 || w > 53 {
		return time.Time{}, false
	}
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	return jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1)), true
}

// byDay orders rows by sortDate, keeping their order otherwise; the keys
// are worked out once, and only when a row is dated by its week or is a
// plan for a month or a year.
func byDay(rows []kb.TimelineRow) []kb.TimelineRow {
	if !slices.ContainsFunc(rows, func(r kb.TimelineRow) bool { return r.Week != "" || planOfPeriod(r) }) {
		return rows
	}
	type keyed struct {
		key string
		row kb.TimelineRow
	}
	ks := make([]keyed, len(rows))
	for i, r := range rows {
		ks[i] = keyed{sortDate(r), r}
	}
	slices.SortStableFunc(ks, func(x, y keyed) int { return strings.Compare(x.key, y.key) })
	for i := range ks {
		rows[i] = ks[i].row
	}
	return rows
}

// sortDate is the date a row is ordered by: its own, the Monday of the
// week it is dated by, or for a plan of a month or a year the end of it.
func sortDate(r kb.TimelineRow) string {
	if r.Week == "" {
		if planOfPeriod(r) {
			// "~" sorts after the period's days and months ("2026-03-31")
			// and before the next period ("2026-04").
			return r.Date + "~"
		}
		return r.Date
	}
	if mon, ok := weekMonday(r.Week); ok && r.Precision != "day" {
		return mon.Format("2006-01-02")
	}
	return r.Date
}

// planOfPeriod reports a planned row dated by its month or year, not its
// week: "the vote is due later this month", told on 12 May, comes after
// the debate of 10 May that the month's days report, not before them.
func planOfPeriod(r kb.TimelineRow) bool {
	return r.Planned && r.Week == "" && (r.Precision == "month" || r.Precision == "year")
}

// capitalFirst opens a row cut from inside its sentence with a capital
// letter, as a row reads: "she would meet the unions next week" shows as
// "She would …". A first word with a capital inside it ("iPhone",
// "eBay") is a name written so, and stays as it is.
func capitalFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsLower(r) {
		return s
	}
	end := strings.IndexFunc(s, func(c rune) bool { return !unicode.IsLetter(c) })
	if end < 0 {
		end = len(s)
	}
	if strings.IndexFunc(s[:end], unicode.IsUpper) >= 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// onePeriodHint tells the reader of an empty timeline asked for one date
// that the date is that period alone, not the start of a range, and how
// to read on from it: "One date is that day alone; `!timeline Vasoril
// since 2026-03-10` reads on from it."
func onePeriodHint(subject, from, to string) string {
	if from == "" || from != to {
		return ""
	}
	unit := "year"
	switch len(from) {
	case len("2006-01-02"):
		unit = "day"
	case len("2006-01"):
		unit = "month"
	}
	cmd := strings.Join(strings.Fields("!timeline "+subject+" since "+from), " ")
	return fmt.Sprintf(" One date is that %s alone; `%s` reads on from it.", unit, strings.ReplaceAll(cmd, "`", "'"))
}

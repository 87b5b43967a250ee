package timex

import (
	"strings"
	"time"
)

// laterClauseDays moves a bare weekday that names the publication day
// back a week when a clause after it in the same sentence, joined by
// ", and", tells of "last <weekday>" before it: in a Monday column, "On
// Monday the campaign asked for a recount, and last Tuesday the
// commission agreed to one" asked on the Monday before that Tuesday.
// Clauses joined so tell what happened in order. exprs are the
// expressions of one sentence; ref is the publication day.
func laterClauseDays(text string, exprs []Expr, ref time.Time) {
	own := dayValue(ref)
	for i := range exprs {
		a := &exprs[i]
		if a.Type != "DATE" || a.Value != own || !bareWeekdayText(a.Text) {
			continue
		}
		for _, b := range exprs[i+1:] {
			if b.Type != "DATE" || len(b.Value) != 10 || b.Value >= a.Value || !strings.HasPrefix(strings.ToLower(b.Text), "last ") {
				continue
			}
			if !strings.HasSuffix(strings.ToLower(strings.TrimSpace(text[a.End:b.Start])), ", and") {
				continue
			}
			back := dayValue(ref.AddDate(0, 0, -7))
			if back <= b.Value {
				a.Value, a.Future = back, false
			}
			break
		}
	}
}

// bareWeekdayText reports whether t is a weekday alone, maybe after
// "on": "Monday", "On Monday".
func bareWeekdayText(t string) bool {
	t = strings.TrimSpace(t)
	if len(t) > 3 && strings.EqualFold(t[:3], "on ") {
		t = t[3:]
	}
	_, ok := weekdays[strings.ToLower(t)]
	return ok && strings.HasSuffix(strings.ToLower(t), "day") && capital(t)
}

// reportedNextWeek counts the "next week" of reported speech from the
// day the words were said, when the sentence gives that day as "said on
// <day> that": in a Monday story, "the chair said on Friday that the
// committee would decide early next week" decides in the week of
// publication, the week after the Friday. Only a saying day in an
// earlier week than publication moves it; quotations keep their own
// reading (see reanchorQuoted).
func reportedNextWeek(text string, exprs []Expr, ref time.Time) {
	next := weekValue(ref.AddDate(0, 0, 7))
	for i, a := range exprs {
		if a.Precision != "day" || len(a.Value) != 10 || !saidOnThat(text, a) {
			continue
		}
		d, err := time.Parse("2006-01-02", a.Value)
		if err != nil || !d.Before(ref) || weekValue(d) == weekValue(ref) {
			continue
		}
		for j := i + 1; j < len(exprs); j++ {
			b := &exprs[j]
			if b.Type == "DATE" && b.Value == next && strings.HasSuffix(strings.ToLower(b.Text), "next week") {
				b.Value = weekValue(d.AddDate(0, 0, 7))
				b.Future = isFuture(b.Value, ref)
			}
		}
		return
	}
}

// saidOnThat reports whether the day a follows "said on" (or "said")
// and is followed by "that": the day reported words were spoken.
func saidOnThat(text string, a Expr) bool {
	lead := strings.ToLower(text[max(0, a.Start-10):a.Start])
	if !strings.HasSuffix(lead, "said on ") && !strings.HasSuffix(lead, "said ") {
		return false
	}
	rest := strings.ToLower(text[a.End:min(len(text), a.End+6)])
	return strings.HasPrefix(rest, " that ")
}

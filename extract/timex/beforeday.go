package timex

import (
	"strings"
	"time"
)

// beforeDayAfter moves a possessive weekday after "before" to the first
// such weekday after a day the sentence names earlier: "traded sharp
// words on Thursday night in the last debate before Sunday's first
// round" puts the round on the Sunday after that Thursday, whatever a
// past clause makes of a bare Sunday. What something came before cannot
// lie before it. exprs are the expressions of one sentence.
func beforeDayAfter(text string, exprs []Expr, ref time.Time) {
	for j := 1; j < len(exprs); j++ {
		b := &exprs[j]
		name, ok := strings.CutSuffix(strings.ToLower(b.Text), "'s")
		if !ok {
			name, ok = strings.CutSuffix(name, "’s")
		}
		wd, isDay := weekdays[name]
		if !ok || !isDay || !strings.HasSuffix(name, "day") || len(b.Value) != 10 || !strings.HasSuffix(strings.ToLower(text[max(0, b.Start-7):b.Start]), "before ") {
			continue
		}
		a := exprs[j-1]
		if a.Precision != "day" || len(a.Value) < 10 {
			continue
		}
		d, err := time.Parse("2006-01-02", a.Value[:10])
		if err != nil || b.Value >= a.Value[:10] {
			continue
		}
		next := d.AddDate(0, 0, (wd-int(d.Weekday())+7)%7)
		if !next.After(d) {
			next = next.AddDate(0, 0, 7)
		}
		b.Value, b.Future = dayValue(next), next.After(ref)
	}
}

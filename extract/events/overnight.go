package events

import (
	"slices"
	"strings"
	"time"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// What happened overnight is dated by the morning it runs into, unless
// it closed in the evening.

// morningOf returns the day a bare "overnight" before publication runs
// into: what happened overnight is reported as happening that morning
// ("made landfall overnight" in a Wednesday story is the landfall "early
// on Wednesday" another outlet reports), though the night is named by
// its evening (value "2026-10-13TNI"). A close ("the S&P 500 ended flat
// overnight", in a London story) is the evening's.
func morningOf(text string, t timex.Expr) (string, bool) {
	if t.Future || !strings.EqualFold(t.Text, "overnight") || !strings.HasSuffix(t.Value, "TNI") || len(t.Value) < 10 ||
		closesEvening(text, t.Span) || staysTheNight(text, t.Span) {
		return "", false
	}
	d, err := time.Parse("2006-01-02", t.Value[:10])
	if err != nil {
		return "", false
	}
	return d.AddDate(0, 0, 1).Format("2006-01-02"), true
}

// closings are the verbs of a session that ends in the evening.
var closings = map[string]bool{"closed": true, "ended": true, "finished": true, "settled": true}

// maxClosingWords is the most words between a closing verb and the
// "overnight" it is dated by ("ended flat overnight", "closed 0.4%
// higher overnight").
const maxClosingWords = 3

// closingLevels are the words of where a close left a price or an
// index ("ended flat", "closed higher").
var closingLevels = map[string]bool{
	"flat": true, "higher": true, "lower": true, "up": true, "down": true, "unchanged": true, "mixed": true,
	"firmer": true, "weaker": true, "stronger": true, "percent": true, "pct": true, "points": true,
}

// lodgings are the participles of being put up or kept somewhere for a
// night: "has been sent to a hotel overnight", "was kept in hospital
// overnight".
var lodgings = toSet("sent kept detained housed sequestered lodged accommodated stayed")

// maxLodgingWords is the most words between a participle of lodging and
// the "overnight" it is dated by ("sent to a hotel overnight", "kept in
// hospital for observation overnight").
const maxLodgingWords = 5

// staysTheNight reports whether a participle of lodging (lodgings)
// stands at most maxLodgingWords words before the expression at t in its
// clause: "The jury has been sent to a hotel overnight" was sent in the
// evening, the night's own day, not the morning it runs into.
func staysTheNight(text string, t doc.Span) bool {
	lead := text[max(0, t.Start-leadWindow):t.Start]
	if i := stopBangAskCommaSemicolonColonNewlineMarks.lastIn(lead); i >= 0 {
		lead = lead[i+1:]
	}
	ws := strings.Fields(strings.ToLower(lead))
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-1-maxLodgingWords; i-- {
		if lodgings[ws[i]] {
			return true
		}
	}
	return false
}

// closesEvening reports whether a closing verb and the level it closed
// at stand right before the expression at t: "the S&P 500 ended flat
// overnight", "closed 0.4% higher overnight"; "the search had ended
// overnight" ends in the night.
func closesEvening(text string, t doc.Span) bool {
	lead := text[max(0, t.Start-leadWindow):t.Start]
	if i := bangAskCommaSemicolonColonMarks.lastIn(lead); i >= 0 {
		lead = lead[i+1:]
	}
	ws := strings.Fields(strings.ToLower(lead))
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-1-maxClosingWords; i-- {
		if closings[ws[i]] {
			return i < len(ws)-1 && slices.ContainsFunc(ws[i+1:], func(w string) bool {
				return closingLevels[w] || asciiDigits.in(w)
			})
		}
	}
	return false
}

// bareNight reports whether the expression at t is a bare "overnight",
// which names no night of its own: beside another time of its clause it
// is that time's night.
func bareNight(text string, t doc.Span) bool {
	return strings.EqualFold(text[t.Start:t.End], "overnight")
}

// nightsDay returns, of two events of one clause sum, one dated by a
// bare "overnight" and one by another time, the other one, when it
// lies before publication, is no plan and names no thing: the night is
// then that time's, not the one before publication ("The museum
// reopened last week with guards in every gallery overnight"). A time
// not past ("will tender overnight for April shipment", "bought
// overnight for April/Nov shipments" in an April story) or one naming a
// thing ("rose overnight from Friday's close") leaves the night its own.
func nightsDay(text string, sum doc.Span, a, b Event, published time.Time) (Event, bool) {
	switch na, nb := bareNight(text, a.Time), bareNight(text, b.Time); {
	case na && !nb:
		a, b = b, a
	case na || !nb:
		return Event{}, false
	}
	if a.Planned || !before(a.Date, published) && !pastTime(text[a.Time.Start:a.Time.End]) || namesThing(text, sum, a.Time) {
		return Event{}, false
	}
	return a, true
}

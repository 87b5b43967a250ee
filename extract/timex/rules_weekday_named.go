package timex

import (
	"strings"
	"time"
)

// A text that has named a weekday as one of the coming six days keeps
// that day for the same weekday named again without a tense of its own:
// a preview of a launch "at noon on Tuesday", published on a Monday, means
// the same Tuesday by "Tuesday's flight is the first". News does not
// name two different Tuesdays by the bare weekday.

// noteAheadWeekday records that the expression e, starting at t, names
// by its weekday one of the six days after publication.
func (f *finder) noteAheadWeekday(e Expr, t time.Time) {
	if !f.hasRef || !t.After(f.ref) || t.Sub(f.ref) > 6*24*time.Hour {
		return
	}
	if strings.Contains(e.Text, t.Weekday().String()) {
		f.aheadWeekdays |= 1 << uint(t.Weekday())
	}
}

// namedAhead reports whether weekday wd (Sunday 0) was named before as
// one of the coming days.
func (f *finder) namedAhead(wd int) bool {
	return f.aheadWeekdays&(1<<uint(wd)) != 0
}

// maxNamedChanceWords bounds the words between a forecast's "chance of"
// and a weekday the text has named as ahead.
const maxNamedChanceWords = 14

// forecastForNamedDay reports whether the weekday wd of m closes the odds
// of a forecast ("had flagged a small chance of strong winds over the
// range on Tuesday afternoon") and was named before as one of the coming
// days: a forecast is of what is still to come when it is made, so its
// day is the coming one the text speaks of, whatever the tense of the
// report of the forecast.
func (f *finder) forecastForNamedDay(m *match, wd int) bool {
	if !f.namedAhead(wd) {
		return false
	}
	seg := m.s[:m.idx[0]]
	if i := strings.LastIndexAny(seg, ",;:()"); i >= 0 {
		seg = seg[i+1:]
	}
	ws := words(seg)
	for k := len(ws) - 2; k >= 0 && len(ws)-k <= maxNamedChanceWords+2; k-- {
		if chanceNouns[ws[k].text] && ws[k+1].text == "of" {
			return true
		}
	}
	return false
}

package kb

import (
	"testing"

	"newsbot/extract/events"
)

func TestLeadReportsShowWhatHappenedOverWhatWasAnnounced(t *testing.T) {
	report := func(prec, published string, planned bool) events.Ref {
		return events.Ref{Published: published, Event: events.Event{Precision: prec, Planned: planned}}
	}
	tests := []struct {
		name              string
		refs              []events.Ref
		wantDated, wantLd int
	}{
		{"an announcement followed by the report of the visit shows the visit",
			[]events.Ref{report("day", "2026-02-10", true), report("day", "2026-02-11", true), report("day", "2026-02-12", false)}, 0, 2},
		{"of two reports of what happened the latest is shown",
			[]events.Ref{report("day", "2026-02-10", true), report("day", "2026-02-12", false), report("day", "2026-02-13", false)}, 0, 2},
		{"reports that all announce the event show the first",
			[]events.Ref{report("day", "2026-02-10", true), report("day", "2026-02-11", true)}, 0, 0},
		{"reports that all tell what happened show the first most precise",
			[]events.Ref{report("year", "2026-02-10", false), report("day", "2026-02-11", false), report("day", "2026-02-12", false)}, 1, 1},
		{"a fragment gives way to a report that tells the event in full",
			[]events.Ref{
				{Published: "2026-11-16", Event: events.Event{Precision: "day", Words: []string{"flood", "hit", "afternoon"}}},
				{Published: "2026-11-16", Event: events.Event{Precision: "day", Words: []string{"least", "peopl", "kill", "miss", "flash", "flood", "swept", "villag"}}},
			}, 0, 1},
		{"of reports alike precise the one published first is shown, whatever the article order",
			[]events.Ref{report("day", "2026-10-20", false), report("day", "2026-10-19", false), report("day", "2026-10-22", false)}, 1, 1},
		{"a report with no publication date gives way to a dated one",
			[]events.Ref{report("day", "", false), report("day", "2026-10-19", false)}, 1, 1},
		{"a more precise later report still dates and shows the event",
			[]events.Ref{report("month", "2026-10-19", false), report("day", "2026-10-20", false)}, 1, 1},
		{"of reports of what happened one telling it in its main clause is shown over a later one telling it in a relative clause",
			[]events.Ref{
				{Article: "a", Published: "2026-02-10", Event: events.Event{Precision: "day", Planned: true, Words: []string{"parad", "plann", "harbour"}}},
				{Article: "b", Published: "2026-02-12", Event: events.Event{Precision: "day", Words: []string{"crowd", "parad", "harbour"}}},
				{Article: "c", Published: "2026-02-14", Event: events.Event{Precision: "day", Words: []string{"open", "shop", "harbour", "crowd", "parad"}}},
			}, 0, 1},
		{"of a report and its republished copy in the same words the original is shown",
			[]events.Ref{
				{Article: "copy", Published: "2026-05-09", Event: events.Event{Date: "2026-05-08", Precision: "day", Words: []string{"port", "reopen", "strike"}}},
				{Article: "original", Published: "2026-05-08", Event: events.Event{Date: "2026-05-08", Precision: "day", Words: []string{"port", "reopen", "strike"}}},
				{Article: "plan", Published: "2026-05-07", Event: events.Event{Date: "2026-05-08", Precision: "day", Planned: true, Words: []string{"port", "due", "reopen"}}},
			}, 2, 1},
		{"after an announcement a fragment of what happened gives way to a report telling it in full",
			[]events.Ref{
				{Article: "a", Published: "2026-03-02", Event: events.Event{Precision: "day", Planned: true, Words: []string{"market", "will", "open", "squar"}}},
				{Article: "b", Published: "2026-03-06", Event: events.Event{Precision: "day", Words: []string{"market", "squar", "open"}}},
				{Article: "c", Published: "2026-03-05", Event: events.Event{Precision: "day", Words: []string{"stall", "holder", "queu", "dawn", "market", "squar", "open", "gate"}}},
			}, 0, 2},
		{"a later fragment of a few words besides its figures gives way to the report telling the event in full and sharing its words",
			[]events.Ref{
				{Article: "plan", Published: "2026-06-01", Event: events.Event{Precision: "day", Planned: true, Words: []string{"launch", "set", "0600", "gmt", "0600#gmt"}}},
				{Article: "news", Published: "2026-06-09", Event: events.Event{Precision: "day", Words: []string{"crowd", "gather", "dune", "watch", "engin", "test", "hour", "befor", "countdown", "resum"}}},
				{Article: "news", Published: "2026-06-09", Event: events.Event{Precision: "day", Words: []string{"probe", "lift", "pad", "nine", "hill", "0600", "gmt", "after", "two", "delay", "0600#gmt"}}},
				{Article: "show", Published: "2026-06-12", Event: events.Event{Precision: "day", Words: []string{"note", "0600", "gmt", "pad", "nine", "0600#gmt"}}},
			}, 0, 2},
		{"a figure's unit shared with the plan is no opening on the event",
			[]events.Ref{
				{Article: "plan", Published: "2026-06-01", Event: events.Event{Precision: "day", Planned: true, Words: []string{"launch", "set", "0600", "gmt", "0600#gmt"}}},
				{Article: "news", Published: "2026-06-09", Event: events.Event{Precision: "day", Words: []string{"launch", "went", "ahead", "pad", "nine"}}},
				{Article: "show", Published: "2026-06-12", Event: events.Event{Precision: "day", Words: []string{"note", "0600", "gmt", "pad", "nine", "hill", "crowd", "0600#gmt"}}},
			}, 0, 1},
		{"a later short report of what happened is shown when no report tells it in twice its words",
			[]events.Ref{
				{Article: "plan", Published: "2026-06-01", Event: events.Event{Precision: "day", Planned: true, Words: []string{"launch", "set", "0600", "gmt", "0600#gmt"}}},
				{Article: "news", Published: "2026-06-09", Event: events.Event{Precision: "day", Words: []string{"probe", "lift", "pad", "nine", "0600", "gmt", "0600#gmt"}}},
				{Article: "show", Published: "2026-06-12", Event: events.Event{Precision: "day", Words: []string{"probe", "lift", "pad", "0600", "gmt", "0600#gmt"}}},
			}, 0, 2},
		{"the most precise report dates the event whichever is shown",
			[]events.Ref{report("month", "2026-02-10", false), report("day", "2026-02-11", true)}, 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			idx := make([]int, len(tt.refs))
			for i := range idx {
				idx[i] = i
			}
			dated, lead := leadReports(tt.refs, idx)
			if dated != tt.wantDated || lead != tt.wantLd {
				t.Errorf("leadReports = %d, %d; want %d, %d", dated, lead, tt.wantDated, tt.wantLd)
			}
		})
	}
}

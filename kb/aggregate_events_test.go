package kb

import (
	"slices"
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

func TestCanonicalRefsNameParticipantsByTheirEntities(t *testing.T) {
	evs := &docEvents{
		refs: []events.Ref{
			{Event: events.Event{Entities: []string{"Nadia Rahimi", "Crown Court"}}, Story: []string{"Nadia Rahimi"}},
			{Event: events.Event{Entities: []string{"Nadia Rahimy", "Rahimy", "Crown Court"}}, Story: []string{"Rahimy"}},
			{Event: events.Event{Entities: []string{"Tom Adler"}}},
		},
		arts: []int64{1, 2, 2},
	}
	names := map[articleName]string{
		{1, "Nadia Rahimi"}: "Nadia Rahimi", {2, "Nadia Rahimy"}: "Nadia Rahimi", {2, "Rahimy"}: "Nadia Rahimi",
		{1, "Crown Court"}: "Crown Court", {2, "Crown Court"}: "Crown Court",
	}
	got := canonicalRefs(evs, names)
	want := [][]string{{"Nadia Rahimi", "Crown Court"}, {"Nadia Rahimy", "Rahimy", "Crown Court", "Nadia Rahimi"}, {"Tom Adler"}}
	for i, r := range got {
		if !slices.Equal(r.Event.Entities, want[i]) {
			t.Errorf("report %d names %v, want %v", i, r.Event.Entities, want[i])
		}
	}
	if !slices.Equal(got[1].Story, []string{"Rahimy", "Nadia Rahimi"}) {
		t.Errorf("story %v, want its own name and the entity's", got[1].Story)
	}
	if evs.refs[1].Event.Entities[0] != "Nadia Rahimy" {
		t.Errorf("the reports read were changed: %v", evs.refs[1].Event.Entities)
	}
}

package events

import "testing"

func TestPlanBounds(t *testing.T) {
	tests := []struct {
		name     string
		r        Ref
		from, to string
	}{
		{"a plan of a year is kept from the day it was told", Ref{Event: Event{Date: "2026", Precision: "year", Planned: true}, Published: "2026-10-22"},
			"2026-10-22", "\uffff"},
		{"a report of what was done keeps the whole period", Ref{Event: Event{Date: "2026", Precision: "year"}, Published: "2026-10-22"},
			"", "\uffff"},
		{"a plan of an undated article keeps the whole period", Ref{Event: Event{Date: "2026-11", Precision: "month", Planned: true}},
			"", "\uffff"},
	}
	for _, tt := range tests {
		from, to, ok := planBounds(tt.r)
		if !ok || from != tt.from || to != tt.to {
			t.Errorf("%s: planBounds = %q, %q, %v; want %q, %q", tt.name, from, to, ok, tt.from, tt.to)
		}
	}
}

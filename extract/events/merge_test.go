package events

import (
	"strings"
	"testing"

	"newsbot/extract/doc"
)

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

func TestDatelineWords(t *testing.T) {
	tests := []struct {
		name     string
		summary  string
		time     string // the anchoring expression, "" for one outside the summary
		entities []string
		words    int
		names    string
	}{
		{"a place, its date and the agency", "KESTLEFORD, Nov 24 (Britwire) - Kestleford Rovers have signed a striker, the club said on Tuesday", "Tuesday",
			[]string{"KESTLEFORD", "Britwire", "Kestleford Rovers"}, 3, "KESTLEFORD,Britwire"},
		{"a place of two words and its date", "NEW YORK, Feb 3 - The bank cut its prime rate on Tuesday", "Tuesday",
			[]string{"NEW YORK"}, 3, "NEW YORK"},
		{"a place dated by the report's own date", "KESSA, March 10 - The ministry closed the border", "March 10",
			[]string{"KESSA"}, 1, "KESSA"},
		{"a name in capitals opening a report is no dateline", "NATO said on Monday it would send more troops", "Monday",
			[]string{"NATO"}, 0, ""},
		{"a place in ordinary case is no dateline", "London, the capital, saw its first snow in November", "November",
			[]string{"London"}, 0, ""},
		{"a name in capitals before the report's own date is no dateline", "TWA today revealed that it has increased its holdings", "today",
			[]string{"TWA"}, 0, ""},
		{"a name in capitals and another name are no dateline", "IBM and Apple signed a deal on Monday", "Monday",
			[]string{"IBM", "Apple"}, 0, ""},
	}
	for _, tt := range tests {
		ts, te := -1, -1
		if tt.time != "" {
			ts = strings.Index(tt.summary, tt.time)
			te = ts + len(tt.time)
		}
		e := Event{Summary: doc.Span{Start: 0, End: len(tt.summary)}, Time: doc.Span{Start: ts, End: te},
			Entities: tt.entities, Words: contentWords(tt.summary, ts, te)}
		n, names := datelineWords(e)
		if n != tt.words || strings.Join(names, ",") != tt.names {
			t.Errorf("%s: datelineWords = %d, %q; want %d, %q (words %v)", tt.name, n, names, tt.words, tt.names, e.Words)
		}
	}
}

func TestStrayInitials(t *testing.T) {
	tests := []struct {
		name       string
		a, b       Event
		strayWords int
	}{
		{"the stem of case is not the initials of the court",
			Event{Entities: []string{"Court of Arbitration for Sport"}, Words: contentWords("The coach arrived at the CAS headquarters", -1, -1)},
			Event{Entities: []string{"Court of Arbitration", "Sport"}, Words: contentWords("The case will be heard by the Court of Arbitration for Sport", -1, -1)}, 1},
		{"initials of a body the other names too are the body",
			Event{Entities: []string{"Court of Arbitration for Sport"}, Words: contentWords("The coach arrived at the CAS headquarters", -1, -1)},
			Event{Entities: []string{"Court of Arbitration for Sport"}, Words: contentWords("The CAS panel heard the case", -1, -1)}, 0},
		{"initials of a body the other names with its country are the body",
			Event{Entities: []string{"Securities and Exchange Commission"}, Words: contentWords("The SEC obtained orders against Vaskevitch", -1, -1)},
			Event{Entities: []string{"U.S. Securities and Exchange Commission"}, Words: contentWords("The U.S. Securities and Exchange Commission (SEC) alleged an insider trading ring", -1, -1)}, 0},
	}
	for _, tt := range tests {
		in, sets := interner{}, newFeatureSets()
		a := featuresOf(tt.a, in, sets)
		b := featuresOf(tt.b, in, sets)
		if got := strayInitials(&a, &b); got != tt.strayWords {
			t.Errorf("%s: strayInitials = %d, want %d", tt.name, got, tt.strayWords)
		}
	}
}

package events

import (
	"maps"
	"slices"
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

func TestNamesOfKnown(t *testing.T) {
	tests := []struct {
		name     string
		entities []string
		summary  string
	}{
		{"a full name and its last word", []string{"Vladimir Putin", "Putin"}, "Vladimir Putin met Putin's aides"},
		{"a body of several words and its initials", []string{"Competition and Markets Authority", "CMA"}, "The CMA opened an investigation"},
		{"a hyphenated name with diacritics", []string{"Marisol Tan-Reyes", "Erdoğan"}, "Tan-Reyes called Erdoğan on Monday"},
		{"no names", nil, "The court is expected to rule in December"},
	}
	for _, tt := range tests {
		e := Event{Entities: tt.entities, Words: contentWords(tt.summary, -1, -1), Precision: "day"}
		in, sets := interner{}, newFeatureSets()
		first := featuresOf(e, in, sets)
		size := len(in)
		// The names are known now: they are read, not interned again.
		again := featuresOf(e, in, sets)
		if len(in) != size {
			t.Errorf("%s: %d strings interned again", tt.name, len(in)-size)
		}
		for _, l := range [][2][]int32{{first.names, again.names}, {first.heads, again.heads}, {first.ents, again.ents},
			{first.firsts, again.firsts}, {first.words, again.words}, {first.shorts, again.shorts}} {
			if !slices.Equal(l[0], l[1]) {
				t.Errorf("%s: %v, then %v", tt.name, l[0], l[1])
			}
		}
		if first.subject != again.subject {
			t.Errorf("%s: subject %d, then %d", tt.name, first.subject, again.subject)
		}
	}
}

func TestNamesOfMixed(t *testing.T) {
	// Reports giving known names beside new ones intern what reports
	// read afresh, with nothing known, would: the same ids.
	reports := []Event{
		{Entities: []string{"Dome Petroleum Ltd", "Dome"}, Precision: "day"},
		{Entities: []string{"Zeta Bank", "Dome Petroleum Ltd", "Alpha Corp"}, Precision: "day"},
		{Entities: []string{"Alpha Corp", "Beta Holdings Group", "UN Security Council"}, Precision: "month", Planned: true},
		{Entities: []string{"Security Council", "Zeta Bank"}, Precision: "day"},
	}
	for k := range reports {
		reports[k].Words = contentWords(strings.Join(reports[k].Entities, " and ")+" will vote on the merger", -1, -1)
	}
	warm, cold := interner{}, interner{}
	sets := newFeatureSets()
	for k, e := range reports {
		a, b := featuresOf(e, warm, sets), featuresOf(e, cold, newFeatureSets())
		if !slices.Equal(a.names, b.names) || !slices.Equal(a.ents, b.ents) || !slices.Equal(a.firsts, b.firsts) ||
			!slices.Equal(a.heads, b.heads) || !slices.Equal(a.words, b.words) || a.subject != b.subject {
			t.Errorf("report %d: %+v, read afresh %+v", k, a, b)
		}
	}
	if !maps.Equal(warm, cold) {
		t.Errorf("interned %v, read afresh %v", warm, cold)
	}
}

package kb

import (
	"context"
	"slices"
	"strings"
	"testing"
)

func TestSplitReported(t *testing.T) {
	tests := []struct {
		name, summary, first, second string // first and second time expressions, to find in summary
		want1, want2                 string // "" when the summary stays whole
	}{
		{"a pronoun opens what was said", "Mayor Ines Holt said on Monday she would meet the unions next week.", "on Monday", "next week",
			"Mayor Ines Holt said on Monday", "she would meet the unions next week."},
		{"that opens what was said", "Corvell announced on Tuesday that the plant would close in May.", "on Tuesday", "in May",
			"Corvell announced on Tuesday", "the plant would close in May."},
		{"one clause with no saying stays whole", "On Monday she met the unions, who will strike next week.", "On Monday", "next week", "", ""},
		{"a date after that is the reported clause's", "Velmar said that by the end of 2026 it expects to hire 400 staff in 2027.", "by the end of 2026", "in 2027", "", ""},
		{"a date far from the saying is not the saying's", "Velmar said it expects to report profits in 2026 that exceed 2025 results.", "in 2026", "2025", "", ""},
		{"no reported clause after the first date", "The council said on Monday and again next week the roads would close.", "on Monday", "next week", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := strings.Index(tt.summary, tt.first)
			next := strings.Index(tt.summary, tt.second)
			cut, from, ok := splitReported(tt.summary, i, i+len(tt.first), next)
			if tt.want1 == "" {
				if ok {
					t.Errorf("splitReported = %q | %q, want the summary whole", tt.summary[:cut], tt.summary[from:])
				}
				return
			}
			if !ok || tt.summary[:cut] != tt.want1 || tt.summary[from:] != tt.want2 {
				t.Errorf("splitReported = %v, want %q | %q", ok, tt.want1, tt.want2)
			}
		})
	}
}

func TestTheReportedRowOfOneSentenceShowsItsOwnClause(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.jsonl": `{"id":"a","title":"Mayor to meet unions","source":"Herald","published":"2026-03-04","text":"Mayor Ines Holt said on Monday she would meet the unions next week to avert a strike."}` + "\n",
	})
	tl, err := s.Timeline(context.Background(), TimelineQuery{Topic: "unions", Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range tl {
		got = append(got, r.Summary)
		for _, sn := range r.Sources {
			if sn.Text != r.Summary {
				t.Errorf("citation %q, want the row's summary %q", sn.Text, r.Summary)
			}
		}
	}
	// The week's row is dated by its month here, before the day's.
	slices.Sort(got)
	want := "Mayor Ines Holt said on Monday she would meet the unions next week to avert a strike.|she would meet the unions next week to avert a strike."
	if strings.Join(got, "|") != want {
		t.Errorf("summaries %q, want %q", strings.Join(got, "|"), want)
	}
}

func TestCoordinatedSubject(t *testing.T) {
	tests := []struct {
		name, sentence, clause string
		names                  []string
		want                   string // "" when the row's naming is left alone
	}{
		{"the first predicate's subject is the clause's",
			"According to the regulator, inspectors visited the plant on Monday and will report next month.", "will report next month.",
			[]string{"Ines Holt"}, "inspectors"},
		{"a determiner is written in lower case",
			"The port authority closed the quay in May and has not said when it will reopen.", "has not said when it will reopen.",
			nil, "the port authority"},
		{"a subject that is a participant is left to naming",
			"Ines Holt resigned on Tuesday and will leave office next week.", "will leave office next week.",
			[]string{"Ines Holt"}, ""},
		{"a pronoun subject is left to naming",
			"She resigned on Tuesday and will leave office next week.", "will leave office next week.",
			[]string{"Ines Holt"}, ""},
		{"a clause after a comma and is no second predicate",
			"Talks failed on Monday, and unions will strike next week.", "unions will strike next week.",
			nil, ""},
		{"a second predicate of a reported clause shares its subject",
			"The union said on Thursday that a new ballot would open on Monday 9 November and close on Monday 7 December.", "close on Monday 7 December.",
			[]string{"Association of Resident Doctors"}, "a new ballot"},
		{"a clause with no and before it has no shared subject",
			"Inspectors, who visited on Monday, will report next month.", "will report next month.",
			nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := coordinatedSubject(tt.sentence, strings.Index(tt.sentence, tt.clause), tt.names)
			if !ok {
				got = ""
			}
			if got != tt.want {
				t.Errorf("coordinatedSubject(%q) = %q, want %q", tt.sentence, got, tt.want)
			}
		})
	}
}

func TestQuoteLedNamed(t *testing.T) {
	tests := []struct {
		name, summary string
		names         []string
		person, want  string
	}{
		{"the pronoun after an opening quotation is named",
			"“The vote is a relief,” she told reporters on Monday.", []string{"Ines Holt", "Harbour Council"}, "Ines Holt",
			"“The vote is a relief,” she (Ines Holt) told reporters on Monday."},
		{"a name written in the quotation is not the speaker",
			`"Holt has let us down," he said on Monday.`, []string{"Ines Holt", "Daniel Brandt"}, "Ines Holt",
			`"Holt has let us down," he (Daniel Brandt) said on Monday.`},
		{"a quotation that ends a sentence names no one after it",
			"“The vote is a relief.” She left on Monday.", []string{"Ines Holt"}, "Ines Holt",
			"“The vote is a relief.” She left on Monday."},
		{"a row opening with no quotation is left as it is",
			"The council voted on Monday.", []string{"Ines Holt"}, "Ines Holt", "The council voted on Monday."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := TimelineRow{Summary: tt.summary, Entities: tt.names}
			if got := r.ShownFor(tt.person); got != tt.want {
				t.Errorf("ShownFor(%q) = %q, want %q", tt.person, got, tt.want)
			}
		})
	}
}

package events

import (
	"slices"
	"strings"
	"testing"

	"newsbot/extract/doc"
)

func TestWithoutRetoldLine(t *testing.T) {
	// ev places the event's summary at the nth (from 0) place of sum in
	// text.
	ev := func(text, sum string, nth int, date, words string, planned bool, names ...string) Event {
		at := -1
		for range nth + 1 {
			at += 1 + strings.Index(text[at+1:], sum)
		}
		prec := map[int]string{4: "year", 7: "month", 10: "day"}[len(date)]
		return Event{Date: date, Precision: prec, Planned: planned, Entities: names, Words: strings.Fields(words),
			Summary: doc.Span{Start: at, End: at + len(sum)}}
	}
	obit := "Ada Brook, painter, born 2 May 1931\nShe painted harbours.\nAda Brook (Adelaide Brook), painter, born 2 May 1931\n"
	twice := "Ada Brook died at home on Sunday.\nShe was 90.\nAda Brook died at home on Sunday.\n"
	other := "Ada Brook died at home on Sunday.\nAda Brook died in hospital on Sunday.\n"
	clause := "Crowds laid flowers in memory of Ada Brook, who died last month.\n"
	figures := "Kestrel Mills earned 1.44 dlrs a share in 1986.\nIn the last quarter of 1986 Kestrel Mills earned 29 cts a share.\n"
	apart := "Kestrel Mills shares closed higher on Monday.\nOrba Foods shares closed higher in trading on Monday.\n"
	plan := "Ada Brook will open her show on Friday.\nAda Brook opened her show at the gallery on Friday.\n"
	tests := []struct {
		name string
		text string
		in   []Event
		want []string // the words of each event kept
	}{
		{"a closing line giving the opening line again is one row", obit, []Event{
			ev(obit, "Ada Brook, painter, born 2 May 1931", 0, "1931-05-02", "ada brook painter born", false, "Ada Brook"),
			ev(obit, "Ada Brook (Adelaide Brook), painter, born 2 May 1931", 0, "1931-05-02", "ada brook adelaid painter born", false, "Ada Brook", "Adelaide Brook"),
		}, []string{"ada brook adelaid painter born"}},
		{"the same words twice keep the first", twice, []Event{
			ev(twice, "Ada Brook died at home on Sunday.", 0, "2024-03-10", "ada brook died hom", false, "Ada Brook"),
			ev(twice, "Ada Brook died at home on Sunday.", 1, "2024-03-10", "ada brook died hom", false, "Ada Brook"),
		}, []string{"ada brook died hom"}},
		{"a line saying more of its own stays", other, []Event{
			ev(other, "Ada Brook died at home on Sunday.", 0, "2024-03-10", "ada brook died hom", false, "Ada Brook"),
			ev(other, "Ada Brook died in hospital on Sunday.", 0, "2024-03-10", "ada brook died hospital", false, "Ada Brook"),
		}, []string{"ada brook died hom", "ada brook died hospital"}},
		{"a clause inside the sentence holding it stays", clause, []Event{
			ev(clause, "Crowds laid flowers in memory of Ada Brook, who died last month.", 0, "2024-03", "crowd laid flower memory ada brook died", false, "Ada Brook"),
			ev(clause, "Ada Brook, who died last month", 0, "2024-03", "ada brook died", false, "Ada Brook"),
		}, []string{"crowd laid flower memory ada brook died", "ada brook died"}},
		{"a figure the other does not give stays", figures, []Event{
			ev(figures, "Kestrel Mills earned 1.44 dlrs a share in 1986.", 0, "1986", "kestrel mill earn share", false, "Kestrel Mills"),
			ev(figures, "In the last quarter of 1986 Kestrel Mills earned 29 cts a share.", 0, "1986", "last quarter kestrel mill earn share", false, "Kestrel Mills"),
		}, []string{"kestrel mill earn share", "last quarter kestrel mill earn share"}},
		{"no participant in common stays apart", apart, []Event{
			ev(apart, "Kestrel Mills shares closed higher on Monday.", 0, "2024-03-11", "shar clos higher", false, "Kestrel Mills"),
			ev(apart, "Orba Foods shares closed higher in trading on Monday.", 0, "2024-03-11", "shar clos higher trad", false, "Orba Foods"),
		}, []string{"shar clos higher", "shar clos higher trad"}},
		{"a plan and its report stay apart", plan, []Event{
			ev(plan, "Ada Brook will open her show on Friday.", 0, "2024-03-15", "ada brook open show", true, "Ada Brook"),
			ev(plan, "Ada Brook opened her show at the gallery on Friday.", 0, "2024-03-15", "ada brook open show galleri", false, "Ada Brook"),
		}, []string{"ada brook open show", "ada brook open show galleri"}},
		{"other dates stay apart", other, []Event{
			ev(other, "Ada Brook died at home on Sunday.", 0, "2024-03-10", "ada brook died hom", false, "Ada Brook"),
			ev(other, "Ada Brook died in hospital on Sunday.", 0, "2024-03-17", "ada brook died hom hospital", false, "Ada Brook"),
		}, []string{"ada brook died hom", "ada brook died hom hospital"}},
		{"too few words stay apart", other, []Event{
			ev(other, "Ada Brook died at home on Sunday.", 0, "2024-03-10", "ada brook", false, "Ada Brook"),
			ev(other, "Ada Brook died in hospital on Sunday.", 0, "2024-03-10", "ada brook died", false, "Ada Brook"),
		}, []string{"ada brook", "ada brook died"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range withoutRetoldLine(tc.text, slices.Clone(tc.in)) {
				got = append(got, strings.Join(e.Words, " "))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("withoutRetoldLine kept %q, want %q", got, tc.want)
			}
		})
	}
}

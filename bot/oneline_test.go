package bot

import (
	"strings"
	"testing"

	"newsbot/kb"
)

func TestOneLineFoldsWhitespaceOnly(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a plain sentence is kept as it is", "Talks went well.", "Talks went well."},
		{"line breaks become spaces", "Talks\nwent\r\nwell.", "Talks went well."},
		{"runs of spaces become one", "Talks   went  well.", "Talks went well."},
		{"spaces around the text are dropped", "  Talks went well. ", "Talks went well."},
		{"a no-break space is folded like any space", "Talks\u00a0went well.", "Talks went well."},
		{"empty stays empty", "", ""},
		{"invalid bytes are kept", "a\xffb c", "a\xffb c"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := oneLine(tt.in); got != tt.want {
				t.Errorf("oneLine(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// FuzzOneLine checks the fast path against the plain definition.
func FuzzOneLine(f *testing.F) {
	for _, s := range []string{"", " ", "a b", "a  b", "a\tb", " a", "a ", "a\u2028b", "a\xff b", "\u0085x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := oneLine(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", s, got, want)
		}
	})
}

func TestARowDatedByItsWeekShowsTheWeek(t *testing.T) {
	tests := []struct {
		row  kb.TimelineRow
		want string
	}{
		{kb.TimelineRow{Date: "2025-11", Precision: "month", Week: "2025-W48"}, "week of 24 Nov 2025"},
		{kb.TimelineRow{Date: "2026-03", Precision: "month", Week: "2026-W11"}, "week of 9 Mar 2026"},
		{kb.TimelineRow{Date: "2026", Precision: "year", Week: "2026-W36"}, "week of 31 Aug 2026"},
		{kb.TimelineRow{Date: "2025-11", Precision: "month"}, "Nov 2025"},
		{kb.TimelineRow{Date: "2025-11", Precision: "month", Week: "2025-W99"}, "Nov 2025"},
		{kb.TimelineRow{Date: "2025-11-30", Precision: "day"}, "30 Nov 2025"},
	}
	for _, tt := range tests {
		if got := rowDate(tt.row); got != tt.want {
			t.Errorf("rowDate(%+v) = %q, want %q", tt.row, got, tt.want)
		}
	}
}

func TestByDayPutsAPlanForAPeriodAfterItsDays(t *testing.T) {
	rows := []kb.TimelineRow{
		{Date: "2026", Precision: "year", Summary: "past year"},
		{Date: "2026", Precision: "year", Planned: true, Summary: "plan this year"},
		{Date: "2026-03", Precision: "month", Summary: "past month"},
		{Date: "2026-03", Precision: "month", Planned: true, Summary: "plan later this month"},
		{Date: "2026-03", Precision: "month", Planned: true, Week: "2026-W12", Summary: "plan next week"},
		{Date: "2026-03-10", Precision: "day", Summary: "hearing"},
		{Date: "2026-04-02", Precision: "day", Summary: "April day"},
		{Date: "2027", Precision: "year", Summary: "next year"},
	}
	var got []string
	for _, r := range byDay(rows) {
		got = append(got, r.Summary)
	}
	want := "past year|past month|hearing|plan next week|plan later this month|April day|plan this year|next year"
	if strings.Join(got, "|") != want {
		t.Errorf("byDay order = %q, want %q", strings.Join(got, "|"), want)
	}
}

func TestCapitalFirst(t *testing.T) {
	tests := []struct{ in, want string }{
		{"she would meet the unions next week.", "She would meet the unions next week."},
		{"regional polls are due in May.", "Regional polls are due in May."},
		{"iPhone sales fell in March.", "iPhone sales fell in March."},
		{"The council met on Monday.", "The council met on Monday."},
		{"“we will appeal,” she said on Friday.", "“we will appeal,” she said on Friday."},
		{"", ""},
	}
	for _, tt := range tests {
		if got := capitalFirst(tt.in); got != tt.want {
			t.Errorf("capitalFirst(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

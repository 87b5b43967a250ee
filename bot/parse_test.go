package bot

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"newsbot/kb"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name, line, prefix string
		want               Request
		err                error
	}{
		{"a prefixed command splits name and arguments", "!who  Yuri Ushakov ", "!", Request{Name: "who", Args: "Yuri Ushakov"}, nil},
		{"the command name is case-insensitive", "!WHO Putin", "!", Request{Name: "who", Args: "Putin"}, nil},
		{"a custom prefix is honoured", "?timeline 2025", "?", Request{Name: "timeline", Args: "2025"}, nil},
		{"without a prefix a bare command works", "sources", "", Request{Name: "sources"}, nil},
		{"a slash form works in the console", "/help who", "", Request{Name: "help", Args: "who"}, nil},
		{"a slash form's option name is dropped", "/who name:Ada Brennan", "", Request{Name: "who", Args: "Ada Brennan"}, nil},
		{"a slash form's options read in the usage's order", "/timeline from:2026-03 subject:port strike", "", Request{Name: "timeline", Args: "port strike 2026-03"}, nil},
		{"a slash form's end date alone ends an open range", "/timeline to:2026-03", "", Request{Name: "timeline", Args: "until 2026-03"}, nil},
		{"a colon inside the words is no option", "/search ratio:3", "", Request{Name: "search", Args: "ratio:3"}, nil},
		{"an option name the command lacks is told", "/sources desk:Harbour", "", Request{Name: "sources", Args: "desk:Harbour", BadOption: "desk"}, nil},
		{"a heading and colon with a space is text", "/search Update: harbour", "", Request{Name: "search", Args: "Update: harbour"}, nil},
		{"a link is text", "/search https://harbour.example", "", Request{Name: "search", Args: "https://harbour.example"}, nil},
		{"a leading mention of the bot is dropped", "@newsbot who Ada Brennan", "", Request{Name: "who", Args: "Ada Brennan"}, nil},
		{"a chat mention is dropped", "<@1234> !who Brennan", "", Request{Name: "who", Args: "Brennan"}, nil},
		{"a mention alone asks for help", "@newsbot", "", Request{Name: "help"}, nil},
		{"plain chat is not a command when a prefix is required", "hello there", "!", Request{}, ErrNotCommand},
		{"a lone prefix is not a command", "!", "!", Request{}, ErrNotCommand},
		{"a tab separates the command from its arguments", "!who\tPutin", "!", Request{Name: "who", Args: "Putin"}, nil},
		{"invalid UTF-8 is replaced, not crashed on", "!who \xff", "!", Request{Name: "who", Args: "\uFFFD"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.line, tt.prefix)
			if err != tt.err || got != tt.want {
				t.Errorf("Parse(%q, %q) = %+v, %v; want %+v, %v", tt.line, tt.prefix, got, err, tt.want, tt.err)
			}
		})
	}
}

func TestParseTimelineArgs(t *testing.T) {
	tests := []struct {
		args, subject, from, to string
		bad                     bool
	}{
		{"", "", "", "", false},
		{"Putin", "Putin", "", "", false},
		{"Putin 2025-12", "Putin", "2025-12", "2025-12", false},
		{"Putin since 2025-12", "Putin", "2025-12", "", false},
		{"from Nov 2025", "", "2025-11", "", false},
		{"talks until 2025-12-3", "talks", "", "2025-12-03", false},
		{"peace talks 2025-3 2025-12-3", "peace talks", "2025-03", "2025-12-03", false},
		{"2025 2026", "", "2025", "2026", false},
		{"from 2026-08-15 to 2026-08-31", "", "2026-08-15", "2026-08-31", false},
		{"Putin from Mar 2025 to Dec 2025", "Putin", "2025-03", "2025-12", false},
		{"between 2025-03 and 2025-12", "", "2025-03", "2025-12", false},
		{"since 2026-01-10 until 2026-01-20", "", "2026-01-10", "2026-01-20", false},
		{"strike from 2026-01-10 through 2026-02", "strike", "2026-01-10", "2026-02", false},
		{"since 2026-01-20 until 2026-01-10", "", "", "", true},
		{"until 2026-01-10", "", "", "2026-01-10", false},
		{"2026-08-01..2026-08-31", "", "2026-08-01", "2026-08-31", false},
		{"Sanders and Warren 2025", "Sanders and Warren", "2025", "2025", false},
		{"2025-13", "", "", "", true},
		{"2026 2025", "", "", "", true},
		{"March 2026", "", "2026-03", "2026-03", false},
		{"water restrictions 2 Dec 2025", "water restrictions", "2025-12-02", "2025-12-02", false},
		{"Putin Mar 2025 to Dec 2025", "Putin", "2025-03", "2025-12", false},
		{"Putin 2025-03 to 2025-12", "Putin", "2025-03", "2025-12", false},
		{"talks to May 2026", "talks to", "2026-05", "2026-05", false},
		{"March", "March", "", "", false},
		{"14/08/2026", "", "2026-08-14", "2026-08-14", false},
		{"strike 08/14/2026", "strike", "2026-08-14", "2026-08-14", false},
		{"05.05.2026", "", "2026-05-05", "2026-05-05", false},
		{"since 14-08-2026", "", "2026-08-14", "", false},
		{"Putin 13/3/2026 to 14/3/2026", "Putin", "2026-03-13", "2026-03-14", false},
		{"31/02/2026", "", "", "", true},
		{"03/04/2026", "", "", "", true},
		{"01/09/2026 14/10/2026", "", "2026-09-01", "2026-10-14", false},
		{"08/09/2026 to 08/13/2026", "", "2026-08-09", "2026-08-13", false},
		{"14/08/2026 08/14/2026", "", "2026-08-14", "2026-08-14", false},
		{"14 Aug 2026", "", "2026-08-14", "2026-08-14", false},
		{"14 Aug 2026 to 20 Aug 2026", "", "2026-08-14", "2026-08-20", false},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%q", tt.args), func(t *testing.T) {
			s, f, to, err := parseTimelineArgs(tt.args)
			if (err != nil) != tt.bad {
				t.Fatalf("error = %v, want error %v", err, tt.bad)
			}
			if !tt.bad && (s != tt.subject || f != tt.from || to != tt.to) {
				t.Errorf("got %q %q %q, want %q %q %q", s, f, to, tt.subject, tt.from, tt.to)
			}
		})
	}
}

func TestPaginateKeepsRowsAndCitationsWhole(t *testing.T) {
	a := Answer{Title: "Timeline", Header: "head"}
	for i := 1; i <= 40; i++ {
		a.Citations = append(a.Citations, Citation{N: i, Article: fmt.Sprintf("a%d.txt", i), Source: "Outlet", Published: "2025-12-03", Title: fmt.Sprintf("Title %d", i), URL: "https://example.com/" + strings.Repeat("x", 40)})
		a.Rows = append(a.Rows, Row{Text: fmt.Sprintf("**row %d** %s [%d]", i, strings.Repeat("word ", 30), i), Cites: []int{i}})
	}
	l := Limits{Body: 1000, Total: 1900, Rows: 10, Sources: 10}
	pages := a.Paginate(l)
	if len(pages) < 2 {
		t.Fatalf("got %d pages, want several", len(pages))
	}
	rows := 0
	for i, p := range pages {
		if p.N != i+1 || p.Total != len(pages) {
			t.Errorf("page %d numbered %d of %d", i+1, p.N, p.Total)
		}
		if n := len([]rune(p.Render())); n > l.Total {
			t.Errorf("page %d renders %d characters, over %d", p.N, n, l.Total)
		}
		if len([]rune(p.Body)) > l.Body {
			t.Errorf("page %d body over the limit", p.N)
		}
		n := strings.Count(p.Body, "**row ")
		rows += n
		if len(p.Sources) != n {
			t.Errorf("page %d has %d rows but %d sources", p.N, n, len(p.Sources))
		}
		if p.Remaining != 40-rows {
			t.Errorf("page %d says %d remain, want %d", p.N, p.Remaining, 40-rows)
		}
	}
	if rows != 40 {
		t.Errorf("pages hold %d rows, want 40", rows)
	}
}

func TestPaginateShortensAnOversizedRowButKeepsItsCitation(t *testing.T) {
	a := Answer{Title: "t", Rows: []Row{{Text: strings.Repeat("long ", 1000) + "[1]", Cites: []int{1}}},
		Citations: []Citation{{N: 1, Source: "S", Title: "T"}}}
	pages := a.Paginate(TextLimits)
	if len(pages) != 1 || len(pages[0].Sources) != 1 {
		t.Fatalf("got %d pages, %v", len(pages), pages)
	}
	if n := len([]rune(pages[0].Render())); n > TextLimits.Total {
		t.Errorf("rendered %d characters", n)
	}
}

func TestSourcesOfOneArticleShareALine(t *testing.T) {
	a := Answer{Rows: []Row{{Text: "x [1]", Cites: []int{1}}, {Text: "y [2]", Cites: []int{2}}, {Text: "z [3]", Cites: []int{3}}},
		Citations: []Citation{
			{N: 1, Article: "a.txt", Source: "Wire", Title: "A"},
			{N: 2, Article: "b.txt", Source: "Paper", Title: "B"},
			{N: 3, Article: "a.txt", Source: "Wire", Title: "A"},
		}}
	got := a.Paginate(TextLimits)[0].Sources
	want := []string{`[1][3] Wire, "A"`, `[2] Paper, "B"`}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("sources = %q, want %q", got, want)
	}
}

func TestAnOversizedRowKeepsItsCitationMarkers(t *testing.T) {
	a := Answer{Rows: []Row{{Text: strings.Repeat("word ", 2000) + "[1][2]", Cites: []int{1, 2}}},
		Citations: []Citation{{N: 1, Article: "a", Title: "A"}, {N: 2, Article: "b", Title: "B"}}}
	body := a.Paginate(TextLimits)[0].Body
	if !strings.HasSuffix(body, "… [1][2]") && !strings.HasSuffix(body, "…[1][2]") {
		t.Errorf("shortened row lost its markers: …%q", body[max(0, len(body)-30):])
	}
}

func TestEscape(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"markdown is shown as typed", "**bold** _it_ `code` ~x~ a|b", `\*\*bold\*\* \_it\_ \` + "`code\\`" + ` \~x\~ a\|b`},
		{"a mention cannot ping", "@everyone", "@\u200beveryone"},
		{"direction overrides are dropped", "abc\u202edef\u2066g\u2069", "abcdefg"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := escape(tt.in); got != tt.want {
				t.Errorf("escape(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTimelineReadsAMonthWithoutItsYear(t *testing.T) {
	names := map[string]kb.EntityRef{"Sudan": {ID: 3, Name: "Sudan"}, "Theresa May": {ID: 4, Name: "Theresa May"}}
	tests := []struct {
		name, args string
		entity     int64
		topic      string
		month      int
		title      string
	}{
		{"a month alone is that month of any year", "December", 0, "", 12, "Timeline in December"},
		{"a short month name is a month", "Dec", 0, "", 12, "Timeline in December"},
		{"a name and a month", "Sudan December", 3, "", 12, "Timeline: Sudan in December"},
		{"a topic and a month", "truce Nov", 0, "truce", 11, "Timeline: truce in November"},
		{"a name ending in a month word is the name", "Theresa May", 4, "", 0, "Timeline: Theresa May"},
		{"a lower-case word that is also a month is a word", "protest march", 0, "protest march", 0, "Timeline: protest march"},
		{"a month with its year is a date", "December 2026", 0, "", 0, "Timeline in Dec 2026"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got *kb.TimelineQuery // the first query asked
			st := &fakeStore{
				find: func(q string) kb.Lookup {
					if e, ok := names[q]; ok {
						return kb.Lookup{Matches: []kb.EntityRef{e}, Named: true}
					}
					return kb.Lookup{}
				},
				timeline: func(q kb.TimelineQuery) []kb.TimelineRow {
					if got == nil {
						got = &q
					}
					return nil
				},
			}
			a, err := timeline(context.Background(), st, tt.args, chatRows)
			if err != nil {
				t.Fatal(err)
			}
			if got == nil || got.Entity != tt.entity || got.Topic != tt.topic || got.Month != tt.month || a.Title != tt.title {
				t.Errorf("query %+v, title %q; want entity %d, topic %q, month %d, title %q", got, a.Title, tt.entity, tt.topic, tt.month, tt.title)
			}
		})
	}
}

func TestAnEmptyTimelineOfOneDateSaysItIsThatPeriodAlone(t *testing.T) {
	tests := []struct {
		name, args, want string
	}{
		{"one day", "harbour 2026-04-09", "One date is that day alone; `!timeline harbour since 2026-04-09` reads on from it."},
		{"one month", "2026-04", "One date is that month alone; `!timeline since 2026-04` reads on from it."},
		{"one year", "harbour 2026", "One date is that year alone; `!timeline harbour since 2026` reads on from it."},
		{"a range says nothing of it", "harbour 2026-04 2026-05", ""},
		{"an open range says nothing of it", "harbour since 2026-04", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := &fakeStore{
				find:     func(string) kb.Lookup { return kb.Lookup{} },
				timeline: func(kb.TimelineQuery) []kb.TimelineRow { return nil },
			}
			a, err := timeline(context.Background(), st, tt.args, chatRows)
			if err != nil {
				t.Fatal(err)
			}
			if has := strings.Contains(a.Header, "One date is"); has != (tt.want != "") || tt.want != "" && !strings.Contains(a.Header, tt.want) {
				t.Errorf("header %q, want it to hold %q", a.Header, tt.want)
			}
		})
	}
}

func TestTimelineDateErrorGivesExamplesOfTheYearTyped(t *testing.T) {
	tests := []struct{ args, want string }{
		{"2026-13", `"2026-13" is not a date: use 2026, 2026-11 or 2026-11-30`},
		{"strike 2031-02-30", `"2031-02-30" is not a date: use 2031, 2031-11 or 2031-11-30`},
	}
	for _, tt := range tests {
		if _, _, _, err := parseTimelineArgs(tt.args); err == nil || err.Error() != tt.want {
			t.Errorf("parseTimelineArgs(%q) error = %v, want %q", tt.args, err, tt.want)
		}
	}
}

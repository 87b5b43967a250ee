package ingest

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDecodeText(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		want     string
		wantNote string
		wantErr  error
	}{
		{"UTF-8 comes back unchanged", "Zelenskiy said “no”.\r\n", "Zelenskiy said “no”.\r\n", "", nil},
		{"a UTF-8 byte order mark is kept so that offsets count the file's bytes", "\xef\xbb\xbfHello", "\ufeffHello", "", nil},
		{"a byte order mark before damaged UTF-8 is not read as Windows-1252", "\xef\xbb\xbfCaf\xe9", "\ufeffCaf\uFFFD", "1 invalid UTF-8 sequences replaced", nil},
		{"a byte order mark alone is an empty file", "\xef\xbb\xbf\n", "", "", errEmpty},
		{"UTF-16 little-endian with a byte order mark is decoded", "\xff\xfeH\x00i\x00 \x00\xac\x20", "Hi €", "decoded from UTF-16", nil},
		{"UTF-16 big-endian with a byte order mark is decoded", "\xfe\xff\x00H\x00i", "Hi", "decoded from UTF-16", nil},
		{"UTF-16 without a byte order mark is recognised", "T\x00a\x00l\x00k\x00s\x00 \x00e\x00n\x00d\x00", "Talks end", "decoded from UTF-16", nil},
		{"Windows-1252 text is decoded", "Caf\xe9 owners \x93protest\x94", "Café owners “protest”", "decoded from Windows-1252 (Latin-1)", nil},
		{"UTF-8 with a stray byte is repaired", "Caf\xc3\xa9 and na\xc3\xafve \xff", "Café and naïve \uFFFD", "1 invalid UTF-8 sequences replaced", nil},
		{"an empty file is refused", "", "", "", errEmpty},
		{"white space alone is refused", "\n \t", "", "", errEmpty},
		{"NUL bytes mark a binary file", "abc\x00def", "", "", errBinary},
		{"control characters mark a binary file", "\x01\x02\x03\x04abc", "", "", errBinary},
		{"mostly high bytes are an unknown encoding", "\xd0\xd2\xc9\xd7\xc5\xd4 \xcd\xc9\xd2", "", "", errUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, note, err := decodeText([]byte(tt.in))
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("error %v, want %v", err, tt.wantErr)
			}
			if got != tt.want || note != tt.wantNote {
				t.Errorf("got %q (%q), want %q (%q)", got, note, tt.want, tt.wantNote)
			}
		})
	}
}

func TestParseRecord(t *testing.T) {
	tests := []struct {
		name    string
		line    string
		want    Record
		wantErr string
	}{
		{"all fields are read",
			`{"id":"a1","title":" T ","source":"S","url":"U","published":"2025-12-03","text":"Body."}`,
			Record{ID: "a1", Title: "T", Source: "S", URL: "U", Published: "2025-12-03", Text: "Body."}, ""},
		{"unknown fields are ignored", `{"text":"Body.","lang":"en","tags":["a"]}`, Record{Text: "Body."}, ""},
		{"a numeric id is kept as written", `{"id":12.50,"text":"Body."}`, Record{ID: "12.50", Text: "Body."}, ""},
		{"a null id is absent", `{"id":null,"text":"Body."}`, Record{Text: "Body."}, ""},
		{"a byte order mark is dropped", "\ufeff" + `{"text":"Body."}`, Record{Text: "Body."}, ""},
		{"an object id is refused", `{"id":{},"text":"Body."}`, Record{}, "neither a string nor a number"},
		{"a wrongly typed field is refused", `{"title":3,"text":"Body."}`, Record{}, "not a JSON article object"},
		{"a truncated line is refused", `{"text":"Bo`, Record{}, "not a JSON article object"},
		{"an array is refused", `["text"]`, Record{}, "not a JSON article object"},
		{"two objects on a line are refused", `{"text":"a"} {"text":"b"}`, Record{}, "text after the object"},
		{"empty text is refused", `{"id":"x","text":" \n"}`, Record{}, "no text"},
		{"missing text is refused", `{"id":"x"}`, Record{}, "no text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseRecord([]byte(tt.line))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one with %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestParseManifest(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    map[string]Entry
		wantErr string
	}{
		{"entries are keyed by file", `[{"file":"a.txt","title":"A","published":"2025-01-02","date_note":"x"}]`,
			map[string]Entry{"a.txt": {File: "a.txt", Title: "A", Published: "2025-01-02"}}, ""},
		{"a leading ./ is dropped", `[{"file":"./a.txt"}]`, map[string]Entry{"a.txt": {File: "a.txt"}}, ""},
		{"an empty manifest is valid", `[]`, map[string]Entry{}, ""},
		{"an entry without a file is refused", `[{"title":"A"}]`, nil, "has no \"file\""},
		{"a file named twice is refused", `[{"file":"a.txt"},{"file":"a.txt"}]`, nil, "named twice"},
		{"an object is refused", `{"file":"a.txt"}`, nil, "not a JSON array"},
		{"broken JSON is refused", `[{"file":`, nil, "not a JSON array"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseManifest([]byte(tt.in))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one with %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestNormalizeDate(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"", "", true},
		{"2025-12-03", "2025-12-03", true},
		{" 2025-12-03 ", "2025-12-03", true},
		{"2025-12-03T23:30:00-05:00", "2025-12-03", true},
		{"2025-12-03 10:00", "2025-12-03", true},
		{"Wed, 03 Dec 2025 10:00:00 GMT", "2025-12-03", true},
		{"3 Dec 2025", "2025-12-03", true},
		{"December 3, 2025", "2025-12-03", true},
		{"3 December 2025", "2025-12-03", true},
		{"Wednesday, 3 December 2025", "2025-12-03", true},
		{"Dec. 3, 2025", "2025-12-03", true},
		{"Thu 23 Apr 2026 09:14 BST", "2026-04-23", true},
		{"Thu 23 Apr 2026", "2026-04-23", true},
		{"23 Apr 2026 09:14", "2026-04-23", true},
		{"Thu, 23 Apr 2026 09:14 BST", "2026-04-23", true},
		{"23 Apr 2026, 09:14 BST", "2026-04-23", true},
		{"Sunday 8 February 2026 18.05 GMT", "2026-02-08", true},
		{"Feb 8 2026 6:05pm", "2026-02-08", true},
		{"February 8, 2026 at 6:05 p.m. (UTC+1)", "2026-02-08", true},
		{"18:05 CET, 8 Feb 2026", "2026-02-08", true},
		{"Sun. 8 Feb. 2026", "2026-02-08", true},
		{"2026-02-08T18:05+01:00", "2026-02-08", true},
		{"08/02/2026", "", false},
		{"February 2026", "", false},
		{"Thu 2026", "", false},
		{"8 Feb 2026 18:05 yesterday", "", false},
		{"Someday 8 Feb 2026", "", false},
		{"8 Feb 2026 25:05", "", false},
		{"2025-13-03", "", false},
		{"2025-12", "", false},
		{"yesterday", "", false},
		{"2025-12-03junk", "", false},
	}
	for _, tt := range tests {
		t.Run("date "+tt.in, func(t *testing.T) {
			got, err := NormalizeDate(tt.in)
			if (err == nil) != tt.ok || got != tt.want {
				t.Errorf("NormalizeDate(%q) = %q, %v; want %q, ok %v", tt.in, got, err, tt.want, tt.ok)
			}
		})
	}
}

func TestFirstLine(t *testing.T) {
	long := strings.Repeat("word ", 100)
	tests := []struct {
		name, in, want string
	}{
		{"the first non-blank line is the title", "\n  \n  Title here \nBody", "Title here"},
		{"no text has no title", " \n ", ""},
		{"a long line is cut at a word", long, strings.TrimSpace(long[:maxTitleBytes-1])},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := FirstLine(tt.in)
			if got != tt.want || len(got) > maxTitleBytes || !utf8.ValidString(got) {
				t.Errorf("FirstLine = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTitleLine(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"the first line is the title", "Ferry sinks off Kessa\nThe ferry sank on Tuesday.", "Ferry sinks off Kessa"},
		{"a cookie banner is passed over", "We use cookies | Accept all | Manage settings\nFerry sinks off Kessa\nThe ferry sank.", "Ferry sinks off Kessa"},
		{"a navigation bar and a share line are passed over", "Home | World | Business | Sport\nShare this story\n\nFerry sinks off Kessa\n", "Ferry sinks off Kessa"},
		{"a byline is passed over for the story's first line", "By Ann Lee, 4 March 2026\nKESSA — The ferry sank on Tuesday.", "KESSA — The ferry sank on Tuesday."},
		{"a text of furniture alone keeps its first line", "Accept all cookies\nShare this story\n", "Accept all cookies"},
		{"no text has no title", " \n ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TitleLine(tt.in); got != tt.want {
				t.Errorf("TitleLine = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestStampDate(t *testing.T) {
	tests := []struct {
		name, story, want string
	}{
		{"an update stamp with a time", "Kessa count ends\nKessa Radio > Politics\nUpdated 9 March 2026, 18:05\n\nThe count ended on Saturday.", "2026-03-09"},
		{"a publication stamp with a colon and weekday", "Published: Thursday 5 March 2026 10:14 GMT\nThe count began.", "2026-03-05"},
		{"'last updated on' and a month-day-year date", "Last updated on March 9, 2026\nThe count ended.", "2026-03-09"},
		{"a line giving both is dated by the publication", "First published 4 March 2026 | Updated 5 March 2026\nThe count ended.", "2026-03-04"},
		{"a stamp after a byline field", "By Ann Lee · Posted 6 Mar 2026\nThe count ended.", "2026-03-06"},
		{"a label without a whole date dates nothing", "Updated March 2026\nThe count ended.", ""},
		{"prose opening with a label word dates nothing", "Published figures on 4 March 2026 showed a fall.\n", ""},
		{"updated figures are no stamp", "Updated figures showed a fall on 4 March 2026.\n", ""},
		{"a date alone on a line dates nothing", "4 March 2026\nThe count ended.", ""},
		{"a stamp far down the story dates nothing", strings.Repeat("The count went on.\n", 9) + "Updated 9 March 2026\n", ""},
		{"a weekday date with a time and zone under a byline", "Kessa Sport\nHome | Football | Subscribe\n\nRovers sign Ana Petrova\n\nBy Tom Reyes\nSat, 7 Mar 2026 21:40 EST\n\nRovers signed the defender on Saturday.", "2026-03-07"},
		{"a weekday date alone under the headline", "Kessa count ends\nThursday 5 March 2026\nThe count ended.", "2026-03-05"},
		{"a weekday date with its day cut short", "Kessa count ends\nTue 3 Mar 2026\nThe count ended.", "2026-03-03"},
		{"a weekday date after the first sentence dates nothing", "Kessa council writes to residents\nThe council wrote to every household.\nMonday, 2 March 2026\nDear resident,", ""},
		{"a weekday without a year dates nothing", "Kessa count ends\nMonday, 2 March\nThe count ended.", ""},
		{"a weekday date inside a line dates nothing", "Kessa count ends\nMonday, 2 March 2026: the count ends\nThe count ended.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, ok := stampDate(tt.story)
			if got != tt.want || ok != (tt.want != "") {
				t.Errorf("stampDate(%q) = %q, %v; want %q", tt.story, got, ok, tt.want)
			}
		})
	}
}

func TestDatelineDate(t *testing.T) {
	tests := []struct {
		name, story, want string
	}{
		{"a dateline with a day-month-year date and a dash", "KESSA, 4 March 2026 — The barrier gave way on Tuesday.", "2026-03-04"},
		{"a dateline with a month-day-year date and an agency", "Ferry sinks off Kessa\nBy Ann Lee\nPORT MORROW, March 4, 2026 (Harbour Wire) - The ferry sank on Tuesday.", "2026-03-04"},
		{"a place and date alone under the headline", "Kessa council falls\nKessa, 4 Mar 2026\nThe council lost the vote on Tuesday.", "2026-03-04"},
		{"a place with a comma of its own", "PORT MORROW, Kessa, 4 March 2026 – Crews worked overnight.", "2026-03-04"},
		{"a dateline without a year dates nothing", "KESSA, March 4 (Harbour Wire) - The ferry sank on Tuesday.", ""},
		{"a dateline without a date dates nothing", "KESSA — The ferry sank on Tuesday, 4 March 2026.", ""},
		{"a date inside the story dates nothing", "The ferry sank on 4 March 2026, officials said.", ""},
		{"a weekday and date line names no place", "Wednesday, 4 March 2026\nThe ferry sank.", ""},
		{"a day and month in figures may be either", "KESSA, 04/03/2026 — The ferry sank on Tuesday.", ""},
		{"a dateline far down the story dates nothing", strings.Repeat("The search went on.\n", 9) + "KESSA, 4 March 2026 — Crews found the hull.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, ok := datelineDate(tt.story)
			if got != tt.want || ok != (tt.want != "") {
				t.Errorf("datelineDate(%q) = %q, %v; want %q", tt.story, got, ok, tt.want)
			}
		})
	}
}

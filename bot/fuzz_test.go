package bot

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzParse(f *testing.F) {
	for _, s := range []string{"!who Ushakov", "!", "", "who", "/timeline 2025 2026", "!search \"a\" OR b*", "\xff\xfe!who", "!!!", "! who"} {
		f.Add(s, "!")
		f.Add(s, "")
	}
	f.Fuzz(func(t *testing.T, line, prefix string) {
		req, err := Parse(line, prefix)
		if err != nil {
			return
		}
		if req.Name == "" || strings.ContainsAny(req.Name, " \t\n") {
			t.Errorf("Parse(%q) gave command name %q", line, req.Name)
		}
		if !utf8.ValidString(req.Args) || req.Args != strings.TrimSpace(req.Args) {
			t.Errorf("Parse(%q) gave arguments %q", line, req.Args)
		}
	})
}

func FuzzTimelineArgs(f *testing.F) {
	for _, s := range []string{"", "Putin 2025-12", "2025-13", "2025-1-1 2025-12-31", "0000", "9999-99-99 x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, args string) {
		_, from, to, err := parseTimelineArgs(args)
		if err != nil {
			return
		}
		for _, d := range []string{from, to} {
			if d != "" && !dateArg.MatchString(d) {
				t.Errorf("%q gave date %q", args, d)
			}
		}
	})
}

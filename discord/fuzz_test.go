package discord

import (
	"strings"
	"testing"
	"unicode/utf8"

	"newsbot/bot"
)

func FuzzCommandLine(f *testing.F) {
	for _, s := range []string{"!who Ushakov", "<@42> who x", "<@!42>", "who", "", "!", "\xff\xfe", "<@42", "!!who"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, content string, dm bool) {
		line, ok := commandLine(content, dm, "42", "!")
		if !ok && line != "" {
			t.Errorf("not a command but line %q", line)
		}
		if ok && len(line) > len(content)+len("help") {
			t.Errorf("line %q longer than the message", line)
		}
		if ok {
			_, _ = bot.Parse(line, "")
		}
	})
}

func FuzzParsePageID(f *testing.F) {
	for _, s := range []string{"page:abc:1", "page::", "page:a:-1", "page:a:1:2", "x", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, id string) {
		key, n, ok := parsePageID(id)
		if ok && (key == "" || n < 0 || pageID(key, n) != id && !strings.HasPrefix(id, pagePrefix)) {
			t.Errorf("parsePageID(%q) = %q, %d", id, key, n)
		}
	})
}

// FuzzRenderEmbeds checks that any answer renders to embeds Discord
// accepts, and that every row within a page's budget is shown whole.
func FuzzRenderEmbeds(f *testing.F) {
	f.Add("Title", "Header", "row one [1]", 3, 200, "Outlet", "https://news.example/a")
	f.Add("", "", "", 0, 0, "", "")
	f.Add(strings.Repeat("T", 400), strings.Repeat("H", 5000), strings.Repeat("word ", 900), 30, 3, strings.Repeat("S", 300), "javascript:x")
	f.Add("\xff", "\x00", "[1][2][3]", 50, 1, "é", "https://x.example/(")
	f.Fuzz(func(t *testing.T, title, header, text string, rows, repeat int, source, url string) {
		rows = min(max(rows, 0), 80)
		repeat = min(max(repeat, 0), 400)
		a := bot.Answer{Title: title, Header: header}
		for i := 1; i <= rows; i++ {
			a.Citations = append(a.Citations, bot.Citation{N: i, Title: text, Source: source, URL: url})
			a.Rows = append(a.Rows, bot.Row{Text: strings.Repeat(text, 1+repeat%7), Cites: []int{i, 1 + (i*7)%rows}})
		}
		for _, e := range renderEmbeds(a, testInfo) {
			checkEmbed(t, *e)
			// Valid parts make a valid description ("\xc4" and "\x96" are
			// invalid apart, however their joining reads).
			if !utf8.ValidString(e.Description) && utf8.ValidString(header) && utf8.ValidString(text) {
				t.Error("description became invalid UTF-8")
			}
		}
	})
}

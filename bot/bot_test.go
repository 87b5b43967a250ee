package bot_test

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"newsbot/bot"
	"newsbot/kb"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// seedKB builds the knowledge base from the articles the bot ships with,
// once for the whole test binary.
var seedKB = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "newsbot-bot-test")
	if err != nil {
		return "", err
	}
	path := filepath.Join(dir, "kb.sqlite")
	_, err = kb.Build(context.Background(), kb.BuildOptions{DataDir: "../data", DBPath: path})
	return path, err
})

func mustBot(tb testing.TB) *bot.Bot {
	tb.Helper()
	path, err := seedKB()
	if err != nil {
		tb.Fatalf("build the seed knowledge base: %v", err)
	}
	s, err := kb.Open(context.Background(), path)
	if err != nil {
		tb.Fatalf("open: %v", err)
	}
	b := bot.New(s, bot.Options{})
	tb.Cleanup(func() { b.Close() })
	return b
}

// goldenCommands are answered on the seed articles and compared with
// testdata/golden. Run `go test ./bot -update` after a deliberate change.
var goldenCommands = []string{
	"!who Ushakov",
	"!who Zelenskiy",
	"!who Zelenskyy",
	"!who Witkof",
	"!who Steven Witkoff",
	"!who Putin",
	"!who Kremlin",
	"!who Micheal Martin",
	"!who Nobody Atall",
	"!timeline",
	"!timeline Putin",
	"!timeline 2025-12",
	"!timeline ceasefire 2025-03 2025-03",
	"!quotes Putin",
	"!quotes Ushakov",
	"!search ceasefire",
	"!search \"AND OR NEAR * ^ col:ceasefire",
	"!sources",
	"!sources ariana",
	"!help",
	"!help timeline",
	"!frobnicate",
}

func goldenName(cmd string) string {
	return strings.Trim(regexp.MustCompile(`[^a-z0-9]+`).ReplaceAllString(strings.ToLower(cmd), "_"), "_")
}

func TestCommandsMatchGoldenReplies(t *testing.T) {
	b := mustBot(t)
	for _, cmd := range goldenCommands {
		t.Run(cmd, func(t *testing.T) {
			a := b.Ask(context.Background(), cmd)
			js, err := json.MarshalIndent(a, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got := a.Text + "\n\n--- json ---\n" + string(js) + "\n"
			path := filepath.Join("testdata", "golden", goldenName(cmd)+".txt")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./bot -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("reply to %q differs from %s; run `go test ./bot -update` if the change is right.\ngot:\n%s", cmd, path, got)
			}
		})
	}
}

// TestEveryCitationIsVerbatim checks, for every citation of every command,
// that its snippet is exactly the article's bytes [start, end).
func TestEveryCitationIsVerbatim(t *testing.T) {
	b := mustBot(t)
	texts := map[string]string{}
	for _, cmd := range append(goldenCommands, "!who Trump", "!who Peskov", "!who Rubio", "!quotes Zelensky", "!quotes Zakharova", "!timeline Zelensky", "!search talks") {
		a := b.Ask(context.Background(), cmd)
		// A search of operators around one word finds nothing: the
		// operators are searched as words, and one word of several is no
		// answer.
		found := !strings.HasPrefix(a.Header, "No sentence in the articles")
		if len(a.Citations) == 0 && a.Error == "" && found && cmd != "!help" && cmd != "!help timeline" {
			t.Errorf("%s: no citations", cmd)
		}
		for _, c := range a.Citations {
			text, ok := texts[c.Article]
			if !ok {
				raw, err := os.ReadFile(filepath.Join("..", "data", filepath.FromSlash(c.Article)))
				if err != nil {
					t.Fatalf("%s: citation [%d] names article %q: %v", cmd, c.N, c.Article, err)
				}
				text = string(raw)
				texts[c.Article] = text
			}
			if c.Start < 0 || c.End > len(text) || c.Start >= c.End {
				t.Errorf("%s: citation [%d] has offsets %d-%d outside the article (%d bytes)", cmd, c.N, c.Start, c.End, len(text))
				continue
			}
			if text[c.Start:c.End] != c.Snippet {
				t.Errorf("%s: citation [%d] snippet is not the article's bytes %d-%d:\n got %q\nwant %q", cmd, c.N, c.Start, c.End, c.Snippet, text[c.Start:c.End])
			}
		}
	}
}

func TestRepliesNeverExceedAChatMessage(t *testing.T) {
	b := mustBot(t)
	for _, cmd := range goldenCommands {
		a := b.Ask(context.Background(), cmd)
		if n := len([]rune(a.Text)); n > 2000 {
			t.Errorf("%s: text is %d characters, over Discord's 2,000", cmd, n)
		}
	}
}

func TestHostileQueriesAreAnsweredNotCrashed(t *testing.T) {
	b := mustBot(t)
	for _, q := range []string{
		"!search \"", "!search NEAR(a b)", "!search *", "!search title:x", "!search \x00\x01", "!search \xff\xfe",
		"!who @everyone", "!who '; DROP TABLE articles; --", "!timeline 2025-13", "!timeline 2026 2025",
		"!quotes", "!who", "!search", "!" + strings.Repeat("x", 5000), "!search " + strings.Repeat("a ", 400),
	} {
		a := b.Ask(context.Background(), q)
		if a.Text == "" {
			t.Errorf("%q: empty reply", q)
		}
		if strings.Contains(a.Text, "@everyone") {
			t.Errorf("%q: reply can ping: %s", q, a.Text)
		}
	}
}

func TestASearchOfFunctionWordsAsksForAMoreSpecificOne(t *testing.T) {
	b := mustBot(t)
	for _, q := range []string{"!search the", "!search of the"} {
		if a := b.Ask(context.Background(), q); a.Error == "" || len(a.Rows) > 0 {
			t.Errorf("%s: error %q, %d rows; want a request for a more specific search", q, a.Error, len(a.Rows))
		}
	}
}

func TestASearchWithOrFindsEitherSide(t *testing.T) {
	b := mustBot(t)
	tests := []struct {
		query, header string
		rows          bool
	}{
		{"!search Ushakov OR Witkoff", "", true},
		{"!search zyzzogeton OR qwxvbnm", "No sentence in the articles holds any of these.", false},
		{"!search Ushakov \u2714\ufe0f", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			a := b.Ask(context.Background(), tt.query)
			if a.Header != tt.header || (len(a.Rows) > 0) != tt.rows {
				t.Errorf("%s: header %q, %d rows; want %q, rows %v", tt.query, a.Header, len(a.Rows), tt.header, tt.rows)
			}
		})
	}
}

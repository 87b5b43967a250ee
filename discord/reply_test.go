package discord

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"newsbot/bot"

	"github.com/bwmarrin/discordgo"
)

var update = flag.Bool("update", false, "rewrite golden files")

var testInfo = bot.Info{Articles: 5, Built: time.Date(2025, 12, 3, 10, 0, 0, 0, time.UTC)}

func manyCitations(rows, perRow int) bot.Answer {
	a := bot.Answer{Title: "Citations", Header: "Many sources"}
	n := 0
	for r := 0; r < rows; r++ {
		var cites []int
		var marks strings.Builder
		for k := 0; k < perRow; k++ {
			n++
			a.Citations = append(a.Citations, bot.Citation{N: n, Title: strings.Repeat("T", 200), Source: strings.Repeat("S", 80),
				URL: "https://news.example/" + strings.Repeat("p", 150), Published: "2025-12-01"})
			cites = append(cites, n)
			marks.WriteString("[" + itoa(n) + "]")
		}
		a.Rows = append(a.Rows, bot.Row{Text: "Row with many sources " + marks.String(), Cites: cites})
	}
	return a
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func TestEmbedsStayWithinDiscordLimits(t *testing.T) {
	tests := []struct {
		name     string
		ans      bot.Answer
		keepRows bool // every row must appear whole on some page
		dropMark bool // sources too big for any page: markers may go
	}{
		{"an answer without rows", bot.Answer{Title: "Sources", Citations: longAnswer(3).Citations}, false, false},
		{"an error", bot.Answer{Error: "Nothing found.", Ephemeral: true}, false, false},
		{"an empty answer", bot.Answer{}, false, false},
		{"sixty ordinary rows", longAnswer(60), true, false},
		{"rows longer than half a page", func() bot.Answer {
			a := longAnswer(12)
			for i := range a.Rows {
				a.Rows[i].Text = strings.Repeat("long ", 500) + "[1]"
				a.Rows[i].Cites = []int{1}
			}
			return a
		}(), true, false},
		{"a row longer than a whole page", func() bot.Answer {
			a := longAnswer(1)
			a.Rows[0].Text = strings.Repeat("enormous ", 2000) + "[1]"
			return a
		}(), false, false},
		{"rows longer than a page among short ones", func() bot.Answer {
			a := longAnswer(6)
			a.Rows[2].Text = strings.Repeat("enormous ", 2000) + " [3][1]"
			a.Rows[2].Cites = []int{3, 1}
			return a
		}(), false, false},
		{"rows citing many long sources", manyCitations(8, 5), true, false},
		{"a row citing more sources than one embed holds", manyCitations(2, 14), false, true},
		{"a huge title and header", func() bot.Answer {
			a := longAnswer(5)
			a.Title = strings.Repeat("Title ", 200)
			a.Header = strings.Repeat("Header ", 300)
			return a
		}(), true, false},
		{"multi-byte text", func() bot.Answer {
			a := longAnswer(20)
			for i := range a.Rows {
				a.Rows[i].Text = strings.Repeat("Ünïcödé 🗞️ ", 90) + " [" + itoa(i+1) + "]"
			}
			return a
		}(), true, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			embeds := renderEmbeds(tc.ans, testInfo)
			if len(embeds) == 0 {
				t.Fatal("no embeds")
			}
			var all strings.Builder
			for _, e := range embeds {
				checkEmbed(t, *e)
				all.WriteString(e.Description + "\n")
			}
			for i, r := range tc.ans.Rows {
				if m := trailingMarks.FindString(r.Text); m != "" && !tc.dropMark && !strings.Contains(all.String(), m) {
					t.Errorf("row %d lost its citation markers %q", i, m)
				}
			}
			if tc.keepRows {
				for i, r := range tc.ans.Rows {
					if !strings.Contains(all.String(), r.Text) {
						t.Errorf("row %d is not shown whole", i)
					}
				}
			}
		})
	}
}

func TestSourceFields(t *testing.T) {
	c := bot.Citation{N: 3, Title: "Talks [in] Moscow", Source: "Example News", Published: "2025-12-03", URL: "https://news.example/a"}
	tests := []struct {
		name      string
		edit      func(*bot.Citation)
		wantName  string
		wantValue string
	}{
		{"a full citation links its title", func(*bot.Citation) {}, "[3] Example News · 3 Dec 2025", `[Talks \[in\] Moscow](https://news.example/a)`},
		{"a citation without an address shows its title", func(c *bot.Citation) { c.URL = "" }, "[3] Example News · 3 Dec 2025", `Talks \[in\] Moscow`},
		{"an address that would break the link is not linked", func(c *bot.Citation) { c.URL = "https://x.example/a (b)" }, "[3] Example News · 3 Dec 2025", `Talks \[in\] Moscow`},
		{"a javascript address is not linked", func(c *bot.Citation) { c.URL = "javascript:alert(1)" }, "[3] Example News · 3 Dec 2025", `Talks \[in\] Moscow`},
		{"an unknown outlet and date", func(c *bot.Citation) { c.Source, c.Published = "", "" }, "[3] unknown outlet", `[Talks \[in\] Moscow](https://news.example/a)`},
		{"an untitled article uses its ID", func(c *bot.Citation) { c.Title, c.Article = "", "a.txt" }, "[3] Example News · 3 Dec 2025", "[a.txt](https://news.example/a)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cc := c
			tc.edit(&cc)
			f := sourceField([]int{cc.N}, map[int]bot.Citation{cc.N: cc})
			if f.Name != tc.wantName || f.Value != tc.wantValue {
				t.Errorf("got %q / %q, want %q / %q", f.Name, f.Value, tc.wantName, tc.wantValue)
			}
		})
	}
}

func TestRenderedPagesMatchGolden(t *testing.T) {
	embeds := renderEmbeds(longAnswer(14), testInfo)
	got, err := json.MarshalIndent(embeds, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "long_answer.golden.json")
	if *update {
		if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if strings.TrimSpace(string(want)) != strings.TrimSpace(string(got)) {
		t.Errorf("rendered pages differ from %s; run go test -update to accept", path)
	}
}

func TestFitEmbedShrinksAnOversizedEmbed(t *testing.T) {
	e := &discordgo.MessageEmbed{Title: "t", Description: strings.Repeat("d", 4000)}
	for i := 0; i < 25; i++ {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: strings.Repeat("n", 200), Value: strings.Repeat("v", 1000)})
	}
	fitEmbed(e)
	checkEmbed(t, *e)
}

func TestPageButtons(t *testing.T) {
	if got := pageButtons("k", 0, 1); len(got) != 0 {
		t.Errorf("one page has buttons: %+v", got)
	}
	row := pageButtons("k", 1, 3)[0].(discordgo.ActionsRow)
	prev, next := row.Components[0].(discordgo.Button), row.Components[1].(discordgo.Button)
	if prev.CustomID != "page:k:0" || next.CustomID != "page:k:2" || prev.Disabled || next.Disabled {
		t.Errorf("middle page buttons %+v %+v", prev, next)
	}
	last := pageButtons("k", 2, 3)[0].(discordgo.ActionsRow).Components[1].(discordgo.Button)
	if !last.Disabled {
		t.Error("Next is enabled on the last page")
	}
}

func BenchmarkRenderEmbeds(b *testing.B) {
	a := longAnswer(60)
	for b.Loop() {
		renderEmbeds(a, testInfo)
	}
}

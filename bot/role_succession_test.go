package bot_test

import (
	"context"
	"strings"
	"testing"

	"newsbot/bot"
)

func TestAWhoForAnOfficeAnswersItsLatestHolder(t *testing.T) {
	manifest := `[
 {"file": "fall.txt", "title": "Government falls", "source": "Paris Wire", "url": "https://a.example/1", "published": "2026-06-12"},
 {"file": "next.txt", "title": "New premier", "source": "Paris Dispatch", "url": "https://b.example/2", "published": "2026-06-17"},
 {"file": "drug.txt", "title": "Drug deal", "source": "Pharma Ledger", "url": "https://c.example/3", "published": "2026-08-14"}
]`
	b := corpusBot(t, map[string]string{
		"manifest.json": manifest,
		"fall.txt":      "Government falls\nPrime Minister Paul Marchetti lost a confidence vote on Thursday.\nMarchetti said he would stay on until a successor was found.\n",
		"next.txt":      "New premier\nLucie Garnier was confirmed as France's prime minister on Tuesday, five days after the government of Paul Marchetti fell.\nGarnier said she would form a cabinet this week.\n",
		"drug.txt":      "Drug deal\nBritish partner Castlegate Pharma plc holds the UK rights, its spokesman Tom Reed said.\nCastlegate Pharma shares rose, the Health Ministry said.\n",
	})
	tests := []struct {
		name, query string
		want        string // the one answer, or "" for none
	}{
		{"the office answers the holder an article names later", "!who the prime minister", "Lucie Garnier"},
		{"an office of a place answers its holder, not the place", "!who prime minister of France", "Lucie Garnier"},
		{"a former holder is the one before", "!who the former prime minister", "Paul Marchetti"},
		{"an outgoing premier is the prime minister before", "!who the outgoing premier", "Paul Marchetti"},
		{"a company is found without its legal form", "!who Castlegate Pharma plc", "Castlegate Pharma"},
		{"a minister is not offered a ministry", "!who the health minister", ""},
	}
	t.Run("the earlier holder's office is a former one", func(t *testing.T) {
		a := b.Ask(context.Background(), "!who Paul Marchetti")
		text := a.Paginate(bot.TextLimits)[0].Render()
		if !strings.Contains(text, "former Prime Minister") {
			t.Errorf("!who Paul Marchetti = %q, want the office as former", text)
		}
	})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := b.Ask(context.Background(), tt.query)
			text := a.Paginate(bot.TextLimits)[0].Render()
			if tt.want == "" {
				if a.Error == "" || strings.Contains(strings.ToLower(a.Error), "ministry") {
					t.Errorf("%s = %q (error %q), want no one and no ministry offered", tt.query, text, a.Error)
				}
				return
			}
			if a.Error != "" || !strings.HasPrefix(text, "**"+tt.want+" (") {
				t.Errorf("%s = %q (error %q), want %s", tt.query, text, a.Error, tt.want)
			}
		})
	}
}

func TestAWhoForAnOfficeOffersHoldersNoArticleSaysSucceededEachOther(t *testing.T) {
	manifest := `[
 {"file": "vn.txt", "title": "Floods", "source": "Hanoi Wire", "url": "https://a.example/1", "published": "2026-10-14"},
 {"file": "es.txt", "title": "Censure", "source": "Madrid Daily", "url": "https://b.example/2", "published": "2026-10-16"}
]`
	b := corpusBot(t, map[string]string{
		"manifest.json": manifest,
		"vn.txt":        "Floods\nPrime Minister Pham Minh Chinh toured the flooded district on Thursday.\n",
		"es.txt":        "Censure\nThe opposition tabled a motion against Prime Minister Ana Ortega Ruiz on Monday.\n",
	})
	a := b.Ask(context.Background(), "!who the prime minister")
	if a.Error == "" || !strings.Contains(a.Error, "Pham Minh Chinh") || !strings.Contains(a.Error, "Ana Ortega Ruiz") {
		t.Errorf("!who the prime minister = %q (error %q), want both prime ministers offered", a.Paginate(bot.TextLimits)[0].Render(), a.Error)
	}
}

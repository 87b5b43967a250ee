package bot_test

import (
	"context"
	"strings"
	"testing"

	"newsbot/bot"
)

func TestAWhoForARoleAnswersWithThePeopleTheArticlesDescribeSo(t *testing.T) {
	b := corpusBot(t, map[string]string{
		"health.txt": "Hospital attack\nHealth Secretary Anna Berg said on Monday the hospitals would reopen.\nBerg told reporters the attack was despicable.\n",
		"club.txt":   "Club news\nTreasurer Omar Lind said the accounts were sound.\nLind spoke after the annual meeting.\n",
		"bank.txt":   "Bank news\nTreasurer Mia Holt said rates would hold.\nHolt spoke in Oslo.\n",
		"vote.txt":   "Vote news\nParliament voted on Friday to remove Chancellor Erik Dahl.\nDahl was ousted after a budget defeat.\n",
	})
	tests := []struct {
		name, query string
		person      string   // the one person answered, found by role
		candidates  []string // or the people to choose from
		notFound    bool
	}{
		{"a role one person holds answers with them", "!who Health Secretary", "Anna Berg", nil, false},
		{"a role in lower case with an article", "!who the health secretary", "Anna Berg", nil, false},
		{"quotes by role", "!quotes Health Secretary", "Anna Berg", nil, false},
		{"a role several people hold lists them", "!who treasurer", "", []string{"Omar Lind", "Mia Holt"}, false},
		{"a role no one holds finds no one", "!who Foreign Secretary", "", nil, true},
		{"an office its holder left offers the former holder", "!who the chancellor", "", []string{"Erik Dahl"}, false},
		{"a former holder asked for is found by role", "!who former chancellor", "Erik Dahl", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := b.Ask(context.Background(), tt.query)
			text := a.Paginate(bot.TextLimits)[0].Render()
			switch {
			case tt.person != "":
				if a.Error != "" || !strings.Contains(text, tt.person) || !strings.Contains(text, "Found by role") {
					t.Errorf("%s = %q (error %q), want %s found by role", tt.query, text, a.Error, tt.person)
				}
			case tt.candidates != nil:
				got := strings.Join(a.Candidates, ", ")
				for _, c := range tt.candidates {
					if !strings.Contains(got, c) {
						t.Errorf("%s: candidates %q, want %s among them", tt.query, got, c)
					}
				}
			case tt.notFound:
				if !strings.Contains(a.Error, "found no one") {
					t.Errorf("%s: error %q, want no one found", tt.query, a.Error)
				}
			}
		})
	}
}

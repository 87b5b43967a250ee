package kb

import (
	"context"
	"strings"
	"testing"
)

func TestOtherWordings(t *testing.T) {
	tests := []struct {
		query, want string // want: the other variant's words, "" for none
		phrases     int
	}{
		{"interim CEO", "interim chief executive", 1},
		{"ceo resigns", "chief executive resigns", 1},
		{"CFO and COO", "chief financial and chief operating", 2},
		{"chief executive resigns", "ceo resigns", 0},
		{"chief financial officer Smith", "cfo Smith", 0},
		{"chief of staff", "", 0},
		{`"CEO" pay`, "", 0},
		{"revenue second quarter", "revenue three months june", 1},
		{"Q4 loss", "three months december loss", 1},
		{"second half", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			v, ok := otherWordings(parseSearch(tt.query))
			var words []string
			for _, c := range v.clauses {
				words = append(words, c.words...)
			}
			if got := strings.Join(words, " "); !ok && tt.want != "" || ok && (got != tt.want || len(v.phrases) != tt.phrases) {
				t.Errorf("otherWordings(%q) = %q (%d phrases), %v; want %q (%d)", tt.query, got, len(v.phrases), ok, tt.want, tt.phrases)
			}
		})
	}
}

func TestASearchForATitleOrAQuarterFindsItWrittenTheOtherWay(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.txt": "Board\nThe board named Jane Roe interim chief executive on Monday.\n",
		"b.txt": "Exit\nThe interim CEO of the rival firm left in May.\n",
		"c.txt": "Staff\nThe chief of the executive committee and an interim adviser met.\n",
		"d.txt": "Finance\nIts chief financial officer, Tom Poe, resigned on Friday.\n",
		"e.txt": "Finance\nThe CFO of the bank resigned in June.\n",
		"f.txt": "Results\nIn the three months to June 30, revenue fell 3.8% to £196.4 million.\n",
		"g.txt": "Results\nRevenue rose in the three months to March 31, and June was strong.\n",
		"h.txt": "Results\nSecond-quarter revenue rose 2%.\n",
	})
	tests := []struct {
		query string
		want  []string // a word of each sentence found, in any order
	}{
		{"interim CEO", []string{"Roe", "rival"}},
		{"interim chief executive", []string{"Roe", "rival", "committee"}},
		{"CFO resigned", []string{"Poe", "bank"}},
		{"chief financial officer resigned", []string{"Poe", "bank"}},
		// A quarter is the three months to its last day, not to another's.
		{"revenue second quarter", []string{"June 30", "Second-quarter"}},
		{"Q1 revenue", []string{"March 31"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			hits, err := s.Search(context.Background(), tt.query, 10)
			if err != nil {
				t.Fatal(err)
			}
			var texts []string
			for _, h := range hits {
				texts = append(texts, h.Text)
			}
			all := strings.Join(texts, "\n")
			if len(hits) != len(tt.want) {
				t.Errorf("Search(%q) = %d hits, want %d:\n%s", tt.query, len(hits), len(tt.want), all)
			}
			for _, w := range tt.want {
				if !strings.Contains(all, w) {
					t.Errorf("Search(%q) found no sentence with %q:\n%s", tt.query, w, all)
				}
			}
		})
	}
}

func TestOfficerPhrases(t *testing.T) {
	tests := []struct {
		forms []string
		want  string
	}{
		{[]string{"CFO"}, "chief financial"},
		{[]string{"ceo", "ceos"}, "chief executive"},
		{[]string{"chief"}, ""},
		{[]string{"resignation", "resigned"}, ""},
	}
	for _, tt := range tests {
		if got := strings.Join(officerPhrases(tt.forms), "|"); got != tt.want {
			t.Errorf("officerPhrases(%q) = %q, want %q", tt.forms, got, tt.want)
		}
	}
}

func TestTimelineTopicOfATitleAndAKindFindsTheTitleSpelledOut(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.jsonl": `{"id":"a","title":"Bank news","source":"Wire","published":"2026-05-08","text":"The lender said on Friday that its chief financial officer, Ada Vance, had resigned.\nThe lender opened a branch on Thursday."}` + "\n",
	})
	if got, want := timelineDates(t, s, TimelineQuery{Topic: "CFO resignation", Limit: 10}), "2026-05-08"; got != want {
		t.Errorf("Timeline(CFO resignation) dates %q, want %q", got, want)
	}
}

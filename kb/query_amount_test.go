package kb

import (
	"context"
	"slices"
	"strings"
	"testing"
)

func TestParseSearchKeepsAmountsWhole(t *testing.T) {
	amount := func(words string, alts ...string) searchClause {
		c := searchClause{words: strings.Fields(words), quoted: true}
		for _, a := range alts {
			c.alts = append(c.alts, strings.Fields(a))
		}
		return c
	}
	word := func(w string) searchClause { return searchClause{words: []string{w}} }
	tests := []struct {
		name, in string
		want     []searchClause
	}{
		{"an abbreviated amount is also searched spelled out", "£38m", []searchClause{amount("38 million", "38m", "38mn")}},
		{"a spelled amount is also searched abbreviated", "£38 million bid", []searchClause{amount("38 million", "38m", "38mn"), word("bid")}},
		{"a decimal amount keeps the index's words", "$1.5bn deal", []searchClause{amount("1 5 billion", "1 5bn", "1 5b"), word("deal")}},
		{"a capital magnitude is an amount", "€2BN", []searchClause{amount("2 billion", "2bn", "2b")}},
		{"a thousand", "£500k", []searchClause{amount("500 thousand", "500k")}},
		{"a count spelled out is an amount", "38 million people", []searchClause{amount("38 million", "38m", "38mn"), word("people")}},
		{"an abbreviation without a currency is no amount", "a 38m yacht", []searchClause{word("a"), word("38m"), word("yacht")}},
		{"a number glued to a letter is no amount", "A38 million", []searchClause{word("A38"), word("million")}},
		{"a quoted amount is searched as written", `"£38m"`, []searchClause{{words: []string{"38m"}, quoted: true}}},
	}
	same := func(a, b searchClause) bool {
		return a.quoted == b.quoted && slices.Equal(a.words, b.words) && slices.EqualFunc(a.alts, b.alts, slices.Equal)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := parseSearch(tt.in); !slices.EqualFunc(got, tt.want, same) {
				t.Errorf("parseSearch(%q) = %+v, want %+v", tt.in, got, tt.want)
			}
		})
	}
}

func TestSearchFindsAnAmountWrittenEitherWay(t *testing.T) {
	s := storeOf(t, map[string]string{
		"transfer.txt": "Transfer\nRedbridge have accepted a £38 million bid for the striker.\n",
		"deal.txt":     "Deal\nThe group agreed a $1.5bn takeover of its rival on Monday.\n",
		"yacht.txt":    "Harbour\nA 38m yacht ran aground near the harbour on Sunday.\n",
	})
	// The index holds no currency: "£38m" finds the 38m yacht too, and
	// the test asks only for the sentences the amount must or must not find.
	tests := []struct {
		query, want, not string
	}{
		{"£38m", "£38 million", "$1.5bn"},
		{"£38mn bid", "£38 million", "yacht"},
		{"$1.5 billion takeover", "$1.5bn", "£38 million"},
		{"$1.5bn", "$1.5bn", "£38 million"},
		{"38m yacht", "38m yacht", "£38 million"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			hits, err := s.Search(context.Background(), tt.query, 5)
			if err != nil {
				t.Fatal(err)
			}
			var texts []string
			for _, h := range hits {
				texts = append(texts, h.Text)
			}
			all := strings.Join(texts, "\n")
			if !strings.Contains(all, tt.want) || strings.Contains(all, tt.not) || hits[0].Partial {
				t.Errorf("Search(%q) found:\n%s\nwant a whole match with %q and none with %q", tt.query, all, tt.want, tt.not)
			}
		})
	}
}

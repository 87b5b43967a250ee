package kb

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// amount is the clause of a phrase searched with its alternatives.
func amount(words string, alts ...string) searchClause {
	c := searchClause{words: strings.Fields(words), quoted: true}
	for _, a := range alts {
		c.alts = append(c.alts, strings.Fields(a))
	}
	return c
}

func TestParseSearchKeepsAmountsWhole(t *testing.T) {
	word := func(w string) searchClause { return searchClause{words: []string{w}} }
	tests := []struct {
		name, in string
		want     []searchClause
	}{
		{"an abbreviated amount is also searched spelled out and in digits", "£38m", []searchClause{amount("38 million", "38m", "38mn", "38 000 000", "38000000")}},
		{"a spelled amount is also searched abbreviated", "£38 million bid", []searchClause{amount("38 million", "38m", "38mn", "38 000 000", "38000000"), word("bid")}},
		{"a decimal amount keeps the index's words", "$1.5bn deal", []searchClause{amount("1 5 billion", "1 5bn", "1 5b", "1 500 000 000", "1500000000"), word("deal")}},
		{"a capital magnitude is an amount", "€2BN", []searchClause{amount("2 billion", "2bn", "2b", "2 000 000 000", "2000000000")}},
		{"a thousand", "£500k", []searchClause{amount("500 thousand", "500k", "500 000", "500000")}},
		{"a count spelled out is an amount", "38 million people", []searchClause{amount("38 million", "38m", "38mn", "38 000 000", "38000000"), word("people")}},
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

func TestParseSearchKeepsNumbersWhole(t *testing.T) {
	number := amount
	word := func(w string) searchClause { return searchClause{words: []string{w}} }
	tests := []struct {
		name, in string
		want     []searchClause
	}{
		{"plain digits are also searched grouped", "212000 cars", []searchClause{number("212000", "212 000"), word("cars")}},
		{"grouped digits are also searched plain", "212,000", []searchClause{number("212 000", "212000")}},
		{"a round million is also searched in words", "1,500,000", []searchClause{number("1 500 000", "1500000", "1 5 million", "1 5m", "1 5mn")}},
		{"an amount is also searched in digits", "$1.5m", []searchClause{amount("1 5 million", "1 5m", "1 5mn", "1 500 000", "1500000")}},
		{"four bare digits are also searched grouped", "2011", []searchClause{number("2011", "2 011")}},
		{"three digits are left alone", "512", []searchClause{word("512")}},
		{"a decimal part is no whole number", "212,000.5", []searchClause{word("212"), word("000"), word("5")}},
		{"a leading zero is no number", "01234", []searchClause{word("01234")}},
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

func TestSearchFindsANumberWrittenEitherWay(t *testing.T) {
	s := storeOf(t, map[string]string{
		"recall.txt": "Recall\nThe carmaker is recalling 212,000 vehicles over faulty airbags.\n",
		"fine.txt":   "Fine\nThe regulator fined the bank 1.5 million pounds on Monday.\n",
		"count.txt":  "Count\nOrganisers counted 48210 runners at the start on Sunday.\n",
		"net.txt":    "Results\nNet profit was 3,212,000 dlrs in the quarter, up from 1,500,000,000 dlrs.\n",
		"jobs.txt":   "Jobs\nThe plant will cut 1,512 jobs by 1998.\n",
		"rate.txt":   "Rate\nThe index closed at 1.512 points, a level last seen in 1997.\n",
	})
	tests := []struct{ query, want string }{
		{"212000", "212,000"},
		{"1512", "1,512"},
		{"1998", "by 1998"},
		{"212,000 vehicles", "212,000"},
		{"1,500,000", "1.5 million"},
		{"48,210", "48210"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			hits, err := s.Search(context.Background(), tt.query, 5)
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) != 1 || hits[0].Partial || !strings.Contains(hits[0].Text, tt.want) {
				t.Errorf("Search(%q) = %+v, want one whole match, with %q", tt.query, hits, tt.want)
			}
		})
	}
}

func TestANumberInsideALargerOneIsNoMatch(t *testing.T) {
	tests := []struct {
		name, text string
		numbers    []string
		want       bool
	}{
		{"the number grouped", "Net 212,000 vs 653,000", []string{"212000"}, false},
		{"inside a larger one", "Net 3,212,000 vs 653,000", []string{"212000"}, true},
		{"inside a larger one and whole too", "Net 3,212,000 vs 212,000", []string{"212000"}, false},
		{"with a decimal part", "Sales were 212,000.5 units", []string{"212000"}, true},
		{"written in words", "The bank fined it 1.5 million pounds", []string{"1500000"}, false},
		{"its digits as a decimal", "The index closed at 1.512", []string{"1512"}, true},
		{"four digits grouped", "The plant will cut 1,512 jobs", []string{"1512"}, false},
		{"not there at all", "Shares rose", []string{"212000"}, false},
		{"no number searched", "Net 3,212,000", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := insideLarger(tt.text, tt.numbers); got != tt.want {
				t.Errorf("insideLarger(%q, %v) = %v, want %v", tt.text, tt.numbers, got, tt.want)
			}
		})
	}
}

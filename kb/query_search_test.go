package kb

import (
	"context"
	"slices"
	"strings"
	"testing"
)

func TestInflectionWeightPrefersANounsFormsForAPlural(t *testing.T) {
	tests := []struct {
		name, typed, form string
		want              float64
	}{
		{"a plural's singular", "bridges", "bridge", otherWeight},
		{"a plural's past tense", "bridges", "bridged", otherWeight * verbFormWeight},
		{"a plural's -ing form", "strikes", "striking", otherWeight * verbFormWeight},
		{"a plural's -ings plural", "bombs", "bombings", otherWeight},
		{"a base's past tense", "bridge", "bridged", otherWeight},
		{"a past tense's plural", "flooded", "floods", otherWeight},
		{"a word in -ss is no plural", "press", "pressed", otherWeight},
		{"a word in -us is no plural", "focus", "focused", otherWeight},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := inflectionWeight(tt.typed, tt.form); got != tt.want {
				t.Errorf("inflectionWeight(%q, %q) = %v, want %v", tt.typed, tt.form, got, tt.want)
			}
		})
	}
}

func TestSearchForAPluralRanksTheNounAboveTheVerb(t *testing.T) {
	s := storeOf(t, map[string]string{
		"jazz.txt":    "Jazz\nThe trumpeter bridged bebop and soul.\n",
		"river.txt":   "River\nThe old river bridge collapsed on Monday evening during the rush hour.\n",
		"bridges.txt": "Roads\nAll bridges of the same design will close for inspection.\n",
	})
	hits, err := s.Search(context.Background(), "bridges", 5)
	if err != nil || len(hits) != 3 {
		t.Fatalf("Search = %+v, %v; want 3 hits", hits, err)
	}
	for i, want := range []string{"bridges", "bridge", "bridged"} {
		if !holdsWord(strings.ToLower(hits[i].Text), want) {
			t.Errorf("hit %d is %q, want one with %q", i+1, hits[i].Text, want)
		}
	}
}

func TestASearchShowsOnlySentencesWithEnoughOfItsWords(t *testing.T) {
	s := storeOf(t, map[string]string{
		"budget.txt": "Budget\nThe economist said fiscal policy was working against the bank.\n",
		"mine.txt":   "Mine\nWorkers at the copper mine went on strike on Monday.\n",
		"shares.txt": "Shares\nHalcyon shares rose 1.5% overnight.\n",
	})
	tests := []struct {
		name, query, want string // want "": no sentence at all
	}{
		{"of two words the one found is shown as partial", "Privacy policy", "fiscal policy"},
		{"a function word does not count", "All rights reserved", ""},
		{"a lone number of markup is no answer", "<script>alert(1)</script>", ""},
		{"a repeated word counts once", "' OR 1=1; DROP TABLE articles; --", ""},
		{"three words of four are shown as partial", "copper mine strike Chile", "copper mine"},
		{"a phrase and a word of three are shown as partial", `"copper mine" strike Peru`, "copper mine"},
		{"a phrase alone of three words is no answer", `"fiscal policy" privacy cookies`, ""},
		{"a small number does not count", "shares 1 plunge", "Halcyon shares"},
		{"one word of three is no answer", "fiscal cookies banner", ""},
		{"a small number alone is searched", "1", "1.5%"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := s.Search(context.Background(), tt.query, 5)
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case tt.want == "" && len(hits) > 0:
				t.Errorf("Search(%q) = %q, want nothing", tt.query, hits[0].Text)
			case tt.want != "" && (len(hits) != 1 || hits[0].Partial != (len(Terms(tt.query)) > 1) || !strings.Contains(hits[0].Text, tt.want)):
				t.Errorf("Search(%q) = %+v, want one match with %q, partial for several words", tt.query, hits, tt.want)
			}
		})
	}
}

func TestSearchForAPercentageKeepsItsPercentForm(t *testing.T) {
	s := storeOf(t, map[string]string{
		"football.txt": "Football\nBrighton 3-1 Aston Villa.\n",
		"shares.txt":   "Shares\nShares in the engine maker rose 3% in early trading on Tuesday after the company raised its forecast for the year.\n",
		"rates.txt":    "Rates\nThe central bank said on Thursday that inflation would stay near 3 per cent next year despite higher energy prices.\n",
		"poll.txt":     "Poll\nSupport for the plan fell to between 3 and 5 per cent among young voters in the survey.\n",
	})
	tests := []struct {
		query string
		want  int
	}{
		{"3%", 3},
		{"7%", 0},
		{"Brighton 1%", 1}, // no sentence writes 1%: the number as written answers
		// The words of the sign are the sign: "3 per cent" finds "3%".
		{"3 per cent", 3},
		{"3 percent", 3},
		{"rose 3 pct", 1},
		// The word after no number finds the sign alone.
		{"shares rise percent", 1},
		{"inflation per cent", 1},
		// With no sentence writing a percentage beside the other words,
		// the word is searched as typed: here the rarer word answers.
		{"Brighton percent", 1},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			hits, err := s.Search(context.Background(), tt.query, 5)
			if err != nil || len(hits) != tt.want {
				t.Fatalf("Search(%q) = %+v, %v; want %d hits", tt.query, hits, err, tt.want)
			}
			for i, h := range hits {
				if strings.HasPrefix(tt.query, "3") && strings.Contains(h.Text, "3-1") {
					t.Errorf("hit %d is %q, want a percentage", i+1, h.Text)
				}
			}
		})
	}
}

func TestWrittenPercents(t *testing.T) {
	tests := []struct {
		name, s string
		want    []string
	}{
		{"a sign", "rose 3%", []string{"3"}},
		{"a range", "between 15 and 20 per cent", []string{"20", "15"}},
		{"a range with a dash", "15-20%", []string{"20", "15"}},
		{"a score is none", "won 3-1", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := writtenPercents(tt.s); !slices.Equal(got, tt.want) {
				t.Errorf("writtenPercents(%q) = %q, want %q", tt.s, got, tt.want)
			}
		})
	}
}

func TestPercents(t *testing.T) {
	tests := []struct {
		name, s string
		want    []string
	}{
		{"a sign", "rose 3%", []string{"3"}},
		{"words", "4.5 per cent and 12 percent", []string{"4.5", "12"}},
		{"the decimal part of another number is none", "31.4% of the vote", []string{"31.4"}},
		{"a score is none", "won 3-1", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := percents(tt.s); !slices.Equal(got, tt.want) {
				t.Errorf("percents(%q) = %q, want %q", tt.s, got, tt.want)
			}
		})
	}
}

func TestOnlyFunctionWords(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"the", true},
		{"Of The", true},
		{`"the"`, false}, // a quoted phrase is searched as written
		{"the talks", false},
		{"th*", false},
		{"That's all from us", false}, // a contraction is searched as written
		{"don't", false},
		{"O'Brien", false},
		{"Mayor's", false},
		{"<@123> **the**", true},
		{"", false},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := OnlyFunctionWords(tt.q); got != tt.want {
				t.Errorf("OnlyFunctionWords(%q) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}

func TestASearchOfTwoWordsNoSentenceHoldsShowsTheRarerOne(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.txt": "Health\nThe vaccine rollout starts in June.\nThe vaccine was approved.\nThe date was set by ministers.\n",
		"b.txt": "Talks\nThe talks were near collapse, the mediator said.\n",
		"d.txt": "Offer\nThe mediator's offer was turned down.\n",
		"c.txt": "Calendar\nThe date of the vote was moved.\n",
	})
	tests := []struct {
		name, query, only string
		want              int
		partial           bool
	}{
		{"the rarer word of two is shown", "rollout date", "rollout", 1, true},
		{"the rarer word is shown wherever it is typed", "date rollout", "rollout", 1, true},
		{"a word no sentence holds is passed over", "vaccine zyzzogeton", "vaccine", 2, true},
		{"both words together need no fallback", "vaccine rollout", "", 1, false},
		{"an operator in capitals is no word", "NEAR(vaccine", "", 2, false},
		{"a column filter searches the word after it", "date:vaccine", "", 2, false},
		{"braces of columns search the word after them", "{title text}:rollout", "", 1, false},
		{"operators joining words are dropped", "vaccine AND rollout", "", 1, false},
		{"NOT and stars are words", `"vaccine NOT ^rollout* OR`, "", 1, true},
		{"an operator alone is a word", "NEAR", "", 1, false},
		{"an unbalanced bracket is a separator", "(vaccine rollout", "", 1, false},
		{"a colon before a space keeps its word", "Vaccine: june", "", 1, false},
		{"emphasis stars and mentions are no part of a search", "**vaccine** <@123> __rollout__", "", 1, false},
		{"a mention of everyone is no word", "<@!42> <#7> @everyone ~~vaccine~~", "", 2, false},
		{"a possessive searches the word with its 's", "mediator's offer", "", 1, false},
		{"a possessive no sentence writes searches its noun", "collapse's", "", 1, false},
		{"a contraction is no one-letter word", "that's mediator", "mediator", 2, true},
		{"OR between words finds the sentences of either", "rollout OR collapse", "", 2, false},
		{"OR between a phrase and a prefix finds either", `"vaccine rollout" OR mediat*`, "", 3, false},
		{"OR sides of several words need all their words", "vaccine approved OR mediator offer", "", 2, false},
		{"an emoji is no word", "rollout ❤️", "", 1, false},
		{"an emoji's variation selector is no word", "vaccine \u2764\ufe0f approved", "", 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := s.Search(context.Background(), tt.query, 5)
			if err != nil {
				t.Fatalf("Search(%q): %v", tt.query, err)
			}
			if len(hits) != tt.want {
				t.Fatalf("Search(%q) = %d hits, want %d: %+v", tt.query, len(hits), tt.want, hits)
			}
			if hits[0].Only != tt.only || hits[0].Partial != tt.partial {
				t.Errorf("Search(%q) holds only %q (partial %v), want %q", tt.query, hits[0].Only, hits[0].Partial, tt.only)
			}
		})
	}
}

func TestASearchForADecimalNoSentenceHoldsFindsNoPieceOfIt(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.txt": "Markets\nShares fell 2 points on Monday.\nGrowth was 6 percent last year.\nInflation hit 4.5% in May.\n",
		"b.txt": "Fine\nThe regulator fined the payroll firm €18.5m on Friday.\nIt reported a pre-tax loss of £18.7 million in the half.\n" +
			"Rents in the capital rose 18.5% over the year.\nTwo men aged 18, 5 others and a child were hurt.\nThe loan costs 118.5 basis points more.\n",
	})
	tests := []struct {
		name, query string
		want        int
	}{
		{"a percentage no sentence holds finds nothing", "6.2%", 0},
		{"a decimal no sentence holds finds nothing", "6.2", 0},
		{"a decimal beside a word no sentence holds together finds nothing", "6.2% growth", 0},
		{"a decimal a sentence holds is found", "4.5%", 1},
		{"a decimal finds it with a currency, a magnitude or a percent sign, and no other number", "18.5", 2},
		{"a decimal with a percent sign keeps the percentage", "18.5%", 1},
		{"an amount finds its abbreviation", "€18.5 million", 1},
		{"another decimal of the same whole part is no match", "18.7", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := s.Search(context.Background(), tt.query, 5)
			if err != nil {
				t.Fatalf("Search(%q): %v", tt.query, err)
			}
			if len(hits) != tt.want {
				t.Errorf("Search(%q) = %d hits, want %d: %+v", tt.query, len(hits), tt.want, hits)
			}
		})
	}
}

func TestASearchForAMonthFindsItsShortForms(t *testing.T) {
	s := storeOf(t, map[string]string{
		"update.txt":  "Update\nA Christmas trading update is due on 20 Nov, the retailer said.\n",
		"council.txt": "Council\nThe council will vote on Nov. 20 on the budget.\n",
		"other.txt":   "Other\nThe harbour reopened on 20 March after repairs.\n",
	})
	tests := []struct {
		query string
		want  int
	}{
		{"20 November", 2},
		{"november", 2},
		{"Nov", 2},
		{"20 March", 1},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			hits, err := s.Search(context.Background(), tt.query, 5)
			if err != nil || len(hits) != tt.want {
				t.Fatalf("Search(%q) = %+v, %v; want %d hits", tt.query, hits, err, tt.want)
			}
		})
	}
}

func TestMonthSpellings(t *testing.T) {
	tests := []struct {
		word string
		want []string
	}{
		{"November", []string{"nov"}},
		{"Sept", []string{"september", "sep"}},
		{"mar", nil},
		{"Mar", []string{"march"}},
		{"budget", nil},
	}
	for _, tt := range tests {
		if got := monthSpellings(tt.word); !slices.Equal(got, tt.want) {
			t.Errorf("monthSpellings(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestOrAlternativesSplitsASearchAtOrBetweenWords(t *testing.T) {
	tests := []struct {
		name, query string
		want        []string
	}{
		{"no OR", "harbour strike", nil},
		{"OR between words", "harbour OR strike", []string{"harbour", "strike"}},
		{"OR between a phrase and a prefix", `"dock strike" OR walkout*`, []string{`"dock strike"`, "walkout*"}},
		{"several ORs", "a1 b2 OR c3 OR d4 e5", []string{"a1 b2", "c3", "d4 e5"}},
		{"or in lower case is a word", "harbour or strike", nil},
		{"OR inside quotes is a word", `"harbour OR strike" pay`, nil},
		{"OR beside another operator joins nothing", "AND OR NEAR", nil},
		{"OR at an end joins nothing", "OR strike", nil},
		{"OR after a stray quote joins nothing", `"harbour OR strike`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := OrAlternatives(tt.query); !slices.Equal(got, tt.want) {
				t.Errorf("OrAlternatives(%q) = %q, want %q", tt.query, got, tt.want)
			}
		})
	}
}

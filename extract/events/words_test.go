package events

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"newsbot/extract/doc"
)

// TestFindFiguresAgreesWithTheUnanchoredExpression checks the digit-led
// search against the expression tried at every position.
func TestFindFiguresAgreesWithTheUnanchoredExpression(t *testing.T) {
	anywhere := regexp.MustCompile(`\b(\d(?:[\d,]*\d)?(?:\.\d+)?)(?:\s*(%)|\s+([A-Za-z]+))`)
	tests := []string{
		"",
		"no figures at all",
		"Output rose 4.5% to 8,400 acres and 12 pct.",
		"A2 roads, 3rd place, x12 tonnes, _5 units, 7_ boats",
		"1987 was a year; 12,000,000 dlrs 3.5 mln",
		"4.5.6 tonnes 1,2,3 crowns 10 %",
		"Prices fell 3\tpct\nand 7\n\ncars",
		"ends with a figure 42",
		"café 15 tonnes, é5 tonnes, 5é tonnes",
		"100 200 300 400 cars",
		"12%13% 1.5%",
		"De la Croix, 58, handed in 1,240, patients",
	}
	for _, s := range tests {
		t.Run(s, func(t *testing.T) {
			want := anywhere.FindAllStringSubmatchIndex(s, -1)
			if got := findFigures(s); !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("findFigures(%q) = %v, want %v", s, got, want)
			}
		})
	}
}

func TestFigures(t *testing.T) {
	tests := []struct {
		name, s string
		want    []string
	}{
		{"a quantity and its unit", "The fire burned 8,400 acres", []string{"8400#acr"}},
		{"a percentage", "Shares rose 4.5% on Monday", []string{"4.5#%"}},
		{"an age set off by commas is no quantity of the next word", "De la Croix, 58, handed his resignation", nil},
		{"a figure closing a list is no quantity of the next word", "Votes were 331, 240, abstentions", nil},
		{"a score is both sides' goals", "They slumped to a 2-0 defeat", []string{"2-0#lose"}},
		{"a score with a dash is both sides' goals", "a 3–1 win over the leaders", []string{"3-1#win"}},
		{"a range of people is no score", "Police held 10-12 people", []string{"12#peopl"}},
		{"a season is no score", "the 1986-87 season", []string{"87#season"}},
		{"a score's loss is its defeat", "after a 3-1 loss", []string{"3-1#lose"}},
		{"a year's part before a loss is no score", "a 1987-1 loss", []string{"1#loss"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := figures(tt.s, -1, -1); !slices.Equal(got, tt.want) {
				t.Errorf("figures(%q) = %q, want %q", tt.s, got, tt.want)
			}
		})
	}
}

// TestLowerWordsAgreesWithFieldsFunc checks the ASCII reading of
// lowerWords and wordsOfLower against splitting the lower-cased text at
// every rune that is no letter.
func TestLowerWordsAgreesWithFieldsFunc(t *testing.T) {
	tests := []string{
		"",
		"   ",
		"The Fed SAID on Monday",
		"it's 3rd-quarter [results] @home `x` {y} _z_",
		"Ends with a word",
		"Erdoğan and İstanbul",
		"the \u212Aelvin scale",
		"bad \xff byte",
	}
	for _, s := range tests {
		t.Run(s, func(t *testing.T) {
			want := strings.FieldsFunc(strings.ToLower(s), notLetter)
			if got := lowerWords(s); !slices.Equal(got, want) || len(got) != cap(got) {
				t.Errorf("lowerWords(%q) = %q, want %q", s, got, want)
			}
			if got := wordsOfLower(strings.ToLower(s)); !slices.Equal(got, want) {
				t.Errorf("wordsOfLower(%q) = %q, want %q", strings.ToLower(s), got, want)
			}
		})
	}
}

// TestPrefiltersPassEveryMatch checks that the cheap tests read before
// an expression pass every text the expression matches.
func TestPrefiltersPassEveryMatch(t *testing.T) {
	tests := []struct {
		name   string
		re     *regexp.Regexp
		filter func(string) bool
		s      string
		match  bool
	}{
		{"modal perfect", modalPerfect, hasPerfectStem, "it would have flooded", true},
		{"modal perfect contracted", modalPerfect, hasPerfectStem, "IT COULD'VE BEEN WORSE", true},
		{"modal perfect negated", modalPerfect, hasPerfectStem, "He Wouldn’t Have Known", true},
		{"no perfect", modalPerfect, hasPerfectStem, "it would flood", false},
		{"period ended", periodEndPhrase, mayEndPeriod, "for the quarter ENDED June 30", true},
		{"period to", periodEndPhrase, mayEndPeriod, "the six months to June", true},
		{"half to", periodEndPhrase, mayEndPeriod, "the Half To Dec", true},
		{"long s", periodEndPhrase, mayEndPeriod, "two monthſ to march", true},
		{"no period", periodEndPhrase, mayEndPeriod, "went to the market", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.re.MatchString(tt.s); got != tt.match {
				t.Fatalf("MatchString(%q) = %v, want %v", tt.s, got, tt.match)
			}
			if tt.match && !tt.filter(tt.s) {
				t.Errorf("the cheap test rules out %q, which matches", tt.s)
			}
		})
	}
}

// TestMayNameRite checks the cheap test before reading a clause for a
// rite of mourning.
func TestMayNameRite(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"The FUNERAL is on Friday", true},
		{"a vigil was held", true},
		{"the memorİal", true}, // lower casing makes it ASCII
		{"shares fell on Friday", false},
	}
	for _, tt := range tests {
		if got := mayNameRite(tt.s); got != tt.want {
			t.Errorf("mayNameRite(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestHasPersonAgreesWithPersonsIn checks hasPerson against collecting
// the names of the people inside a span.
func TestHasPersonAgreesWithPersonsIn(t *testing.T) {
	mentions := []doc.Mention{
		{Span: doc.Span{Start: 0, End: 5}, Type: doc.Person, Text: "Smith"},
		{Span: doc.Span{Start: 10, End: 20}, Type: doc.Org, Text: "Acme Corp."},
		{Span: doc.Span{Start: 30, End: 35}, Type: doc.Person},
		{Span: doc.Span{Start: 40, End: 45}, Type: doc.Person, Text: "Jones"},
	}
	spans := []doc.Span{{Start: 0, End: 5}, {Start: 0, End: 4}, {Start: 6, End: 40}, {Start: 25, End: 44}, {Start: 25, End: 45}, {Start: 50, End: 60}}
	for _, sp := range spans {
		if got, want := hasPerson(mentions, sp), len(personsIn(mentions, sp)) > 0; got != want {
			t.Errorf("hasPerson(%v) = %v, want %v", sp, got, want)
		}
	}
}

// TestHasQuoteMarkAgreesWithContainsAny checks the byte searches for a
// double quotation mark against reading the runes.
func TestHasQuoteMarkAgreesWithContainsAny(t *testing.T) {
	tests := []string{"", "no quote", `he said "yes"`, "“Yes”", "closing” only", "‘single’ only", "bad \xe2\x80 bytes", "\xe2\x80\x9c"}
	for _, s := range tests {
		if got, want := hasQuoteMark(s), strings.ContainsAny(s, "\"“”"); got != want {
			t.Errorf("hasQuoteMark(%q) = %v, want %v", s, got, want)
		}
	}
}

package events

import (
	"regexp"
	"slices"
	"testing"
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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := figures(tt.s, -1, -1); !slices.Equal(got, tt.want) {
				t.Errorf("figures(%q) = %q, want %q", tt.s, got, tt.want)
			}
		})
	}
}

package identity

import (
	"math/rand"
	"testing"
)

// TestMayEndKinLead checks that the literal test in front of kinLead
// passes every text kinLead matches: the built cases and texts drawn at
// random from the expression's own words and the bytes around them.
func TestMayEndKinLead(t *testing.T) {
	var cases []string
	for _, lead := range []string{"", "x", "ab ", "said. ", "(", "é", "1"} {
		for _, pron := range []string{"His", "his", "Her", "her", "HIS", "This"} {
			for _, noun := range []string{"son", "daughter", "brother", "sister", "sons", "mother"} {
				for _, end := range []string{" ", ", ", ",", "", "  ", ",, ", " ,"} {
					cases = append(cases, lead+pron+" "+noun+end)
				}
			}
		}
	}
	words := []string{"his", "His", "her", "Her", "son", "daughter", "brother", "sister", " ", ",", "é", "x", "."}
	rng := rand.New(rand.NewSource(1))
	for range 20000 {
		s := ""
		for n := rng.Intn(8); n > 0; n-- {
			s += words[rng.Intn(len(words))]
		}
		cases = append(cases, s)
	}
	matched := 0
	for _, s := range cases {
		if !kinLead.MatchString(s) {
			continue
		}
		matched++
		if !mayEndKinLead(s) {
			t.Errorf("mayEndKinLead(%q) = false, but kinLead matches", s)
		}
	}
	if matched < 100 {
		t.Fatalf("only %d cases match kinLead", matched)
	}
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"His son ", true}, {"her daughter, ", true}, {"His son", false}, {"his son,", false},
		{"her mother, ", false}, {"Tremaine's son ", true}, {"", false}, {"son ", false},
	} {
		if got := mayEndKinLead(tt.in); got != tt.want {
			t.Errorf("mayEndKinLead(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

package kb

import (
	"slices"
	"testing"
)

func TestWithoutCapsForms(t *testing.T) {
	tests := []struct {
		name    string
		entity  string
		aliases []string
		want    []string
	}{
		{"a speaker label in capitals of the name is no spelling", "Nadia Brenner", []string{"Brenner", "NADIA BRENNER", "BRENNER"}, []string{"Brenner"}},
		{"an umlaut spelled out in capitals is the name's label", "Jörg Albrecht", []string{"JOERG ALBRECHT", "Joerg Albrecht"}, []string{"Joerg Albrecht"}},
		{"an acronym written only in capitals stays", "Harbour Safety Commission", []string{"HSC"}, []string{"HSC"}},
		{"a name written only in capitals keeps its capitals", "OSLO TRUST", []string{"Oslo Trust Bank"}, []string{"Oslo Trust Bank"}},
		{"a capital form of another name stays", "Nadia Brenner", []string{"NADIA BRENNAN"}, []string{"NADIA BRENNAN"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := withoutCapsForms(slices.Clone(tt.aliases), tt.entity); !slices.Equal(got, tt.want) {
				t.Errorf("withoutCapsForms(%q, %q) = %q, want %q", tt.aliases, tt.entity, got, tt.want)
			}
		})
	}
}

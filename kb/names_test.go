package kb

import "testing"

func TestSuggestPrefersNamesSharingAWord(t *testing.T) {
	idx := newNameIndex([]string{"Northgate Bank", "Gary Dobbs", "Carlos Alcaraz", "Carla Menendez", "Maria Carlos Ruiz",
		"Jørgen Halvorsen", "Halvorsen Dairy", "Ingrid van der Linden", "Saskia van der Berg", "Vincent van Gogh"})
	tests := []struct {
		name, query string
		first       string
	}{
		{"a surname written right beats a look-alike of another word", "Alcaraz Garfia", "Carlos Alcaraz"},
		{"a shared surname comes before a shared first name", "Carlos Menendez", "Carla Menendez"},
		{"a shared first name is still offered", "Carlos Dobson", "Carlos Alcaraz"},
		{"a generic head picks out no one", "Bank Dobbs", "Gary Dobbs"},
		{"a single word is left to spelling", "Dobs", "Gary Dobbs"},
		{"a name misspelt by a letter comes before names sharing a word", "Halvorsen Daiy", "Halvorsen Dairy"},
		{"a particle picks out no one", "Saskia van der Beg", "Saskia van der Berg"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := idx.suggest(tt.query, 5)
			if len(got) == 0 || got[0] != tt.first {
				t.Errorf("suggest(%q) = %q, want %q first", tt.query, got, tt.first)
			}
		})
	}
}

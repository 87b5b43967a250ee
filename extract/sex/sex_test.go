package sex

import "testing"

func TestClashes(t *testing.T) {
	tests := []struct {
		pron, name string
		want       bool
	}{
		{"she", "Louise Keane", false},
		{"he", "Louise Keane", true},
		{"his", "Louise Keane", true},
		{"her", "Robert Keane", true},
		{"he", "Robert Keane", false},
		{"she", "Keane", false},         // a surname alone says nothing
		{"he", "Dana Whitfield", false}, // a name of both sexes says nothing
		{"she", "Mrs Whitfield", false},
		{"he", "Mrs Whitfield", true},
		{"they", "Robert Keane", false},
	}
	for _, tt := range tests {
		if got := Clashes(tt.pron, tt.name); got != tt.want {
			t.Errorf("Clashes(%q, %q) = %v, want %v", tt.pron, tt.name, got, tt.want)
		}
	}
}

package identity

import (
	"testing"

	"newsbot/extract/sex"
)

// A title or a noun of one sex right before a name fixes the person's sex.
func TestSexBefore(t *testing.T) {
	tests := []struct {
		before string
		titles bool
		want   sex.Sex
	}{
		{"He is survived by his wife, ", false, sex.Female},
		{"by his daughter, ", false, sex.Female},
		{"said Mrs ", true, sex.Female},
		{"thanked Mr. ", true, sex.Male},
		{"the president and Mrs ", false, sex.Unknown},
		{"her husband ", false, sex.Male},
		{"the actress ", true, sex.Female},
		{"his partner, ", true, sex.Unknown},
		{"by Gareth and ", true, sex.Unknown},
		{"", true, sex.Unknown},
	}
	for _, tt := range tests {
		if got := sexBefore(tt.before, tt.titles); got != tt.want {
			t.Errorf("sexBefore(%q, %v) = %v, want %v", tt.before, tt.titles, got, tt.want)
		}
	}
}

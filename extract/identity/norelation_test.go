package identity

import "testing"

func TestDeniedRole(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"a relative clause denies the fire chief", "Alvarez, who is not related to the fire chief, said he watched.", "chief"},
		{"no relation in brackets", "Moreno (no relation to the police chief) said so.", "chief"},
		{"a possessive before the role", "Keller, unrelated to the city's mayor, spoke.", "mayor"},
		{"a name after the denial is no role", "Alvarez, who is not related to Dana Alvarez, spoke.", ""},
		{"a denial in the next sentence is not this one's", "Alvarez spoke. He is not related to the fire chief.", ""},
		{"no denial", "Alvarez, the fire chief, said so.", ""},
		{"a role without an article is too loose", "Alvarez, not related to any chief, said so.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := deniedRole(tc.text, len("Alvarez")); got != tc.want {
				t.Errorf("deniedRole(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

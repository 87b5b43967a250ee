package bot

import "testing"

func TestWithoutDatelineKeepsTheNameCited(t *testing.T) {
	tests := []struct {
		name, in string
		names    []string
		want     string
	}{
		{"the place of the dateline cited keeps it", "KESSA, March 10 (Wirepress) - Mayor Ilse Varga opened the new pier.", []string{"Kessa"}, "KESSA, March 10 (Wirepress) - Mayor Ilse Varga opened the new pier."},
		{"a person cited drops it", "KESSA, March 10 (Wirepress) - Mayor Ilse Varga opened the new pier.", []string{"Ilse Varga"}, "Mayor Ilse Varga opened the new pier."},
		{"no name drops it", "KESSA, March 10 (Wirepress) - Mayor Ilse Varga opened the new pier.", nil, "Mayor Ilse Varga opened the new pier."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := withoutDateline(tt.in, tt.names...); got != tt.want {
				t.Errorf("withoutDateline(%q, %q) = %q, want %q", tt.in, tt.names, got, tt.want)
			}
		})
	}
}

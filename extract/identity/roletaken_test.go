package identity

import "testing"

func TestTakenIn(t *testing.T) {
	tests := []struct {
		evidence, text string
		want           bool
	}{
		{"Ana Ruiz, the finance chief, was named acting CEO.", "acting CEO", true},
		{"Ana Ruiz would serve as interim chief executive", "interim chief executive", true},
		{"Ana Ruiz was promoted to president", "president", true},
		{"the board named Ana Ruiz as chairman", "chairman", true},
		{"Ana Ruiz took over as manager", "manager", true},
		{"Ana Ruiz was sworn in as prime minister", "prime minister", true},
		{"Ana Ruiz became chief executive", "chief executive", true},
		// A role named by a noun, or one the person left, is none.
		{"Ana Ruiz, the finance chief", "finance chief", false},
		{"chief financial officer Ana Ruiz", "chief financial officer", false},
		{"Ana Ruiz resigned as chairman", "chairman", false},
		{"Ana Ruiz, who served as chairman", "chairman", false},
		{"Ana Ruiz was appointed chairman", "", false},
	}
	for _, tc := range tests {
		if got := TakenIn(tc.evidence, tc.text); got != tc.want {
			t.Errorf("TakenIn(%q, %q) = %v, want %v", tc.evidence, tc.text, got, tc.want)
		}
	}
}

func TestTakenInCoordinated(t *testing.T) {
	tests := []struct {
		evidence, text string
		want           bool
	}{
		{"Ana Ruiz was named vice chairman and chief executive officer", "chief executive officer", true},
		{"Ana Ruiz has been named president and chief executive", "chief executive", true},
		// "and" after an office no verb of appointment gives.
		{"Ana Ruiz, the finance chief and chief executive", "chief executive", false},
		{"Ana Ruiz resigned as chairman and chief executive", "chief executive", false},
	}
	for _, tc := range tests {
		if got := TakenIn(tc.evidence, tc.text); got != tc.want {
			t.Errorf("TakenIn(%q, %q) = %v, want %v", tc.evidence, tc.text, got, tc.want)
		}
	}
}

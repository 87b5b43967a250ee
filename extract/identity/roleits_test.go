package identity

import "testing"

func TestKinRole(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"mother of two children", true},
		{"widow of hoffmann", true},
		{"son", true},
		{"former finance director of brightwater children's trust", false},
		{"chief executive", false},
	}
	for _, tt := range tests {
		if got := KinRole(tt.norm); got != tt.want {
			t.Errorf("KinRole(%q) = %v, want %v", tt.norm, got, tt.want)
		}
	}
}

package kb

import (
	"strings"
	"testing"
)

func TestContestRole(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"incumbent", true},
		{"challenger", true},
		{"front-runner", true},
		{"former mayor", false},
		{"incumbent mayor", false},
		{"chief of staff", false},
	}
	for _, tt := range tests {
		if got := contestRole(tt.norm); got != tt.want {
			t.Errorf("contestRole(%q) = %v, want %v", tt.norm, got, tt.want)
		}
	}
}

func TestABareContestRoleComesAfterAnyOffice(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.jsonl": `{"id":"a","title":"Count begins","source":"Wire","published":"2026-05-03","text":"The incumbent, Ruth Calder, trailed in early counts.\nThe challenger, Omar Baines, led in the east."}` + "\n" +
			`{"id":"b","title":"Calder concedes","source":"Herald","published":"2026-05-04","text":"The former mayor, Ruth Calder, conceded on Monday.\nOmar Baines thanked his volunteers."}` + "\n" +
			`{"id":"c","title":"Handover set","source":"Herald","published":"2026-05-05","text":"Omar Baines, the challenger, will meet staff on Friday."}` + "\n",
	})
	// The incumbent is the mayor, now former: the office says more.
	for name, lead := range map[string]string{"Ruth Calder": "former mayor"} {
		if got := leadRole(t, s, name); !strings.Contains(strings.ToLower(got), lead) {
			t.Errorf("profile of %s leads with %q; want %q", name, got, lead)
		}
	}
}

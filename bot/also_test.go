package bot

import (
	"strings"
	"testing"

	"newsbot/kb"
)

func TestAlsoNamedSaysWhatANamesakeIsWithoutPointingBack(t *testing.T) {
	tests := []struct {
		name     string
		others   []kb.EntityRef
		want     string
		wantNone string
	}{
		{"another name is offered with its command", []kb.EntityRef{{Name: "Halvorsen Group", Type: "ORG", Articles: 3}},
			"**Halvorsen Group** (`!who Halvorsen Group`)", ""},
		{"the same name for something else says what it is and offers no command",
			[]kb.EntityRef{{Name: "Halden Biologics", Type: "ORG", Articles: 1}},
			"**Halden Biologics** (organisation, 1 article)", "`!who"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := "Halvorsen"
			if tt.wantNone != "" {
				q = "Halden Biologics"
			}
			got := alsoNamed("who", q, tt.others)
			if !strings.Contains(got, tt.want) || tt.wantNone != "" && strings.Contains(got, tt.wantNone) {
				t.Errorf("alsoNamed = %q, want it to hold %q and not %q", got, tt.want, tt.wantNone)
			}
		})
	}
}

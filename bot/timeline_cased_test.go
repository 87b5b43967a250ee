package bot

import (
	"strings"
	"testing"

	"newsbot/kb"
)

func TestCasedAsTyped(t *testing.T) {
	tests := []struct {
		name, typed string
		summaries   []string
		want        string // the summaries kept, joined by " | "
	}{
		{"a capitalised name is not the common word in lower case", "Beacon",
			[]string{"The mayor spoke to the Beacon on Friday.", "A beacon was lit on the hill on Saturday."},
			"The mayor spoke to the Beacon on Friday."},
		{"a row naming it both ways is kept", "Beacon",
			[]string{"The Beacon reported that a beacon was lit on Saturday."},
			"The Beacon reported that a beacon was lit on Saturday."},
		{"a row without the name is kept, another report naming it", "Orbis-2",
			[]string{"The satellite reached orbit on Monday."},
			"The satellite reached orbit on Monday."},
		{"a word inside a longer one is not the name", "Beacon",
			[]string{"The beaconless harbour reopened on Monday."},
			"The beaconless harbour reopened on Monday."},
		{"a name typed in lower case is a topic, every case kept", "beacon",
			[]string{"A beacon was lit on Saturday.", "The Beacon said so on Friday."},
			"A beacon was lit on Saturday. | The Beacon said so on Friday."},
		{"a name of several words in another case", "Open Door",
			[]string{"The firm left an open door to talks on Monday.", "Open Door said on Monday it would close."},
			"Open Door said on Monday it would close."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var rows []kb.TimelineRow
			for _, s := range tt.summaries {
				rows = append(rows, kb.TimelineRow{Summary: s})
			}
			var got []string
			for _, r := range casedAsTyped(rows, tt.typed) {
				got = append(got, r.Summary)
			}
			if g := strings.Join(got, " | "); g != tt.want {
				t.Errorf("casedAsTyped(%q) kept %q, want %q", tt.typed, g, tt.want)
			}
		})
	}
}

func TestEndsNameOf(t *testing.T) {
	tests := []struct {
		name, typed, entity string
		want                bool
	}{
		{"the last word of a longer name", "Beacon", "The Harbour Beacon", true},
		{"in another case", "beacon", "Harbour Beacon", true},
		{"the whole name", "Harbour Beacon", "Harbour Beacon", false},
		{"a name of one word", "Beacon", "Beacon", false},
		{"another word of the name", "Harbour", "Harbour Beacon", false},
		{"several words typed", "Beacon Post", "Harbour Beacon Post", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := endsNameOf(tt.typed, tt.entity); got != tt.want {
				t.Errorf("endsNameOf(%q, %q) = %v, want %v", tt.typed, tt.entity, got, tt.want)
			}
		})
	}
}

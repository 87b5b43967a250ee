package events

import (
	"strings"
	"testing"

	"newsbot/extract/doc"
)

func TestSceneDay(t *testing.T) {
	tests := []struct {
		sent, day string
		want      bool
	}{
		{"The mayor met council leaders yesterday in the town hall.", "yesterday", true},
		{"The river was rising fast on Sunday evening.", "Sunday evening", true},
		{"Grain settled above yesterday's closing levels.", "yesterday", false},
		{"The survey showed May 1 stocks of 2 million tonnes.", "May 1", false},
		{"Hectic overnight buying lifted the index.", "overnight", false},
		{"The blaze, which started Wednesday and spread fast, closed the plant.", "Wednesday", false},
		{"The fees include charges relating to the sale on June 3.", "June 3", false},
	}
	for _, tt := range tests {
		i := strings.Index(tt.sent, tt.day)
		got := sceneDay(tt.sent, doc.Span{Start: 0, End: len(tt.sent)}, doc.Span{Start: i, End: i + len(tt.day)})
		if got != tt.want {
			t.Errorf("sceneDay(%q, %q) = %v, want %v", tt.sent, tt.day, got, tt.want)
		}
	}
}

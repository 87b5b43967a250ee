package events

import (
	"strings"
	"testing"

	"newsbot/extract/doc"
)

func TestKeyNoun(t *testing.T) {
	tests := []struct {
		name, text, time, want string
	}{
		{"the noun phrase a date follows", "The election will go to a runoff on 3 April.", "3 April", "runoff"},
		{"the subject a date is scheduled for", "The runoff is scheduled for April 3.", "April 3", "runoff"},
		{"a possessive opens the noun phrase", "Officials prepared for the union's ballot on Friday.", "Friday", "ballot"},
		{"a verb before the date names nothing", "The union's executive will vote on Friday.", "Friday", ""},
		{"a bare object before the date names nothing", "The union's executive will meet ministers on Friday.", "Friday", ""},
		{"a date before its noun names nothing", "On Friday the council will vote.", "Friday", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := strings.Index(tt.text, tt.time)
			ts := doc.Span{Start: i, End: i + len(tt.time)}
			if got := keyNoun(tt.text, doc.Span{Start: 0, End: len(tt.text)}, ts); got != tt.want {
				t.Errorf("keyNoun(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

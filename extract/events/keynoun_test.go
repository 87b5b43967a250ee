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
		{"the subject's head before a phrase", "A ruling in the dispute is set for June 2.", "June 2", "ruling"},
		{"the subject's head before a phrase scheduled", "The vote on that plan is expected on Monday.", "Monday", "vote"},
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

func TestKeyNounOrModified(t *testing.T) {
	tests := []struct {
		name, text, time string
		named            bool
		want             string
	}{
		{"a word between the determiner and the noun", "Judge Ama Boateng has fixed a preliminary hearing for March 3.", "March 3", true, "hearing"},
		{"a modified noun of a report naming no one names nothing", "The company has set its annual meeting for March 3.", "March 3", false, ""},
		{"an occasion named by the word before it", "We will show them at our supplier day the week of May 4.", "the week of May 4", false, "supplier"},
		{"the key noun comes first", "The runoff is scheduled for April 3.", "April 3", false, "runoff"},
		{"a modifier that is a function word names nothing", "Dana Ruiz will speak at the same conference on May 4.", "May 4", true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := strings.Index(tt.text, tt.time)
			ts := doc.Span{Start: i, End: i + len(tt.time)}
			if got := keyNounOrModified(newLowText(tt.text, cutAt(tt.text, true)), doc.Span{Start: 0, End: len(tt.text)}, ts, tt.named); got != tt.want {
				t.Errorf("keyNounOrModified(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

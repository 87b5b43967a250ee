package events

import (
	"slices"
	"strings"
	"testing"
)

func TestWithoutOfficeRetold(t *testing.T) {
	ev := func(date, words string, planned bool, names ...string) Event {
		prec := map[int]string{4: "year", 7: "month", 10: "day"}[len(date)]
		return Event{Date: date, Precision: prec, Planned: planned, Entities: names, Words: strings.Fields(words)}
	}
	tests := []struct {
		name string
		in   []Event
		want int
	}{
		{"a post served from a year and taken up in it is one row", []Event{
			ev("1989", "serv financ minister 1997 help negotiat treaty", false, "Anna Berg", "Treaty of Valmont"),
			ev("1989", "becam financ minister president", false, "Tom Cole", "Anna Berg"),
		}, 1},
		{"two posts of one person in one year stay apart", []Event{
			ev("1989", "becam financ minister", false, "Anna Berg"),
			ev("1989", "becam party leader", false, "Anna Berg"),
		}, 2},
		{"one post taken up by two people stays apart", []Event{
			ev("1989", "becam financ minister", false, "Anna Berg"),
			ev("1989", "becam financ minister", false, "Tom Cole"),
		}, 2},
		{"different years stay apart", []Event{
			ev("1989", "becam financ minister", false, "Anna Berg"),
			ev("1997", "serv financ minister", false, "Anna Berg"),
		}, 2},
		{"a plan never counts", []Event{
			ev("2027", "becom financ minister", true, "Anna Berg"),
			ev("2027", "becom financ minister", false, "Anna Berg"),
		}, 2},
		{"words of no post stay apart", []Event{
			ev("1989", "serv prison sentenc", false, "Anna Berg"),
			ev("1989", "serv prison sentenc", false, "Anna Berg"),
		}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := withoutOfficeRetold(slices.Clone(tc.in)); len(got) != tc.want {
				t.Errorf("withoutOfficeRetold kept %d events, want %d: %v", len(got), tc.want, got)
			}
		})
	}
}

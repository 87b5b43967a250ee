package bot

import (
	"testing"

	"newsbot/kb"
)

func TestOneName(t *testing.T) {
	tests := []struct {
		name    string
		matches []kb.EntityRef
		want    int64
		ok      bool
	}{
		{"one name of two types is the one in more articles", []kb.EntityRef{
			{ID: 1, Name: "Orin Cloud", Type: "PERSON", Articles: 1}, {ID: 2, Name: "Orin Cloud", Type: "ORG", Articles: 3}}, 2, true},
		{"two names are a choice", []kb.EntityRef{
			{ID: 1, Name: "Orin Cloud", Articles: 1}, {ID: 2, Name: "Orin Labs", Articles: 3}}, 0, false},
		{"one match is no choice", []kb.EntityRef{{ID: 1, Name: "Orin Cloud"}}, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := oneName(tt.matches)
			if ok != tt.ok || got.ID != tt.want {
				t.Errorf("oneName = %d, %v; want %d, %v", got.ID, ok, tt.want, tt.ok)
			}
		})
	}
}

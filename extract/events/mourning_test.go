package events

import (
	"slices"
	"strings"
	"testing"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

func TestFindMournedOfARite(t *testing.T) {
	tests := []struct {
		name, text string
		persons    []string
		want       []string // entities of the last event
	}{
		{"a memorial after a death is the dead person's",
			"Robin Osei died on 30 November at his home. A memorial concert will be held at the hall on 12 December.",
			[]string{"Robin Osei"}, []string{"Robin Osei"}},
		{"a memorial naming someone is left to that person",
			"Robin Osei died on 30 November at his home. Kim Adjei will hold a memorial on 12 December.",
			[]string{"Robin Osei", "Kim Adjei"}, []string{"Kim Adjei"}},
		{"a memorial after the deaths of two people named together is no one's",
			"Robin Osei and Kim Adjei died on 30 November in a crash. A memorial will be held on 12 December.",
			[]string{"Robin Osei", "Kim Adjei"}, nil},
		{"a funeral after an undated report of the subject's death is the dead person's",
			"Robin Osei, who has died aged 78, was a singer. He first sang in public in 1961. The funeral will take place at the chapel on 12 December.",
			[]string{"Robin Osei"}, []string{"Robin Osei"}},
		{"a funeral after someone speaking of another's death is no one's",
			"Robin Osei said his father died. The band formed in 1961. The funeral will take place at the chapel on 12 December.",
			[]string{"Robin Osei"}, nil},
		{"a concert without a rite of mourning is no one's",
			"Robin Osei died on 30 November at his home. A concert will be held at the hall on 12 December.",
			[]string{"Robin Osei"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ms []doc.Mention
			for _, p := range tt.persons {
				i := strings.Index(tt.text, p)
				ms = append(ms, doc.Mention{Span: doc.Span{Start: i, End: i + len(p)}, Type: doc.Person, Text: p, Canonical: p})
			}
			got := Find(tt.text, sentencesAtStops(tt.text), timex.Find(tt.text, nil, wed), ms, wed)
			if len(got) != 2 {
				t.Fatalf("got %d events, want 2: %+v", len(got), got)
			}
			if e := got[1].Entities; !slices.Equal(e, tt.want) {
				t.Errorf("entities %q, want %q", e, tt.want)
			}
		})
	}
}

package extract

import (
	"slices"
	"testing"
	"time"

	"newsbot/extract/doc"
	"newsbot/extract/segment"
)

func TestDatelineSources(t *testing.T) {
	tests := []struct {
		name, text string
		orgs       []string // what the tagger found as organisations
		want       []string // the agencies that are the story's source
	}{
		{"an agency in a dated dateline's brackets is the source",
			"KORVA, March 4 (Reuters) - The ruling Unity Party lost its majority in a snap election on Sunday.",
			[]string{"Reuters", "Unity Party"}, []string{"Reuters"}},
		{"an agency after a place in capitals is the source",
			"BRELLIN (AP) - Firefighters fought a blaze at the Ostra Mills plant for a second day on Tuesday.",
			[]string{"AP", "Ostra Mills"}, []string{"AP"}},
		{"the agency the story speaks of is a mention",
			"Mayor Ilse Kor told Reuters the bridge would reopen in May, once repairs are finished.",
			[]string{"Reuters"}, nil},
		{"an agency in brackets later in the sentence is a mention",
			"Shares of the news firm (Reuters) fell sharply - and rivals gained on Monday after the results.",
			[]string{"Reuters"}, nil},
		{"a longer name in the brackets is no lone agency",
			"KORVA, March 4 (Reuters Breakingviews) - The ruling Unity Party lost its majority in a snap vote.",
			[]string{"Reuters"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, sp := range datelineSources(tt.text, segment.Split(tt.text), tagged(tt.text, doc.Org, tt.orgs...)) {
				got = append(got, tt.text[sp.Start:sp.End])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestDatelineSourceNotNamed checks that the knowledge base's names leave
// out a dateline's agency while the tagging output keeps it, and that the
// agency named again in the story's words stays a name.
func TestDatelineSourceNotNamed(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		named      int // mentions of Reuters the knowledge base keeps
	}{
		{"dateline only", "KORVA, March 4 (Reuters) - The ruling Unity Party of Prime Minister Ana Veli lost its majority in a snap election on Sunday.", 0},
		{"dateline and prose", "KORVA, March 4 (Reuters) - The ruling Unity Party lost its majority on Sunday, officials told Reuters on Monday.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := p.Run(tt.text, time.Time{})
			count := func(ms []doc.Mention) int {
				return len(slices.DeleteFunc(slices.Clone(ms), func(m doc.Mention) bool { return m.Text != "Reuters" }))
			}
			if n := count(r.Named()); n != tt.named {
				t.Errorf("knowledge base keeps %d mentions of Reuters, want %d", n, tt.named)
			}
			if n := count(r.Mentions); n != tt.named+1 {
				t.Errorf("tagging output has %d mentions of Reuters, want %d", n, tt.named+1)
			}
		})
	}
}

package kb

import (
	"testing"

	"newsbot/extract/doc"
)

func TestCountedMentions(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		spans []doc.Span
		want  int
	}{
		{"a name on its own counts", "The EU said. The EU met.", []doc.Span{{Start: 4, End: 6}, {Start: 17, End: 19}}, 2},
		{"a name modifying a participle does not count", "The EU-funded body met the EU.", []doc.Span{{Start: 4, End: 6}, {Start: 27, End: 29}}, 1},
		{"an entity named only in a compound keeps one", "An EU-led team and an EU-backed plan.", []doc.Span{{Start: 3, End: 5}, {Start: 22, End: 24}}, 1},
		{"a hyphen before a capital joins two names and counts", "The Paris-Berlin line.", []doc.Span{{Start: 4, End: 9}}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := make([]doc.Mention, len(tt.spans))
			for i, sp := range tt.spans {
				ms[i] = doc.Mention{Span: sp, Text: tt.text[sp.Start:sp.End]}
			}
			if got := countedMentions(tt.text, ms); got != tt.want {
				t.Errorf("countedMentions = %d, want %d", got, tt.want)
			}
		})
	}
}

package ner

import (
	"strings"
	"testing"

	"newsbot/extract/doc"
)

func TestTrimCredits(t *testing.T) {
	tests := []struct {
		name, text, mention, want string
	}{
		{"a photo credit's outlet ends at the slash", "training. (Harbour Gazette/J. Miles)", "Harbour Gazette/J", "ORG:Harbour Gazette"},
		{"an agency's credit ends at the slash", "(Reuters/T. Peter)", "Reuters/T", "ORG:Reuters"},
		{"a rating before a full stop is no credit", "deposit at BB/B. S and P cited", "BB/B", "PLACE:BB/B"},
		{"a company's form before a full stop is no credit", "Deminex (Norge) A/S. Statoil", "A/S", "PLACE:A/S"},
		{"a bracket holding more than a surname is no credit", "(Harbour Gazette/J. Miles and Co)", "Harbour Gazette/J", "PLACE:Harbour Gazette/J"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := strings.Index(tt.text, tt.mention)
			ms := []doc.Mention{{Span: doc.Span{Start: s, End: s + len(tt.mention)}, Type: doc.Place, Text: tt.mention}}
			trimCredits(tt.text, ms)
			if got := string(ms[0].Type) + ":" + ms[0].Text; got != tt.want || tt.text[ms[0].Start:ms[0].End] != ms[0].Text {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

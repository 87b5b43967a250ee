package doc

import (
	"reflect"
	"testing"
)

func TestLines(t *testing.T) {
	tests := []struct {
		name, text string
		want       []Sentence
	}{
		{"empty text has no lines", "", nil},
		{"blank lines are skipped and paragraphs counted", "a\n\n  \nbc\n", []Sentence{{Span: Span{0, 1}, Para: 0}, {Span: Span{6, 8}, Para: 1}}},
		{"a last line without a newline counts", "x\ny", []Sentence{{Span: Span{0, 1}, Para: 0}, {Span: Span{2, 3}, Para: 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Lines(tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Lines(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

package doc

import (
	"reflect"
	"strings"
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
		{"a line longer than the bound is cut into pieces of its paragraph", "x\n" + strings.Repeat("word ", MaxSentence/4),
			[]Sentence{{Span: Span{0, 1}, Para: 0}, {Span: Span{2, 2 + MaxSentence - 1}, Para: 1}, {Span: Span{2 + MaxSentence, 2 + MaxSentence/4*5}, Para: 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Lines(tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Lines(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestAppendBounded(t *testing.T) {
	long := func(parts ...string) string { return strings.Join(parts, "") }
	a := strings.Repeat("a", MaxSentence/2)
	tests := []struct {
		name, text string
		want       []Span
	}{
		{"a sentence within the bound is kept whole", "short one", []Span{{0, 9}}},
		{"a sentence of exactly the bound is kept whole", strings.Repeat("x", MaxSentence), []Span{{0, MaxSentence}}},
		{"a long sentence is cut after its last semicolon", long(a, "; b; ", a), []Span{{0, len(a) + 4}, {len(a) + 5, 2*len(a) + 5}}},
		{"a semicolon wins over a later comma", long(a, "b; c, ", a), []Span{{0, len(a) + 2}, {len(a) + 3, 2*len(a) + 6}}},
		{"without a semicolon the cut follows a comma", long(a, "b, c ", a), []Span{{0, len(a) + 2}, {len(a) + 3, 2*len(a) + 5}}},
		{"without punctuation the cut falls at white space", long(a, "b c", a), []Span{{0, len(a) + 1}, {len(a) + 2, 2*len(a) + 3}}},
		{"a mark in the first half is too early to cut at", long("a; ", a, a), []Span{{0, MaxSentence}, {MaxSentence, len(a)*2 + 3}}},
		{"a run without space is cut between characters", strings.Repeat("é", MaxSentence), []Span{{0, MaxSentence}, {MaxSentence, 2 * MaxSentence}}},
		{"a cut never splits a character", "x" + strings.Repeat("é", MaxSentence/2), []Span{{0, MaxSentence - 1}, {MaxSentence - 1, MaxSentence + 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := AppendBounded(nil, tt.text, Sentence{Span: Span{0, len(tt.text)}, Para: 3})
			var spans []Span
			for _, s := range got {
				if s.Para != 3 || s.Len() > MaxSentence {
					t.Errorf("piece %+v lost its paragraph or its bound", s)
				}
				spans = append(spans, s.Span)
			}
			if !reflect.DeepEqual(spans, tt.want) {
				t.Errorf("AppendBounded = %v, want %v", spans, tt.want)
			}
		})
	}
}

package events

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// The helpers below read only the start or the end of a long text; each
// must give what the plain reading of the whole text gives.

func TestLeadingFields(t *testing.T) {
	tests := []struct {
		name, s string
		n       int
	}{
		{"fewer words than asked", "  in  Marseille ", 5},
		{"more words than asked", "in the old port of Marseille", 3},
		{"other white space separates too", "at\tthe\u00a0port\nof", 5},
		{"empty text", "", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := strings.Fields(tt.s)
			want = want[:min(len(want), tt.n)]
			if got := leadingFields(tt.s, tt.n); !slices.Equal(got, want) {
				t.Errorf("leadingFields(%q, %d) = %q, want %q", tt.s, tt.n, got, want)
			}
		})
	}
}

func TestWordsExceed(t *testing.T) {
	tests := []struct {
		name, s string
		n       int
	}{
		{"as many words as allowed", "the minister said on Monday", 5},
		{"one word too many", "the minister said on Monday night", 5},
		{"punctuation and digits are no words", "Monday, 4 May 2026 -- said", 2},
		{"letters beyond ASCII", "Zürich's café said", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := wordsExceed(tt.s, tt.n), len(lowerWords(tt.s)) > tt.n; got != want {
				t.Errorf("wordsExceed(%q, %d) = %v, want %v", tt.s, tt.n, got, want)
			}
		})
	}
}

func TestRangeOpenBefore(t *testing.T) {
	tests := []struct{ name, s string }{
		{"from before the first day", "The hearing lasted three days, from "},
		{"between in capitals after a long stretch", strings.Repeat("word ", 100) + "BETWEEN  \n"},
		{"a word ending in the opening word is none", "the wherefrom "},
		{"the opening word alone", "between "},
		{"no space after the word", "lasted from"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := rangeOpenBefore(tt.s), rangeOpen.FindStringSubmatch(tt.s); !reflect.DeepEqual(got, want) {
				t.Errorf("rangeOpenBefore(%q) = %q, want %q", tt.s, got, want)
			}
		})
	}
}

func TestStartingIn(t *testing.T) {
	expr := func(start, end int) timex.Expr { return timex.Expr{Span: doc.Span{Start: start, End: end}} }
	times := []timex.Expr{expr(0, 5), expr(10, 15), expr(20, 25), expr(30, 35), expr(40, 45)}
	tests := []struct {
		name   string
		sorted bool
		sent   doc.Span
		want   []timex.Expr
	}{
		{"the sentence's expressions by binary search", true, doc.Span{Start: 10, End: 30}, times[1:4]},
		{"none inside", true, doc.Span{Start: 6, End: 9}, times[1:1]},
		{"unsorted times are all returned", false, doc.Span{Start: 10, End: 30}, times},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := startingIn(times, tt.sorted, tt.sent); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("startingIn = %v, want %v", got, tt.want)
			}
		})
	}
}

package ner

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"

	"newsbot/extract/ner/internal/tok"
)

func TestDocTagsSpansFollowTheTags(t *testing.T) {
	tests := []struct {
		name, before, after string
	}{
		{"unchanged tags", "O B-PER I-PER O B-LOC", "O B-PER I-PER O B-LOC"},
		{"a mention dropped", "O B-PER I-PER O B-LOC", "O O O O B-LOC"},
		{"a mention widened", "O B-PER I-PER O B-LOC", "B-PER I-PER I-PER O B-LOC"},
		{"a mention retyped", "O B-PER I-PER O B-LOC", "O B-ORG I-ORG O B-LOC"},
		{"a mention added to none", "O O O", "O B-MISC O"},
		{"no tags", "", ""},
	}
	// Tags with room for the mark of a change are changed as the rules
	// change them, marking it (see setTag); tags with no room are
	// compared, and may change unmarked.
	for _, marked := range []bool{false, true} {
		for _, tt := range tests {
			t.Run(fmt.Sprintf("%s, marked %v", tt.name, marked), func(t *testing.T) {
				tags := slices.Clip(bio(t, tt.before))
				if marked {
					tags = append(make([]int, 0, len(tags)+1), tags...)
				}
				dt := newDocTags("", nil, tags)
				first := dt.spans()
				if want := spans(bio(t, tt.before)); !slices.Equal(first, want) {
					t.Fatalf("spans before = %v, want %v", first, want)
				}
				for i, g := range bio(t, tt.after) {
					if marked {
						setTag(tags, i, g)
					} else {
						tags[i] = g
					}
				}
				if got, want := dt.spans(), spans(bio(t, tt.after)); !slices.Equal(got, want) {
					t.Errorf("spans after = %v, want %v", got, want)
				}
				// A rule still ranging over the first mentions keeps them.
				if want := spans(bio(t, tt.before)); !slices.Equal(first, want) {
					t.Errorf("earlier spans became %v, want %v", first, want)
				}
			})
		}
	}
}

// TestRivalWordsFold checks what gating rivalCompanies on rivalWords
// relies on: every rune strings.EqualFold finds equal to a letter of
// "rival" lowers to that letter, so the document's lower-case word set
// holds every token the rule accepts.
func TestRivalWordsFold(t *testing.T) {
	for _, x := range "rival" {
		for r := rune(0); r <= unicode.MaxRune; r++ {
			if strings.EqualFold(string(r), string(x)) && strings.ToLower(string(r)) != string(x) {
				t.Errorf("%q folds to %q but lowers to %q", r, x, strings.ToLower(string(r)))
			}
		}
	}
}

// TestLineStarts checks that the line starts are the first token and
// every token lineBreakBefore reports, in text order.
func TestLineStarts(t *testing.T) {
	for _, text := range []string{"", "one line only", "BEIRUT (AP) -\nA jury\r\nfound\n\n it  \rnow", "\nlead break\n"} {
		toks := tok.Split(nil, text, 0, len(text))
		var want []int
		for i := range toks {
			if i == 0 || lineBreakBefore(text, toks, i) {
				want = append(want, i)
			}
		}
		dt := newDocTags(text, toks, make([]int, len(toks)))
		if got := dt.lineStarts(); !slices.Equal(got, want) {
			t.Errorf("%q: lineStarts = %v, want %v", text, got, want)
		}
		dt.release()
	}
}

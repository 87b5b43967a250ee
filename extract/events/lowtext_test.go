package events

import (
	"slices"
	"strings"
	"testing"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// cutAt returns text cut into sentences after each ". ", and as one
// sentence when whole is set.
func cutAt(text string, whole bool) []doc.Sentence {
	if whole {
		return []doc.Sentence{{Span: doc.Span{Start: 0, End: len(text)}}}
	}
	var out []doc.Sentence
	st := 0
	for {
		i := strings.Index(text[st:], ". ")
		if i < 0 {
			return append(out, doc.Sentence{Span: doc.Span{Start: st, End: len(text)}})
		}
		out = append(out, doc.Sentence{Span: doc.Span{Start: st, End: st + i + 1}})
		st += i + 2
	}
}

// TestLowTextParts checks that every part of a text read through lowText
// has the words and lower case of the part read alone, whatever the
// sentences the text is cut into.
func TestLowTextParts(t *testing.T) {
	texts := []string{
		"",
		"   ",
		"The Mission, originally SCHEDULED for 28 October, was delayed. It WAS. Then",
		"It's up 3.5% (y-o-y); GDP fell.\nNew line. Next",
		"O'Neill's 2026-27 plan,rev2 'quoted' [Z]@`a{ 9am. Then",
		"Café owners said on Monday—“we’ll reopen”. Later",
		"x",
		"a b c d e f g h i j k l m n o p. Q r S t u v w x y z", // more runs than room made at first
		"I. A",
	}
	for _, text := range texts {
		for _, sents := range [][]doc.Sentence{nil, cutAt(text, true), cutAt(text, false)} {
			l := newLowText(text, sents)
			for a := 0; a <= len(text); a++ {
				for b := a; b <= len(text); b++ {
					checkPart(t, l, a, b)
				}
			}
		}
	}
}

// checkPart compares what l reads of the part a to b of its text with
// what the part read alone gives.
func checkPart(t *testing.T, l *lowText, a, b int) {
	t.Helper()
	part := l.text[a:b]
	if got, want := l.wordsOf(a, b), lowerWords(part); !slices.Equal(got, want) || got == nil {
		t.Fatalf("wordsOf(%q) = %q, want %q", part, got, want)
	}
	if got, want := l.lowerOf(a, b), strings.ToLower(part); got != want {
		t.Fatalf("lowerOf(%q) = %q, want %q", part, got, want)
	}
	e := timex.Expr{Span: doc.Span{Start: a, End: b}, Text: part}
	if got, want := l.exprWords(e), lowerWords(part); !slices.Equal(got, want) {
		t.Fatalf("exprWords(%q) = %q, want %q", part, got, want)
	}
	for _, n := range []int{1, 2, 3} {
		if got, want := l.lastWordsOf(a, b, n), lastLowerWords(part, n); !slices.Equal(got, want) {
			t.Fatalf("lastWordsOf(%q, %d) = %q, want %q", part, n, got, want)
		}
		if got, want := l.firstWordsOf(a, b, n), firstLowerWords(part, n); !slices.Equal(got, want) {
			t.Fatalf("firstWordsOf(%q, %d) = %q, want %q", part, n, got, want)
		}
	}
	if got, want := l.contentWords(a, b, -1, -1), contentWords(part, -1, -1); !slices.Equal(got, want) {
		t.Fatalf("contentWords(%q) = %q, want %q", part, got, want)
	}
	if got, want := l.wordSpans(a, b), wordSpans(l.text, a, b); !slices.Equal(got, want) || got == nil {
		t.Fatalf("wordSpans(%q) = %v, want %v", part, got, want)
	}
	for _, n := range []int{1, 2, 9} {
		if got, want := l.lastWordSpans(a, b, n), lastWordSpans(l.text, a, b, n); !slices.Equal(got, want) {
			t.Fatalf("lastWordSpans(%q, %d) = %v, want %v", part, n, got, want)
		}
	}
}

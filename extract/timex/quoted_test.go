package timex

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"newsbot/extract/doc"
)

func TestQuoted(t *testing.T) {
	tests := []struct {
		name, text, expr string
		want             bool
	}{
		{"inside curly quotes", `“We vote today,” she said.`, "today", true},
		{"inside straight quotes", `"Today the law has protected this village," said the chair.`, "Today", true},
		{"outside the quotation", `“We are ready,” she said today.`, "today", false},
		{"no quotation", `The regulator approved the drug today.`, "today", false},
		{"the last sentence of a quotation opened before", `It all depends on today’s talks.”`, "today’s", true},
		{"a quotation opening after the expression", `On Monday she said: “We are ready.”`, "Monday", false},
		{"a curly quotation after an unclosed straight mark", `The 12" pipe burst, and he said “we fix it tomorrow” at the site.`, "tomorrow", true},
		{"outside a quotation after an unclosed mark", `The 12" pipe burst on Monday.`, "Monday", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := strings.Index(tt.text, tt.expr)
			sp := doc.Span{Start: i, End: i + len(tt.expr)}
			if got := Quoted(tt.text, doc.Span{Start: 0, End: len(tt.text)}, sp); got != tt.want {
				t.Errorf("Quoted(%q, %q) = %v, want %v", tt.text, tt.expr, got, tt.want)
			}
		})
	}
}

// TestQuotedDeictic checks which days named inside a quotation count as
// the speaker's own, whatever their case and the words they open with.
func TestQuotedDeictic(t *testing.T) {
	tests := []struct {
		text, expr string
		want       bool
	}{
		{`"We vote Tomorrow," she said.`, "Tomorrow", true},
		{`"It was YESTERDAY," she said.`, "YESTERDAY", true},
		{`"We vote this  morning," she said.`, "this  morning", true},
		{`"We vote on Tuesday," she said.`, "Tuesday", false},
		{`"We voted on March 3," she said.`, "March 3", false},
		{`We vote tomorrow, she said.`, "tomorrow", false},
	}
	for _, tt := range tests {
		i := strings.Index(tt.text, tt.expr)
		if got := quotedDeictic(tt.text, i, i+len(tt.expr)); got != tt.want {
			t.Errorf("quotedDeictic(%q, %q) = %v, want %v", tt.text, tt.expr, got, tt.want)
		}
	}
}

// quotedRangesReference is the plain statement of quotedRanges: every
// byte looked at in turn, and a mark left open at the end looked past.
func quotedRangesReference(s string) [][2]int {
	var out [][2]int
	open, openLen := -1, 0
	var closer string
	for i := 0; i < len(s) || open >= 0; {
		switch {
		case i >= len(s): // unclosed: the mark opens nothing
			i, open = open+openLen, -1
		case open < 0 && strings.HasPrefix(s[i:], "“"):
			open, openLen, closer = i, len("“"), "”"
			i += len("“")
		case open < 0 && strings.HasPrefix(s[i:], "``"):
			open, openLen, closer = i, 2, "''"
			i += 2
		case open < 0 && s[i] == '"':
			open, openLen, closer = i, 1, `"`
			i++
		case open >= 0 && strings.HasPrefix(s[i:], closer):
			i += len(closer)
			out = append(out, [2]int{open, i})
			open = -1
		default:
			i++
		}
	}
	return out
}

// TestQuotedRangesMatchesTheReference compares quotedRanges with the
// byte-by-byte reference on news stories and on random runs of quotation
// marks, their parts and invalid bytes.
func TestQuotedRangesMatchesTheReference(t *testing.T) {
	check := func(s string) {
		if got, want := quotedRanges(s), quotedRangesReference(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("quotedRanges(%q) = %v, want %v", s, got, want)
		}
	}
	for _, s := range readReuters(t, 300) {
		check(s.Text)
		for _, line := range strings.Split(s.Text, "\n") {
			check(line)
		}
	}
	r := rand.New(rand.NewPCG(7, 8))
	pieces := []string{"a", " ", `"`, "`", "``", "'", "''", "“", "”", "\xe2", "\x80", "\x9c", "\x9d", "\xff", "é"}
	for range 50000 {
		var b strings.Builder
		for range r.IntN(16) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		check(b.String())
	}
}

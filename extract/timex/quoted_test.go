package timex

import (
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

package events

import (
	"strings"

	"newsbot/extract/doc"
)

// sourceCaption reports whether the sentence sent closes with a
// bracketed credit of where its figures come from, as the caption of a
// table or chart does: "Jobless rate by region, 2024 and 2025 (source:
// statistics office)". Such a line labels data; its years date nothing.
func sourceCaption(text string, sent doc.Span) bool {
	if sent.End > len(text) || sent.Start >= sent.End {
		return false
	}
	s := strings.TrimRight(text[sent.Start:sent.End], " .\n")
	if !strings.HasSuffix(s, ")") {
		return false
	}
	i := strings.LastIndexByte(s, '(')
	if i < 0 {
		return false
	}
	in := strings.ToLower(s[i+1:])
	return strings.HasPrefix(in, "source:") || strings.HasPrefix(in, "sources:")
}

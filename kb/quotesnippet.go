package kb

import (
	"strings"
	"unicode/utf8"
)

// quoteOnly reports whether a sentence is wholly one quotation with no
// attribution of its own (“The Reyes plan will fail.”): under a profile it
// reads as the person's own words, though it may be anyone's that name them.
func quoteOnly(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), ".")
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if first != '"' && first != '“' || last != '"' && last != '”' || len(s) < 3 {
		return false
	}
	inner := s[utf8.RuneLen(first) : len(s)-utf8.RuneLen(last)]
	return !strings.ContainsAny(inner, "\"“”")
}

// appendQuoted appends the quote-only sentences set aside by snippetsOf,
// each text once, while out holds fewer than n snippets.
func appendQuoted(out, quoted []Snippet, texts map[string]bool, n int) []Snippet {
	for _, sn := range quoted {
		if len(out) >= n {
			break
		}
		norm := strings.ToLower(strings.Join(strings.Fields(sn.Text), " "))
		if texts[norm] {
			continue
		}
		texts[norm] = true
		out = append(out, sn)
	}
	return out
}

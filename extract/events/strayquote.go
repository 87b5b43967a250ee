package events

import (
	"strings"

	"newsbot/extract/doc"
)

// The last sentence of a quotation of several sentences closes a
// quotation opened before it: `In August 2021 we had a truce and then we
// had the worst winter of the war."`. Its summary shows the closing mark
// alone, which reads as a stray; and its "today" is the speaker's, as in
// a quotation within one sentence (unspokenDay).

// closesQuotation reports whether the sentence sent ends a quotation of
// straight marks opened in an earlier sentence, with t inside it: no mark
// before t, an odd count of marks in the sentence, and the first after t
// a closing one, right after a word or a stop (`… for coffins."`), not
// an opening one (`said today "it is true`).
func closesQuotation(text string, sent, t doc.Span) bool {
	if t.Start < sent.Start || t.End > sent.End || sent.End > len(text) {
		return false
	}
	s := text[sent.Start:sent.End]
	before, after := s[:t.Start-sent.Start], s[t.End-sent.Start:]
	i := strings.Index(after, "\"")
	return strings.IndexByte(before, '"') < 0 && !hasCurlyQuote(before) && strings.Count(s, "\"")%2 == 1 && i > 0 && after[i-1] != ' ' && after[i-1] != '\n'
}

// withoutStrayQuotes drops the closing quotation mark that ends a
// summary holding no opening mark, and the space before it.
func withoutStrayQuotes(text string, out []Event) []Event {
	for i, e := range out {
		out[i].Summary = unquotedEnd(text, e.Summary)
	}
	return out
}

// unquotedEnd returns sp without a closing quotation mark at its end that
// no mark in sp opens: `… the worst winter of the war."` ends at "war.".
func unquotedEnd(text string, sp doc.Span) doc.Span {
	if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
		return sp
	}
	s := text[sp.Start:sp.End]
	var body string
	switch {
	case strings.HasSuffix(s, "\"") && strings.Count(s, "\"") == 1:
		body = strings.TrimSuffix(s, "\"")
	case strings.HasSuffix(s, "”") && !strings.Contains(s, "“") && strings.Count(s, "”") == 1:
		body = strings.TrimSuffix(s, "”")
	default:
		return sp
	}
	body = strings.TrimRight(body, " ")
	if body == "" {
		return sp
	}
	return doc.Span{Start: sp.Start, End: sp.Start + len(body)}
}

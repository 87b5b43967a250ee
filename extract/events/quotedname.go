package events

import "strings"

// quotedNameStart returns where a name found before an appositive
// starts once a quoted title it ends inside is taken whole: in
// `Lopez's "Night Train", the film that …` the capitalised words before
// the comma stop at the opening quotation mark, which would cut the
// title in two. The title is taken from its opening mark, with the
// possessive name before it ("Lopez's"). name is returned as it is when
// its words hold no unclosed quotation, and fallback when no opening
// mark is found.
func quotedNameStart(text string, sentStart, name, end, fallback int) int {
	seg := text[name:end]
	straight := strings.Count(seg, "\"")
	if straight%2 == 0 && strings.Count(seg, "“") == strings.Count(seg, "”") {
		return name
	}
	q := quoteOpenQuoteMarks.lastIn(text[sentStart:name])
	if q < 0 {
		return fallback
	}
	q += sentStart
	lead := strings.TrimRight(text[sentStart:q], " ")
	if strings.HasSuffix(lead, "'s") || strings.HasSuffix(lead, "’s") {
		owner := sentStart + len(lead)
		if n := nameBefore(text, sentStart, owner); n < owner {
			return n
		}
	}
	return q
}

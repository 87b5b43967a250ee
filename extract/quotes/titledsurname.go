package quotes

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// titledSurnames adds the mentions the tagger missed of a surname after a
// title ("Judge Reed granted the adjournment", "Ms Reed said"), when
// exactly one person named in full before bears the surname: the words
// are that person. ments must be ordered and without overlaps; so is the
// result.
func titledSurnames(text string, ments []doc.Mention) []doc.Mention {
	bearers := map[string]*bearer{}
	for _, m := range ments {
		f := strings.Fields(m.Text)
		if m.Type != doc.Person || len(f) < 2 {
			continue
		}
		switch b := bearers[f[len(f)-1]]; {
		case b == nil:
			bearers[f[len(f)-1]] = &bearer{key: m.Name(), first: m.End}
		case b.key != m.Name():
			b.clash = true
		}
	}
	var added []doc.Mention
	for sur, b := range bearers {
		if b.clash {
			continue
		}
		for from := b.first; ; {
			i := strings.Index(text[from:], sur)
			if i < 0 {
				break
			}
			at := from + i
			from = at + len(sur)
			if t := titleBefore(text, at, from); t >= 0 && !coveredBy(ments, t, from) {
				added = append(added, doc.Mention{Span: doc.Span{Start: at, End: from}, Type: doc.Person, Text: sur, Canonical: b.key})
			}
		}
	}
	if len(added) == 0 {
		return ments
	}
	out := append(ments, added...)
	slices.SortStableFunc(out, func(x, y doc.Mention) int { return x.Start - y.Start })
	return out
}

// titleBefore returns where the capitalised title starts that the word
// text[at:end], standing whole, follows after one space ("Judge Reed",
// "Ms Reed"); -1 when it follows none.
func titleBefore(text string, at, end int) int {
	if r, _ := utf8.DecodeRuneInString(text[end:]); end < len(text) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return -1
	}
	if at < 2 || text[at-1] != ' ' {
		return -1
	}
	s := at - 1
	for s > 0 && text[s-1] != ' ' && text[s-1] != '\n' && text[s-1] != '"' && text[s-1] != '(' {
		s--
	}
	title := text[s : at-1]
	if r, _ := utf8.DecodeRuneInString(title); !unicode.IsUpper(r) {
		return -1
	}
	if w := strings.ToLower(strings.TrimSuffix(title, ".")); !nameTitles[w] && !personTitles[w] {
		return -1
	}
	return s
}

// coveredBy reports whether any of the ordered mentions overlaps
// text[lo:hi].
func coveredBy(ments []doc.Mention, lo, hi int) bool {
	i := sort.Search(len(ments), func(i int) bool { return ments[i].End > lo })
	return i < len(ments) && ments[i].Start < hi
}

package kb

import (
	"strings"
	"unicode"
)

// quoteTail is how many bytes after a quote are read to find a quote
// that goes on after its attribution.
const quoteTail = 160

// maxOpeningWords bounds the words of a short quote that opens a longer
// one after its attribution: "Eleven votes," she said. "You spend ..."
const maxOpeningWords = 5

// maxAttributionWords bounds the words of the attribution between them.
const maxAttributionWords = 8

// joinShortOpenings joins a short quote to the quote that follows it in
// the same paragraph of the same article, by the same speaker, when only
// its attribution stands between them and the quote after repeats its
// words (`"Nine days," he said. "We searched for nine days ..."`): the
// two are one passage the attribution interrupts, shown as "Nine days …
// We searched for nine days ...", with a citation over both. Alone, the
// opening would read as a part of the longer quote cited again.
func joinShortOpenings(hits []QuoteHit) []QuoteHit {
	out := hits[:0:0]
	for i := 0; i < len(hits); i++ {
		h := hits[i]
		if i+1 < len(hits) && opensQuote(h, hits[i+1]) {
			if j, ok := joinHits(h, hits[i+1]); ok {
				h = j
				i++
			}
		}
		out = append(out, h)
	}
	return out
}

// opensQuote reports whether hit x is a short quote that y goes on from
// past x's attribution.
func opensQuote(x, y QuoteHit) bool {
	if x.Cite.Article.ID != y.Cite.Article.ID || x.Speaker != y.Speaker || y.start <= x.end || y.start-x.end > len(x.after) ||
		len(strings.Fields(x.Text)) > maxOpeningWords || x.Cite.Start > y.Cite.Start || x.Cite.End > y.Cite.End {
		return false
	}
	return attributionOnly(x.after[:y.start-x.end]) && repeats(y.Text, x.Text)
}

// repeats reports whether the words of part, case and punctuation aside,
// occur in a row in whole.
func repeats(whole, part string) bool {
	w, p := lowerWords(whole), lowerWords(part)
	return len(p) > 0 && strings.Contains(" "+strings.Join(w, " ")+" ", " "+strings.Join(p, " ")+" ")
}

// attributionOnly reports whether gap, the bytes between two quotes, is a
// comma inside a closing mark, a short attribution on one line ending in a
// full stop, and the opening mark of the next quote: `," he said. "`.
func attributionOnly(gap string) bool {
	rest, ok := strings.CutPrefix(gap, ",")
	if !ok {
		return false
	}
	rest, ok = cutAny(rest, `"`, "”")
	if !ok {
		return false
	}
	body, ok := trimOpening(rest)
	if !ok || strings.ContainsAny(body, "\n\r\"“”") {
		return false
	}
	body = strings.TrimSpace(body)
	words := strings.Fields(body)
	if !strings.HasSuffix(body, ".") || len(words) == 0 || len(words) > maxAttributionWords {
		return false
	}
	return unicode.IsLower([]rune(words[0])[0]) || len(words) > 1 // "he said." or "Lind said."
}

// cutAny cuts one of the prefixes from s.
func cutAny(s string, prefixes ...string) (string, bool) {
	for _, p := range prefixes {
		if r, ok := strings.CutPrefix(s, p); ok {
			return r, true
		}
	}
	return s, false
}

// trimOpening cuts the opening mark, with the spaces before it, from the
// end of s.
func trimOpening(s string) (string, bool) {
	for _, m := range []string{`"`, "“"} {
		if r, ok := strings.CutSuffix(s, m); ok {
			return strings.TrimRight(r, " "), true
		}
	}
	return s, false
}

// joinHits makes one hit of an opening x and the quote y it goes on in:
// their words joined by an ellipsis where the attribution stood, and a
// citation running from x's sentences to y's. It reports false when the
// bytes between their sentences are not at hand.
func joinHits(x, y QuoteHit) (QuoteHit, bool) {
	j := y
	j.Text = x.Text + " … " + y.Text
	j.start = x.start
	sn := y.Cite
	sn.Start = x.Cite.Start
	switch {
	case x.Cite.End >= y.Cite.Start:
		sn.Text = x.Cite.Text[:y.Cite.Start-x.Cite.Start] + y.Cite.Text
	case y.Cite.Start-x.end <= len(x.after) && x.Cite.End >= x.end:
		sn.Text = x.Cite.Text + x.after[x.Cite.End-x.end:y.Cite.Start-x.end] + y.Cite.Text
	default:
		return y, false
	}
	j.Cite = sn
	return j, true
}

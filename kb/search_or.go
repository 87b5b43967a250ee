package kb

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"unicode"
)

// OrAlternatives splits a search at the word OR typed in capitals
// between two search words, outside quotes, as a search engine reads it:
// `"recount" OR ballot*` looks for sentences holding either. It returns
// nil for a search with no such OR. An OR beside another operator or at
// an end ("AND OR NEAR", "OR vaccine") joins nothing and is left to the
// search, which drops it.
func OrAlternatives(q string) []string {
	fields := strings.Fields(q)
	var alts []string
	start, inQuote := 0, false
	for i, f := range fields {
		if !inQuote && f == "OR" && i > start && i+1 < len(fields) && searchWord(fields[i-1]) && searchWord(fields[i+1]) {
			alts = append(alts, strings.Join(fields[start:i], " "))
			start = i + 1
		}
		if quoteMarkCount(f)%2 == 1 {
			inQuote = !inQuote
		}
	}
	if len(alts) == 0 {
		return nil
	}
	return append(alts, strings.Join(fields[start:], " "))
}

// searchWord reports whether a field of a search holds a word to look
// for, not an operator alone.
func searchWord(f string) bool {
	terms := Terms(f)
	return len(terms) > 0 && !(len(terms) == 1 && ftsOperator(terms[0]))
}

// searchAny answers a search of alternatives joined by OR: the sentences
// holding all the words of any one of them, best first. A sentence that
// holds only some of an alternative's words answers none of them.
func (s *Store) searchAny(ctx context.Context, alts []string, limit int) ([]SearchHit, error) {
	var hits []SearchHit
	for _, alt := range alts[:min(len(alts), MaxSearchTerms)] {
		got, err := s.Search(ctx, alt, limit)
		if err != nil {
			return nil, err
		}
		hits = append(hits, slices.DeleteFunc(got, func(h SearchHit) bool { return h.Partial })...)
	}
	slices.SortStableFunc(hits, func(a, b SearchHit) int { return cmp.Compare(a.Score, b.Score) })
	type at struct {
		article    string
		start, end int
	}
	seen := map[at]bool{}
	hits = slices.DeleteFunc(hits, func(h SearchHit) bool {
		k := at{h.Article.ID, h.Start, h.End}
		if seen[k] {
			return true
		}
		seen[k] = true
		return false
	})
	return hits[:min(len(hits), limit)], nil
}

// quoteMarkCount counts the marks in f that open or close a phrase.
func quoteMarkCount(f string) int {
	n := 0
	for _, r := range f {
		if strings.ContainsRune(quoteMarks, r) {
			n++
		}
	}
	return n
}

// hasLetterOrDigit reports whether a run of word characters holds a
// letter or a digit, not combining marks alone.
func hasLetterOrDigit(rs []rune) bool {
	for _, r := range rs {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

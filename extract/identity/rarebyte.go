package identity

import "strings"

// indexAtRare returns strings.Index(s, sub), found by scanning s for
// sub[k] rather than sub[0]: strings.Index stops at every occurrence of
// sub's first byte, and a pattern that opens with a common letter ("s" of
// "spell", "t" of "themselves") stops at many; a rarer byte inside it
// ("p", "v") stops at few. Occurrences of sub[k] are visited left to
// right, so the first whole match found is the leftmost. k must index
// sub.
func indexAtRare(s, sub string, k int) int {
	c := sub[k]
	last := len(s) - len(sub) + k // the last place sub[k] of a match may take
	for i := k; i <= last; i++ {
		j := strings.IndexByte(s[i:last+1], c)
		if j < 0 {
			return -1
		}
		i += j
		if s[i-k:i-k+len(sub)] == sub {
			return i - k
		}
	}
	return -1
}

// containsAtRare is strings.Contains(s, sub) by way of indexAtRare.
func containsAtRare(s, sub string, k int) bool { return indexAtRare(s, sub, k) >= 0 }

// anyAtRare reports whether before(s[:i]) holds for some i at which sub
// occurs in s, visiting the occurrences left to right by way of
// indexAtRare (k as there).
func anyAtRare(s, sub string, k int, before func(string) bool) bool {
	for off := 0; ; {
		i := indexAtRare(s[off:], sub, k)
		if i < 0 {
			return false
		}
		if before(s[:off+i]) {
			return true
		}
		off += i + 1
	}
}

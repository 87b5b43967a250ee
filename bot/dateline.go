package bot

import "newsbot/extract/segment"

// withoutDateline returns a sentence shown alone without the wire
// dateline that opens it ("LONDON (Reuters) - "): where a story was filed
// from is no part of what the sentence says. A dateline that holds one of the
// names the rest of the sentence lacks stays: the sentence is cited for
// that name ("TESSEN — …" for Tessen).
func withoutDateline(s string, names ...string) string {
	return s[segment.DatelinePrefixEndKeeping(s, names...):]
}

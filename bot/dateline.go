package bot

import "newsbot/extract/segment"

// withoutDateline returns a sentence shown alone without the wire
// dateline that opens it ("LONDON (Reuters) - "): where a story was filed
// from is no part of what the sentence says.
func withoutDateline(s string) string {
	return s[segment.DatelinePrefixEnd(s):]
}

package kb

import "newsbot/extract/segment"

// isTurnQuestion reports whether a question is a turn of a transcript,
// opened by its speaker's label ("Q (Daily Post): When will it open?"):
// the answer is another speaker's turn, found by its own words, not a
// heading's paragraph.
func isTurnQuestion(question string) bool {
	return segment.IsTurn(question)
}

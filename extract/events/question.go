package events

import (
	"regexp"

	"newsbot/extract/doc"
)

// questionLabel opens an interviewer's question in a printed interview:
// "Q: Will the tax changes be in place from 1 January?"
var questionLabel = regexp.MustCompile(`^(?:Q|Question)\s*:\s+\S`)

// questionParas returns the paragraphs (by Para) of sents that an
// interview's question label opens. A question reports nothing: "Q: Your
// brother is negotiating a transfer this month." is the interviewer's
// premise, not a dated event.
func questionParas(text string, sents []doc.Sentence) map[int]bool {
	out := map[int]bool{}
	seen := map[int]bool{}
	for _, s := range sents {
		if seen[s.Para] || s.End > len(text) {
			continue
		}
		seen[s.Para] = true // the first sentence of a paragraph holds its label
		if questionLabel.MatchString(text[s.Start:s.End]) {
			out[s.Para] = true
		}
	}
	return out
}

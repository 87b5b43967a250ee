package events

import (
	"regexp"
	"strings"

	"newsbot/extract/doc"
)

// questionLabel opens an interviewer's question in a printed interview:
// "Q: Will the tax changes be in place from 1 January?", and in a
// briefing's transcript naming who asks: "Q (Ann Moss, Daily Post): Why
// was the bridge closed on Monday?"
var questionLabel = regexp.MustCompile(`^(?:Q|Question)(?:\s*\([^()\n]{1,80}\))?\s*:\s+\S`)

// questionParas returns the paragraphs (by Para) of sents that an
// interview's question label opens. A question reports nothing: "Q: Your
// brother is negotiating a transfer this month." is the interviewer's
// premise, not a dated event.
func questionParas(text string, sents []doc.Sentence) map[int]bool {
	var out map[int]bool // made for the first question: most texts have none
	var seen paraSet
	for _, s := range sents {
		if seen.has(s.Para) || s.End > len(text) {
			continue
		}
		seen.add(s.Para) // the first sentence of a paragraph holds its label
		if line := text[s.Start:s.End]; strings.HasPrefix(line, "Q") && questionLabel.MatchString(line) {
			if out == nil {
				out = map[int]bool{}
			}
			out[s.Para] = true
		}
	}
	return out
}

// operatorLabel opens a conference call operator's line in a transcript:
// "Operator: Our next question comes from the line of Ann Moss."
var operatorLabel = regexp.MustCompile(`^Operator\s*:\s+\S`)

// speakerLabel opens a speaker's turn in a transcript: "Ann Moss - Kestrel
// Bank: Thanks.", "Ann Moss: Thanks."
var speakerLabel = regexp.MustCompile(`^[A-Z][\w.'&]*(?:[ -]+[A-Z&][\w.'&]*){0,8}\s*:\s+\S`)

// transcriptAsides returns the sentences of sents that report nothing in
// a transcript: an operator's lines, and the questions (sentences ending
// in "?") of a speaker's turn. "Will it change your plans for next
// year?" asks; it dates nothing.
func transcriptAsides(text string, sents []doc.Sentence) map[doc.Span]bool {
	var out map[doc.Span]bool        // made for the first aside: most texts have none
	var turn, operator, seen paraSet // paragraphs a speaker label opens, an operator label opens, read
	for _, s := range sents {
		if s.End > len(text) {
			continue
		}
		body := text[s.Start:s.End]
		if !seen.has(s.Para) {
			seen.add(s.Para)
			if strings.HasPrefix(body, "Operator") && operatorLabel.MatchString(body) {
				operator.add(s.Para)
			}
			if mayOpenTurn(body) && speakerLabel.MatchString(body) {
				turn.add(s.Para)
			}
		}
		asks := turn.has(s.Para) && strings.HasSuffix(strings.TrimRight(body, " \"'”’)"), "?")
		if operator.has(s.Para) || asks {
			if out == nil {
				out = map[doc.Span]bool{}
			}
			out[s.Span] = true
		}
	}
	return out
}

// mayOpenTurn reports whether s can open with a speaker's label: every
// match of speakerLabel opens with a capital letter and holds a colon.
func mayOpenTurn(s string) bool {
	return s != "" && s[0] >= 'A' && s[0] <= 'Z' && strings.IndexByte(s, ':') >= 0
}

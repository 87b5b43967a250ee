package extract

import (
	"regexp"
	"strings"

	"newsbot/extract/doc"
)

// questionLine matches a line of a transcript opened by the label of a
// question: "Q. How do you feel?", "Q: Why now?".
var questionLine = regexp.MustCompile(`(?m)^Q[.:][ \t]+\S`)

// minLabelLines is how many lines a label in capitals must open for a
// transcript to give it as a speaker.
const minLabelLines = 2

// withTranscriptLabelPeople reads as people the speaker labels in
// capitals of a question-and-answer transcript ("JO REED: Not this
// year."): a name of two words or more, in capitals, that opens at least
// minLabelLines lines followed by a colon, in a text whose lines also
// open with "Q." or "Q:". The tagger, seeing capitals (accented ones
// too), often takes such a label for an organisation; withLabelPeople
// needs the name again in ordinary case, which a transcript may not
// give.
func withTranscriptLabelPeople(text string, ms []doc.Mention) []doc.Mention {
	if !hasQuestionLine(text) {
		return ms
	}
	counts := map[string]int{}
	for _, m := range ms {
		if label, ok := transcriptCapsLabel(text, m); ok {
			counts[label]++
		}
	}
	for i, m := range ms {
		if label, ok := transcriptCapsLabel(text, m); ok && m.Type != doc.Person && counts[label] >= minLabelLines {
			ms[i].Type = doc.Person
		}
	}
	return ms
}

// transcriptCapsLabel returns the text of m when it is a whole speaker
// label in capitals of two words or more: it opens its line, and a colon
// follows it.
func transcriptCapsLabel(text string, m doc.Mention) (string, bool) {
	if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
		return "", false
	}
	label := text[m.Start:m.End]
	if len(strings.Fields(label)) < 2 || !capitalsOnly(label) || !opensLine(text, m.Start) || !colonAfter(text, m.End) {
		return "", false
	}
	return label, true
}

// withoutQuestionLabels drops from ms the "Q" of a line opened by the
// label of a question ("Q. How do you feel?"): the questioner, named by
// no one.
func withoutQuestionLabels(text string, ms []doc.Mention) []doc.Mention {
	out := ms[:0]
	for _, m := range ms {
		if !questionLabelAt(text, m) {
			out = append(out, m)
		}
	}
	return out
}

// questionLabelAt reports whether m is the "Q" of a question label
// opening its line, a dot or a colon and a space after it.
func questionLabelAt(text string, m doc.Mention) bool {
	if m.Start < 0 || m.Start+3 > len(text) || text[m.Start] != 'Q' || !opensLine(text, m.Start) {
		return false
	}
	return questionLine.MatchString(text[m.Start:min(len(text), m.Start+8)])
}

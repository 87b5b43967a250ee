package events

import (
	"strings"
	"time"

	"newsbot/extract/doc"
)

// minLeadWords is the fewest words of a sentence taken as a report's
// lead: shorter lines under a headline are bylines, datelines or labels.
const minLeadWords = 8

// leadSentence returns the first sentence of a report under a headline
// that closes with a full stop and runs to at least minLeadWords words:
// the lead, which tells the report's news. A byline or a dateline between
// the headline and the lead ("By Ann Moss | The Courier") is passed over.
func leadSentence(text string, sents []doc.Sentence, head doc.Span, hasHead bool) (doc.Span, bool) {
	if !hasHead {
		return doc.Span{}, false
	}
	for _, s := range sents {
		if s.Start < head.End || s.End > len(text) {
			continue
		}
		line := strings.TrimRight(text[s.Start:s.End], " \t\r\n\"'”’)")
		if line == "" || !stopBangAskMarks.in(line[len(line)-1:]) {
			continue
		}
		if len(strings.Fields(line)) < minLeadWords {
			continue
		}
		return s.Span, true
	}
	return doc.Span{}, false
}

// newsOfLead reports whether a possessive time that dates only what a
// present perfect followed ("has ordered a review after visiting the
// scene of Tuesday's derailment") sits in the report's lead, whose
// present perfect tells the news of the day of publication: the lead is
// then dated by that day rather than left undated.
func newsOfLead(sent, lead doc.Span, hasLead bool, published time.Time) bool {
	return hasLead && sent == lead && !published.IsZero()
}

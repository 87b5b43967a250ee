package events

import (
	"strings"

	"newsbot/extract/doc"
	"newsbot/extract/segment"
	"newsbot/extract/timex"
)

// filingDates returns the calendar expressions inside a wire dateline
// ("KESSA, March 10 - ") of a sentence that another calendar expression
// dates: the dateline gives the day the story was filed, and the
// sentence's own time ("finished first in Sunday's presidential
// election") dates what it reports. A dateline's date with no other time
// in the sentence still dates it, unless the dateline stands alone on its
// line ("LISBON, 3 March 2026 —"): then there is nothing it dates. cals
// holds calendarDate of each of times.
func filingDates(text string, sents []doc.Sentence, times []timex.Expr, cals []calendar) map[doc.Span]bool {
	aside := map[doc.Span]bool{}
	inDateline := map[doc.Span][]doc.Span{} // sentence -> its dateline's dates
	dated := map[doc.Span]bool{}            // sentences another time dates
	for i, t := range times {
		if !cals[i].ok {
			continue
		}
		s, ok := sentenceOf(sents, t.Span)
		if !ok || s.End > len(text) {
			continue
		}
		if segment.IsDateline(text[s.Start:s.End]) {
			aside[t.Span] = true
			continue
		}
		if end := datelineEnd(text[s.Start:s.End]); end > 0 && t.End <= s.Start+end || entryStamp(text, s.Span, t.Span) {
			inDateline[s.Span] = append(inDateline[s.Span], t.Span)
		} else {
			dated[s.Span] = true
		}
	}
	for s, ts := range inDateline {
		for _, t := range ts {
			aside[t] = dated[s]
		}
	}
	return aside
}

// entryStamp reports whether t is the time that opens an entry of a live
// report, before a dash ("13:40 GMT - The bank closed on Saturday"): like
// a dateline's date, it gives way to a date of the sentence's own.
func entryStamp(text string, sent, t doc.Span) bool {
	if strings.TrimSpace(text[sent.Start:t.Start]) != "" {
		return false
	}
	rest := strings.TrimLeft(text[t.End:sent.End], " ")
	return strings.HasPrefix(rest, "- ") || strings.HasPrefix(rest, "– ") || strings.HasPrefix(rest, "— ")
}

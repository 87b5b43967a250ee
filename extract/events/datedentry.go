package events

import (
	"strings"

	"newsbot/extract/doc"
)

// datedEntryLine returns the whole of sentence sent when it is an entry
// of a dated list, the date at t heading it before a colon ("14 October:
// Death toll rises to 31; government pledges €40m in emergency aid"): the
// date heads every clause of the entry, so none is cut away. A sentence
// dating more than one thing (split) is no such entry.
func datedEntryLine(text string, sent, t doc.Span, split bool) (doc.Span, bool) {
	if split || sent.Start < 0 || sent.End > len(text) || t.Start < sent.Start || t.End > sent.End {
		return doc.Span{}, false
	}
	start := sent.Start
	switch strings.TrimSpace(text[sent.Start:t.Start]) {
	case "":
	case "-", "–", "•", "*":
		start = t.Start // "- 1 June: …", a bulleted entry
	default:
		return doc.Span{}, false
	}
	rest := text[t.End:sent.End]
	if !strings.HasPrefix(rest, ":") || strings.TrimSpace(rest[1:]) == "" || quoteCurlyQuotesMarks.in(rest) {
		return doc.Span{}, false
	}
	st, en := trim(text, start, sent.End)
	return doc.Span{Start: st, End: en}, en > st
}

// pastEntryWords are past forms that tell an entry of a dated list done.
var pastEntryWords = map[string]bool{"was": true, "were": true, "had": true, "did": true, "came": true, "went": true,
	"won": true, "lost": true, "began": true, "took": true, "gave": true, "made": true, "met": true, "left": true}

// scheduledEntry reports whether sum, an entry of a dated list whose date t
// lies after the page's day, is what is still to come: its words after the
// colon tell nothing done ("5 May: deadline for CAS decision", "12 June:
// final hearing"), no past form (-ed, "was", "took") among them.
func scheduledEntry(text string, sent, sum, t doc.Span) bool {
	e, ok := datedEntryLine(text, sent, t, false)
	if !ok || e != sum {
		return false
	}
	ws := lowerWords(text[t.End:sum.End])
	for i, w := range ws {
		if (pastEntryWords[w] || len(w) > 3 && strings.HasSuffix(w, "ed")) && !describedBy(text[t.End:sum.End], ws, i) {
			return false
		}
	}
	return true
}

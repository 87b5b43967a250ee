package events

import (
	"strings"

	"newsbot/extract/doc"
)

// presentHeads open a main clause in the present or the present perfect:
// "has been extended", "is holding".
var presentHeads = map[string]bool{"has": true, "have": true, "is": true, "are": true}

// subjectRelativeOnly reports whether the expression at t dates only a
// relative clause on the sentence's subject while the main verb after it
// is in the present or the present perfect: in "The 72-hour truce that
// began on Saturday has been extended by seven days" Saturday dates the
// truce's start, not the extension, which is news of the day of
// publication; the row is the subject and its relative clause. The relative clause opens with a verb in the past and no
// comma stands between the subject and the expression or between the
// expression and the main verb.
func subjectRelativeOnly(low *lowText, sent, t doc.Span) bool {
	text := low.text
	if t.Start-sent.Start > leadWindow {
		return false // the subject must open the sentence, a few words back
	}
	// The word after the time and the punctuation before it are read
	// first: few sentences pass them.
	if !presentHeads[nextWord(strings.TrimLeft(text[t.End:sent.End], " "))] || clauseMarks.in(text[sent.Start:t.Start]) {
		return false
	}
	ws := low.wordSpans(sent.Start, t.Start)
	rel := -1
	for i := len(ws) - 1; i >= 0 && len(ws)-i <= maxRelativeWords; i-- {
		if isRelativePronoun(text[ws[i].Start:ws[i].End]) {
			rel = i
			break
		}
	}
	if rel < 1 || rel+1 >= len(ws) {
		return false
	}
	if v := strings.ToLower(text[ws[rel+1].Start:ws[rel+1].End]); !strings.HasSuffix(v, "ed") && !pastForms[v] {
		return false
	}
	if start, ok := nounPhraseStart(text, ws[:rel]); !ok || start != 0 {
		return false
	}
	return true
}

// pastForms are simple pasts that do not end in -ed, as a relative
// clause on a subject tells them: "the truce that began on Saturday".
var pastForms = map[string]bool{
	"began": true, "came": true, "went": true, "took": true, "broke": true,
	"struck": true, "hit": true, "fell": true, "rose": true, "won": true, "lost": true, "met": true, "held": true,
}

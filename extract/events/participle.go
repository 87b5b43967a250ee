package events

import (
	"strings"

	"newsbot/extract/doc"
)

// maxNounWords is the most words of the noun phrase a participle
// phrase set off by commas qualifies ("the first tally").
const maxNounWords = 5

// participleAside returns the noun phrase and the participle phrase on
// it, set off by commas, that hold the expression at t, in a summary
// sum dating another event too: in "The commission ordered the recount
// on Tuesday after the first tally, published overnight on Monday, put
// the Liberal Union ahead" Monday dates "the first tally, published
// overnight on Monday", not the recount. The phrase opens with a past
// participle and closes at a comma right after the expression; the noun
// phrase opens with a determiner.
func participleAside(text string, sum, t doc.Span) (doc.Span, bool) {
	if !sum.Contains(t) || !strings.HasPrefix(text[t.End:sum.End], ",") {
		return doc.Span{}, false
	}
	c := strings.LastIndexByte(text[sum.Start:t.Start], ',')
	if c < 0 {
		return doc.Span{}, false
	}
	c += sum.Start
	phrase := text[c+1 : t.Start]
	w := nextWord(phrase)
	if strings.ContainsAny(phrase, ";:\"“”()") || !(len(w) > 4 && strings.HasSuffix(w, "ed") || irregularPast[w]) {
		return doc.Span{}, false
	}
	ws := wordSpans(text, sum.Start, c)
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-maxNounWords; i-- {
		lw := strings.ToLower(text[ws[i].Start:ws[i].End])
		if determiners[lw] {
			return doc.Span{Start: ws[i].Start, End: t.End}, i > 0
		}
		if auxiliaries[lw] || stopWords[lw] {
			break
		}
	}
	return doc.Span{}, false
}

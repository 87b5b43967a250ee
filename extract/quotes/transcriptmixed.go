package quotes

import (
	"strings"

	"newsbot/extract/doc"
)

// A transcript line may quote, inside the answer, words the reporter
// heard apart ("Brandt: It was hard. \"We lost,\" she said. That is
// all."). The sentences of such a line without quote marks are still the
// labelled person's answer; the sentence with the quote is left to the
// ordinary attribution. A sentence that reports speech or opens with "he"
// or "she" may be the reporter's narration and is left alone.

// mixedLineQuotes returns the answers in the sentences without quote marks
// of the transcript lines that also quote words, labelled by a person of
// the article.
func (a *analysis) mixedLineQuotes(sents []doc.Sentence) []Quote {
	var out []Quote
	for pi, p := range a.paras {
		if !a.paraQuoted(pi) || inBoilerplate(sents, p.Start) || a.headingPara(pi) {
			continue
		}
		l, ok := a.labelled(p.Span)
		if !ok || questionLabels[l.label] || answerLabels[l.label] {
			continue
		}
		m, ok := a.personCalled(l.label)
		if !ok {
			continue
		}
		sents := a.lineSentences(p, l.words.Start)
		if a.wholeTurn(pi, sents) {
			out = append(out, a.transcriptQuote(l, &m))
			continue
		}
		for _, s := range a.answerRuns(sents) {
			out = append(out, a.transcriptQuote(transcriptLine{label: l.label, labelAt: l.labelAt, words: s}, &m))
		}
	}
	return out
}

// lineSentences cuts a paragraph, from start on, into its sentences.
func (a *analysis) lineSentences(p para, start int) []doc.Span {
	var out []doc.Span
	from := start
	for _, c := range append(append([]int(nil), p.cuts...), p.End) {
		if c <= from {
			continue
		}
		s := doc.Span{Start: from, End: c}
		for s.Start < s.End && a.text[s.Start] == ' ' {
			s.Start++
		}
		if s.Start < s.End {
			out = append(out, s)
		}
		from = c
	}
	return out
}

// narrationOrQuote reports whether a sentence of a transcript line holds
// a quote mark, a word of speech or opens with "he" or "she".
func (a *analysis) narrationOrQuote(s doc.Span) bool {
	t := strings.TrimRight(a.text[s.Start:s.End], " \n")
	if strings.ContainsAny(t, "\"“”«»„") {
		return true
	}
	words := strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == ';' })
	if len(words) > 0 && (words[0] == "he" || words[0] == "she") {
		return true
	}
	for _, w := range words {
		if _, ok := speechVerbs[w]; ok {
			return true
		}
	}
	return false
}

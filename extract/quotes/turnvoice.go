package quotes

import (
	"strings"

	"newsbot/extract/doc"
)

// A transcript answer speaks in the first person, so the words it quotes
// inside it are someone else's, reported by the one answering:
//
//	Brandt: It was a long night. My coach rang me. She told me: "Go
//	home and sleep." So I did.
//
// The whole answer is Brandt's one quote, the passage in quote marks
// included; the quoted words themselves are not Brandt's, so "she" there
// is never the person of the label (see othersInTurns). Such an answer is
// read whole only when every sentence quoting words is framed by the one
// answering ("told me", "I said"); a sentence of the reporter's narration
// ("she said") leaves the answer cut around it, each stretch of the
// answer's own sentences one quote (see mixedLineQuotes).

// firstPersonWords mark the one answering in the frame of a quote.
var firstPersonWords = wordSet(`i me my we us our`)

// ownFramed reports whether a sentence holding a quote mark frames the
// quote in the first person: a word outside the marks is "I", "me", "my",
// "we", "us" or "our".
func ownFramed(s string) bool {
	in := false
	var frame strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\"“”«»„", r) {
			in = !in
			frame.WriteByte(' ')
			continue
		}
		if !in {
			frame.WriteRune(r)
		}
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(frame.String()), notWordRune) {
		if firstPersonWords[w] {
			return true
		}
	}
	return false
}

// notWordRune reports whether r separates words; an apostrophe does
// ("I'm" holds "I").
func notWordRune(r rune) bool { return !isWordRune(r) }

// wholeTurn reports whether the sentences of transcript line pi make one
// answer: the quote of every segment opening in it is framed in the first
// person, and at least one segment opens there.
func (a *analysis) wholeTurn(pi int, sents []doc.Span) bool {
	quoted := false
	for i := range a.segs {
		if a.segs[i].para != pi {
			continue
		}
		if !ownFramed(a.segFrame(&a.segs[i], sents)) {
			return false
		}
		quoted = true
	}
	return quoted
}

// segFrame returns the sentences a segment's quote stands in, from the
// one its opening mark is in to the one its closing mark is in.
func (a *analysis) segFrame(s *quoteSeg, sents []doc.Span) string {
	from, to := s.open, s.content.End
	for _, t := range sents {
		if t.Start <= s.open && s.open < t.End {
			from = t.Start
		}
		if t.Start <= s.content.End && s.content.End <= t.End {
			to = max(to, t.End)
		}
	}
	return a.text[from:to]
}

// answerRuns groups the sentences of a transcript line that are the
// answer's own words (not narration, not quoting) into runs of adjacent
// sentences, each run one stretch of the answer.
func (a *analysis) answerRuns(sents []doc.Span) []doc.Span {
	var out []doc.Span
	joined := false
	for _, s := range sents {
		if a.narrationOrQuote(s) {
			joined = false
			continue
		}
		if joined {
			out[len(out)-1].End = s.End
			continue
		}
		out = append(out, s)
		joined = true
	}
	return out
}

// othersInTurns leaves unattributed the quotes inside a person's
// transcript answer, framed by the one answering, that a "he" or "she"
// gave to that same person: the one answering says "I", so in "Brandt:
// She told me: \"Go home.\"" the quoted words are not Brandt's.
func (a *analysis) othersInTurns(sents []doc.Sentence) {
	for i := range a.segs {
		s := &a.segs[i]
		if s.ev == nil || !s.ev.resolved || !thirdPersonSpan(a.text, s.ev.span) {
			continue
		}
		p := a.paras[s.para]
		if inBoilerplate(sents, p.Start) || a.headingPara(s.para) {
			continue
		}
		l, ok := a.labelled(p.Span)
		if !ok || s.open < l.words.Start || questionLabels[l.label] || answerLabels[l.label] {
			continue
		}
		if !ownFramed(a.segFrame(s, a.lineSentences(p, l.words.Start))) {
			continue // "\"We lost,\" she said": the reporter's words, she the one answering
		}
		if m, ok := a.personCalled(l.label); ok && speakerName(m) == s.ev.name {
			s.ev = nil
		}
	}
}

// thirdPersonSpan reports whether span is the pronoun "he" or "she".
func thirdPersonSpan(text string, span doc.Span) bool {
	if span.Start < 0 || span.End > len(text) || span.Start >= span.End {
		return false
	}
	return personPronouns[strings.ToLower(text[span.Start:span.End])]
}

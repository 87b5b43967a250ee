package events

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// maxRelativeWords bounds the words from a relative pronoun to the time
// expression it leads to.
const maxRelativeWords = 16

// maxPremodifiers bounds the words between a determiner and the relative
// pronoun after its noun ("the heated committee meeting that").
const maxPremodifiers = 4

// relativePronouns open a relative clause on the noun before them.
var relativePronouns = map[string]bool{"that": true, "which": true, "who": true}

// isRelativePronoun returns relativePronouns[strings.ToLower(w)]. An
// ASCII word is compared with each pronoun in either case, without a
// lower-cased copy: lower-casing ASCII keeps its length and its bytes'
// places.
func isRelativePronoun(w string) bool {
	if !isASCII(w) {
		return relativePronouns[strings.ToLower(w)]
	}
	switch len(w) {
	case len("who"):
		return hasFoldAt(w, 0, "who")
	case len("that"):
		return hasFoldAt(w, 0, "that")
	case len("which"):
		return hasFoldAt(w, 0, "which")
	}
	return false
}

// restrictiveRelative returns the span of a noun phrase and the relative
// clause on it, set off by no comma, that holds the expression at t,
// when the clause cut around t holds another time, which dates the main
// clause or an earlier stretch of the relative clause: in "The number of people killed by the earthquake that hit
// western Nepal on Sunday night has risen to 1,512, officials said on
// Friday" Sunday dates "the earthquake that hit western Nepal on Sunday
// night", and in "In 2015 she chaired the review of the family courts
// that led to the creation of the network two years later" the later
// year dates "the review of the family courts that led to …"; in "…
// from Brightwater Marine, a dredging firm that won three contracts in
// 2019 and a fourth last year" last year dates "Brightwater Marine, a
// dredging firm that won three contracts in 2019 and a fourth last
// year", not what prosecutors said Okafor took. A noun
// phrase opens with a determiner, and may take an "of" phrase after its
// noun, or stand after a name it describes ("Ruth Wanjiru, the runner
// who …"); a clause after a verb ("said that …", "said on Monday that
// …") is none.
func restrictiveRelative(low *lowText, sent, clause, t doc.Span, dated []doc.Span) (doc.Span, bool) {
	text := low.text
	if !slices.ContainsFunc(dated, func(o doc.Span) bool { return o != t && clause.Contains(o) }) {
		return doc.Span{}, false // no other time in the clause calls for the cut
	}
	ws := low.wordSpans(sent.Start, t.Start)
	rel := -1
	for i := len(ws) - 1; i >= 0 && len(ws)-i <= maxRelativeWords; i-- {
		if isRelativePronoun(text[ws[i].Start:ws[i].End]) {
			rel = i
			break
		}
	}
	if rel < 1 || rel+1 >= len(ws) || clauseMarks.in(text[ws[rel-1].End:t.Start]) ||
		!relativeVerb(text[ws[rel+1].Start:ws[rel+1].End]) {
		return doc.Span{}, false
	}
	for _, o := range dated {
		// "the jet that went down on Sunday were retrieved on
		// Tuesday": the relative clause ends at its own date, and only
		// a second object of its verb ("and a fourth last year") goes
		// on past it.
		if o.Start > ws[rel].End && o.End <= t.Start && nextWord(text[o.End:t.Start]) != "and" {
			return doc.Span{}, false
		}
	}
	start, ok := nounPhraseStart(text, ws[:rel])
	if !ok {
		return doc.Span{}, false
	}
	return doc.Span{Start: appositiveName(text, sent.Start, ws[start].Start), End: t.End}, true
}

// precedesLater reports whether the phrase rel, dated by the expression
// at t to date, names what came before another day of its sentence (it
// follows "after") yet is dated later than that day (one of days): in "survived the motion late on Thursday after a
// marathon debate that ran overnight" the night that ends on the morning
// of Friday cannot be the debate's, which came before Thursday.
func precedesLater(text string, rel doc.Span, date string, t doc.Span, days []timex.Expr) bool {
	ws := lowerWords(text[max(0, rel.Start-len(" after ")):rel.Start])
	if len(ws) == 0 || ws[len(ws)-1] != "after" {
		return false
	}
	for _, d := range days {
		if d.Span != t && len(d.Value) >= len(date) && d.Value[:len(date)] < date {
			return true
		}
	}
	return false
}

// relativeVerb reports whether w, right after a relative pronoun, can be
// the verb of a relative clause on a subject ("that hit", "which led",
// "who had"), not the opening of a clause of its own ("that the", "that
// officials").
func relativeVerb(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) {
		return false
	}
	return auxiliaries[w] || strings.HasSuffix(w, "ed") || !stopWords[w] && !strings.HasSuffix(w, "s")
}

// nounPhraseStart returns the index in ws (the words before a relative
// pronoun) of the determiner opening the noun phrase it follows: "the
// earthquake", "the heated committee meeting", "the review of the family
// courts". ok is false when the words before the pronoun hold a function
// word or a verb of saying before any determiner near enough.
func nounPhraseStart(text string, ws []doc.Span) (int, bool) {
	i, ok := determinerBefore(text, ws, len(ws))
	if !ok {
		return 0, false
	}
	// "the review of the family courts": the phrase the "of" phrase
	// hangs on, when there is one.
	for i > 1 && strings.EqualFold(text[ws[i-1].Start:ws[i-1].End], "of") {
		j, ok := determinerBefore(text, ws, i-1)
		if !ok {
			break
		}
		i = j
	}
	return i, true
}

// determinerBefore returns the index of the determiner that opens the
// noun phrase ending before ws[end], at most maxPremodifiers words before
// its noun, with no function word between.
func determinerBefore(text string, ws []doc.Span, end int) (int, bool) {
	for i := end - 1; i >= 0 && end-i <= maxPremodifiers+1; i-- {
		w := strings.ToLower(text[ws[i].Start:ws[i].End])
		switch {
		case determiners[w]:
			return i, i < end-1
		case reportingVerbs[w] || attributionVerbs[w] || stopWords[w]:
			return 0, false
		}
	}
	return 0, false
}

// appositiveName returns where the name starts that a noun phrase
// opening at st stands in apposition to ("Ruth Wanjiru, the Kenyan
// runner who tested positive in 2024"), or st itself.
func appositiveName(text string, sentStart, st int) int {
	comma := strings.TrimRight(text[sentStart:st], " ")
	if !strings.HasSuffix(comma, ",") {
		return st
	}
	end := sentStart + len(comma) - 1
	if name := nameBefore(text, sentStart, end); name < end {
		return quotedNameStart(text, sentStart, name, end, st)
	}
	return st
}

// wordSpans returns the spans of the words (runs of letters, digits and
// apostrophes) of text[st:en].
func wordSpans(text string, st, en int) []doc.Span {
	// Sized for a word of six bytes or so: growing the list cost more
	// than finding its words.
	out := make([]doc.Span, 0, len(text[st:en])/6+1)
	for w, ok := nextWordSpan(text, st, en); ok; w, ok = nextWordSpan(text, w.End, en) {
		out = append(out, w)
	}
	return out
}

// prevWordSpan returns the span of the last word of text[st:en], as
// wordSpans counts words, and whether there is one. Read from its end,
// text splits into the same words as read from st.
func prevWordSpan(text string, st, en int) (doc.Span, bool) {
	end := -1
	_ = text[st:en] // out of range as the words are read
	for i := en; i > st; {
		r, size := rune(text[i-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(text[st:i])
		}
		isWord := wordRune(r)
		switch {
		case isWord && end < 0:
			end = i
		case !isWord && end >= 0:
			return doc.Span{Start: i, End: end}, true
		}
		i -= size
	}
	if end >= 0 {
		return doc.Span{Start: st, End: end}, true
	}
	return doc.Span{}, false
}

// lastWordSpans returns the last n words of text[st:en] (all of them if
// there are fewer), as wordSpans(text, st, en) ends.
func lastWordSpans(text string, st, en, n int) []doc.Span {
	return wordSpans(text, wordsBack(text, st, en, n), en)
}

// wordsFromEnd reads the words of text[st:en] from its end, as wordSpans
// splits them, each once and only as far as asked.
type wordsFromEnd struct {
	text   string
	st, en int        // en moves back over the words read
	spans  []doc.Span // spans[k] is the k-th word from the end
}

// has reports whether text[st:en] has a k-th word from its end.
func (b *wordsFromEnd) has(k int) bool {
	for len(b.spans) <= k {
		w, ok := prevWordSpan(b.text, b.st, b.en)
		if !ok {
			return false
		}
		b.spans = append(b.spans, w)
		b.en = w.Start
	}
	return true
}

// at returns the k-th word from the end, which has reported.
func (b *wordsFromEnd) at(k int) doc.Span {
	b.has(k)
	return b.spans[k]
}

// wordsBack returns the start of the n-th word of text[st:en] counted
// from its end, or st when it has fewer words.
func wordsBack(text string, st, en, n int) int {
	for ; n > 0; n-- {
		w, ok := prevWordSpan(text, st, en)
		if !ok {
			return st
		}
		en = w.Start
	}
	return en
}

// wordRune tells the runes of a word as wordSpans counts them: letters,
// digits and apostrophes, ASCII ones told without a table look-up.
func wordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '\''
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '’'
}

// nextWordSpan returns the span of the first word of text[st:en], as
// wordSpans counts words, and whether there is one.
func nextWordSpan(text string, st, en int) (doc.Span, bool) {
	in := -1
	_ = text[st:en] // out of range as the words are read
	for i := st; i < en; {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:en])
		}
		isWord := wordRune(r)
		switch {
		case isWord && in < 0:
			in = i
		case !isWord && in >= 0:
			return doc.Span{Start: in, End: i}, true
		}
		i += size
	}
	if in >= 0 {
		return doc.Span{Start: in, End: en}, true
	}
	return doc.Span{}, false
}

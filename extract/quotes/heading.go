package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// maxHeadingWords is how many words a heading line holds at most.
const maxHeadingWords = 15

// maxHeadingBytes bounds a heading line's length before its words are
// counted.
const maxHeadingBytes = 200

// maxHeadingChecks bounds how many quotes of heading lines are looked for
// in the body of one text.
const maxHeadingChecks = 50

// headingPara reports whether paragraph pi is a heading line: one short
// line of one sentence that does not end as a sentence of the body does
// ("Al-Rashidi: 'We came back because we gave our word'", "Savchenko
// speaks"), as a live blog heads its entries.
func (a *analysis) headingPara(pi int) bool {
	if len(a.headingParas) != len(a.paras) {
		a.headingParas = make([]uint8, len(a.paras))
	}
	if k := a.headingParas[pi]; k != 0 {
		return k == 2
	}
	h := a.readHeadingPara(pi)
	a.headingParas[pi] = 1
	if h {
		a.headingParas[pi] = 2
	}
	return h
}

// readHeadingPara is headingPara read from the text.
func (a *analysis) readHeadingPara(pi int) bool {
	p := a.paras[pi]
	if len(p.cuts) > 0 || p.Len() > maxHeadingBytes {
		return false
	}
	s := a.text[p.Start:p.End]
	if strings.ContainsRune(s, '\n') || hasFields(s, maxHeadingWords+1) {
		return false
	}
	s = strings.TrimRightFunc(s, func(r rune) bool { return closingRunes[r] || unicode.IsSpace(r) })
	r, _ := utf8.DecodeLastRuneInString(s)
	return r != '.' && r != '?' && r != '!' && r != '…' && r != ':' && r != ';' && r != ','
}

// closingRunes close a quote or an aside at the end of a line.
var closingRunes = map[rune]bool{'"': true, '\'': true, '”': true, '’': true, '»': true, ')': true, ']': true}

// dropHeadingEchoes leaves out the quotes of heading lines whose words
// the body of the article gives too: the heading repeats the quote, and
// the body's sentence, where the words are said, is its source.
func (a *analysis) dropHeadingEchoes(qs []Quote) []Quote {
	var body []string // the paragraphs that are no heading, folded; read once when needed
	out := qs[:0]
	checks := 0
	for _, q := range qs {
		pi := a.paraAt(q.Start)
		if pi >= len(a.paras) || checks >= maxHeadingChecks || !a.headingPara(pi) {
			out = append(out, q)
			continue
		}
		checks++
		if body == nil {
			body = a.bodyFolded()
		}
		if !foldedIn(foldWords(q.Text), body) {
			out = append(out, q)
		}
	}
	return out
}

// bodyFolded returns every paragraph that is no heading line, folded by
// foldWords.
func (a *analysis) bodyFolded() []string {
	out := []string{}
	for pi, p := range a.paras {
		if !a.headingPara(pi) {
			out = append(out, foldWords(a.text[p.Start:p.End]))
		}
	}
	return out
}

// foldedIn reports whether the folded words w, two or more, occur in one
// of the folded paragraphs.
func foldedIn(w string, paras []string) bool {
	if strings.Count(w, " ") < 1 {
		return false
	}
	for _, p := range paras {
		if strings.Contains(" "+p+" ", " "+w+" ") {
			return true
		}
	}
	return false
}

// foldWords lower-cases s and keeps its words only, one space apart, so
// that the same words match whatever their marks and punctuation.
func foldWords(s string) string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
	for i, w := range f {
		f[i] = strings.Trim(strings.ReplaceAll(w, "’", "'"), "'")
	}
	return strings.Join(f, " ")
}

// unconfirmedHeadings leaves unattributed the quotes of heading lines
// whose speaker the body never reports saying anything: a headline such
// as "Jo Bloggs: 'the kindest woman in town'" over a tribute gives words
// others said of her, and only a body in which she speaks makes them hers.
func (a *analysis) unconfirmedHeadings(qs []Quote) []Quote {
	for i := range qs {
		q := &qs[i]
		if q.Speaker == "" {
			continue
		}
		if pi := a.paraAt(q.Start); pi < len(a.paras) && a.headingPara(pi) && !a.speaksInBody(q.Speaker) {
			q.Speaker, q.SpeakerType, q.SpeakerSpan = "", "", doc.Span{}
		}
	}
	return qs
}

// speaksInBody reports whether the article reports name saying something
// outside its heading lines.
func (a *analysis) speaksInBody(name string) bool {
	for _, e := range a.events {
		if e.resolved && e.name == name && !e.topic && !e.owner && !a.hearer(e) && !a.headingPara(e.para) {
			return true
		}
	}
	return false
}

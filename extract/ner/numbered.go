package ner

import (
	"strings"

	"newsbot/extract/doc"
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// numberedHeads are the words of a broadcaster's name that a number
// follows inside the name: "Channel 5 Sport", "Radio 4".
var numberedHeads = wordSet(`channel radio`)

// maxNumberedTail bounds the capitalised words read after the number.
const maxNumberedTail = 3

// numberedBroadcasters joins the number and the capitalised words after
// a mention that ends in a numbered head into one organisation: the
// tagger stops at the figure, leaving "Channel" of "Channel 5 Sport".
func numberedBroadcasters(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		n := s.end
		if !lowerIn(numberedHeads, tokText(text, toks, n-1)) || !capitalised(tokText(text, toks, n-1)) ||
			n >= len(tags) || tags[n] != 0 || !smallNumber(tokText(text, toks, n)) {
			continue
		}
		e := n + 1
		for e < len(tags) && e-n <= maxNumberedTail && tags[e] == 0 && capitalised(tokText(text, toks, e)) &&
			toks[e].Start == toks[e-1].End+1 {
			e++
		}
		setTag(tags, s.start, model.BeginTag(model.TypeORG))
		for i := s.start + 1; i < e; i++ {
			setTag(tags, i, model.InsideTag(model.TypeORG))
		}
	}
}

// smallNumber reports a figure of one to three digits.
func smallNumber(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// trimCredits cuts a photographer's initial off a mention that a photo
// credit glued to an outlet's name with a slash, "(Harbour Gazette/J.
// Miles)": the mention ends at the slash and names the outlet. A rating
// ("BB/B.") or a company's form ("A/S") is no credit: the credit fills
// a bracket.
func trimCredits(text string, ms []doc.Mention) {
	for i := range ms {
		m := &ms[i]
		k := strings.LastIndexByte(m.Text, '/')
		if k <= 0 || len(m.Text)-k != 2 || m.Text[k+1] < 'A' || m.Text[k+1] > 'Z' || !creditBracket(text, m.Span) {
			continue
		}
		m.End = m.Start + k
		m.Text = text[m.Start:m.End]
		m.Type = doc.Org
	}
}

// maxCreditSurname bounds the photographer's surname after the initial.
const maxCreditSurname = 24

// creditBracket reports whether the mention at sp opens a bracket that
// closes after an initial's full stop and one capitalised surname:
// "(Harbour Gazette/J. Miles)".
func creditBracket(text string, sp doc.Span) bool {
	if sp.Start == 0 || text[sp.Start-1] != '(' || !strings.HasPrefix(text[sp.End:], ". ") {
		return false
	}
	rest := text[sp.End+2 : min(len(text), sp.End+2+maxCreditSurname)]
	k := strings.IndexByte(rest, ')')
	return k > 1 && rest[0] >= 'A' && rest[0] <= 'Z' && !strings.ContainsAny(rest[:k], " ,.")
}

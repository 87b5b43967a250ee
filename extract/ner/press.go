package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// pressWords end the names of newspapers and rarely a person's: "the
// Sunday Ledger", "the Northfield Gazette", "the Evening Chronicle".
var pressWords = wordSet(`gazette ledger herald chronicle tribune courier observer telegraph inquirer examiner
	dispatch argus journal bugle clarion gleaner sentinel weekly monthly`)

// pressNouns stand in lower case before the name of a news outlet: "the
// investigative outlet Rio Digital", "the newspaper Nova Folha".
var pressNouns = wordSet("outlet outlets newspaper newspapers paper tabloid broadsheet magazine website news-site")

// pressName reports a mention that ends in a newspaper's word.
func pressName(text string, toks []tok.Token, s span) bool {
	last := tokText(text, toks, s.end-1)
	return capitalised(last) && !shouted(last) && lowerIn(pressWords, last)
}

// pressNames makes organisations of the news outlets the tagger took for
// people or places: a name of several words ending in a newspaper's word
// ("Daily Ledger said"), one such word after "the" ("the Ledger's
// editor") or alone in a document that names the whole ("Ledger editor
// Jo Hale" after "the Sunday Ledger"), and a name right after a lower-case noun of the press ("the
// outlet Rio Digital"). A name so typed is an organisation at its every
// mention ("Rio Digital said").
func pressNames(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	ss := dt.spans()
	outlets := map[string]bool{}
	for _, s := range ss {
		if s.typ == model.TypeORG || s.typ == model.TypeMISC {
			continue
		}
		prev := ""
		if s.start > 0 {
			prev = tokText(text, toks, s.start-1)
		}
		press := pressName(text, toks, s) && (s.end-s.start > 1 || strings.EqualFold(prev, "the"))
		if press || inSet(pressNouns, prev) {
			outlets[text[toks[s.start].Start:toks[s.end-1].End]] = true
		}
		if press && s.end-s.start > 1 {
			outlets[tokText(text, toks, s.end-1)] = true // "Ledger editor Jo Hale"
		}
	}
	for _, s := range ss {
		if s.typ != model.TypeORG && outlets[text[toks[s.start].Start:toks[s.end-1].End]] {
			retype(tags, s, model.TypeORG)
		}
	}
}

// pressDay reports whether the mention opening at token i with a weekday
// is a newspaper's name: "the Sunday Ledger".
func pressDay(text string, toks []tok.Token, tags []int, i int) bool {
	j := i + 1
	for j < len(tags) && tags[j] == model.InsideTag(model.TagType(tags[i])) {
		j++
	}
	return j > i+1 && pressName(text, toks, span{start: i, end: j})
}

// badges are the labels a news site puts in capitals before a headline:
// "LIVE Calder floods: ...", "EXCLUSIVE Minister ...". They are no part
// of the name after them.
var badges = wordSet("live breaking exclusive watch updated update analysis opinion revealed")

// dropBadges cuts such a label from the start of a mention that opens a
// line and goes on in words not in capitals.
func dropBadges(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		w := tokText(text, toks, s.start)
		if s.end-s.start < 2 || !shouted(w) || !lowerIn(badges, w) || s.start > 0 && !lineBreakBefore(text, toks, s.start) {
			continue
		}
		if next := tokText(text, toks, s.start+1); shouted(next) {
			continue // a name in capitals: "LIVE NATION"
		}
		setTag(tags, s.start, 0)
		setTag(tags, s.start+1, model.BeginTag(s.typ))
	}
}

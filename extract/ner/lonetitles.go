package ner

import "newsbot/extract/ner/internal/tok"

// loneOffices are titles of office that, alone after "the", refer to the
// one holder the story is about ("the Premier said", "the Sheikh's first
// decision", "the CMO said", initials of a chief officer) and name no
// body or place.
var loneOffices = wordSet(`sheikh emir sultan president premier mayor ayatollah chancellor governor senator
	minister archbishop cardinal bishop taoiseach commissioner ceo cfo coo cto cmo cno`)

// dropLoneOffices drops a mention of one word that is a title of office
// right after "the" or after a common noun's possessive ("the state's
// Premier"): it is the office's holder, whom the document names elsewhere,
// and the tagger's reading of it as a body or a place is wrong.
func dropLoneOffices(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.end-s.start != 1 || s.start == 0 || !lowerIn(loneOffices, tokText(text, toks, s.start)) {
			continue
		}
		if !lowerIn(theWords, tokText(text, toks, s.start-1)) && !commonOwner(text, toks, s.start-1) {
			continue
		}
		setTag(tags, s.start, 0)
	}
}

// theWords is the definite article.
var theWords = wordSet(`the`)

// commonOwner reports a possessive at token p after a word in lower case:
// "the state's", "the club's".
func commonOwner(text string, toks []tok.Token, p int) bool {
	return p > 0 && isPossessive(tokText(text, toks, p)) && lowerWord(tokText(text, toks, p-1))
}

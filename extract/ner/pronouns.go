package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// contractedPronouns are the pronouns that open a contraction: "I'll",
// "We've", "They're".
var contractedPronouns = wordSet("i you we they he she it")

// contractionEndings end a pronoun's contraction.
var contractionEndings = wordSet("ll m ve d re s")

// pronounContraction reports a pronoun's contraction ("I'll", "I’m",
// "We've"), which names no one even when written with a capital.
func pronounContraction(w string) bool {
	if strings.IndexByte(w, '\'') < 0 && strings.IndexByte(w, rightQuoteLead) < 0 {
		return false // no apostrophe of either form to cut at
	}
	w = strings.ReplaceAll(w, "’", "'")
	p, end, ok := strings.Cut(w, "'")
	return ok && lowerIn(contractedPronouns, p) && lowerIn(contractionEndings, end)
}

// rightQuoteLead is the first byte of "’" in UTF-8.
const rightQuoteLead = 0xE2

// questionAuxiliaries open a question with a capital: "Can Albion stay
// up?". "Will" and "May" are also given names and are left out.
var questionAuxiliaries = wordSet("can could would should shall must might does did do is are was were has have had")

// dropQuestionAuxiliaries starts a name after the auxiliary verb that
// opens a question, which the tagger takes into the name: "Can Dunford
// Albion" of "Can Dunford Albion stay up?".
func dropQuestionAuxiliaries(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.end-s.start < 2 || !lowerIn(questionAuxiliaries, tokText(text, toks, s.start)) || !sentenceInitial(text, toks, s.start) {
			continue
		}
		if !endsQuestion(text, toks, s.end) {
			continue
		}
		ty := model.TagType(tags[s.start])
		setTag(tags, s.start, 0)
		setTag(tags, s.start+1, model.BeginTag(ty))
	}
}

// endsQuestion reports whether the sentence going on at token i ends with
// a question mark on the same line.
func endsQuestion(text string, toks []tok.Token, i int) bool {
	for ; i < len(toks); i++ {
		switch tokText(text, toks, i) {
		case "?":
			return true
		case ".", "!", ";":
			return false
		}
		if i > 0 && strings.ContainsRune(text[toks[i-1].End:toks[i].Start], '\n') {
			return false
		}
	}
	return false
}

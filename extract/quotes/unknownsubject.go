package quotes

import (
	"strings"

	"newsbot/extract/doc"
)

// maxUnknownName bounds the words of a name the tagger missed that
// unknownPersonTopic reads as a sentence's subject.
const maxUnknownName = 3

// unknownPersonTopic returns as a sentence's topic a subject the tagger
// did not tag and the article names nowhere else, when the clause it
// opens is about people: a name in capitals, a verb a single person may
// take, and then a "his", "her", "himself" or "herself" that refers back
// to it, or a person named as the verb's object. In
//
//	Pryce was full of praise for his new signing. He said: "…"
//	Pryce praised Reyes after the game. He said: "…"
//
// "he" means Pryce (or, in the second, may mean Reyes), not whoever
// spoke before. The name is no mention a quote can be credited to, so
// the topic stays unresolved: a pronoun that reaches it is left
// unattributed rather than given to the earlier speaker. It returns nil
// for any other subject ("Inflation rose", "Retirees account for 90 per
// cent of his firm's business").
func (a *analysis) unknownPersonTopic(w *window, p np) *event {
	toks := w.toks
	if p.ment >= 0 || p.to-p.from > maxUnknownName || !unknownName(toks[p.from:p.to]) {
		return nil
	}
	if !singularVerbAfter(toks, p.to) || !a.clauseOfPeople(toks, p.to+1) {
		return nil
	}
	span := doc.Span{Start: toks[p.from].start, End: toks[p.to-1].end}
	return &event{pos: span.Start, para: w.para, span: span, kind: evPerson}
}

// singularVerbs are the finite verbs that only a singular subject takes.
var singularVerbs = wordSet(`is was has does`)

// singularVerbAfter reports whether the subject ending before token j is
// followed at once by a verb a single person may take: one of
// singularVerbs, or, after a name not ending in "s", a modal, a past
// tense in -ed or a present tense in -s ("Pryce was", "Pryce praised",
// "Pryce praises"). A plural noun in capitals ("Retirees account for
// …", "Retirees accounted for …") and a word opening an adverbial
// ("Elsewhere in his speech, …") are no such subject.
func singularVerbAfter(toks []token, j int) bool {
	if j >= len(toks) || toks[j].kind != tkWord || toks[j].upper || toks[j].ment >= 0 {
		return false
	}
	v := toks[j].low
	if singularVerbs[v] {
		return true
	}
	if strings.HasSuffix(toks[j-1].low, "s") {
		return false
	}
	return subjectVerbs[v] && !pluralVerbs[v] ||
		!npStops[v] && len(v) > 4 && (strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss"))
}

// pluralVerbs are the finite verbs only a plural subject takes.
var pluralVerbs = wordSet(`are were have do`)

// unknownName reports whether words may be a person's name the tagger
// missed: words in capitals, none of them tagged, none a determiner or
// pronoun ("The", "He") or a noun for a body ("Council").
func unknownName(words []token) bool {
	for _, t := range words {
		if t.kind != tkWord || !t.upper || t.ment >= 0 || determiners[t.low] || indefinites[t.low] ||
			personPronouns[t.low] || orgPronouns[t.low] || pluralPronouns[t.low] || isOrgNoun(t.low) || roleNouns[t.low] {
			return false
		}
	}
	return len(words) > 0
}

// clauseOfPeople reports whether the clause from
// token j on names a person or holds a person's possessive or reflexive
// pronoun, before any body is named: "for his new signing", "had only
// herself to blame", "praised Reyes". "Her" counts only before the noun
// it owns ("her side", not "praised her"). The clause ends at a quote, a
// punctuation mark, a verb of saying or a word that opens another
// clause: in "Reports said that his wife …" the "his" is someone else's.
func (a *analysis) clauseOfPeople(toks []token, j int) bool {
	for k := j; k < len(toks); k++ {
		t := toks[k]
		if t.ment >= 0 {
			switch a.ments[t.ment].Type {
			case doc.Person:
				return true
			case doc.Org:
				return false
			}
			continue
		}
		if t.kind != tkWord || t.lemma() != "" || clauseBreaks[t.low] {
			return false
		}
		switch t.low {
		case "his", "himself", "herself":
			return true
		case "her":
			return k+1 < len(toks) && !objectFollows(toks[k+1])
		}
	}
	return false
}

// clauseBreaks open a clause whose pronouns may mean someone other than
// the subject before them.
var clauseBreaks = wordSet(`that which who whom whose when while whereas after before because as
since until although though if unless where and but or`)

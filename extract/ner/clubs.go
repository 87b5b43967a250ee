package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// clubWords end the names of football clubs: "Northfield City",
// "Castleford Rovers".
var clubWords = map[string]bool{
	"City": true, "United": true, "Rovers": true, "Town": true, "Athletic": true,
	"Wanderers": true, "Albion": true, "Rangers": true,
}

// matchWords tell a sentence about a match or a league.
var matchWords = map[string]bool{
	"win": true, "won": true, "wins": true, "beat": true, "beaten": true, "beats": true, "drew": true,
	"draw": true, "drawn": true, "defeat": true, "defeated": true, "lost": true, "host": true,
	"hosts": true, "league": true, "match": true, "goal": true, "scored": true, "penalty": true,
}

// clubs makes organisations of the football clubs of a document that
// writes of clubs: a person named with a club word ("against Ashby
// Town"), a place so named in a sentence about a match ("Northfield City
// moved back to the top of the league"), either at its every mention,
// a list of two clubs read as one ("Barnham United and Rovers"), and one
// word the tagger took for a person that is a club's short name
// ("drawn 0-0 with Barnham", "allowing Rovers to go top").
func clubs(text string, toks []tok.Token, tags []int) {
	if !writesOfClubs(text, toks, tags) {
		return
	}
	named := map[string]bool{}
	for _, s := range spans(tags) {
		if s.typ != model.TypeORG && s.end-s.start >= 2 && clubWords[tokText(text, toks, s.end-1)] &&
			(s.typ == model.TypePER || matchSentence(text, toks, s.start)) {
			retype(tags, s, model.TypeORG)
			named[text[toks[s.start].Start:toks[s.end-1].End]] = true
		}
	}
	retypeNamed(text, toks, tags, named, model.TypeORG)
	splitClubLists(text, toks, tags)
	short := clubShortNames(text, toks, tags)
	for _, s := range spans(tags) {
		if s.typ == model.TypePER && s.end-s.start == 1 && short[tokText(text, toks, s.start)] {
			retype(tags, s, model.TypeORG)
		}
	}
}

// writesOfClubs reports an organisation named with a club word.
func writesOfClubs(text string, toks []tok.Token, tags []int) bool {
	for _, s := range spans(tags) {
		if s.typ == model.TypeORG && clubWords[tokText(text, toks, s.end-1)] {
			return true
		}
	}
	return false
}

// matchSentence reports a match word in the sentence of token i.
func matchSentence(text string, toks []tok.Token, i int) bool {
	a := i
	for a > 0 && !sentenceInitial(text, toks, a) {
		a--
	}
	for k := a; k < len(toks) && (k == a || !sentenceInitial(text, toks, k)); k++ {
		if matchWords[strings.ToLower(tokText(text, toks, k))] {
			return true
		}
	}
	return false
}

// splitClubLists splits an organisation "X United and Rovers" into two
// when the word after "and" is a club's short name the document uses
// alone.
func splitClubLists(text string, toks []tok.Token, tags []int) {
	short := clubShortNames(text, toks, tags)
	for _, s := range spans(tags) {
		if s.typ != model.TypeORG || s.end-s.start < 3 {
			continue
		}
		and := s.end - 2
		if w := tokText(text, toks, and); w != "and" && w != "&" || !short[tokText(text, toks, s.end-1)] {
			continue
		}
		tags[and] = 0
		tags[s.end-1] = model.BeginTag(model.TypeORG)
	}
}

// clubShortNames returns the words that name a club on their own: the
// club word an organisation of one word is ("City", "Rovers"), and the
// first word of a club's name ("Barnham" of "Barnham United").
func clubShortNames(text string, toks []tok.Token, tags []int) map[string]bool {
	out := map[string]bool{}
	for _, s := range spans(tags) {
		if s.typ != model.TypeORG {
			continue
		}
		last := tokText(text, toks, s.end-1)
		switch {
		case s.end-s.start == 1 && clubWords[last]:
			out[last] = true
		case s.end-s.start == 2 && clubWords[last]:
			out[tokText(text, toks, s.start)] = true
		}
	}
	return out
}

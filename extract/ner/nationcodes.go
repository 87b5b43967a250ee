package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// dropNationCodes removes the three-letter codes in brackets right after
// a person's name on a ranked line of results: "2. Ivo Hallgren (Nor)
// +0:41" gives the rider's nation by a code that names nothing the
// article speaks of.
func dropNationCodes(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		k := s.start
		if s.end-k != 1 || k < 2 || s.end >= len(toks) || tokText(text, toks, k-1) != "(" || tokText(text, toks, s.end) != ")" {
			continue
		}
		if tags[k-2] == 0 || model.TagType(tags[k-2]) != model.TypePER || !nationCode(tokText(text, toks, k)) {
			continue
		}
		if rankedLine(text, toks[k].Start) {
			setTag(tags, k, 0)
			rankedTeam(text, toks, tags, s.end+1)
		}
	}
}

// nationCode reports a word of three letters written as a nation's code
// in results: a capital and two lower-case letters ("Nor"). A code in
// capitals ("USA", "SWE") is left to the tagger, as it may be a place's
// or a body's name.
func nationCode(w string) bool {
	if len(w) != 3 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	return w[1] >= 'a' && w[1] <= 'z' && w[2] >= 'a' && w[2] <= 'z'
}

// rankedLine reports whether the line holding byte i opens with a rank:
// a number and a full stop or a closing bracket ("1.", "12)").
func rankedLine(text string, i int) bool {
	line := strings.TrimLeft(text[strings.LastIndexByte(text[:i], '\n')+1:i], " \t")
	n := 0
	for n < len(line) && line[n] >= '0' && line[n] <= '9' {
		n++
	}
	return n > 0 && n <= 3 && n < len(line) && (line[n] == '.' || line[n] == ')')
}

// bracketedTeams types as an organisation a name of two capitalised
// words joined by a hyphen or an en dash, alone in brackets right after
// a person's name: the team a rider or a driver rides for ("Ivo Hallgren
// (Tolsen–Marrow)"), named after its two sponsors. A name the tagger
// took for a place stays one ("(Baden-Baden)"), and so does a listed
// place, whole or by either part.
func bracketedTeams(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		k := s.start
		if s.end-k != 1 || s.typ == model.TypeORG || s.typ == model.TypeLOC || k < 2 || s.end >= len(toks) || tokText(text, toks, k-1) != "(" || tokText(text, toks, s.end) != ")" {
			continue
		}
		if tags[k-2] == 0 || model.TagType(tags[k-2]) != model.TypePER {
			continue
		}
		if w := tokText(text, toks, k); sponsorPair(w) {
			retype(tags, s, model.TypeORG)
		}
	}
}

// sponsorPair reports a word of two capitalised parts joined by a hyphen
// or an en dash, none of them a listed place: "Tolsen–Marrow".
func sponsorPair(w string) bool {
	a, b, ok := strings.Cut(strings.ReplaceAll(w, "–", "-"), "-")
	if !ok || len(a) < 2 || len(b) < 2 || strings.Contains(b, "-") || !capitalised(a) || !capitalised(b) {
		return false
	}
	return !ListedPlace(w) && !ListedPlace(a) && !ListedPlace(b)
}

// rankedTeam types as an organisation the one-word name at token k, after
// a rider's nation's code on a ranked line, when it is a pair of
// sponsors: "1. Ivo Hallgren (Nor) Tolsen–Marrow 4:01:10".
func rankedTeam(text string, toks []tok.Token, tags []int, k int) {
	if k >= len(toks) || tags[k] == 0 || model.IsInside(tags[k]) || k+1 < len(tags) && model.IsInside(tags[k+1]) {
		return
	}
	if sponsorPair(tokText(text, toks, k)) {
		setTag(tags, k, model.BeginTag(model.TypeORG))
	}
}

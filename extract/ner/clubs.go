package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// clubWords end the names of football clubs: "Northfield City",
// "Castleford Rovers".
var clubWords = fixedSet(map[string]bool{
	"City": true, "United": true, "Rovers": true, "Town": true, "Athletic": true,
	"Wanderers": true, "Albion": true, "Rangers": true,
})

// matchWords tell a sentence about a match or a league.
var matchWords = fixedSet(map[string]bool{
	"win": true, "won": true, "wins": true, "beat": true, "beaten": true, "beats": true, "drew": true,
	"draw": true, "drawn": true, "defeat": true, "defeated": true, "lost": true, "host": true,
	"hosts": true, "league": true, "match": true, "goal": true, "scored": true, "penalty": true,
})

// clubs makes organisations of the football clubs of a document that
// writes of clubs: a person named with a club word ("against Ashby
// Town"), a place so named in a sentence about a match ("Northfield City
// moved back to the top of the league"), a name a fixture or a transfer
// cues ("trip to Chelsea", "signed from Real Betis", "Brighton 3-1
// Aston Villa"), each at its every mention, a list of two clubs read as
// one ("Barnham United and Rovers"), and one word the tagger took for a
// person, or for a place the place list does not hold, that is a club's
// short name ("drawn 0-0 with Barnham", "allowing Rovers to go top",
// "Villa manager Unai Emery", "the academy at Betis").
func clubs(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	scoredClubs(text, toks, dt)
	if !writesOfClubs(text, toks, dt) {
		return
	}
	named := map[string]bool{}
	for _, s := range dt.spans() {
		if s.typ != model.TypeORG && s.end-s.start >= 2 && inSet(clubWords, tokText(text, toks, s.end-1)) &&
			(s.typ == model.TypePER || matchSentence(text, toks, s.start)) {
			retype(tags, s, model.TypeORG)
			named[text[toks[s.start].Start:toks[s.end-1].End]] = true
		}
	}
	for _, s := range dt.spans() {
		if s.typ == model.TypePER && fixtureCued(text, toks, s) {
			retype(tags, s, model.TypeORG)
			named[text[toks[s.start].Start:toks[s.end-1].End]] = true
		}
	}
	retypeNamed(text, toks, dt, named, model.TypeORG)
	joinSplitClubs(text, toks, dt)
	splitClubLists(text, toks, dt)
	short := clubShortNames(text, toks, dt)
	for _, s := range dt.spans() {
		if s.end-s.start == 1 && short[tokText(text, toks, s.start)] && (s.typ == model.TypePER || s.typ == model.TypeLOC && !listedPlace(text, toks, s)) {
			retype(tags, s, model.TypeORG)
		}
	}
}

// writesOfClubs reports an organisation named with a club word.
func writesOfClubs(text string, toks []tok.Token, dt *docTags) bool {
	for _, s := range dt.spans() {
		if s.typ == model.TypeORG && inSet(clubWords, tokText(text, toks, s.end-1)) {
			return true
		}
	}
	return false
}

// matchSentence reports a match word in the sentence of token i.
func matchSentence(text string, toks []tok.Token, i int) bool {
	return sentenceHas(text, toks, i, matchWords)
}

// sentenceHas reports a word of words, in lower case, in the sentence of
// token i.
func sentenceHas(text string, toks []tok.Token, i int, words map[string]bool) bool {
	a := i
	for a > 0 && !sentenceInitial(text, toks, a) {
		a--
	}
	for k := a; k < len(toks) && (k == a || !sentenceInitial(text, toks, k)); k++ {
		if lowerIn(words, tokText(text, toks, k)) {
			return true
		}
	}
	return false
}

// splitClubLists splits an organisation "X United and Rovers" into two
// when the word after "and" is a club's short name the document uses
// alone.
func splitClubLists(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	short := clubShortNames(text, toks, dt)
	for _, s := range dt.spans() {
		if s.typ != model.TypeORG || s.end-s.start < 3 {
			continue
		}
		and := s.end - 2
		if w := tokText(text, toks, and); w != "and" && w != "&" || !short[tokText(text, toks, s.end-1)] {
			continue
		}
		setTag(tags, and, 0)
		setTag(tags, s.end-1, model.BeginTag(model.TypeORG))
	}
}

// clubShortNames returns the words that name a club on their own: the
// club word an organisation of one word is ("City", "Rovers"), the first
// word of a club's name ("Barnham" of "Barnham United") and the last of a
// club's two-word name without a club word that a fixture or a transfer
// names ("Villa" of "Aston Villa").
func clubShortNames(text string, toks []tok.Token, dt *docTags) map[string]bool {
	out := map[string]bool{}
	cued := map[string]bool{} // clubs a fixture or a transfer names
	for _, s := range dt.spans() {
		if s.typ == model.TypeORG && fixtureCued(text, toks, s) {
			cued[text[toks[s.start].Start:toks[s.end-1].End]] = true
		}
	}
	for _, s := range dt.spans() {
		if s.typ != model.TypeORG {
			continue
		}
		last := tokText(text, toks, s.end-1)
		switch {
		case s.end-s.start == 1 && inSet(clubWords, last):
			out[last] = true
		case s.end-s.start == 2 && inSet(clubWords, last):
			out[tokText(text, toks, s.start)] = true
		case s.end-s.start == 2 && cued[text[toks[s.start].Start:toks[s.end-1].End]]:
			// "Villa" of "Aston Villa", "Betis" of "Real Betis".
			out[last] = true
		}
	}
	return out
}

// fixtureCues are the words before a club's name in a fixture or a
// transfer, one word or two joined by "_": "beat Aston Villa", "a trip to
// Chelsea", "signed from Real Betis".
var fixtureCues = wordSet(`beat beating beats against host hosts trip_to visit_to signed_from joined_from
	loan_from arrived_from moved_from`)

// fixtureCued reports a name of two words at most after a fixture cue
// or beside a score ("Brighton 3-1 Aston Villa"), not a manager owning
// his team after the cue. Only a name the tagger
// took for a person is retyped by it: a place after "from" may be a
// player's country.
func fixtureCued(text string, toks []tok.Token, s span) bool {
	if s.end-s.start > 2 || s.start == 0 || s.end < len(toks) && isPossessive(tokText(text, toks, s.end)) {
		// "against Alex Ferguson's European hopefuls": his team.
		return false
	}
	prev := strings.ToLower(tokText(text, toks, s.start-1))
	if inSet(fixtureCues, prev) || isScore(prev) || s.end < len(toks) && isScore(tokText(text, toks, s.end)) {
		return true
	}
	return s.start >= 2 && inSet(fixtureCues, strings.ToLower(tokText(text, toks, s.start-2))+"_"+prev)
}

// isScore reports a match score: "3-1", "0–0".
func isScore(w string) bool {
	a, b, ok := strings.Cut(strings.ReplaceAll(w, "–", "-"), "-")
	return ok && isDigits(a) && isDigits(b) && len(a) <= 2 && len(b) <= 2
}

// joinSplitClubs joins two organisations next to each other that are
// together the name of a club the document writes whole: "Aston" and
// "Villa" of "Brighton 3-1 Aston Villa" beside "Aston Villa".
func joinSplitClubs(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	whole := map[string]bool{}
	for _, s := range dt.spans() {
		if s.typ == model.TypeORG && s.end-s.start >= 2 {
			whole[text[toks[s.start].Start:toks[s.end-1].End]] = true
		}
	}
	ss := dt.spans()
	for i := 1; i < len(ss); i++ {
		a, b := ss[i-1], ss[i]
		if a.end != b.start || a.typ != model.TypeORG && b.typ != model.TypeORG || !whole[text[toks[a.start].Start:toks[b.end-1].End]] {
			continue
		}
		retype(tags, span{start: a.start, end: b.end, typ: model.TypeORG}, model.TypeORG)
	}
}

package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// firmRoles are the role nouns of a company's officers that its name
// stands before: "Kemora chief executive Dieter Lohmann", "Kemora boss".
var firmRoles = wordSet(`executive ceo chairman chairwoman founder boss`)

// employersTakenForPlaces makes an organisation, at its every mention, of
// a one-word name tagged a place that is no listed place and stands
// before a lower-case role of a company's officer and a person: "Kemora
// chief executive Dieter Lohmann" in an article that also writes "the
// Kemora chemical plant", read as a place.
func employersTakenForPlaces(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	ss := dt.spans()
	named := map[string]bool{}
	for _, s := range ss {
		if s.typ != model.TypeLOC || s.end-s.start != 1 {
			continue
		}
		w := tokText(text, toks, s.start)
		if named[w] || model.ListedPlace([]string{w}) {
			continue
		}
		for k := s.end + 1; k < len(toks) && k-s.end <= maxRoleWords; k++ {
			if tags[k] == model.BeginTag(model.TypePER) && roleBetween(text, toks, tags, s.end, k, firmRoles) {
				named[w] = true
				break
			}
		}
	}
	if len(named) > 0 {
		retypeNamed(text, toks, dt, named, model.TypeORG)
	}
}

// tenureWords stand before "at" and an employer: "after a decade at
// Kemora", "his 20 years at Kemora", "worked at Kemora".
var tenureWords = wordSet(`decade decades years career stint tenure worked works working employed job`)

// tenureEmployers makes an organisation of a name tagged a place, no
// listed place, after a span of work and "at" that ends its phrase: "she
// joined after a decade at Kemora." A name before a noun stays a place:
// "two years at Larnaca airport".
func tenureEmployers(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypeLOC || s.start < 2 || tokText(text, toks, s.start-1) != "at" || !inSet(tenureWords, tokText(text, toks, s.start-2)) {
			continue
		}
		if next := nextWord(text, toks, s.end); !endsPhrase(next) || isPossessive(next) || listedPlace(text, toks, s) {
			continue
		}
		retype(tags, s, model.TypeORG)
	}
}

// joiningVerbs stand before "from" and a person's former employer:
// "joined from Kemora", "was hired from Kemora".
var joiningVerbs = wordSet(`joined joins joining hired recruited poached`)

// maxJoinedWords bounds the words between a joining verb and "from": "the
// company", "the board in 2019".
const maxJoinedWords = 4

// formerEmployers makes an organisation, at its every mention, of a name
// tagged a place, no listed place, after a joining verb and "from": in
// "Osei, who joined from Kemora in 2019" or "she joined the company from
// Kemora", "from" names the employer she left. A listed place stays:
// "joined from London".
func formerEmployers(text string, toks []tok.Token, dt *docTags) {
	named := map[string]bool{}
	for _, s := range dt.spans() {
		if s.typ != model.TypeLOC || s.start < 2 || tokText(text, toks, s.start-1) != "from" || !joinedBefore(text, toks, s.start-1) ||
			listedPlace(text, toks, s) {
			continue
		}
		named[text[toks[s.start].Start:toks[s.end-1].End]] = true
	}
	retypeNamed(text, toks, dt, named, model.TypeORG)
}

// joinedBefore reports a joining verb before the "from" at token f, with
// at most maxJoinedWords words between them and no punctuation: "joined
// the company from".
func joinedBefore(text string, toks []tok.Token, f int) bool {
	for j := f - 1; j >= 0 && f-j <= maxJoinedWords+1; j-- {
		w := tokText(text, toks, j)
		if inSet(joiningVerbs, w) {
			return true
		}
		if !isLetters(w) && !numeral(w) {
			return false
		}
	}
	return false
}

// leagueHeads end the names of sporting bodies that also name their
// competitions: "the English Football League".
var leagueHeads = wordSet(`league federation association`)

// decisionVerbs follow a body that decides: "the English Football League
// on Thursday approved the takeover".
var decisionVerbs = wordSet(`approved rejected ruled fined banned suspended sanctioned decided announced declined refused
	confirmed said says charged cleared blocked`)

// maxVerbReach bounds the tokens between a body's name and its verb: "on
// Thursday".
const maxVerbReach = 3

// actingLeagues makes an organisation, at its every mention, of a name
// of several words tagged another name that follows "the", ends in a
// sporting body's head word and decides or gives its approval: "The
// English Football League on Thursday approved the takeover", "the deal
// needs approval from the Northern League". A competition does neither.
func actingLeagues(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	ss := dt.spans()
	bodies := map[string]bool{}
	for _, s := range ss {
		if s.typ != model.TypeMISC || s.end-s.start < 2 || s.start == 0 || !lowerIn(leagueHeads, tokText(text, toks, s.end-1)) ||
			!strings.EqualFold(tokText(text, toks, s.start-1), "the") {
			continue
		}
		name := text[toks[s.start].Start:toks[s.end-1].End]
		if s.start >= 3 && inSet(approvalNouns, tokText(text, toks, s.start-3)) && (tokText(text, toks, s.start-2) == "from" || tokText(text, toks, s.start-2) == "of") {
			bodies[name] = true
			continue
		}
		for k := s.end; k < len(toks) && k-s.end <= maxVerbReach; k++ {
			w := tokText(text, toks, k)
			if inSet(decisionVerbs, w) {
				bodies[name] = true
				break
			}
			if !model.PlainWord(w) && !capitalised(w) || tags[k] != 0 && !lowerIn(calendarWords, w) {
				break
			}
		}
	}
	for _, s := range ss {
		if s.typ == model.TypeMISC && bodies[text[toks[s.start].Start:toks[s.end-1].End]] {
			retype(tags, s, model.TypeORG)
		}
	}
}

// approvalNouns stand before "from" or "of" and a body that grants them:
// "approval from the Northern League".
var approvalNouns = wordSet("approval approvals permission consent clearance sanction")

package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
	"newsbot/extract/stopwords"
)

// tellVerbs take the outlet or body a person speaks to as their object.
var tellVerbs = fixedSet(map[string]bool{"told": true, "tells": true, "telling": true})

// objectOrgs makes an organisation of a name that a verb gives as an
// outlet, a label, a club or a business: the object of "told" written
// with "the" ("Okonkwo told the Courier", as "told the BBC" or "told the
// Senate"), neither a place nor a person, the name after "signed with" or
// "signed for" ("signed with Motown", "signed for Redbridge Rovers"), and
// a full name taken for a person that is shut ("who closed Maison Croix
// last week"), which is then a business at its every mention.
func objectOrgs(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	closed := map[string]bool{}
	defer retypeNamed(text, toks, dt, closed, model.TypeORG)
	for _, s := range dt.spans() {
		if s.typ == model.TypeORG || s.start < 2 {
			continue
		}
		verb, link := tokText(text, toks, s.start-2), tokText(text, toks, s.start-1)
		if s.typ == model.TypePER && s.end-s.start >= 2 && inSet(businessVerbs, link) {
			retype(tags, s, model.TypeORG)
			closed[text[toks[s.start].Start:toks[s.end-1].End]] = true
			continue
		}
		if s.end < len(toks) && model.PlainWord(tokText(text, toks, s.end)) && !stopwords.Is(tokText(text, toks, s.end)) {
			continue // an adjective before the object: "told the Polish agency"
		}
		if inSet(tellVerbs, verb) && link == "the" || verb == "signed" && (link == "with" || link == "for") {
			retype(tags, s, model.TypeORG)
		}
	}
}

// retypeNamed gives type typ to every mention of the names in named.
func retypeNamed(text string, toks []tok.Token, dt *docTags, named map[string]bool, typ int) {
	tags := dt.tags
	if len(named) == 0 {
		return
	}
	for _, s := range dt.spans() {
		if named[text[toks[s.start].Start:toks[s.end-1].End]] {
			retype(tags, s, typ)
		}
	}
}

// businessVerbs take a business as their object, never a person.
var businessVerbs = wordSet("closed shut reopened")

// employerRoles are the role nouns an employer's name stands before in
// "Arianespace chief executive David Cavaillolès".
var employerRoles = fixedSet(map[string]bool{
	"executive": true, "officer": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"director": true, "chairman": true, "chairwoman": true, "chair": true, "president": true,
	"founder": true, "economist": true, "analyst": true, "editor": true, "boss": true,
	"manager": true, "secretary": true, "strategist": true, "engineer": true, "ceo": true,
})

// roleModifierStops are lower-case words that end the run of modifiers
// between an employer and its role noun.
var roleModifierStops = fixedSet(map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "or": true, "of": true, "to": true, "in": true,
	"on": true, "at": true, "for": true, "with": true, "by": true, "from": true, "said": true, "says": true,
})

// rolePrefixes open a sentence in front of a role and are no employer's
// name: "Former chief executive John Smith", "Ministry spokesman Ryszard
// Hincza", "Press spokesman Alexander Barkhatov".
var rolePrefixes = fixedSet(map[string]bool{
	"former": true, "acting": true, "interim": true, "new": true, "its": true, "his": true, "her": true,
	"their": true, "our": true, "then": true, "outgoing": true, "incoming": true, "senior": true,
	"veteran": true, "retired": true, "ex": true, "late": true, "longtime": true, "current": true,
	"joint": true, "assistant": true, "deputy": true, "chief": true, "executive": true, "managing": true,
	"press": true, "ministry": true, "department": true, "government": true, "party": true, "company": true,
	"club": true, "team": true, "union": true, "police": true, "army": true, "military": true,
	"campaign": true, "bank": true, "court": true, "council": true, "board": true, "office": true,
	"presidential": true, "palace": true, "embassy": true, "agency": true, "league": true, "federation": true,
	"group": true, "firm": true, "opposition": true, "airline": true, "industry": true, "state": true,
})

// maxRoleWords bounds the lower-case words of a role between an employer
// and a person.
const maxRoleWords = 3

// employersBeforeRoles tags as an organisation the capitalised words the
// tagger left out that stand before a lower-case role ending in a role
// noun and a person: "Arianespace chief executive David Cavaillolès",
// "Foreign Ministry spokesman Martin Erdmann". A nationality there names
// no organisation: "Qatari foreign ministry spokesman".
func employersBeforeRoles(text string, toks []tok.Token, tags []int, common func(string) bool) {
	if !rolesBeforePeople(text, toks, tags) {
		return // the tags change only where there is one
	}
	for i := 0; i+2 < len(tags); i++ {
		if !employerWord(text, toks, tags, i) || i+1 < len(tags) && employerWord(text, toks, tags, i+1) {
			continue
		}
		k := i + 1
		for k < len(tags) && k-i <= maxRoleWords && tags[k] == 0 && model.PlainWord(tokText(text, toks, k)) && !inSet(roleModifierStops, tokText(text, toks, k)) {
			k++
		}
		if k == i+1 || k >= len(tags) || tags[k] != model.BeginTag(model.TypePER) || !inSet(employerRoles, tokText(text, toks, k-1)) {
			continue
		}
		j := i
		for j > 0 && i-j < maxNameWords-1 && employerWord(text, toks, tags, j-1) {
			j--
		}
		if j > 0 && (model.TagType(tags[j-1]) == model.TypeORG || tags[j-1] == 0 && capitalised(tokText(text, toks, j-1))) {
			continue // the rest of a name the tagger cut ("Foreign Ministry")
		}
		if writtenLower(text, toks, j, i) ||
			sentenceInitial(text, toks, j) && common(strings.ToLower(tokText(text, toks, j))) && !namedInside(text, toks, j) {
			// A common noun opening a sentence: "Station manager Kieran
			// McAllister", "Returning officer Linda Shaw"; not a name the
			// news never writes in lower case ("Arianespace chief
			// executive").
			continue
		}
		if j == i && model.Demonym(tokText(text, toks, i)) {
			// A nationality: "Qatari foreign ministry spokesman".
			setTag(tags, i, model.BeginTag(model.TypeMISC))
			continue
		}
		setTag(tags, j, model.BeginTag(model.TypeORG))
		for m := j + 1; m <= i; m++ {
			setTag(tags, m, model.InsideTag(model.TypeORG))
		}
	}
}

// writtenLower reports whether a word of toks[j..i] is also written in
// lower case in the document: "Jury convicts crypto founder Whitfield"
// above "a federal jury on Thursday convicted", a common noun that only
// opens a sentence, where "Arianespace" is a name.
func writtenLower(text string, toks []tok.Token, j, i int) bool {
	for k := j; k <= i; k++ {
		low := strings.ToLower(tokText(text, toks, k))
		for m := range toks {
			if tokText(text, toks, m) == low {
				return true
			}
		}
	}
	return false
}

// sentenceInitial reports whether token k opens a sentence or a line.
func sentenceInitial(text string, toks []tok.Token, k int) bool {
	if k == 0 {
		return true
	}
	if strings.ContainsRune(text[toks[k-1].End:toks[k].Start], '\n') {
		return true
	}
	switch tokText(text, toks, k-1) {
	case ".", "!", "?", ":", ";", "\"", "“", "”", "'", "‘", "’":
		return true
	}
	return false
}

// namedInside reports whether the document writes token k's word, with
// its capital, inside a sentence too: a name ("... the launch by
// Arianespace"), not a noun capitalised for opening one.
func namedInside(text string, toks []tok.Token, k int) bool {
	w := tokText(text, toks, k)
	for m := range toks {
		if m != k && tokText(text, toks, m) == w && !sentenceInitial(text, toks, m) {
			return true
		}
	}
	return false
}

// rolesBeforePeople reports an employer's role noun right before a
// person's name: "spokesman Martin Erdmann".
func rolesBeforePeople(text string, toks []tok.Token, tags []int) bool {
	for k := 2; k < len(tags); k++ {
		if tags[k] == model.BeginTag(model.TypePER) && inSet(employerRoles, tokText(text, toks, k-1)) {
			return true
		}
	}
	return false
}

// employerWord reports an untagged capitalised word that can be part of
// an employer's name: no title, month or word that opens a role.
func employerWord(text string, toks []tok.Token, tags []int, i int) bool {
	w := tokText(text, toks, i)
	return tags[i] == 0 && capitalised(w) && plainLowered(w) && !lowerIn(rolePrefixes, w) && !lowerIn(titles, w) &&
		!lowerIn(openers, w) && !lowerIn(calendarWords, w)
}

// compassWords open the names of regions: "North Yorkshire", "South
// Korea".
var compassWords = fixedSet(map[string]bool{"north": true, "south": true, "east": true, "west": true, "northern": true,
	"southern": true, "eastern": true, "western": true, "central": true, "new": true, "greater": true, "port": true,
	"saint": true, "st": true, "san": true, "santa": true, "fort": true, "cape": true})

// surnamedPlaces makes a person of a name of two or three words tagged a
// place whose last word the document tags a person on its own and puts
// in no other name: "Sofia Lindqvist", taken for a place by the city's
// name, is the "Lindqvist" tagged a person later, while "South Korea"
// beside "North Korea" stays a place whatever "Korea" alone was tagged.
// A place named after a preposition of place stays one.
func surnamedPlaces(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	ss := dt.spans()
	var alone map[string]bool
	for _, s := range ss {
		if s.typ == model.TypePER && s.end-s.start == 1 {
			if alone == nil {
				alone = map[string]bool{}
			}
			alone[tokText(text, toks, s.start)] = true
		}
	}
	if alone == nil {
		return
	}
	// names maps a word that ends a place's name of several words to
	// that name, or to "" when it ends several names or is in another
	// mention that is no person's.
	names := map[string]string{}
	for _, s := range ss {
		if s.typ == model.TypePER {
			continue
		}
		name := text[toks[s.start].Start:toks[s.end-1].End]
		for k := s.start; k < s.end; k++ {
			w := tokText(text, toks, k)
			if !alone[w] {
				continue
			}
			if n, seen := names[w]; seen && n != name || k != s.end-1 || s.typ != model.TypeLOC || s.end-s.start == 1 {
				names[w] = ""
				continue
			}
			names[w] = name
		}
	}
	for _, s := range ss {
		if s.typ != model.TypeLOC || s.end-s.start < 2 || s.end-s.start > 3 || names[tokText(text, toks, s.end-1)] == "" {
			continue
		}
		if s.start > 0 && (inSet(locatives, tokText(text, toks, s.start-1)) || inSet(weakLocatives, tokText(text, toks, s.start-1))) {
			continue
		}
		// "River Severn", "Upper Ojai", "North Yorkshire": a place's
		// word opens it, whatever its last word was tagged alone.
		if first := strings.ToLower(tokText(text, toks, s.start)); inSet(featureOpeners, first) || inSet(compassWords, first) {
			continue
		}
		retype(tags, s, model.TypePER)
	}
}

// employersTakenForPeople retypes as an organisation a name the tagger
// took for a person, with any capitalised word it left out in front, when
// it stands before a lower-case role and a person and the document names
// no such person elsewhere: "Cal Fire director Joe Tyler", read as a
// person "Cal Fire" or as "Cal" and a person "Fire". A person's name of
// one word needs the word left out, "Yeltsin spokesman Sergei
// Yastrzhembsky" keeps its person, or to be a word the news writes in
// lower case too, which names a party or a club before its leader or its
// manager: "Green leader Marine Tondelier", "Villa manager Unai Emery".
func employersTakenForPeople(text string, toks []tok.Token, dt *docTags, common func(string) bool) {
	tags := dt.tags
	ss := dt.spans()
	for n, s := range ss {
		if s.typ != model.TypePER {
			continue
		}
		left := s.start > 0 && employerWord(text, toks, tags, s.start-1) && !lineBreakBefore(text, toks, s.start)
		plain := s.end-s.start == 1 && common(strings.ToLower(tokText(text, toks, s.start)))
		if !left && !plain && s.end-s.start < 2 {
			continue
		}
		if n+1 >= len(ss) || ss[n+1].typ != model.TypePER {
			continue
		}
		party := plain && (roleBetween(text, toks, tags, s.end, ss[n+1].start, leaderRoles) ||
			memberTitleBetween(text, toks, tags, s.end, ss[n+1].start))
		if !party && !roleBetween(text, toks, tags, s.end, ss[n+1].start, employerRoles) {
			continue
		}
		if namedPersonElsewhere(text, toks, ss, n, party) {
			continue
		}
		j := s.start
		for left && j > 0 && s.start-j < maxNameWords && employerWord(text, toks, tags, j-1) && !lineBreakBefore(text, toks, j) {
			j--
		}
		retype(tags, span{j, s.end, s.typ}, model.TypeORG)
		if party && !left {
			retypeLoneWord(text, toks, tags, ss, n)
		}
	}
}

// retypeLoneWord retypes as an organisation every other person mention of
// the one common word that span n, found to name an organisation, holds:
// after "Green co-leader Bethany Lowe" the "Green" of "both Green and
// independent support" is that party too.
func retypeLoneWord(text string, toks []tok.Token, tags []int, ss []span, n int) {
	word := tokText(text, toks, ss[n].start)
	for m, s := range ss {
		if m != n && s.typ == model.TypePER && s.end-s.start == 1 && tokText(text, toks, s.start) == word {
			retype(tags, s, model.TypeORG)
		}
	}
}

// leaderRoles are the role nouns a party's name stands before: "Green
// leader Marine Tondelier".
var leaderRoles = wordSet("leader co-leader")

// seatLetters are the letters of a seat a party's name stands before:
// "Green MP Caroline Lucas".
var seatLetters = fixedSet(map[string]bool{"MP": true, "MEP": true, "MSP": true, "MLA": true})

// memberTitleBetween reports whether toks[i:k] is one untagged word of
// seatLetters.
func memberTitleBetween(text string, toks []tok.Token, tags []int, i, k int) bool {
	return k == i+1 && tags[i] == 0 && inSet(seatLetters, tokText(text, toks, i))
}

// roleBetween reports one to maxRoleWords untagged lower-case words in
// toks[i:k] that end in a role noun of roles: "director" in "Cal Fire
// director Joe Tyler".
func roleBetween(text string, toks []tok.Token, tags []int, i, k int, roles map[string]bool) bool {
	if k <= i || k-i > maxRoleWords || !roles[tokText(text, toks, k-1)] {
		return false
	}
	for m := i; m < k; m++ {
		if tags[m] != 0 || !plainRoleWord(tokText(text, toks, m)) || inSet(roleModifierStops, tokText(text, toks, m)) {
			return false
		}
	}
	return true
}

// plainRoleWord reports whether a word of a role is lower case, its
// parts joined by hyphens counting too: "co-leader", "vice-chairman".
func plainRoleWord(w string) bool {
	for _, part := range strings.Split(w, "-") {
		if !model.PlainWord(part) {
			return false
		}
	}
	return true
}

// namedPersonElsewhere reports whether another person mention of the
// document holds the last word of span n. When span n is one common word
// before a party's role ("Green" of "Green co-leader Bethany Lowe"),
// another mention of that word alone is the same word taken for a person
// again ("both Green and independent support") and names no one; a
// fuller name holding it ("Tom Green") does.
func namedPersonElsewhere(text string, toks []tok.Token, ss []span, n int, party bool) bool {
	last := tokText(text, toks, ss[n].end-1)
	for m, s := range ss {
		if m == n || s.typ != model.TypePER || party && s.end-s.start == 1 {
			continue
		}
		for k := s.start; k < s.end; k++ {
			if tokText(text, toks, k) == last {
				return true
			}
		}
	}
	return false
}

package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// joinPossessiveNames makes one organisation of a name that holds a
// possessive: the tagger reads "Alzheimer's Research UK" as "Alzheimer"
// and "Research UK", and "the Women's Institute" as "Institute". A
// capitalised word (or an organisation) with "'s" right before an
// organisation joins it; a person's or a place's possessive does not
// ("Britain's Labour Party", "Trump's Justice Department"), nor a
// one-word organisation's before a full name (see ownerOfFullName).
func joinPossessiveNames(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, sp := range dt.spans() {
		if sp.typ != model.TypeORG || sp.start < 2 {
			continue
		}
		poss, owner := sp.start-1, sp.start-2
		if !isPossessive(tokText(text, toks, poss)) || toks[poss].Start != toks[owner].End || !capitalised(tokText(text, toks, owner)) {
			continue
		}
		start := owner
		if ownerOfFullName(text, toks, tags, owner, sp) {
			continue
		}
		switch t := model.TagType(tags[owner]); {
		case t == model.TypeORG:
			for start > 0 && model.IsInside(tags[start]) {
				start--
			}
		case t >= 0:
			continue // a person's or a place's possessive
		}
		setTag(tags, start, model.BeginTag(model.TypeORG))
		for k := start + 1; k < sp.end; k++ {
			setTag(tags, k, model.InsideTag(model.TypeORG))
		}
	}
}

// ownerOfFullName reports a one-word organisation's possessive before
// an organisation of two or more words that ends in an institution's
// word, which is a full name of its own that the owner only places or
// runs: "Bruges's Groeninge Museum" is the museum, in Bruges.
func ownerOfFullName(text string, toks []tok.Token, tags []int, owner int, sp span) bool {
	if tags[owner] != model.BeginTag(model.TypeORG) || sp.end-sp.start < 2 {
		return false
	}
	head := tokText(text, toks, sp.end-1)
	return lowerIn(locatedHeads, head) || lowerIn(institutionHeads, head) || lowerIn(schoolHeads, head)
}

// locatedHeads end the names of institutions that stand in a town, whose
// possessive before them is the town's: "Bruges's Groeninge Museum".
var locatedHeads = wordSet(`museum gallery airport cathedral zoo`)

// townsOwningInstitutions makes a place of a one-word organisation whose
// possessive stands before the name of a museum, an airport or the like:
// a town owns "Bruges's Groeninge Museum", which the tagger reads as an
// organisation's.
func townsOwningInstitutions(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	ss := dt.spans()
	for k, s := range ss {
		if s.typ != model.TypeORG || s.end-s.start != 1 || k+1 >= len(ss) || ss[k+1].start != s.end+1 ||
			!isPossessive(tokText(text, toks, s.end)) || ss[k+1].end-ss[k+1].start < 2 || !lowerIn(locatedHeads, tokText(text, toks, ss[k+1].end-1)) {
			continue
		}
		retype(tags, s, model.TypeLOC)
	}
}

// possessiveHeads end the names of institutions that open with a
// possessive: "Gray's Inn", "King's College", "St James's University
// Hospital", "Guy's Hospital".
var possessiveHeads = wordSet(`inn inns college hospital infirmary school academy university church
	cathedral chapel abbey trust foundation institute society`)

// possessivePlaces end such names that are places: "St James's Park",
// "St Peter's Square".
var possessivePlaces = wordSet(`park square street road place green gate`)

// saints open names that hold a possessive: "St James's", "Saint Mary's".
var saints = fixedSet(map[string]bool{"St": true, "St.": true, "Saint": true, "Ste": true})

// joinPossessiveInstitutions makes one name of a saint's or a founder's
// possessive and the capitalised words after it that end in an
// institution's or a place's word: the tagger reads "St James's
// University Hospital" as a person "James" and a place "University
// Hospital", and "Gray's Inn" as a person. A saint's name needs no such
// word ("St Mary's Church", "St Helen's Road"). A place's possessive
// ("Britain's Royal College of Nursing") and a full person's name before
// the possessive ("Donald Trump's college") stay as they are; a word
// taken for a place right before the institution's word is its founder's
// ("King's College", "Guy's Hospital").
func joinPossessiveInstitutions(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	next := 1 // the first possessive still to visit
	for _, p := range dt.possessives() {
		if p < next {
			continue
		}
		if p+1 >= len(toks) {
			break
		}
		owner := p - 1
		if toks[p].Start != toks[owner].End || !capitalised(tokText(text, toks, owner)) {
			continue
		}
		start := owner
		saint := owner > 0 && inSet(saints, tokText(text, toks, owner-1))
		if saint {
			start = owner - 1
		} else if !possessiveOwner(tags, owner) && !(model.TagType(tags[owner]) == model.TypeLOC && lowerIn(possessiveHeads, tokText(text, toks, p+1))) {
			continue
		}
		for start > 0 && model.TagType(tags[start]) == model.TypeORG && model.IsInside(tags[start]) {
			start-- // the whole name that owns: "Bristol Rovers Supporters' Trust"
		}
		end, head, place := possessiveRun(text, toks, p+1)
		if end == p+1 || !head && !saint {
			continue
		}
		typ := model.TypeORG
		if place {
			typ = model.TypeLOC
		}
		retype(tags, span{start, end, typ}, typ)
		if end < len(tags) && model.IsInside(tags[end]) {
			setTag(tags, end, model.BeginTag(model.TagType(tags[end])))
		}
		next = end + 1
	}
}

// possessiveOwner reports an owner word that may open an institution's
// name: untagged, an organisation or a one-word person, but no place.
func possessiveOwner(tags []int, owner int) bool {
	switch model.TagType(tags[owner]) {
	case -1, model.TypeORG:
		return true
	case model.TypePER:
		return !model.IsInside(tags[owner]) && (owner+1 >= len(tags) || !model.IsInside(tags[owner+1]))
	}
	return false
}

// possessiveRun returns the end of the capitalised words (and "of" before
// one) from token i, whether one of them is an institution's or a
// place's word, and whether the last such word is a place's.
func possessiveRun(text string, toks []tok.Token, i int) (end int, head, place bool) {
	end = i
	for k := i; k < len(toks); k++ {
		w := tokText(text, toks, k)
		if w == "of" && k+1 < len(toks) && capitalised(tokText(text, toks, k+1)) && k > i {
			continue
		}
		if !capitalised(w) || lowerIn(calendarWords, w) || lineBreakBefore(text, toks, k) {
			break
		}
		end = k + 1
		switch {
		case lowerIn(possessiveHeads, w):
			head, place = true, false
		case lowerIn(possessivePlaces, w):
			head, place = true, true
		}
	}
	return end, head, place
}

// ruledNouns follow the possessive of a leader who heads them:
// "Lukashenko's government", "Orban's regime".
var ruledNouns = wordSet(`government regime administration cabinet`)

// leadersOfGovernments makes a person of a one-word organisation whose
// possessive a government follows, when the word is no common one: a
// party's ("Labour's government") is written in lower case too, a
// country's is a place.
func leadersOfGovernments(text string, toks []tok.Token, dt *docTags, common func(string) bool) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypeORG || s.end-s.start != 1 || s.end+1 >= len(toks) {
			continue
		}
		w := tokText(text, toks, s.start)
		if !isPossessive(tokText(text, toks, s.end)) || !inSet(ruledNouns, tokText(text, toks, s.end+1)) || common(strings.ToLower(w)) {
			continue
		}
		retype(tags, s, model.TypePER)
	}
}

// placesPeople joins to a person's name the capitalised word the tagger
// left out between a place's possessive and the name: "Spain's José Luis
// Ramírez". A title ("Spain's Prime Minister Ana Ruiz") or a word
// the news writes in lower case stays out.
func placesPeople(text string, toks []tok.Token, dt *docTags, common func(string) bool) {
	tags := dt.tags
	for _, s := range dt.spans() {
		i := s.start - 1
		if s.typ != model.TypePER || i < 2 || tags[i] != 0 || !isPossessive(tokText(text, toks, i-1)) ||
			tags[i-2] == 0 || model.TagType(tags[i-2]) != model.TypeLOC {
			continue
		}
		w := tokText(text, toks, i)
		low := strings.ToLower(strings.TrimSuffix(w, "."))
		if !opensUpper(w) || inSet(titles, low) || inSet(honorifics, low) || common(low) || strings.HasSuffix(w, ".") {
			continue
		}
		setTag(tags, i, model.BeginTag(model.TypePER))
		setTag(tags, s.start, model.InsideTag(model.TypePER))
	}
}

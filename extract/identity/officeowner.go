package identity

import (
	"slices"
	"strings"

	"newsbot/extract/doc"
)

// stateOffices are the heads of the titles a country or an organisation
// holds, not a person: "Norland's President", "Norland's Foreign
// Minister".
var stateOffices = wordSet(`president premier minister chancellor king queen emir sultan ambassador`)

// maxOfficeWords bounds the words of a title after a possessive owner
// ("Deputy Foreign Minister").
const maxOfficeWords = 3

// retypeOfficeOwners takes a one-word name taken for a person for a place
// (or the organisation its other mentions make it) when the article
// writes it as the owner of an office held by the person named right
// after ("Norland's President Ana Vell", "Norland's Deputy Foreign
// Minister Ana Vell"), and names no person in full with it as surname: a
// person has no president or minister.
func retypeOfficeOwners(text string, out []doc.Mention, formOf []*form) {
	surnamed := map[string]bool{}
	for _, f := range formOf {
		if f.ntok >= 2 && f.typ == doc.Person {
			surnamed[f.lastKey] = true
		}
	}
	for i, m := range out {
		f := formOf[i]
		if f.typ != doc.Person || f.ntok != 1 || surnamed[f.lastKey] || i+1 >= len(out) || out[i+1].Type != doc.Person {
			continue
		}
		if !ownsOffice(text, m.End, out[i+1].Start) {
			continue
		}
		f.typ = doc.Place
		if f.votes.of(doc.Org) > f.votes.of(doc.Place) {
			f.typ = doc.Org
		}
		f.votes = onlyVotes(f.typ, f.count)
	}
}

// ownsOffice reports whether text[end:next] is a possessive ending and a
// capitalised title headed by one of stateOffices: "'s President ",
// "'s Deputy Foreign Minister ".
func ownsOffice(text string, end, next int) bool {
	if end < 0 || next <= end || next > len(text) {
		return false
	}
	s := text[end:next]
	rest, ok := strings.CutPrefix(s, "'s ")
	if !ok {
		if rest, ok = strings.CutPrefix(s, "’s "); !ok {
			return false
		}
	}
	if !strings.HasSuffix(rest, " ") {
		return false
	}
	words := strings.Split(strings.TrimSuffix(rest, " "), " ")
	if len(words) > maxOfficeWords {
		return false
	}
	for _, w := range words {
		if w == "" || !isCapitalised(w) {
			return false
		}
	}
	return stateOffices[strings.ToLower(words[len(words)-1])]
}

// officerHeads are the titles of the officers of an organisation, which
// only a person holds: "its treasurer", "its senior vice-president".
var officerHeads = wordSet(`president vice-president treasurer chief officer director chairman chairwoman secretary
	founder controller comptroller cfo ceo coo spokesman spokeswoman spokesperson executive`)

// maxOfficerWords bounds the words before the title in an apposition
// ("its senior executive vice-president").
const maxOfficerWords = 4

// retypeNamedOfficers takes a name of two or three words taken for an
// organisation for a person when the article sets after it, between
// commas, the office it holds in the organisation the clause is about:
// "named Ana Vell, its senior vice-president, as finance chief". An
// organisation is no officer of another ("its adviser" may be a bank).
//
// The words of the name written alone and taken for the organisation too
// ("Vell said", "Ana knows") are the person's.
func retypeNamedOfficers(text string, out []doc.Mention, formOf []*form) {
	var parts map[string]bool
	for i, m := range out {
		f := formOf[i]
		if f.typ != doc.Org || f.ntok < 2 || f.ntok > 3 || len(f.toks) != f.ntok || !officerAfter(text, m.End) {
			continue
		}
		f.typ, f.votes = doc.Person, onlyVotes(doc.Person, f.count)
		if parts == nil {
			parts = map[string]bool{}
		}
		parts[f.lastKey], parts[f.tokenKeyAt(0)] = true, true
	}
	for _, f := range formOf {
		if parts != nil && f.typ == doc.Org && f.ntok == 1 && len(f.toks) == 1 && parts[f.tokenKeyAt(0)] {
			f.typ, f.votes = doc.Person, onlyVotes(doc.Person, f.count)
		}
	}
}

// officerAfter reports whether the text after a name opens with a comma,
// "its" and an officer's title within maxOfficerWords words: ", its
// treasurer", ", its senior vice-president of finance".
func officerAfter(text string, end int) bool {
	if end < 0 || end > len(text) {
		return false
	}
	rest, ok := strings.CutPrefix(text[end:], ", its ")
	if !ok {
		return false
	}
	words := strings.Fields(rest[:min(len(rest), 80)])
	for k, w := range words {
		if k >= maxOfficerWords {
			break
		}
		b := strings.ToLower(strings.TrimRight(w, ",.;:"))
		if officerHeads[b] {
			return true
		}
		if len(b) < len(w) {
			return false // the apposition ends
		}
	}
	return false
}

// retypeGivenOrgs takes a one-word name taken for an organisation for a
// person when it is the given name of one person the article names in
// full, the surname of none, opens no organisation's name of the article
// and is only written inside quotation marks, as a colleague calls the
// person: `"Ana knows our business," the chief executive said` after
// "named Ana Vell as finance chief".
func retypeGivenOrgs(text string, out []doc.Mention, formOf []*form) {
	if !slices.ContainsFunc(formOf, givenOrgCandidate) {
		return // no one-word organisation to retype: no key is needed
	}
	owners := map[string]int{}
	taken := map[string]bool{}
	seen := map[*form]bool{}
	for _, f := range formOf {
		if seen[f] || f.ntok < 2 || len(f.toks) < 2 {
			continue
		}
		seen[f] = true
		switch f.typ {
		case doc.Person:
			owners[f.tokenKeyAt(0)]++
			taken[f.lastKey] = true
		default:
			taken[f.tokenKeyAt(0)] = true
		}
	}
	quoted := map[*form]bool{}
	for i, m := range out {
		f := formOf[i]
		if !givenOrgCandidate(f) {
			continue
		}
		if k := f.tokenKeyAt(0); owners[k] != 1 || taken[k] {
			continue
		}
		in := m.Start >= 0 && m.Start <= len(text) && quotedAt(text, strings.LastIndexByte(text[:m.Start], '\n')+1, m.Start)
		if v, ok := quoted[f]; !ok || v {
			quoted[f] = in
		}
	}
	for f, in := range quoted {
		if in {
			f.typ, f.votes = doc.Person, onlyVotes(doc.Person, f.count)
		}
	}
}

// givenOrgCandidate reports whether f is a one-word organisation's name
// that retypeGivenOrgs may take for a person's given name.
func givenOrgCandidate(f *form) bool {
	return f.typ == doc.Org && f.ntok == 1 && len(f.toks) == 1 && plainWord(f.toks[0])
}

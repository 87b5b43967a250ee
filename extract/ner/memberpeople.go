package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// memberBodies are the lower-case nouns of bodies whose members news
// names after "member": "committee member Ana Ruiz".
var memberBodies = wordSet(`committee board council panel cabinet jury commission assembly staff crew team family club
	band cast faculty party`)

// memberPeople makes a person of a name shaped as a personal name (see
// personShaped), tagged an organisation or a place, after a lower-case
// body's noun and "member": "asked by committee member Ana Ruiz" or
// "board members Ana Ruiz and ..." name people, where "Nato member
// Turkey" names a country.
func memberPeople(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypeORG && s.typ != model.TypeLOC || s.start < 2 {
			continue
		}
		if m := tokText(text, toks, s.start-1); m != "member" && m != "members" || tags[s.start-1] != 0 || tags[s.start-2] != 0 {
			continue
		}
		if inSet(memberBodies, tokText(text, toks, s.start-2)) && personShaped(text, toks, s.start, s.end) {
			retype(tags, s, model.TypePER)
		}
	}
}

// memberLabelPeople makes a person of a name shaped as a personal name,
// tagged an organisation or a place, that opens a line before a member's
// title and a colon: the speaker label "Ana Ruiz MP:" of a transcript. A
// seat's or a party's name before the title ("Labour MP") labels no line.
func memberLabelPeople(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypeORG && s.typ != model.TypeLOC || s.end+1 >= len(toks) || tags[s.end] != 0 {
			continue
		}
		if !memberTitle(tokText(text, toks, s.end)) || tokText(text, toks, s.end+1) != ":" || !lineOpenedAt(text, toks[s.start].Start) {
			continue
		}
		if personShaped(text, toks, s.start, s.end) {
			retype(tags, s, model.TypePER)
		}
	}
}

// lineOpenedAt reports whether only spaces come before byte pos on its
// line of text.
func lineOpenedAt(text string, pos int) bool {
	return strings.TrimSpace(text[strings.LastIndexByte(text[:pos], '\n')+1:pos]) == ""
}

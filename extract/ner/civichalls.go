package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// civicHallLeads open the names of the halls of local government: "City
// Hall", "Town Hall", "County Hall".
var civicHallLeads = wordSet(`city town county`)

// civicHalls makes a place of a local government's hall tagged a person,
// whole or in part: "a long hold on City Hall" or "City Hall does too",
// where the tagger read "Hall" or "City Hall" as a person's name, "City"
// left out or read as a name of its own.
func civicHalls(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypePER || tokText(text, toks, s.end-1) != "Hall" {
			continue
		}
		start := s.start
		switch {
		case s.end-s.start == 2 && lowerIn(civicHallLeads, tokText(text, toks, s.start)) && capitalised(tokText(text, toks, s.start)):
		case s.end-s.start == 1 && s.start > 0 && !model.IsInside(tags[s.start-1]) && lowerIn(civicHallLeads, tokText(text, toks, s.start-1)) &&
			capitalised(tokText(text, toks, s.start-1)):
			start = s.start - 1
		default:
			continue
		}
		retype(tags, span{start: start, end: s.end}, model.TypeLOC)
	}
}

package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// streetTails end the name of a street or a waterside road: "Grand Canal
// Quay", "Lowther Street".
var streetTails = fixedSet(map[string]bool{"Street": true, "Road": true, "Avenue": true, "Quay": true, "Lane": true,
	"Boulevard": true, "Wharf": true, "Terrace": true, "Embankment": true})

// maxStreetGap bounds the untagged capitalised words between a name and
// the street's kind.
const maxStreetGap = 2

// joinStreetTails widens a name over the untagged capitalised words and
// the capitalised kind of street after it into one place: the tagger
// reads "Grand" alone of "offices on Grand Canal Quay".
func joinStreetTails(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		e := s.end
		for e < len(toks) && e-s.end <= maxStreetGap && tags[e] == 0 && capitalised(tokText(text, toks, e)) && !streetTails[tokText(text, toks, e)] &&
			toks[e].Start == toks[e-1].End+1 {
			e++
		}
		if e >= len(toks) || tags[e] != 0 || !streetTails[tokText(text, toks, e)] || toks[e].Start != toks[e-1].End+1 {
			continue
		}
		retype(tags, span{s.start, e + 1, model.TypeLOC}, model.TypeLOC)
	}
}

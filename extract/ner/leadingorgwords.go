package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// leadingOrgWords widens an organisation's name of two words or more that
// ends in a body's head word to the untagged capitalised word between it
// and "the": in "the Coastal Rescue Alliance said" the tagger may leave
// "Coastal" out, read as an adjective, but it opens the name. Months and
// weekdays are no part of a name ("the March Farmers Union rally" keeps
// the month out).
func leadingOrgWords(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypeORG || s.end-s.start < 2 || s.start < 2 || tags[s.start-1] != 0 {
			continue
		}
		if !isBodyHead(strings.ToLower(tokText(text, toks, s.end-1))) {
			continue
		}
		w := tokText(text, toks, s.start-1)
		if !capitalised(w) || !nameLetters(w) || calendarWords[strings.ToLower(w)] || !strings.EqualFold(tokText(text, toks, s.start-2), "the") {
			continue
		}
		retype(tags, span{start: s.start - 1, end: s.end, typ: s.typ}, model.TypeORG)
	}
}

// isBodyHead reports whether a lower-case word ends the name of a body:
// "association", "alliance", "union".
func isBodyHead(w string) bool {
	return orgHeads[w] || agencyHeads[w] || bodyOfStatesHeads[w]
}

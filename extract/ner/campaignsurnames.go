package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// followerNouns follow in lower case the surname of the person whose
// campaign, office or circle they are: "the Okafor campaign", "the
// Lindqvist administration".
var followerNouns = wordSet(`campaign campaigns administration government presidency camp`)

// campaignSurnames makes a person of a one-word name, tagged another
// kind, between "the" and a follower's noun ("the Okafor-Lind campaign")
// when the same word ends a person's name elsewhere in the text: it
// names that person, as a bare surname does. "the Labour government"
// names no one the text calls by that word.
func campaignSurnames(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	ss := dt.spans()
	var surnames map[string]bool
	for _, s := range ss {
		if s.typ == model.TypePER || s.end-s.start != 1 || s.start == 0 || s.end >= len(toks) {
			continue
		}
		if w := tokText(text, toks, s.start-1); w != "the" && w != "The" || !inSet(followerNouns, tokText(text, toks, s.end)) {
			continue
		}
		if surnames == nil {
			surnames = personLastWords(text, toks, ss)
		}
		if surnames[tokText(text, toks, s.start)] {
			retype(tags, s, model.TypePER)
		}
	}
}

// personLastWords returns the last words of the people's names of two
// words or more among ss.
func personLastWords(text string, toks []tok.Token, ss []span) map[string]bool {
	out := map[string]bool{}
	for _, s := range ss {
		if s.typ == model.TypePER && s.end-s.start >= 2 {
			out[tokText(text, toks, s.end-1)] = true
		}
	}
	return out
}

package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// legalSuffixes end a firm's name with its legal form in any case: "Harker
// Lyle LLP", "Halden Ltd.", "Norvik Limited".
var legalSuffixes = wordSet(`llp llc ltd limited plc inc corp gmbh`)

// legalSuffixesCased end a firm's name only as written here, for they are
// also other abbreviations or words: "Valmont AG", "Orion SA", "Banca
// Sud SpA", "Kestrel Pty", "Harbour Capital LP".
var legalSuffixesCased = fixedSet(map[string]bool{"AG": true, "SA": true, "NV": true, "BV": true, "SpA": true, "Pty": true, "LP": true})

// legalSuffix reports whether w, maybe with a full stop, is a firm's
// legal form.
func legalSuffix(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return inSet(legalSuffixesCased, w) || lowerIn(legalSuffixes, w)
}

// legalFormNames makes an organisation of a name of several words ending
// in a legal form ("Harker Lyle LLP" read as a person), and of every
// mention as a person of the same name without that form in the text:
// after "Harker Lyle LLP", "Harker Lyle said" speaks for the firm.
func legalFormNames(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	stems := map[string]bool{}
	for _, s := range dt.spans() {
		if s.end-s.start < 2 || !legalSuffix(tokText(text, toks, s.end-1)) {
			continue
		}
		if s.typ != model.TypeORG {
			retype(tags, s, model.TypeORG)
		}
		stems[text[toks[s.start].Start:toks[s.end-2].End]] = true
	}
	if len(stems) == 0 {
		return
	}
	for _, s := range dt.spans() {
		if s.typ == model.TypePER && stems[text[toks[s.start].Start:toks[s.end-1].End]] {
			retype(tags, s, model.TypeORG)
		}
	}
}

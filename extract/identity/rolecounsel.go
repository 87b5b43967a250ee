package identity

import (
	"slices"
	"strings"
	"unicode"

	"newsbot/extract/doc"
)

// counselLetters are the post-nominal letters of senior counsel, which
// make the party a barrister speaks "for" their client: "Rupert Vance KC,
// for Marlow Shipping, told the court".
var counselLetters = map[string]string{"kc": "counsel", "qc": "counsel"}

// counselFor reads "for" and a party after the counsel's letters that
// follow a name ending at token last, before token after: "Rupert Vance
// KC, for Marlow Shipping," is counsel for Marlow Shipping. Without the
// letters "X, for the company," says nothing of a role.
func (h harvester) counselFor(last, after int, nameSpan doc.Span) (Role, bool) {
	toks := h.toks
	counsel := false
	for i := last + 1; i < after; i++ {
		letters := strings.TrimRightFunc(toks[i].text, func(r rune) bool { return !unicode.IsLetter(r) })
		counsel = counsel || isPostNominal(letters) && counselLetters[strings.ToLower(letters)] != ""
	}
	k := after
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	if !counsel || k+1 >= len(toks) || toks[k].bare() != "for" {
		return Role{}, false
	}
	re, named, ok := h.party(k + 1)
	if !ok {
		return Role{}, false
	}
	party := squash(h.text[toks[k+1].start:toks[re].end])
	norm := party // a client's name as written, not its surname
	if !named {
		norm = h.withSurnames(k+1, re)
	}
	return Role{Text: "counsel for " + party, Norm: "counsel for " + normRole(norm), Head: "counsel",
		Evidence: doc.Span{Start: nameSpan.Start, End: toks[re].end}}, true
}

// party returns the last token of the party a counsel speaks for, from
// token i: an object (object), or a name the tagger took for a person's,
// which a client may be ("for Mrs Tolley", "for Northgate"), when a
// punctuation mark closes it; named says it is such a name.
func (h harvester) party(i int) (re int, named, ok bool) {
	if re, ok := h.object(i); ok {
		return re, false, true
	}
	toks := h.toks
	if i >= len(toks) || toks[i].mention < 0 {
		return 0, false, false
	}
	re = i
	for re+1 < len(toks) && toks[re+1].mention == toks[i].mention {
		re++
	}
	if re+1 < len(toks) && toks[re+1].kind != tPunct {
		return 0, false, false
	}
	return re, true, true
}

// counselRole returns the role post-nominal letters of senior counsel
// give a name when no party follows them ("Sir Anthony Ward KC argued"):
// the rank at the bar, a King's or Queen's Counsel, listed after any role
// named by a noun as a seat's letters are. Other letters give none.
func counselRole(letters string, ev doc.Span) (Role, bool) {
	if counselLetters[strings.ToLower(letters)] == "" {
		return Role{}, false
	}
	norm := strings.ToLower(letters)
	return Role{Text: letters, Norm: norm, Head: norm, Evidence: ev, Clause: true}, true
}

// maxPartyWords bounds the party a sentence opens with "For": "For Mrs
// Tolley", "For the prosecution".
const maxPartyWords = 5

// counselCues are the words of a courtroom that make the speaker after
// "For the prosecution," counsel: "her client", "told the court".
var counselCues = wordSet(`client court jury judge defendant prosecution defence defense`)

// counselOpening reads a sentence that opens with "For" and a party
// before the name at token first, whose speech verb follows it at token
// after, in a sentence that speaks of a court or a client: "For Mrs
// Tolley, Imogen Carver said her client had acted under duress" makes
// Carver counsel for Mrs Tolley.
func (h harvester) counselOpening(first, after int, nameSpan doc.Span) (Role, bool) {
	toks := h.toks
	c := first - 1
	if c < 2 || toks[c].text != "," || after >= len(toks) || !slices.Contains(speechVerbs, " "+toks[after].bare()) {
		return Role{}, false
	}
	f := c - 1
	for f >= 0 && c-f <= maxPartyWords+1 && toks[f].kind != tPunct && !h.wordsAt(f, "for") {
		f--
	}
	if f < 0 || f == c-1 || !h.wordsAt(f, "for") || f > 0 && !(toks[f-1].kind == tPunct && strings.ContainsAny(toks[f-1].text, ".!?\"”")) {
		return Role{}, false // "For" opens the sentence
	}
	cue := after + 1
	for cue < len(toks) && !(toks[cue].kind == tWord && toks[cue].mention < 0 && counselCues[strings.TrimSuffix(toks[cue].bare(), "s")]) {
		cue++
	}
	if cue >= len(toks) {
		return Role{}, false
	}
	party := squash(h.text[toks[f+1].start:toks[c-1].end])
	return Role{Text: "counsel for " + party, Norm: "counsel for " + normRole(h.withSurnames(f+1, c-1)), Head: "counsel",
		Evidence: doc.Span{Start: toks[f].start, End: max(nameSpan.End, toks[cue].end)}}, true
}

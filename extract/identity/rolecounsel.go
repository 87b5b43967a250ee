package identity

import (
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
	if !counsel || k+1 >= len(toks) || bare(toks[k].text) != "for" {
		return Role{}, false
	}
	re, ok := h.object(k + 1)
	if !ok {
		return Role{}, false
	}
	party := squash(h.text[toks[k+1].start:toks[re].end])
	return Role{Text: "counsel for " + party, Norm: "counsel for " + normRole(h.withSurnames(k+1, re)), Head: "counsel",
		Evidence: doc.Span{Start: nameSpan.Start, End: toks[re].end}}, true
}

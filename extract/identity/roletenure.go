package identity

import "newsbot/extract/doc"

// tenureNouns count the time an office was held: "23 days as caretaker
// prime minister".
var tenureNouns = wordSet(`day days week weeks month months year years decade decades`)

// endedTenure reads an office whose holding the sentence says ended,
// after the possessive of the name at tokens [first, after): "brought an
// end to Henryka Zając's 23 days as caretaker prime minister", "ended
// Tom Reed's ten years as chairman". The office is held no more: a
// former role in the words of the tenure, listed after offices held.
func (h harvester) endedTenure(first, after int, nameSpan doc.Span) (Role, bool) {
	toks := h.toks
	if after >= len(toks) || toks[after].kind != tPoss || !h.endsBefore(first) {
		return Role{}, false
	}
	j := after + 1
	if j < len(toks) && toks[j].kind == tWord && toks[j].mention < 0 && (isNumber(toks[j].text) || numberWords[toks[j].bare()]) {
		j++
	}
	if j+1 >= len(toks) || toks[j].mention >= 0 || !tenureNouns[toks[j].bare()] || !h.wordsAt(j+1, "as") {
		return Role{}, false
	}
	o, ok := h.office(j+2, -1)
	if !ok {
		return Role{}, false
	}
	r := doc.Span{Start: toks[after+1].start, End: toks[o.re].end}
	return Role{Text: squash(h.text[r.Start:r.End]), Norm: "former " + normRole(h.withSurnames(o.rs, o.re)),
		Head: normRole(h.text[toks[o.head].start:toks[o.head].end]), Evidence: doc.Span{Start: nameSpan.Start, End: r.End}, Clause: true, left: true}, true
}

// endsBefore reports whether the words right before token i end what
// follows: "an end to", "ended", "ends".
func (h harvester) endsBefore(i int) bool {
	if i >= 2 && h.wordsAt(i-2, "end", "to") {
		return true
	}
	return i >= 1 && h.wordsAt(i-1, "ended") || i >= 1 && h.wordsAt(i-1, "ends")
}

// numberWords count a tenure in words: "ten years as chairman".
var numberWords = wordSet(`two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty`)

// bareOfficeCopulas may take an office with no article after "who":
// "X, who remains leader of the party,", "who became chairman in May".
var bareOfficeCopulas = wordSet(`remains became becomes`)

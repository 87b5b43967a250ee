package identity

import "strings"

// swornVerbs with the particle "in" give the person the office after
// "as": "was sworn in as prime minister", "sworn in on Monday as
// president".
var swornVerbs = wordSet(`sworn`)

// swornIn reads a swearing-in from the verb at token i and returns the
// token that must be "as" after it (after a short time phrase, skipWhen):
// "sworn in as", "took the oath of office as", "takes the oath on Monday
// as". Being sworn in is passive ("was sworn in"; with no auxiliary too,
// as a headline or an aside gives it): "has sworn in the cabinet" swears
// in someone else.
func (h harvester) swornIn(i int, passive bool) (int, bool) {
	b := h.toks[i].bare()
	switch {
	case swornVerbs[b] && passive && h.wordsAt(i+1, "in"):
		return h.skipWhen(i + 2), true
	case takeVerbs[b] && h.wordsAt(i+1, "the", "oath"):
		j := i + 3
		if h.wordsAt(j, "of", "office") {
			j += 2
		}
		return h.skipWhen(j), true
	}
	return 0, false
}

// wordsAt reports whether the words from token i are words, in order,
// none of them part of a mention.
func (h harvester) wordsAt(i int, words ...string) bool {
	for k, w := range words {
		j := i + k
		if j >= len(h.toks) || h.toks[j].kind != tWord || h.toks[j].mention >= 0 || h.toks[j].bare() != w {
			return false
		}
	}
	return true
}

// maxGapped bounds the tokens from a verb of appointment to a name it
// governs by gapping ("X was sworn in as finance minister, Y as foreign
// minister and Z as deputy prime minister").
const maxGapped = 40

// gappedOffices returns the offices a verb of appointment earlier in the
// sentence gives, with the verb left out, the name at tokens [first,
// after): a name after a comma or "and", followed by "as" and an office,
// in a list whose first member reads "X was sworn in as finance
// minister" or "named X as finance minister". The walk back reads only
// names, "as" and the words of offices, up to the verb.
func (h harvester) gappedOffices(first, after int) []office {
	toks := h.toks
	if first == 0 || after >= len(toks) || !h.wordsAt(after, "as") {
		return nil
	}
	if b := toks[first-1].bare(); b != "and" && toks[first-1].text != "," {
		return nil
	}
	if !h.gappedVerbBefore(first - 1) {
		return nil
	}
	o, ok := h.office(after+1, -1)
	if !ok {
		return nil
	}
	out := []office{o}
	// "as deputy prime minister and climate minister".
	if k := o.re + 1; k+1 < len(toks) && h.wordsAt(k, "and") {
		if o, ok := h.office(k+1, -1); ok {
			out = append(out, o)
		}
	}
	return out
}

// gappedVerbBefore reports whether a verb of appointment that takes
// "as" stands before token i in its sentence, with an "as" after it
// before i, and no full stop, semicolon or colon between: "sworn in as
// finance minister," before "Y as foreign minister".
func (h harvester) gappedVerbBefore(i int) bool {
	toks := h.toks
	sawAs := false
	for k := i - 1; k >= 0 && i-k <= maxGapped; k-- {
		t := toks[k]
		if t.kind == tPunct && strings.ContainsAny(t.text, ".;:!?()\"“”") {
			return false
		}
		if t.kind != tWord || t.mention >= 0 {
			continue
		}
		b := bare(t.text)
		switch {
		case b == "as":
			sawAs = true
		case !sawAs:
		case b == "sworn" && h.wordsAt(k+1, "in"), appointAsVerbs[b], b == "oath":
			return true
		}
	}
	return false
}

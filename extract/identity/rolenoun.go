package identity

import "newsbot/extract/doc"

// kinRole reads the role a kinship apposition gives the relative named at
// token first: "his wife, the French guide Élodie Marchand". The noun
// before the name is a role though no lexicon lists it. It returns the
// role's first token; its head is the token before the name.
func (h harvester) kinRole(first int) (int, bool) {
	toks := h.toks
	head := first - 1
	if head < 3 || !h.plainNoun(head) || plainPersonNouns[bare(toks[head].text)] {
		return 0, false
	}
	j := head - 1
	for j > 0 && head-j <= 3 && (h.nameModifier(j) || h.plainNoun(j) && isKnownModifier(toks[j].text)) {
		j--
	}
	if j < 2 || toks[j].mention >= 0 || !articleWords[bare(toks[j].text)] || toks[j-1].text != "," || !kinNouns[bare(toks[j-2].text)] {
		return 0, false
	}
	return j + 1, true
}

// nameModifier reports a capitalised word or a name other than a
// person's at token j, which may qualify a role noun: "the Basque
// mountaineer", "the French guide".
func (h harvester) nameModifier(j int) bool {
	t := h.toks[j]
	if t.kind != tWord {
		return false
	}
	if t.mention >= 0 {
		return h.mentions[t.mention].Type != doc.Person
	}
	return isCapitalised(t.text) && !isStop(t.text)
}

// plainNoun reports a lower-case word at token j that may be a noun or
// an adjective in a role: no name, function word or verb.
func (h harvester) plainNoun(j int) bool {
	t := h.toks[j]
	return t.kind == tWord && t.mention < 0 && bare(t.text) != "" && !isCapitalised(t.text) && !isStop(t.text) &&
		!isVerbLike(t.text)
}

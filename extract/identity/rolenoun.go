package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// kinRole reads the role a kinship apposition gives the relative named at
// token first: "his wife, the French guide Élodie Marchand". The noun
// before the name is a role though no lexicon lists it. It returns the
// role's first token; its head is the token before the name.
func (h harvester) kinRole(first int) (int, bool) {
	toks := h.toks
	head := first - 1
	if head < 3 || !h.plainNoun(head) || plainPersonNouns[toks[head].bare()] {
		return 0, false
	}
	j := head - 1
	for j > 0 && head-j <= 3 && (h.nameModifier(j) || h.plainNoun(j) && isKnownModifier(toks[j].text)) {
		j--
	}
	if j < 2 || toks[j].mention >= 0 || !articleWords[toks[j].bare()] || toks[j-1].text != "," || !kinNouns[toks[j-2].bare()] {
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

// maxOriginNouns bounds the plain nouns between an origin and the name it
// describes: "Kenyan sprinter", "Kenyan marathon runner".
const maxOriginNouns = 2

// originRole reads the role that a nationality gives the person named
// at token first: "Kenyan sprinter Ruth Wanjiru", "a ban on
// South African marathon runner Tatjana Smith", "veteran Norwegian skier
// Petter Northug". An origin right before plain nouns and a name marks the
// last noun as the person's description though no lexicon lists it, when
// it has the ending of a noun of agent ("sprinter", "footballer",
// "gymnast"): "under Kenyan law Wanjiru" gives no role. It returns the
// role's first token: the origin, or a modifier of rank before it
// ("veteran", "former").
func (h harvester) originRole(first int) (int, bool) {
	toks := h.toks
	head := first - 1
	if head < 1 || !h.plainNoun(head) || plainPersonNouns[toks[head].bare()] || !agentNoun(toks[head].bare()) {
		return 0, false
	}
	j := head - 1
	for j > 0 && head-j < maxOriginNouns && h.plainNoun(j) {
		j--
	}
	if !h.origin(j) {
		return 0, false
	}
	for j > 0 && toks[j-1].mention == toks[j].mention {
		j--
	}
	for j > 0 && toks[j-1].kind == tWord && toks[j-1].mention < 0 && roleModifiers[toks[j-1].bare()] {
		j--
	}
	return j, true
}

// articleSuffixes end the nouns of agents that an article and a name
// make a role of; "-ent" and "-ast" end too many other nouns ("the
// government", "the broadcast").
var articleSuffixes = []string{"er", "or", "ist", "ian", "ant", "ee"}

// articleAgent reads the role a noun of agent gives the person named at
// token first when an article opens it: "the collector Jonathan Ferris",
// "the veteran dealer Marco Bianchi". At most two modifiers stand
// between the article and the noun; a word no lexicon knows there may be
// a verb ("The upheld sprinter Ruth Wanjiru ban"). A person so introduced
// is named in full: after "the heavier Maya" the one word is a grade of
// crude oil. It returns the role's first token.
func (h harvester) articleAgent(first int) (int, bool) {
	toks := h.toks
	head := first - 1
	if head < 1 || !h.plainNoun(head) || !agentNounOf(toks[head].bare(), articleSuffixes) || comparatives[toks[head].bare()] ||
		first+1 >= len(toks) || toks[first+1].mention != toks[first].mention {
		return 0, false
	}
	j := head - 1
	for j > 0 && head-j <= maxOriginNouns && h.plainNoun(j) && isKnownModifier(toks[j].text) {
		j--
	}
	if h.openingModifier(j, head) {
		return j, true // "Local haulier Dennis Quigley, 61, said"
	}
	if toks[j].kind != tWord || toks[j].mention >= 0 || !articleWords[toks[j].bare()] {
		return 0, false
	}
	return j + 1, true
}

// openingModifier reports whether token j opens the sentence with a
// modifier of roles, capitalised as the sentence's first word, before
// the noun at head: "Local haulier Dennis Quigley said", "Veteran
// trucker Ann Lee said". It stands where an article would.
func (h harvester) openingModifier(j, head int) bool {
	t := h.toks[j]
	return j == 0 && j < head && t.kind == tWord && t.mention < 0 && isCapitalised(t.text) && roleModifiers[t.bare()]
}

// origin reports a nationality at token j ("Kenyan", "South African"):
// a name that is neither a person, an organisation nor a place, which
// would be the subject of a verb as often ("the Kremlin brought together
// Putin").
func (h harvester) origin(j int) bool {
	mi := h.toks[j].mention
	return mi >= 0 && h.mentions[mi].Type == doc.Other
}

// agentSuffixes end nouns of agents: sprinter, footballer, gymnast.
var agentSuffixes = []string{"er", "or", "ist", "ast", "ian", "ant", "ent", "ee"}

// notAgents have an agent's ending and are no nouns.
var notAgents = wordSet(`together never ever rather further earlier later other either neither whatever
whenever wherever meanwhile latter elder
summer winter number order border corner centre center letter paper matter water power chapter
quarter dinner murder monster poster register floor door error mirror interior exterior corridor
sector factor colour color committee restaurant computer river tower theater theatre merger`)

// comparatives have an agent's ending and stand after an article before a
// noun more often than as one: "the heavier Maya", "the major Cooper
// Basin producer".
var comparatives = wordSet(`major minor bigger larger greater higher lower older younger stronger weaker
heavier lighter smaller longer shorter better faster slower richer poorer newer wider deeper closer
cheaper harder easier`)

// agentNoun reports a lower-case word with the ending of a noun of agent.
func agentNoun(w string) bool { return agentNounOf(w, agentSuffixes) }

// agentNounOf reports a lower-case word with one of the endings given
// that is no role modifier ("former") nor a plain person noun.
func agentNounOf(w string, suffixes []string) bool {
	if notAgents[w] || roleModifiers[w] || plainPersonNouns[w] {
		return false
	}
	// A compound has the ending of its last part: "two-door" is no agent.
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		w = w[i+1:]
	}
	for _, suf := range suffixes {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// oneOf reads a role given as membership of a group from token i, "one of
// the longest-serving judges of the High Court's Family Division": the
// plural head made singular, with the modifiers that describe the office
// ("senior", "Conservative") but not the rank within the group
// ("longest-serving", "most"), and the head's complement: "judge of the
// High Court's Family Division". An owner before a rank goes with it
// ("one of Europe's most respected football referees" is a football
// referee). The phrase must end the clause, and a family is no group of
// office holders.
func (h harvester) oneOf(i int, name doc.Span) (Role, bool) {
	toks := h.toks
	if i+2 >= len(toks) || toks[i].bare() != "one" || toks[i+1].bare() != "of" {
		return Role{}, false
	}
	j, det := i+2, false
	if toks[j].kind == tWord && toks[j].mention < 0 && determiners[toks[j].bare()] {
		j, det = j+1, true
	}
	var owner string
	if e, ok := h.possessorAt(j); ok {
		owner, j = h.withSurnames(j, e-1)+"'s", e+1
	} else if det {
		j = h.skipCommonOwner(j) // "one of the report's two co-chairs"
	}
	mods, start := j, j
	for ; j < len(toks) && j-mods <= maxModifiers && toks[j].kind == tWord; j++ {
		if isStop(toks[j].text) || toks[j].mention >= 0 && h.mentions[toks[j].mention].Type == doc.Person {
			return Role{}, false
		}
		one, ok := singularRole(toks[j].text)
		if ok && kinNouns[strings.ToLower(one)] {
			// "one of the Bass brothers": a family, not an office.
			return Role{}, false
		}
		if !ok {
			if !h.officeModifier(j) {
				mods = j + 1
			}
			continue
		}
		re := h.complement(j)
		if k := re + 1; k < len(toks) && (toks[k].kind != tPunct || !strings.Contains(",.;:)—–-!?", toks[k].text)) {
			return Role{}, false
		}
		if mods > start {
			// "one of Europe's most respected football referees": the
			// owner ranks the group, and without the rank "Europe's
			// football referee" would say another thing.
			owner = ""
		}
		words := []string{owner, squash(h.spanText(mods, j-1)), one, squash(h.spanText(j+1, re))}
		norms := []string{owner, h.spanNorm(mods, j-1), one, h.spanNorm(j+1, re)}
		txt := squash(strings.Join(words, " "))
		return Role{Text: txt, Norm: normRole(strings.Join(norms, " ")), Head: normRole(one),
			Evidence: doc.Span{Start: name.Start, End: toks[re].end}}, true
	}
	return Role{}, false
}

// officeModifier reports whether token j describes an office rather than
// ranks its holder: a name ("High Court"), a lexicon modifier ("senior")
// or a role noun ("defence").
func (h harvester) officeModifier(j int) bool {
	t := h.toks[j]
	if t.mention >= 0 || isCapitalised(t.text) {
		return !isStop(t.text)
	}
	b := bare(t.text)
	return roleModifiers[b] || roleHeads[b]
}

// spanText returns the text of tokens [a, b], "" when the span is empty.
func (h harvester) spanText(a, b int) string {
	if a > b {
		return ""
	}
	return h.text[h.toks[a].start:h.toks[b].end]
}

// spanNorm returns the text of tokens [a, b] with people reduced to their
// surnames, "" when the span is empty.
func (h harvester) spanNorm(a, b int) string {
	if a > b {
		return ""
	}
	return h.withSurnames(a, b)
}

// singularRole returns the role noun a plural stands for: "judges" is
// "judge", "spokesmen" "spokesman", "MPs" "MP". A capitalised plural other
// than an acronym's is a name ("Judges").
func singularRole(w string) (string, bool) {
	for _, c := range [...]struct{ from, to string }{{"men", "man"}, {"ies", "y"}, {"s", ""}, {"es", ""}} {
		s, ok := strings.CutSuffix(w, c.from)
		if !ok || s == "" || isCapitalised(w) && strings.ToUpper(s) != s {
			continue
		}
		if one := s + c.to; isRoleHead(strings.ToLower(one)) {
			return one, true
		}
	}
	return "", false
}

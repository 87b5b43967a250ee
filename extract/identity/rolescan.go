package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// maxModifiers bounds how many words may stand in front of a role head.
const maxModifiers = 8

// scanBack reads a role phrase that ends at token end, right-to-left: a head
// noun (or a title with an office, "Secretary of State"), then modifiers,
// organisation or place names and at most one possessor ("Trump's"). It
// returns the phrase's first token and its head. Unknown lower-case words are kept only
// when an article or possessor closes the phrase ("the US nationwide safety
// adviser"); otherwise the phrase starts after the last of them.
func (h harvester) scanBack(end int) (int, int, bool) {
	toks := h.toks
	head := h.headBefore(end)
	if head < 0 {
		return 0, 0, false
	}
	rs, closed, unknown := head, false, -1
	n := 0
	for j := head - 1; j >= 0 && n < maxModifiers; j-- {
		t := toks[j]
		if t.kind == tPunct {
			break
		}
		if t.kind == tPoss {
			if p, ok := h.possessor(j); ok {
				rs, closed = p, true
			}
			break
		}
		if t.mention >= 0 {
			if h.mentions[t.mention].Type == doc.Person && !h.nameBeforeNoun(j, head) && !h.formerOwner(j) && !h.openingNameBefore(j, head) {
				break
			}
			for j > 0 && toks[j-1].mention == t.mention {
				j--
			}
			rs, n = j, n+1
			continue
		}
		b := bare(t.text)
		switch {
		case determiners[b]:
			closed = true
		case isStop(t.text) || honorifics[b] || b == "":
		case h.officeVerbAt(j): // "Rovers sack boss X"
		case isCapitalised(t.text) || isKnownModifier(t.text):
			rs, n = j, n+1
			continue
		case h.gerundModifier(j, head):
			rs, n = j, n+1
			continue
		case isVerbLike(t.text):
		default:
			if unknown < 0 {
				unknown = j
			}
			rs, n = j, n+1
			continue
		}
		break
	}
	if !closed && unknown >= 0 && !h.compoundAtEdge(unknown, head, rs) && !h.rankedUnknown(unknown, rs) {
		rs = unknown + 1
	}
	if rs = h.extendName(rs, head); rs < 0 {
		return 0, 0, false
	}
	rs = h.trimLead(rs, head)
	return rs, head, rs <= head
}

// gerundModifier reports a word in -ing right before a role head in
// lower case that an article, "of" or a possessive opens: it names the
// trade, not an action ("of shipping magnate Viktor Dahl", "the mining
// tycoon", "the club's sporting director").
func (h harvester) gerundModifier(j, head int) bool {
	b := h.toks[j].bare()
	if j != head-1 || j == 0 || len(b) < 6 || !strings.HasSuffix(b, "ing") || isCapitalised(h.toks[j].text) || isCapitalised(h.toks[head].text) {
		return false
	}
	if h.rankBefore(j) {
		return true // "chief restructuring officer", "deputy managing director"
	}
	// A known modifier may stand before it: "the deputy housing
	// minister", "the shadow farming secretary".
	k := j - 1
	for k > 0 && h.toks[k].kind == tWord && !isCapitalised(h.toks[k].text) && roleModifiers[h.toks[k].bare()] {
		k--
	}
	if h.toks[k].kind == tPoss {
		return true // "the club's sporting director"
	}
	p := h.toks[k].bare()
	return h.toks[k].kind == tWord && (p == "of" || p == "the" || p == "a" || p == "an")
}

// rankBefore reports a lower-case word of rank right before token j,
// which makes the word at j the field of the office after it.
func (h harvester) rankBefore(j int) bool {
	p := h.toks[j-1]
	return p.kind == tWord && p.mention < 0 && !isCapitalised(p.text) && rankWords[bare(p.text)]
}

// rankedUnknown reports whether the one unknown word of a phrase read back
// from its head follows a word of rank that opens the phrase, which makes
// it part of the role: "Chief information officer Priya Raman", "Deputy
// news editor Sam Hale".
func (h harvester) rankedUnknown(unknown, rs int) bool {
	return unknown-1 == rs && rankWords[h.toks[rs].bare()]
}

// rankWords open a role in front of the field it covers.
var rankWords = wordSet(`chief deputy senior assistant associate principal executive managing head`)

// compoundAtEdge reports whether the one unknown word of a phrase read
// back from head is the first word of a compound role noun: it stands
// right before the head, opens the phrase, and only the edge of the
// clause stands before it ("said mission manager Elena Castelli", "—
// mission manager Elena Castelli told reporters").
//
// Names and modifiers may stand before it when nothing but the edge of
// the clause stands before them: the origin and the place are part of
// the role ("British aid worker Helen Marsh", "São Paulo art adviser Ana
// Lúcia Ferreira").
func (h harvester) compoundAtEdge(unknown, head, rs int) bool {
	if unknown != head-1 || rs > unknown || isLeadAdverb(h.toks[unknown].text) {
		return false
	}
	for k := rs; k < unknown; k++ {
		t := h.toks[k]
		if t.mention < 0 && (!isCapitalised(t.text) && !isKnownModifier(t.text) || leadJunk[bare(t.text)] || isVerbLike(t.text)) && !openingTrade(h.toks, k) {
			return false // "In late January group president …", "Quoting legendary baseball manager …"
		}
	}
	if rs == 0 {
		return true
	}
	// Names after "and" may end a list or a longer name: "a bid by Bank
	// of Hawaii and Philippine sugar trader Antonio Chan"; after "to" the
	// word is a verb ("to extradite ex-president Abolhassan Banisadr")
	// but in "according to exchange chairman Nicholas Goodison".
	p := h.toks[rs-1]
	b := bare(p.text)
	if b == "to" && (rs < 2 || h.toks[rs-2].bare() != "according") {
		return false
	}
	return p.kind == tPunct || p.kind == tWord && p.mention < 0 && isStop(p.text) && (rs == unknown || !listJoiners[b])
}

// listJoiners join the items of a list.
var listJoiners = wordSet(`and or nor`)

// nameBeforeNoun reports whether the person's name ending at token j
// stands before lower-case words that lead to the role head at token
// head: a tagger takes some places for people ("São Paulo art adviser"),
// and a person named before a role noun is whom it serves ("Trump
// special envoy"). A name right before the head may be a list's.
func (h harvester) nameBeforeNoun(j, head int) bool {
	if j+1 >= head {
		return false
	}
	for k := j + 1; k < head; k++ {
		if t := h.toks[k]; t.kind != tWord || t.mention >= 0 || isCapitalised(t.text) {
			return false
		}
	}
	return true
}

// formerOwner reports whether the person's name ending at token j follows
// a word putting an office in the past: a tagger takes some places for
// people, and in "Former Riverton mayor Erik Halvorsen" the name says
// whose office it was.
func (h harvester) formerOwner(j int) bool {
	m := h.toks[j].mention
	for j > 0 && h.toks[j-1].mention == m {
		j--
	}
	return j > 0 && h.toks[j-1].kind == tWord && h.toks[j-1].mention < 0 && pastOfficeWords[h.toks[j-1].bare()]
}

// pastOfficeWords put the office after them in the past.
var pastOfficeWords = wordSet(`former outgoing`)

// headBefore returns the role head of a phrase ending at token end: end
// itself, or the title before "of"/"for" and an office ("Secretary of
// State", "Minister for Foreign Affairs", "Minister of Agriculture and
// Forestry"); -1 if there is none.
func (h harvester) headBefore(end int) int {
	toks := h.toks
	t := toks[end]
	if h.mentionHead(end) {
		return end
	}
	if t.kind != tWord || t.mention >= 0 {
		return -1
	}
	if h.roleHeadAt(end) && !honorifics[bare(t.text)] {
		return end
	}
	k := end
	for k > 0 && toks[k].kind == tWord && toks[k].mention < 0 && (officeWords[toks[k].bare()] || isCapitalised(toks[k].text)) &&
		toks[k].bare() != "of" && toks[k].bare() != "for" {
		k--
	}
	if k < end && k > 0 && (toks[k].bare() == "of" || toks[k].bare() == "for") &&
		toks[k-1].kind == tWord && toks[k-1].mention < 0 && isRoleHead(toks[k-1].text) {
		return k - 1
	}
	if k > 2 && k < end && h.officeConnector(k, k-1) && toks[k-2].bare() == "of" && toks[k-3].kind == tWord && toks[k-3].mention < 0 && isRoleHead(toks[k-3].text) {
		return k - 3 // "minister of state for foreign affairs"
	}
	return -1
}

// mentionHead reports whether token j is a role noun that a tagger took
// as the last word of an organisation's or a group's name: "Labour MP",
// "Tory MP". The words before it then name whom the role serves. A
// lower-case noun after it is the head instead: "Lloyds Merchant bank
// chief economist".
func (h harvester) mentionHead(j int) bool {
	t := h.toks[j]
	if t.kind != tWord || t.mention < 0 || j == 0 || h.toks[j-1].mention != t.mention ||
		j+1 < len(h.toks) && (h.toks[j+1].mention == t.mention || h.plainNoun(j+1)) {
		return false
	}
	if typ := h.mentions[t.mention].Type; typ == doc.Person || typ == doc.Place {
		return false
	}
	return roleHeads[bare(t.text)]
}

// headBeforeComplement finds, for a phrase ending at token end, a role
// head followed by a prepositional complement reaching end: "spokesman
// for the ministry", "head of the Kremlin administration". It returns
// the head's index.
func (h harvester) headBeforeComplement(end int) (int, bool) {
	toks := h.toks
	for j := end; j > 0 && end-j <= maxModifiers; j-- {
		t := toks[j]
		if t.kind == tPunct {
			return 0, false
		}
		if t.kind == tPoss || t.mention >= 0 {
			continue
		}
		b := bare(t.text)
		if prepositions[b] && j < end {
			p := toks[j-1]
			if p.kind == tWord && p.mention < 0 && isRoleHead(p.text) && !honorifics[bare(p.text)] && h.complement(j-1) == end {
				return j - 1, true
			}
			return 0, false
		}
		if isStop(t.text) && !determiners[b] || isVerbLike(t.text) && !isCapitalised(t.text) && !h.fieldNoun(j) && !h.pluralField(j) {
			return 0, false
		}
	}
	return 0, false
}

// pluralField reports a plural right after "of" or "for" at token j, the
// field of an office before it: "director of operations", "head of
// programmes".
func (h harvester) pluralField(j int) bool {
	b := h.toks[j].bare()
	if j == 0 || !strings.HasSuffix(b, "s") || strings.HasSuffix(b, "ss") {
		return false
	}
	p := h.toks[j-1].bare()
	return p == "of" || p == "for" || h.modifiedField(j)
}

// fieldNoun reports a lower-case word in -ing at token j that names a
// field after a word that is no verb, closing a complement: "urban
// planning" in "director general of urban planning", "of housing".
func (h harvester) fieldNoun(j int) bool {
	b := h.toks[j].bare()
	if j == 0 || len(b) < 6 || !strings.HasSuffix(b, "ing") || j+1 < len(h.toks) && h.toks[j+1].kind == tWord {
		return false
	}
	p := h.toks[j-1]
	return p.kind == tWord && p.mention < 0 && !isCapitalised(p.text) && (prepositions[bare(p.text)] || !isVerbLike(p.text) && !isStop(p.text))
}

// possessor returns the first token of the owner before the possessive
// marker at token j: a whole mention ("Donald Trump’s"), or one word
// ("the country's" keeps its article) with the words that describe it
// after its article ("the central bank's", "the state broadcaster's").
func (h harvester) possessor(j int) (int, bool) {
	toks := h.toks
	if j == 0 || toks[j-1].kind != tWord {
		return 0, false
	}
	p := j - 1
	if mi := toks[p].mention; mi >= 0 {
		for p > 0 && toks[p-1].mention == mi {
			p--
		}
		return p, true
	}
	if isStop(toks[p].text) {
		return 0, false
	}
	if !isCapitalised(toks[p].text) {
		if a, ok := h.ownerArticle(p); ok {
			p = a
		}
	}
	return p, true
}

// maxOwnerWords bounds the words that describe an owner named by a common
// noun: "the national flag carrier's".
const maxOwnerWords = 3

// ownerArticle returns the article that opens the owner whose noun is at
// token p, over the lower-case words describing it ("the central bank"),
// if there is one.
func (h harvester) ownerArticle(p int) (int, bool) {
	for a := p - 1; a >= 0 && p-a <= maxOwnerWords; a-- {
		if h.toks[a].bare() == "the" && h.toks[a].kind == tWord && h.toks[a].mention < 0 {
			return a, true
		}
		if !h.plainNoun(a) {
			return 0, false
		}
	}
	return 0, false
}

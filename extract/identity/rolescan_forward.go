package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// forward reads a role phrase starting at token i, left to right: optional
// adverb ("formerly"), an article or possessor, modifiers, a head noun and
// an optional complement ("an aide to Putin"). With needDet the phrase must
// open with an article or possessor (after a copula, "Putin is ready" is not
// a role). With needEnd it must be followed by punctuation, "who" or the
// end of the sentence, as an apposition is. It returns the role's first
// token (the article left out), its head and its last token.
func (h harvester) forward(i int, needDet, needEnd bool) (int, int, int, bool) {
	return h.forwardFrom(i, needDet, needEnd, false)
}

// forwardShared reads, like forward, the second of two role phrases that
// share the first's article: "former chief medical adviser to the
// government" in "an epidemiologist and former chief medical adviser to
// the government".
func (h harvester) forwardShared(i int) (int, int, int, bool) {
	if i >= len(h.toks) || h.toks[i].kind != tWord || determiners[h.toks[i].bare()] {
		return 0, 0, 0, false
	}
	return h.forwardFrom(i, false, true, true)
}

// forwardFrom is forward; shared says an article before the phrase
// governs it.
func (h harvester) forwardFrom(i int, needDet, needEnd, shared bool) (int, int, int, bool) {
	toks := h.toks
	// Adverbs that only link ("also", "now") are left out of the role;
	// those that change it ("formerly") stay.
	for i < len(toks) && toks[i].kind == tWord && toks[i].mention < 0 && linkAdverbs[toks[i].bare()] {
		i++
	}
	j := i
	for j < len(toks) && toks[j].kind == tWord && toks[j].mention < 0 && isLeadAdverb(toks[j].text) {
		j++
	}
	rs := i
	det := shared
	if j < len(toks) && toks[j].kind == tWord && toks[j].mention < 0 && determiners[toks[j].bare()] {
		det = true
		if rs == j {
			rs = j + 1
		}
		j++
	}
	if e, ok := h.possessorAt(j); ok {
		det, j = true, e+1
	} else if det && j+1 < len(toks) && toks[j].kind == tWord && toks[j].mention < 0 && toks[j+1].kind == tPoss {
		// "the bank's former chief financial officer": a common noun
		// owns the role after its article, and is left out of it.
		if rs == j {
			rs = j + 2
		}
		j += 2
	} else if e, ok := h.describedOwner(j); ok && det {
		// "the central bank's chief economist": the words describing the
		// owner name it, and stay in the role.
		j = e + 1
	}
	if needDet && !det {
		return 0, 0, 0, false
	}
	if k := h.pastBased(j); k > j {
		if rs == j {
			rs = k // "a Copenhagen-based banking analyst" is a banking analyst
		}
		j = k
	}
	head := -1
	for n := 0; j < len(toks) && n <= maxModifiers; n++ {
		t := toks[j]
		if t.kind != tWord {
			return 0, 0, 0, false
		}
		if t.mention >= 0 {
			person := h.mentions[t.mention].Type == doc.Person
			for j+1 < len(toks) && toks[j+1].mention == t.mention {
				j++
			}
			if person && (!det || !h.plainNextWord(j)) {
				// "a São Paulo art adviser" names a place a tagger
				// took for a person; any other person ends the role.
				return 0, 0, 0, false
			}
			if h.mentionHead(j) {
				head = j
				break
			}
			j++
			continue
		}
		if (h.roleHeadAt(j) || det && h.agentAtOrg(j)) && !honorifics[bare(t.text)] && !h.modifiesNext(j) && !h.capitalisedTitle(j) {
			head = j
			for head+1 < len(toks) && toks[head+1].kind == tWord && toks[head+1].mention < 0 && isRoleHead(toks[head+1].text) {
				head++
			}
			break
		}
		b := bare(t.text)
		switch {
		case isStop(t.text) || b == "":
			return 0, 0, 0, false
		case isCapitalised(t.text) || isKnownModifier(t.text):
		case h.tradeGerund(j):
			// "as housing minister": the word in -ing names the
			// field of the office after it.
		case j > rs && h.rankedField(j):
			// "chief market strategist": the field of the office.
		case det && h.pluralFieldAt(j):
			// "a rates strategist": a plural right before the head
			// names the field of the office.
		case isVerbLike(t.text):
			return 0, 0, 0, false
		case !det:
			return 0, 0, 0, false
		}
		j++
	}
	if head < 0 || rs > head {
		return 0, 0, 0, false
	}
	re := h.complement(head)
	if needEnd {
		// A participle clause may follow a head without complement: "a
		// São Paulo art adviser acting for a client".
		k := h.pastBracket(re + 1)
		ok := k >= len(toks) || toks[k].kind == tPunct && strings.Contains(",.;:)—–-!?", toks[k].text) ||
			toks[k].bare() == "who" || toks[k].bare() == "whose" || det && re == head && h.participle(k) &&
			!roleModifiers[toks[head].bare()] || // "the chief accused"
			det && h.coordinatedRole(k) ||
			h.timeTail(k) // "headteacher of the school for 18 years,"
		if !ok {
			return 0, 0, 0, false
		}
	}
	if h.endsInInitial(re) {
		// Cut at an initial, the complement is half a name: keep the
		// role without it.
		re = head
	}
	return rs, head, re, true
}

// maxBracketWords bounds the words of an aside in brackets.
const maxBracketWords = 4

// pastBracket returns the token after a short aside in brackets that
// opens at token k, else k: in "chief economist at the Valdorian Chamber
// of Commerce (VCC)." the acronym does not go on with the role.
func (h harvester) pastBracket(k int) int {
	toks := h.toks
	if k >= len(toks) || toks[k].text != "(" {
		return k
	}
	for j := k + 1; j < len(toks) && j <= k+maxBracketWords+1; j++ {
		switch {
		case toks[j].text == ")":
			if j == k+1 {
				return k
			}
			return j + 1
		case toks[j].kind != tWord:
			return k
		}
	}
	return k
}

// plainNextWord reports whether the token after j is a lower-case word
// outside any name.
func (h harvester) plainNextWord(j int) bool {
	return j+1 < len(h.toks) && h.toks[j+1].kind == tWord && h.toks[j+1].mention < 0 && !isCapitalised(h.toks[j+1].text)
}

// participle reports a lower-case participle at token k that opens a
// clause describing the noun before it: "a São Paulo art adviser acting
// for an unnamed client", "the British aid worker held in Gaza".
func (h harvester) participle(k int) bool {
	t := h.toks[k]
	if t.kind != tWord || t.mention >= 0 || isCapitalised(t.text) || isRoleHead(t.text) {
		return false
	}
	b := bare(t.text)
	return len(b) > 4 && (strings.HasSuffix(b, "ing") || strings.HasSuffix(b, "ed")) || irregularParticiples[b]
}

// irregularParticiples open a clause like "held in Gaza" without the
// ending of a regular participle.
var irregularParticiples = wordSet(`held known seen taken given chosen sent brought caught kept left made paid sold told
	won hit put set run built bought found`)

// modifiesNext reports whether the role word at token j is a modifier of
// the lower-case word after it, "chief" in "chief financial officer", or
// of the role head after a capitalised word, "veteran" in "veteran French
// mediator".
func (h harvester) modifiesNext(j int) bool {
	toks := h.toks
	if !roleModifiers[toks[j].bare()] || j+1 >= len(toks) {
		return false
	}
	n := toks[j+1]
	if n.kind == tWord && isCapitalised(n.text) && (n.mention < 0 || h.mentions[n.mention].Type != doc.Person) &&
		j+2 < len(toks) && toks[j+2].kind == tWord && toks[j+2].mention < 0 && !isCapitalised(toks[j+2].text) && isRoleHead(toks[j+2].text) {
		// "veteran French mediator": a nationality between them.
		return true
	}
	return n.kind == tWord && n.mention < 0 && !isCapitalised(n.text) && !isStop(n.text) &&
		!prepositions[bare(n.text)] && !isVerbLike(n.text)
}

// describedOwner reports an owner named by a common noun after the words
// describing it, from token j ("central bank's", "national carrier's"),
// and returns its possessive marker's index.
func (h harvester) describedOwner(j int) (int, bool) {
	for e := j + 1; e < len(h.toks) && e-j <= maxOwnerWords; e++ {
		if !h.plainNoun(e - 1) {
			return 0, false
		}
		if h.toks[e].kind == tPoss {
			return e, true
		}
	}
	return 0, false
}

// possessorAt reports a possessor starting at token j ("Trump's", "Donald
// Trump’s", "Russia’s") and returns its possessive marker's index.
func (h harvester) possessorAt(j int) (int, bool) {
	toks := h.toks
	if j >= len(toks) || toks[j].kind != tWord {
		return 0, false
	}
	e := j
	if mi := toks[j].mention; mi >= 0 {
		for e+1 < len(toks) && toks[e+1].mention == mi {
			e++
		}
	} else if !isCapitalised(toks[j].text) {
		return 0, false
	}
	if e+1 < len(toks) && toks[e+1].kind == tPoss {
		return e + 1, true
	}
	return 0, false
}

// complement extends a role past its head over one prepositional phrase:
// "aide to Putin", "fellow at the Center for a New American Security",
// "son-in-law of former President Donald Trump". It returns the last token.
func (h harvester) complement(head int) int {
	toks := h.toks
	k := head + 1
	if e, ok := h.nearPlace(k); ok {
		return e // "a cork farmer near Évora"
	}
	if k >= len(toks) || toks[k].kind != tWord || toks[k].mention >= 0 || !prepositions[toks[k].bare()] {
		return head
	}
	if h.timeAt(k + 1) {
		// "named chief executive on Monday", "became finance minister
		// in 2024": when, not what, the office is.
		return head
	}
	if h.withEffect(k) {
		return head // "as her successor with effect from 1 January"
	}
	if h.basisAt(k) {
		return head // "serving as president on an interim basis"
	}
	// Right after "of" or "for" a plural or a gerund is the field of
	// the office, not a verb: "director of mergers", "head of lending".
	field := toks[k].bare() == "of" || toks[k].bare() == "for" || h.subjectOf(k, head)
	re := head
	for j := k + 1; j < len(toks) && j-k <= maxModifiers; j++ {
		t := toks[j]
		if t.kind == tPoss {
			continue
		}
		if t.kind != tWord {
			break
		}
		if t.mention >= 0 {
			// A person right after the office of a title holds it, and
			// is no complement: "Secretary of State George Shultz"; one
			// after a title is ("an aide to President Putin").
			if h.mentions[t.mention].Type == doc.Person && re == j-1 && toks[re].mention < 0 && re > k &&
				isCapitalised(toks[re].text) && officeWords[toks[re].bare()] && !isTitle(toks[re].text) {
				break
			}
			for j+1 < len(toks) && toks[j+1].mention == t.mention {
				j++
			}
			re = j
			continue
		}
		b := bare(t.text)
		if h.relativeTimeAt(j) {
			break // "director of finance earlier this month"
		}
		if determiners[b] {
			continue
		}
		// Connectors inside an untagged organisation name: "the Center
		// for a New American Security".
		if (prepositions[b] || b == "and" || b == "&") && re == j-1 && toks[re].mention < 0 &&
			isCapitalised(toks[re].text) && h.capitalisedAt(j+1) {
			continue
		}
		if h.officeConnector(j, re) {
			continue // "minister of state for foreign affairs"
		}
		// "a cardiologist at King Saud University in Riyadh": a place
		// after the institution.
		if b == "in" && re == j-1 && toks[re].mention >= 0 && j+1 < len(toks) && toks[j+1].mention >= 0 &&
			h.mentions[toks[j+1].mention].Type == doc.Place {
			continue
		}
		// A plural noun right after the field's first word is part of
		// it: "director for bank applications", "head of public affairs".
		compound := field && j <= k+2 && strings.HasSuffix(b, "s") && !strings.HasSuffix(b, "ss") && !timeNouns[b] && !isNumber(toks[j-1].text)
		if isStop(t.text) || prepositions[b] || isVerbLike(t.text) && !isCapitalised(t.text) && !(field && (re == head || h.fieldNoun(j) || compound)) && !h.beforeBody(j) {
			break
		}
		re = j
	}
	return h.employerAfterField(field, head, h.regionAfterField(field, head, re))
}

// regionWords put the field of an office in a region named after them:
// "head of operations for Europe", "director of sales in Asia".
var regionWords = wordSet(`for in`)

// regionAfterField returns the last token of a place named after one of
// regionWords right after the field of an office ending at token re,
// which the office covers, or re itself.
func (h harvester) regionAfterField(field bool, head, re int) int {
	toks := h.toks
	k := re + 1
	if !field || re == head || k+1 >= len(toks) || toks[re].mention >= 0 || toks[k].kind != tWord || toks[k].mention >= 0 ||
		!regionWords[toks[k].bare()] {
		return re
	}
	if mi := toks[k+1].mention; mi < 0 || h.mentions[mi].Type != doc.Place {
		return re
	}
	return h.mentionEnd(k + 1)
}

// teachingHeads name a post whose subject "in" gives: "a lecturer in
// economics at Kelbury University".
var teachingHeads = wordSet(`lecturer professor reader researcher fellow tutor`)

// subjectOf reports "in" at token k after a teaching post at head, which
// opens the subject taught, a field like one after "of".
func (h harvester) subjectOf(k, head int) bool {
	return h.toks[k].bare() == "in" && (teachingHeads[h.toks[head].bare()] || expertHeads[h.toks[head].bare()])
}

// officeConnector reports "for" or "of" at token j joining the office
// words before it, ending at re, to more after it: "minister of state for
// foreign affairs", "secretary of state for health".
func (h harvester) officeConnector(j, re int) bool {
	toks := h.toks
	b := toks[j].bare()
	return (b == "for" || b == "of") && re == j-1 && j+1 < len(toks) && toks[re].mention < 0 && toks[j+1].mention < 0 &&
		toks[j+1].kind == tWord && b != toks[j+1].bare() && officeWords[toks[re].bare()] && officeWords[toks[j+1].bare()] &&
		!prepositions[toks[j+1].bare()] && toks[re].bare() != "the"
}

// nearWords place a role by the place named after them: "a vine grower
// outside Mendoza".
var nearWords = wordSet(`near outside`)

// nearPlace returns the last token of a place named right after "near" or
// "outside" at token k, which stays with the role before it.
func (h harvester) nearPlace(k int) (int, bool) {
	toks := h.toks
	if k+1 >= len(toks) || toks[k].kind != tWord || toks[k].mention >= 0 || !nearWords[toks[k].bare()] {
		return 0, false
	}
	mi := toks[k+1].mention
	if mi < 0 || h.mentions[mi].Type != doc.Place {
		return 0, false
	}
	e := k + 1
	for e+1 < len(toks) && toks[e+1].mention == mi {
		e++
	}
	return e, true
}

// bodyNouns name a body of people that a plural before them describes:
// "the resident doctors committee", "the teachers union".
var bodyNouns = wordSet(`committee council union association board federation panel commission assembly society`)

// beforeBody reports whether the token after j is a body noun, so that
// the word at j, however like a verb, describes the body.
func (h harvester) beforeBody(j int) bool {
	return j+1 < len(h.toks) && h.toks[j+1].kind == tWord && h.toks[j+1].mention < 0 && bodyNouns[h.toks[j+1].bare()]
}

// employerAfterField extends a role whose complement is a field over the
// organisation after it: "head of currency strategy at Meridian Capital".
// re is the field's last token.
func (h harvester) employerAfterField(field bool, head, re int) int {
	k := re + 1
	if e, ok := h.backReferredEmployer(k); ok && field && re > head && h.toks[re].mention < 0 {
		return e // "director of research at the association"
	}
	if !field || re == head || k+1 >= len(h.toks) || h.toks[k].bare() != "at" || !h.describedNameAt(k+1) ||
		h.toks[re].mention >= 0 || isCapitalised(h.toks[re].text) {
		return re
	}
	if e := h.complement(re); e > k && (h.toks[e].mention >= 0 || isCapitalised(h.toks[e].text)) {
		return e
	}
	return re
}

// describedNameAt reports whether a name follows from token j, after an
// article and the common nouns that describe it: "Meridian Capital",
// "the consumer charity FairPay Trust", "the law firm Ashdown Marr".
func (h harvester) describedNameAt(j int) bool {
	if h.capitalisedAt(j) {
		return true
	}
	toks := h.toks
	if j >= len(toks) || toks[j].kind != tWord || !determiners[toks[j].bare()] {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+maxOwnerWords; k++ {
		t := toks[k]
		if t.kind != tWord {
			return false
		}
		if t.mention >= 0 || isCapitalised(t.text) {
			return k > j+1
		}
		if isStop(t.text) || prepositions[bare(t.text)] || isVerbLike(t.text) {
			return false
		}
	}
	return false
}

// capitalisedAt reports whether the first token from j that is not an
// article is a capitalised word or part of a mention.
func (h harvester) capitalisedAt(j int) bool {
	for j < len(h.toks) && h.toks[j].kind == tWord && determiners[h.toks[j].bare()] {
		j++
	}
	return j < len(h.toks) && h.toks[j].kind == tWord && (h.toks[j].mention >= 0 || isCapitalised(h.toks[j].text))
}

// pastBased returns the token after a place's "-based" word at token j
// ("Copenhagen-based", "New York-based" as one name), else j: where the
// holder works, no part of the role.
func (h harvester) pastBased(j int) int {
	k := j
	for k < len(h.toks) && h.toks[k].kind == tWord && h.toks[k].mention >= 0 && k+1 < len(h.toks) && h.toks[k+1].mention == h.toks[k].mention {
		k++
	}
	if k < len(h.toks) && h.toks[k].kind == tWord && strings.HasSuffix(h.toks[k].bare(), "-based") {
		return k + 1
	}
	return j
}

// tradeGerund reports a lower-case word in -ing right before a role head
// that names the field of the role, as "housing" in "housing minister"
// and "mining" in "mining engineer" do.
func (h harvester) tradeGerund(j int) bool {
	b := h.toks[j].bare()
	return j+1 < len(h.toks) && len(b) >= 6 && strings.HasSuffix(b, "ing") && !isCapitalised(h.toks[j].text) &&
		h.toks[j+1].kind == tWord && h.toks[j+1].mention < 0 && !isCapitalised(h.toks[j+1].text) && h.roleHeadAt(j+1)
}

// rankedField reports whether the lower-case word at token j names the
// field of an office between a word ranking it and its head, as "market"
// in "chief market strategist" or "equity" in "senior equity analyst".
func (h harvester) rankedField(j int) bool {
	toks := h.toks
	if j < 1 || j+1 >= len(toks) || toks[j-1].kind != tWord || toks[j+1].kind != tWord || toks[j+1].mention >= 0 {
		return false
	}
	prev, next := toks[j-1].text, toks[j+1].text
	return !isCapitalised(prev) && fieldRanks[bare(prev)] && !isCapitalised(next) && isRoleHead(next) &&
		!isStop(toks[j].text) && !prepositions[toks[j].bare()]
}

// fieldRanks rank an office whose field a noun may name after them:
// "chief market strategist", "senior equity analyst".
var fieldRanks = wordSet(`chief senior lead head principal`)

// relativeTimeAt reports whether a time phrase relative to the article's
// date opens at token j: "earlier this month", "last week", "this year".
func (h harvester) relativeTimeAt(j int) bool {
	toks := h.toks
	if j+1 >= len(toks) || toks[j].mention >= 0 || !relativeTimeWords[toks[j].bare()] {
		return false
	}
	if k := j + 1; k+1 < len(toks) && toks[k].bare() == "this" {
		j = k // "earlier this month"
	}
	next := toks[j+1]
	return next.kind == tWord && next.mention < 0 && (timeUnits[bare(next.text)] || dateWords[bare(next.text)])
}

// relativeTimeWords open a time phrase relative to the article's date.
var relativeTimeWords = wordSet(`earlier later last this next`)

// timeUnits end such a phrase: "last week", "earlier this year".
var timeUnits = wordSet(`day week month year weekend season spring summer autumn winter`)

// basisAt reports whether "on a/an … basis" opens at token k, saying how
// an office is held, not what it is: "president on an interim basis".
func (h harvester) basisAt(k int) bool {
	toks := h.toks
	if k+3 >= len(toks) || toks[k].bare() != "on" || !determiners[toks[k+1].bare()] {
		return false
	}
	for j := k + 2; j < len(toks) && j <= k+4 && toks[j].kind == tWord; j++ {
		if toks[j].bare() == "basis" {
			return j > k+2
		}
	}
	return false
}

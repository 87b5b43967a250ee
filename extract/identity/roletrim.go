package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// leadJunk are words a backward scan picks up in front of a role although
// they belong to the sentence, not to the role: a date or time adverb or a
// linking word that opens the sentence is capitalised like a title ("In
// January Secretary of State George Shultz", "Today U.S. Energy
// Secretary"), and a preposition or conjunction the stop list does not
// hold ("despite U.S. Treasury Secretary").
var leadJunk = union(dateWords, wordSet(`
now meanwhile earlier later recently
last next this week month year morning afternoon evening weekend
indeed however moreover furthermore nevertheless nonetheless instead still
also meanwhile separately elsewhere overall nor yet but and or so thus
despite although though while whereas because since unless until whether
after before during amid among against about above below beside besides
beyond by for from in inside into near of off on onto over per through
throughout to toward towards under unlike upon via with within without
`))

// dateWords name a day: "on Monday" after a role is when, not where, the
// person holds it.
var dateWords = wordSet(`
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec
today yesterday tomorrow tonight
`)

// corporateSuffixes close a company name; a role cannot start with one
// ("Salomon Brothers (Asia) Ltd economist" read back from "economist").
var corporateSuffixes = wordSet(`
ltd inc co corp plc llc llp ag sa nv bv gmbh spa srl ab asa oyj kk pty bhd
`)

// openingModifiers begin a role phrase: nothing but an article or a
// possessor stands before them in a role ("the relationship former
// chairman Arthur Burns had" is not a role "relationship former chairman").
var openingModifiers = wordSet(`former ex late then acting outgoing incoming retired`)

// trimLead moves the start rs of a role phrase read back from head past
// words that cannot open a role: the sentence's own nouns before a
// capitalised title (see lastNounBeforeName), leadJunk words, company
// suffixes (also when tagged as a name of their own), a place's "-based"
// word, and an unknown
// lower-case word in front of a capitalised word or an opening modifier.
// Other mentions are never trimmed.
func (h harvester) trimLead(rs, head int) int {
	toks := h.toks
	if q := h.lastNounBeforeName(rs, head); q >= rs {
		rs = q + 1
	}
	for rs < head {
		t := toks[rs]
		b := bare(t.text)
		if t.kind != tWord {
			break
		}
		if strings.HasSuffix(b, "-based") {
			rs++ // where the holder works, not the role: "a Copenhagen-based analyst"
			continue
		}
		if t.mention >= 0 {
			// A tagger may take a company suffix for a name of its own.
			if !corporateSuffixes[b] || toks[rs+1].mention == t.mention {
				break
			}
			rs++
			continue
		}
		next := toks[rs+1]
		switch {
		case leadJunk[b] && !roleModifiers[b] || corporateSuffixes[b]:
		case !isCapitalised(t.text) && !isKnownModifier(t.text) && next.kind == tWord &&
			(isCapitalised(next.text) || next.mention >= 0 || h.opensLater(rs+1, head)):
		default:
			return rs
		}
		rs++
	}
	return rs
}

// opensLater reports whether an opening modifier ("former") stands at
// token k or after a run of unknown lower-case words from it, before head:
// the words before it are the sentence's own ("A jury found former
// Ridgeport mayor ...").
func (h harvester) opensLater(k, head int) bool {
	for ; k < head; k++ {
		t := h.toks[k]
		if t.kind != tWord || t.mention >= 0 {
			return false
		}
		if openingModifiers[bare(t.text)] {
			return true
		}
		if isCapitalised(t.text) || isKnownModifier(t.text) {
			return false
		}
	}
	return false
}

// lastNounBeforeName returns the last lower-case word in [rs, head) that
// is not an adjective and stands right before a capitalised word or a
// mention, or -1. Adjectives may stand there ("special U.S. Trade
// Representative"), nouns and verbs may not: they end the sentence's own
// phrase ("the press conference Prime Minister ...", "a key figure
// Treasury Secretary ...", "the Senate overrode President Reagan").
func (h harvester) lastNounBeforeName(rs, head int) int {
	q := -1
	for k := rs; k < head; k++ {
		t, next := h.toks[k], h.toks[k+1]
		if t.kind != tWord || next.kind != tWord || t.mention >= 0 || isCapitalised(t.text) {
			continue
		}
		b := bare(t.text)
		if (b == "and" || b == "of" || b == "for") && k > rs && (h.toks[k-1].mention >= 0 || isCapitalised(h.toks[k-1].text)) {
			continue // inside a name: "Ways and Means", "Bank of Japan"
		}
		noun := leadJunk[b] || !isKnownModifier(t.text) || roleHeads[b] && !roleModifiers[b]
		if noun && (next.mention >= 0 || isCapitalised(next.text)) {
			q = k
		}
	}
	return q
}

// extendName reports where a role phrase starting at rs and ending in head
// really starts when it opens in the middle of a multi-word name joined by
// "and" or "&" ("Mines and Energy Minister"; but a phrase that is one
// title is whole: "Secretary of Transportation Elizabeth Dole and
// President Reagan"):
// "Ways and Means Committee Chairman" read back stops at "and", leaving
// "Means Committee Chairman". It returns the start of the whole run of
// capitalised words before the connector; when that run holds a person or
// place, rs itself if a role can open there, else -1: the phrase is cut
// mid-name and cannot be made whole, and is dropped.
func (h harvester) extendName(rs, head int) int {
	toks := h.toks
	if rs < 2 || !isCapitalised(toks[rs].text) || h.listed(rs) || rs == head && h.opensRole(rs) {
		return rs
	}
	c := toks[rs-1]
	if c.kind != tWord || c.mention >= 0 || (bare(c.text) != "and" && c.text != "&") {
		return rs
	}
	j := rs - 2
	if toks[j].kind != tWord || !isCapitalised(toks[j].text) || leadJunk[toks[j].bare()] {
		return rs
	}
	for n := 0; ; n++ {
		if h.listed(j) {
			// A list ("Britain and Treasury Secretary"), unless the
			// phrase opens on a word that cannot open a role: "Ways
			// and Means chairman" with "Ways" tagged a person is cut
			// mid-name either way.
			if h.opensRole(rs) {
				return rs
			}
			return -1
		}
		if n >= maxModifiers {
			return -1
		}
		if j == 0 || toks[j-1].kind != tWord || !isCapitalised(toks[j-1].text) || leadJunk[toks[j-1].bare()] {
			return j
		}
		j--
	}
}

// listed reports whether token k belongs to a person or place mention:
// "Britain and Treasury Secretary James Baker" is a list of two, not one
// name. A tagger also marks words of untagged office names as
// organisations or miscellany ("Ways and Means" with "Means" alone),
// which do not stop the run.
func (h harvester) listed(k int) bool {
	mi := h.toks[k].mention
	if mi < 0 {
		return false
	}
	t := h.mentions[mi].Type
	return t == doc.Person || t == doc.Place
}

// opensRole reports whether token k can open a role after "and": an
// organisation or place ("Fed chairman"), a title or a role word
// ("Treasury Secretary"). Any other capitalised word is the inside of a
// name ("Means" of "Ways and Means").
func (h harvester) opensRole(k int) bool {
	t := h.toks[k]
	if mi := t.mention; mi >= 0 {
		if typ := h.mentions[mi].Type; typ == doc.Org || typ == doc.Place {
			return true
		}
	}
	lw := strings.ToLower(t.text)
	return isKnownModifier(lw) || isRoleHead(lw) || isTitle(t.text)
}

// endsInInitial reports whether token k is a lone capital letter followed
// by a period: a role complement cut there names a company half ("analyst
// at F. Eberstadt Fleming").
func (h harvester) endsInInitial(k int) bool {
	t := h.toks[k]
	if t.kind != tWord || len(t.text) != 1 || !isCapitalised(t.text) {
		return false
	}
	return k+1 < len(h.toks) && h.toks[k+1].text == "."
}

// timeNouns name a stretch of time after a preposition: "at the time",
// "for years", "in recent months", "at the weekend".
var timeNouns = wordSet(`time moment past years decades months weeks days recent weekend weekends`)

// timeAt reports whether a time phrase opens at token i, its articles
// aside: a day, a month, a year or a decade ("in 2024", "in the 1990s"),
// or a stretch of time ("at the time", "for 18 years").
func (h harvester) timeAt(i int) bool {
	toks := h.toks
	for i < len(toks) && toks[i].kind == tWord && toks[i].mention < 0 && determiners[toks[i].bare()] {
		i++
	}
	if i >= len(toks) || toks[i].kind != tWord || toks[i].mention >= 0 {
		return false
	}
	b := toks[i].bare()
	return dateWords[b] || timeNouns[b] && !isCapitalised(toks[i].text) || isYear(b) || h.countedTime(i) || h.seasonAt(i)
}

// countedTime reports a number of units of time at token i: "18 years"
// of "for 18 years", "three decades" of "for three decades".
func (h harvester) countedTime(i int) bool {
	toks := h.toks
	if i+1 >= len(toks) || toks[i+1].kind != tWord || toks[i+1].mention >= 0 {
		return false
	}
	b := toks[i].bare()
	return (isNumber(b) || countWords[b]) && timeNouns[toks[i+1].bare()]
}

// countWords are the numbers written as words that count units of time.
var countWords = wordSet(`two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty several many`)

// isYear reports a year or a decade as written: "2024", "1990s", "90s".
func isYear(b string) bool {
	d := strings.TrimSuffix(b, "s")
	if len(d) != 4 && (len(d) != 2 || d == b) {
		return false
	}
	for i := 0; i < len(d); i++ {
		if d[i] < '0' || d[i] > '9' {
			return false
		}
	}
	return len(d) == 2 || d[0] == '1' || d[0] == '2'
}

// timePreps open a time phrase: "since 1998", "in 2022", "until last year".
var timePreps = wordSet(`since in on until till from for during at`)

// relativeTimes open a time phrase on their own: "last year".
var relativeTimes = wordSet(`last this next earlier`)

// timeWords may continue a time phrase: "since early 2021", "in March
// 2022", "for 20 years", "last year".
var timeWords = union(union(dateWords, timeNouns), union(relativeTimes, wordSet(`the a of ago early late mid year month week day decade`)))

// timeTail reports whether the tokens from i to the end of the clause are
// a time phrase: "since 1998", "in March 2022", "last year".
func (h harvester) timeTail(i int) bool {
	toks := h.toks
	if i >= len(toks) || toks[i].kind != tWord || toks[i].mention >= 0 {
		return false
	}
	switch b := toks[i].bare(); {
	case timePreps[b] && h.timeAt(i+1):
	case relativeTimes[b]:
	default:
		return false
	}
	j := i + 1
	for ; j < len(toks) && j-i <= maxUntil && toks[j].kind == tWord; j++ {
		if b := toks[j].bare(); toks[j].mention >= 0 || !timeWords[b] && !isYear(b) && !isNumber(b) && !countWords[b] {
			return false
		}
	}
	return j >= len(toks) || toks[j].kind == tPunct && strings.Contains(",.;:)—–-!?", toks[j].text)
}

package identity

import (
	"slices"
	"strings"

	"newsbot/extract/doc"
)

// office is a role a verb of appointment gives: tokens [rs, re] headed by
// head, and, when the verb takes it away ("was sacked as"), the verb's
// token, else -1.
type office struct {
	rs, head, re int
	removal      int
	// ahead marks an office still to come ("will become finance
	// director"), listed after the offices held.
	ahead bool
}

// futureAux put the office after them ahead: "will become", "is to
// become", "would be named".
var futureAux = wordSet(`will would to shall`)

// standInTitles open an office a stand-in fills at once, when its holder
// leaves: "will serve as interim chief executive" tells the post held
// from the news on, not one still to come.
var standInTitles = wordSet(`interim acting caretaker`)

// standInOffice reports whether office o opens with a stand-in's word.
func (h harvester) standInOffice(o office) bool {
	return o.rs >= 0 && o.rs < len(h.toks) && standInTitles[h.toks[o.rs].bare()]
}

// aheadFrom reports whether a future auxiliary stands among the
// auxiliaries that open at token i, before a verb of appointment.
func (h harvester) aheadFrom(i int) bool {
	for k := i; k < len(h.toks) && h.toks[k].kind == tWord && h.toks[k].mention < 0 && appointAux[h.toks[k].bare()]; k++ {
		if futureAux[h.toks[k].bare()] {
			return true
		}
	}
	return false
}

// appointAux are the auxiliaries before a verb of appointment: "was
// appointed", "has been named", "will become", "to become".
var appointAux = wordSet(`was is were are has have had been be will would to being`)

// appointVerbs give the person the office after them ("was appointed
// Justice Secretary", "became Home Secretary"), with the word the office
// follows, if any ("was promoted to chief executive", "was confirmed as
// prime minister"). An office may follow "as" after a verb that needs no
// word ("was appointed as chief executive").
var appointVerbs = map[string]string{
	"appointed": "", "named": "", "elected": "", "installed": "", "promoted": "to", "confirmed": "as",
	"became": "", "become": "", "becomes": "", "becoming": "",
	"moves": "to", "moved": "to", "move": "to", "moving": "to",
}

// passiveVerbs give the office only in the passive: "X named the new
// chairman" names someone else.
var passiveVerbs = wordSet(`appointed named elected installed promoted confirmed sacked fired dismissed removed ousted`)

// passiveAux make the verb after them passive.
var passiveAux = wordSet(`was is were are been be being`)

// replaceVerbs give the office of the person replaced: "replaces Angela
// Rayner as deputy".
var replaceVerbs = wordSet(`replaces replaced replacing succeeds succeeded succeeding`)

// removalVerbs take the office after "as" away: "was sacked as Leader of
// the House", "resigned as chairman", "retired on Thursday as general
// secretary".
var removalVerbs = wordSet(`sacked fired dismissed removed ousted resigned resigns quit quits retired retires`)

// maxAside bounds an aside between a name and its verb ("Shabana Mahmood,
// who had been Justice Secretary since July 2024, became ...").
const maxAside = 16

// appointments returns the offices that verbs of appointment right after a
// name give its bearer, newest first as the sentence gives them: "David
// Lammy was appointed Justice Secretary and Deputy Prime Minister,
// replacing Angela Rayner as deputy". An aside set off by commas and a
// "from" phrase ("moving Yvette Cooper from the Home Office to become
// Foreign Secretary") may stand between the name and the verb.
func (h harvester) appointments(after int) []office {
	if w := h.skipWho(after); w > after {
		// "X, who was appointed finance director earlier this month,
		// said"; else the clause is an aside before the verb ("X, who
		// had run it since December, was confirmed as president").
		if out := h.appointmentsFrom(w); len(out) > 0 {
			return out
		}
	}
	return h.appointmentsFrom(h.skipFrom(h.skipAside(after)))
}

// appointmentsFrom returns the offices that verbs of appointment from
// token i give, as appointments does.
func (h harvester) appointmentsFrom(i int) []office {
	var out []office
	for {
		verb, j, prep, ok := h.appointVerb(i)
		if !ok && len(out) > 0 {
			// "stepped down as chief executive, handing the role to Sato,
			// but she stayed on as chair".
			if k := h.nextClause(i); k >= 0 {
				verb, j, prep, ok = h.appointVerb(k)
			}
		}
		if !ok {
			return out
		}
		var left []office
		if prep == "to" {
			// "was promoted from chief medical officer to president".
			if fo, k, ok := h.officeLeft(j); ok {
				left, j = append(left, fo), k
			}
		}
		switch {
		case prep == "" && j < len(h.toks) && h.toks[j].bare() == "as":
			j++
		case prep != "":
			if j >= len(h.toks) || h.toks[j].bare() != prep {
				return out
			}
			j++
		}
		ahead := h.aheadFrom(i)
		o, ok := h.office(j, verb)
		if !ok {
			return out
		}
		o.ahead = ahead && !h.standInOffice(o)
		out = append(out, o)
		out = append(out, left...)
		re := o.re
		// "Justice Secretary and Deputy Prime Minister".
		if k := re + 1; k+1 < len(h.toks) && h.toks[k].bare() == "and" {
			if o, ok := h.office(k+1, verb); ok {
				o.ahead = ahead
				out = append(out, o)
				re = o.re
			}
		}
		i = re + 1
		if i < len(h.toks) && (h.toks[i].text == "," || h.toks[i].bare() == "and") {
			i++
		}
	}
}

// office reads the office named from token j; removal is the token of a
// verb that takes it away, or -1. A capitalised office runs on to its last
// head noun: "Deputy Prime Minister", not "Deputy".
func (h harvester) office(j, removal int) (office, bool) {
	if e, ok := h.taggedOffice(j); ok {
		// "Justice Secretary" tagged an organisation.
		return office{rs: j, head: e, re: h.complement(e), removal: removal}, true
	}
	rs, head, re, ok := h.forward(j, false, false)
	if !ok {
		return office{}, false
	}
	if isCapitalised(h.toks[head].text) {
		last := head
		for k := head + 1; k < len(h.toks) && h.toks[k].kind == tWord && h.toks[k].mention < 0 && isCapitalised(h.toks[k].text); k++ {
			if isRoleHead(h.toks[k].text) || officeWords[h.toks[k].bare()] {
				last = k
			}
		}
		if last > head {
			head = last
			re = h.complement(head)
		}
	}
	return office{rs: rs, head: head, re: re, removal: removal}, true
}

// appointVerb reads auxiliaries and a verb of appointment from token i. It
// returns the verb's token when it takes the office away (else -1), the
// token after the verb (after the person replaced and "as" for a verb of
// replacing, after "as" for one of removal) and the word that must come
// next.
func (h harvester) appointVerb(i int) (removal, next int, prep string, ok bool) {
	toks := h.toks
	passive, from := false, i
	for i < len(toks) && toks[i].kind == tWord && toks[i].mention < 0 && appointAux[toks[i].bare()] {
		passive = passive || passiveAux[toks[i].bare()]
		i++
	}
	if i >= len(toks) || toks[i].kind != tWord || toks[i].mention >= 0 {
		return 0, 0, "", false
	}
	if next, ok := h.swornIn(i, passive || i == from); ok {
		return -1, next, "as", true
	}
	b := toks[i].bare()
	if passiveVerbs[b] && !passive {
		return 0, 0, "", false
	}
	if p, ok := appointVerbs[b]; ok {
		return -1, i + 1, p, true
	}
	switch {
	case replaceVerbs[b]:
		// The person replaced, then "as"; an honorific may come
		// first ("replaces Sir Roland Beckett as").
		j := h.skipHonorifics(i + 1)
		if j >= len(toks) || toks[j].mention < 0 || h.mentions[toks[j].mention].Type != doc.Person {
			return 0, 0, "", false
		}
		for j+1 < len(toks) && toks[j+1].mention == toks[j].mention {
			j++
		}
		return -1, j + 1, "as", true
	case removalVerbs[b]:
		return i, h.skipWhen(i + 1), "as", true
	case i+1 < len(toks) && particleAfter(phrasalRemovals, b, toks[i+1].text):
		// "stepped down as chief executive".
		return i, h.skipWhen(i + 2), "as", true
	case i+1 < len(toks) && particleAfter(phrasalStays, b, toks[i+1].text):
		// "stayed on as chair".
		return -1, i + 2, "as", true
	case stayVerbs[b]:
		return -1, i + 1, "as", true
	case i+1 < len(toks) && takeVerbs[b] && takeParticles[toks[i+1].bare()]:
		// "will take charge as interim manager".
		return -1, i + 2, "as", true
	}
	return 0, 0, "", false
}

// whenWords open a short time phrase: "on Thursday", "last month".
var whenWords = wordSet(`on in last this earlier`)

// maxWhen bounds the words of a time phrase between a verb and "as".
const maxWhen = 3

// skipWhen returns the token "as" after a short time phrase at token i
// ("retired on Thursday as general secretary"), or i itself when there is
// none.
func (h harvester) skipWhen(i int) int {
	toks := h.toks
	if i >= len(toks) || toks[i].kind != tWord || toks[i].mention >= 0 || !whenWords[toks[i].bare()] {
		return i
	}
	for j := i + 1; j < len(toks) && j-i <= maxWhen; j++ {
		t := toks[j]
		if t.kind != tWord || t.mention >= 0 && h.mentions[t.mention].Type == doc.Person {
			return i
		}
		if bare(t.text) == "as" {
			return j
		}
	}
	return i
}

// skipAside returns the token after an aside set off by commas that names
// no person, or i itself when there is none.
func (h harvester) skipAside(i int) int {
	toks := h.toks
	if i >= len(toks) || toks[i].text != "," {
		return i
	}
	for j := i + 1; j < len(toks) && j-i <= maxAside; j++ {
		t := toks[j]
		switch {
		case t.text == ",":
			return j + 1
		case t.mention >= 0 && h.mentions[t.mention].Type == doc.Person && !h.articledName(j),
			t.kind == tPunct && t.text != "-" && t.text != "'":
			return i
		}
	}
	return i
}

// articledName reports whether the mention at token j follows "the", as
// no person's name does: "leader of the Stronnictwo Demokratyczno-Społeczne"
// names a party a tagger took for a person.
func (h harvester) articledName(j int) bool {
	mi := h.toks[j].mention
	for j > 0 && h.toks[j-1].mention == mi {
		j--
	}
	return j > 0 && h.wordsAt(j-1, "the")
}

// skipWho returns the token after the "who" opening a relative clause
// at token i (", who was appointed finance director"), whose verb gives
// the name before it the office, or i itself when there is none.
func (h harvester) skipWho(i int) int {
	toks := h.toks
	if i+1 < len(toks) && toks[i].text == "," && toks[i+1].kind == tWord && toks[i+1].bare() == "who" {
		return i + 2
	}
	return i
}

// skipFrom returns the token after a "from" phrase that runs up to "to"
// ("from the Home Office to become"), at "to", or i itself.
func (h harvester) skipFrom(i int) int {
	toks := h.toks
	if i >= len(toks) || toks[i].bare() != "from" {
		return i
	}
	for j := i + 1; j < len(toks) && j-i <= maxModifiers; j++ {
		t := toks[j]
		if t.kind != tWord || t.mention >= 0 && h.mentions[t.mention].Type == doc.Person {
			return i
		}
		if bare(t.text) == "to" {
			return j
		}
	}
	return i
}

// taggedOffice reports an office the tagger took for an organisation or
// a place, a mention from token j that ends in a role head ("Justice
// Secretary"), and returns its last token.
func (h harvester) taggedOffice(j int) (int, bool) {
	toks := h.toks
	if j >= len(toks) || toks[j].mention < 0 || h.mentions[toks[j].mention].Type == doc.Person {
		return 0, false
	}
	e := j
	for e+1 < len(toks) && toks[e+1].mention == toks[j].mention {
		e++
	}
	return e, e > j && isRoleHead(toks[e].text)
}

// untilWords end an office in time: "who was finance minister until last
// year".
var untilWords = wordSet(`until till`)

// maxUntil bounds the words of the time phrase after "until".
const maxUntil = 6

// heldUntil reads an office held no more from the copula at token cop to
// the end of its clause, "was finance minister until last year", for the
// name starting at byte from. The office's head must be a role noun.
func (h harvester) heldUntil(cop, from int) (Role, bool) {
	toks := h.toks
	if b := toks[cop].bare(); b != "was" && b != "were" {
		return Role{}, false
	}
	rs, head, re, ok := h.forward(cop+1, false, false)
	if !ok || re+1 >= len(toks) || !untilWords[toks[re+1].bare()] {
		return Role{}, false
	}
	end := re + 1
	for end+1 < len(toks) && toks[end+1].kind != tPunct && end-re < maxUntil {
		end++
	}
	if end == re+1 || end+1 < len(toks) && toks[end+1].kind != tPunct {
		return Role{}, false
	}
	sp := doc.Span{Start: toks[cop+1].start, End: toks[end].end}
	return Role{Text: squash(h.text[sp.Start:sp.End]), Norm: "former " + normRole(h.withSurnames(rs, re)),
		Head: normRole(h.text[toks[head].start:toks[head].end]), Evidence: doc.Span{Start: from, End: sp.End}, Clause: true}, true
}

// appointAsVerbs give the person after them the office after "as":
// "named Chloé Dubois as interim chief executive".
var appointAsVerbs = wordSet(`named appointed elected installed hired chose picked tapped`)

// appointNouns name an appointment: "his choice of Ana Vela as finance
// minister" gives her the office as "named Ana Vela as" does. A
// nomination may be withdrawn ("withdrawing the nomination of X as CIA
// director"), and gives none.
var appointNouns = wordSet(`choice appointment selection pick`)

// appointNounOf reports whether token v is the "of" after a noun of
// appointment: "the appointment of".
func (h harvester) appointNounOf(v int) bool {
	return v > 0 && h.toks[v].bare() == "of" && h.toks[v-1].kind == tWord && appointNouns[h.toks[v-1].bare()]
}

// appointedAs reads the office an active verb of appointment gives the
// person named at token first: the verb stands before token governed (the
// name, a role before it, or a role set off before it by a comma, after an
// article or a possessive: "named its chief financial officer, Chloé
// Dubois, as interim chief executive", "named finance chief Priya Raman
// as interim CEO") and the office follows "as" after the name, or after a
// role set off after it by commas ("named Priya Raman, its finance chief,
// as interim CEO"). It returns the office's first token, head and last
// token. closing says a role before the name set off by a comma needs
// the comma after it.
func (h harvester) appointedAs(governed, after int, closing bool) (int, int, int, bool) {
	toks := h.toks
	v := governed - 1
	if v > 0 && toks[v].kind == tWord && toks[v].mention < 0 && determiners[toks[v].bare()] {
		v--
	}
	if v < 0 || toks[v].kind != tWord || toks[v].mention >= 0 || !appointAsVerbs[toks[v].bare()] && !h.appointNounOf(v) {
		return 0, 0, 0, false
	}
	switch {
	case closing:
		if after >= len(toks) || toks[after].text != "," {
			return 0, 0, 0, false
		}
		after++
	case after < len(toks) && toks[after].text == ",":
		// The name's own apposition, closed by a comma.
		_, _, re, ok := h.forward(after+1, false, true)
		if !ok || re+1 >= len(toks) || toks[re+1].text != "," {
			if re, ok = h.appositionBeforeAs(after); !ok {
				return 0, 0, 0, false
			}
		}
		after = re + 2
	}
	if after >= len(toks) || toks[after].bare() != "as" {
		return 0, 0, 0, false
	}
	return h.forward(after+1, false, false)
}

// markAppointed marks the roles of out from index n on as offices a
// verb of appointment gives.
func markAppointed(out []Role, n int) {
	for i := n; i < len(out); i++ {
		out[i].appointed = true
	}
}

// standInWords before an office say how it is held, not which office it
// is: "interim chief executive" is the chief executive's office.
var standInWords = wordSet(`interim acting caretaker temporary permanent new`)

// appointedOwners gives an office a verb of appointment gives without
// saying whose ("the board named X as interim chief executive") the
// owner of the same office the article gives one other person ("former
// Lumenfold chief executive", "chief executive of Lumenfold"): the
// successor takes the office the article tells of. Only an office one
// person holds at a time counts, and only when every such office of
// another person has the same owner. A person the article names to an
// office of something already ("named president and chief executive
// of Nabisco Brands Inc") keeps the owner the article gives.
func appointedOwners(roles []Role) []Role {
	for i, r := range roles {
		if !r.appointed || strings.Contains(r.Norm, " of ") || strings.HasPrefix(r.Norm, "former ") || ownedAppointment(roles, r.Name) {
			continue
		}
		office := heldOffice(r.Norm)
		if !SoleOffice(office) {
			continue
		}
		owner := ""
		for _, o := range roles {
			pre, of, ok := strings.Cut(o.Norm, " of ")
			if !ok || o.Name == r.Name || heldOffice(pre) != office || leftByAdverb(o.Text) {
				continue
			}
			if owner != "" && owner != of {
				owner = ""
				break
			}
			owner = of
		}
		if owner != "" {
			roles[i].Norm = r.Norm + " of " + owner
		}
	}
	return roles
}

// ownedAppointment reports whether a verb of appointment gives the person
// name an office of something.
func ownedAppointment(roles []Role, name string) bool {
	return slices.ContainsFunc(roles, func(o Role) bool {
		return o.Name == name && o.appointed && strings.Contains(o.Norm, " of ")
	})
}

// heldOffice is an office (normalised) without the words saying how or
// when it is held ("former", "interim") and with its abbreviation
// spelled out (OfficeForm).
func heldOffice(norm string) string {
	words := strings.Fields(OfficeForm(norm))
	for len(words) > 1 && (words[0] == "former" || standInWords[words[0]]) {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// officeAbbreviations are the common abbreviations of a company's
// offices, spelled out: a CEO is its chief executive.
var officeAbbreviations = map[string]string{
	"ceo": "chief executive", "cfo": "chief financial officer", "coo": "chief operating officer",
	"cto": "chief technology officer",
}

// abbreviatedOffice reports whether OfficeForm has anything to change in
// norm: an office's abbreviation ("ceo", "ex-cfo") or the "officer" of
// "chief executive officer".
func abbreviatedOffice(norm string) bool {
	for w := range strings.FieldsSeq(norm) {
		if _, ok := officeAbbreviations[strings.TrimPrefix(w, "ex-")]; ok || w == "officer" {
			return true
		}
	}
	return false
}

// OfficeForm is a normalised role with a company office's abbreviation
// spelled out and "chief executive officer" written "chief executive",
// so that a CEO, a chief executive officer and a chief executive are one
// office: "former ceo of acme" is "former chief executive of acme".
func OfficeForm(norm string) string {
	if !abbreviatedOffice(norm) {
		return norm // most roles: no word to spell out, nothing allocated
	}
	words := strings.Fields(norm)
	out := make([]string, 0, len(words)+2)
	for i := 0; i < len(words); i++ {
		w := words[i]
		if s, ok := officeAbbreviations[strings.TrimPrefix(w, "ex-")]; ok {
			if strings.HasPrefix(w, "ex-") {
				out = append(out, "ex-"+strings.Fields(s)[0])
				s = strings.Join(strings.Fields(s)[1:], " ")
			}
			out = append(out, strings.Fields(s)...)
			continue
		}
		out = append(out, w)
		if w == "executive" && len(out) > 1 && out[len(out)-2] == "chief" && i+1 < len(words) && words[i+1] == "officer" {
			i++ // "chief executive officer"
		}
	}
	return strings.Join(out, " ")
}

// officeLeft reads the office a verb of moving takes its bearer from,
// when "from" and an office stand at token j before "to": in "was
// promoted from chief medical officer to president" the first office is
// held no more. It returns that office, marked as one left by the word
// "from", and the token of "to".
func (h harvester) officeLeft(j int) (office, int, bool) {
	if j+1 >= len(h.toks) || h.toks[j].bare() != "from" {
		return office{}, 0, false
	}
	o, ok := h.office(j+1, j-1)
	if !ok {
		return office{}, 0, false
	}
	// The office ends before "to", which a complement may have run on
	// past ("officer to president").
	for k := o.head + 1; k <= o.re+1 && k < len(h.toks); k++ {
		if h.toks[k].kind == tWord && h.toks[k].bare() == "to" {
			o.re = k - 1
			return o, k, true
		}
	}
	return office{}, 0, false
}

// leftByAdverb reports a role written after an adverb saying it is held
// no more ("formerly president of American Hoechst"): a move the article
// tells of in passing, which says nothing of whose office a successor
// takes.
func leftByAdverb(text string) bool {
	w, _, _ := strings.Cut(strings.ToLower(text), " ")
	return pastAdverbsLead[w]
}

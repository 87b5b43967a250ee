package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// owner is the organisation a role is held in, which the role's words
// stand for ("the company's", "its") or leave out ("Governor").
type owner struct {
	name    string   // the name or the description, as written
	display string   // as a role's complement: "Aurora", "the Bank of Eastland", "the electoral commission"
	span    doc.Span // where the article names it
	from    int      // the role's first token after the words standing for it
}

// roleOwner returns the organisation the role on tokens [rs, re] is held
// in when the role's words stand for it: "the company's chief executive",
// "Its managing director", "Governor" beside the one central bank.
func (h harvester) roleOwner(rs, re int) (owner, bool) {
	if o, ok := h.companyPossessor(rs, re); ok {
		return o, true
	}
	if o, ok := h.itsOwner(rs); ok {
		return o, true
	}
	return h.bankOwner(rs, re)
}

// namedOwner is the owner an organisation's mention names.
func namedOwner(m doc.Mention) owner {
	name := orgName(m)
	display := name
	if f := strings.Fields(name); strings.Contains(name, " of ") || len(f) > 1 && (publicHead(name, bare(f[len(f)-1])) || publicBodyNouns[bare(f[len(f)-1])]) {
		display = "the " + name // "the Bank of Eastland", "the Public Accounts Committee", "the Trades Union Congress"
	}
	return owner{name: name, display: display, span: m.Span}
}

// publicHead reports whether the generic head w ending name takes "the"
// before it: "the Crown Court", "the European Central Bank", but
// "Aldmark Bank" is a company's name.
func publicHead(name, w string) bool {
	return genericHeads[w] && (!employerNouns[w] || centralBank(name))
}

// withArticle returns where "the" before offset at starts, else at: the
// evidence of "of the Bank of Eastland" holds the article.
func (h harvester) withArticle(at int) int {
	if at >= 4 && strings.EqualFold(h.text[at-4:at], "the ") {
		return at - 4
	}
	return at
}

// describedOwner is the owner a description in lower case names.
func describedOwner(text string, sp doc.Span) owner {
	d := text[sp.Start:sp.End]
	return owner{name: d, display: "the " + d, span: sp}
}

// publicBodyNouns stand for a public body the article has named or
// described: "the commission's chairwoman" after "The electoral
// commission ordered a recount".
var publicBodyNouns = wordSet(`commission committee regulator council board agency authority watchdog tribunal
	inquiry panel ministry department federation confederation congress union`)

// bodyHeadsFor are the other head words of the names a body's noun stands
// for: "the federation's secretary-general" after "The Trades Union
// Congress said".
var bodyHeadsFor = map[string]map[string]bool{
	"federation": wordSet(`confederation congress`),
	"union":      wordSet(`federation confederation congress`),
}

// maxBodyModifiers bounds the lower-case words describing a body named by
// its noun: "the data protection regulator".
const maxBodyModifiers = 3

// orgName is an organisation mention's canonical name, else its text.
func orgName(m doc.Mention) string {
	if m.Canonical != "" {
		return m.Canonical
	}
	return squash(m.Text)
}

// soleOrg returns the first mention of the one organisation the article
// names, false when it names none or several or a public body ("the
// Electoral Commission" is no company).
func (h harvester) soleOrg() (doc.Mention, bool) {
	var one doc.Mention
	found := false
	for _, m := range h.mentions {
		if m.Type != doc.Org {
			continue
		}
		if f := strings.Fields(orgName(m)); len(f) > 0 && (genericHeads[bare(f[len(f)-1])] || publicBodyNouns[bare(f[len(f)-1])]) {
			return doc.Mention{}, false
		}
		if !found {
			one, found = m, true
		} else if orgName(m) != orgName(one) {
			return doc.Mention{}, false
		}
	}
	return one, found
}

// ownerBody returns the body "the commission's" before offset at stands
// for: the last organisation named before it whose name ends in the noun
// or a head it stands for ("the Electoral Commission", "the Trades Union
// Congress" for "the federation's"), else the last description of one in lower
// case ("the electoral commission").
func (h harvester) ownerBody(noun string, at int) (owner, bool) {
	var o owner
	from := -1
	for _, m := range h.mentions {
		if m.Type == doc.Org && m.End <= at && m.Start > from && headedBy(orgName(m), noun) {
			o, from = namedOwner(m), m.Start
		}
	}
	if from >= 0 {
		return o, true
	}
	descs := describedBodies(h.text, 0, at, func(n string) bool { return n == noun })
	if len(descs) == 0 {
		return owner{}, false
	}
	return describedOwner(h.text, descs[len(descs)-1]), true
}

// headedBy reports whether the last word of name, in any case, is noun
// or a head word noun stands for.
func headedBy(name, noun string) bool {
	f := strings.Fields(name)
	if len(f) == 0 {
		return false
	}
	last := bare(f[len(f)-1])
	return last == noun || bodyHeadsFor[noun][last]
}

// itsOwner returns the organisation "its" before the role at token rs
// stands for: the last one named in this sentence or the one before
// ("Maritime Recovery Group said ... Its managing director, Pieter de
// Wit,"), else the first body or company described there in lower case
// ("The data protection regulator said ... Its director"). A place named
// after the organisation is what "its" stands for, and no organisation.
func (h harvester) itsOwner(rs int) (owner, bool) {
	if rs == 0 || h.toks[rs-1].bare() != "its" {
		return owner{}, false
	}
	at := h.toks[rs-1].start
	from := prevSentenceStart(h.text, at)
	var o owner
	start, place, placeEnd := -1, false, 0
	for _, m := range h.mentions {
		if (m.Type == doc.Org || m.Type == doc.Place || orgShaped(m)) && m.Start >= from && m.End <= at && m.Start > start &&
			!h.possessorBesides(m, from, at) && !quotedAt(h.text, from, m.Start) && !(m.Type == doc.Place && start >= 0 && !place && settingPlace(h.text, m.Start)) {
			o, start, place, placeEnd = namedOwner(m), m.Start, m.Type == doc.Place, m.End
		}
	}
	if place {
		// "Portugal's civil protection authority said ... Its
		// commander": the body the place owns.
		if sp, ok := placeBody(h.text, placeEnd, at); ok {
			o = describedOwner(h.text, sp)
			o.from = rs
			return o, true
		}
		// "Russia said its foreign minister": a country's office,
		// which no organisation named before it holds.
		return owner{}, false
	}
	if start < 0 {
		descs := describedBodies(h.text, from, at, func(n string) bool { return publicBodyNouns[n] || employerNouns[n] })
		if len(descs) == 0 {
			return owner{}, false
		}
		o = describedOwner(h.text, descs[0])
	}
	o.from = rs
	return o, true
}

// settingWords put a place as where something happens: "met in Port
// Vale".
var settingWords = wordSet(`in at near outside`)

// settingPlace reports whether the place named at offset start follows a
// word that sets it as where something happens: after an organisation
// named before it, "its" still stands for the organisation ("The
// Tenants Union met in Kelbury. Its chair, ...").
func settingPlace(text string, start int) bool {
	before := strings.TrimRight(text[:start], " ")
	i := strings.LastIndexAny(before, " \n\t")
	return settingWords[strings.ToLower(before[i+1:])]
}

// placeBody returns the span of the body a place owns in text[end:to],
// the place's name ending at end: "'s", one to maxBodyModifiers lower-case
// words and a noun of a public body or an employer ("Portugal's civil
// protection authority" gives "civil protection authority").
func placeBody(text string, end, to int) (doc.Span, bool) {
	rest := text[end:to]
	var n int
	switch {
	case strings.HasPrefix(rest, "'s "):
		n = 3
	case strings.HasPrefix(rest, "’s "):
		n = len("’s ")
	default:
		return doc.Span{}, false
	}
	words := wordSpans(text, end+n, to)
	for i := 0; i < len(words) && i <= maxBodyModifiers; i++ {
		w := text[words[i].Start:words[i].End]
		if !lowerWord(w) || isStop(w) || i > 0 && strings.TrimSpace(text[words[i-1].End:words[i].Start]) != "" {
			return doc.Span{}, false
		}
		if i > 0 && (publicBodyNouns[w] || employerNouns[w]) {
			return doc.Span{Start: words[0].Start, End: words[i].End}, true
		}
	}
	return doc.Span{}, false
}

// bankOffices are the offices of a central bank that a title gives
// without the bank: "Governor Jane Doe said the bank would move
// carefully".
var bankOffices = wordSet(`governor`)

// bankOwner returns the one central bank the article names as the owner
// of a central bank's office given alone on tokens [rs, re] ("Governor"
// beside "The Bank of Eastland cut its main rate"); a state's governor,
// in an article naming no such bank, has none.
func (h harvester) bankOwner(rs, re int) (owner, bool) {
	for k := rs; k <= re; k++ {
		if t := h.toks[k]; t.kind != tWord || t.mention >= 0 || k < re && !roleModifiers[bare(t.text)] {
			return owner{}, false
		}
	}
	if !bankOffices[h.toks[re].bare()] || h.nameOf(re+1) {
		return owner{}, false
	}
	var bank doc.Mention
	found := false
	for _, m := range h.mentions {
		if m.Type != doc.Org || !centralBank(orgName(m)) {
			continue
		}
		if found && orgName(m) != orgName(bank) {
			return owner{}, false
		}
		if !found {
			bank, found = m, true
		}
	}
	if !found {
		return owner{}, false
	}
	o := namedOwner(bank)
	o.from = rs
	return o, true
}

// centralBank reports the name of a country's central bank: "Bank of
// England", "Reserve Bank of India", "European Central Bank".
func centralBank(name string) bool {
	return strings.HasPrefix(name, "Bank of ") || strings.Contains(name, "Central Bank") || strings.Contains(name, "Reserve Bank") ||
		strings.Contains(name, "National Bank")
}

// prevSentenceStart returns where the sentence before the one holding
// offset at begins, by the closing punctuation in text; 0 at the top.
func prevSentenceStart(text string, at int) int {
	cur := strings.LastIndexAny(text[:at], ".!?\n") + 1
	end := strings.TrimRight(text[:cur], " \t\r\n\"”’')")
	if end == "" {
		return 0
	}
	return strings.LastIndexAny(end[:len(end)-1], ".!?\n") + 1
}

// vagueModifiers say which of several bodies is meant, not what it is:
// "the same committee", "the new regulator".
var vagueModifiers = wordSet(`new old same former current other first last next previous whole`)

// describedBodies returns, in text order, the spans of text[from:to] that
// describe a body in lower case after "the": one to maxBodyModifiers
// words and a noun that ok accepts ("the data protection regulator" gives
// "data protection regulator"). The noun alone describes no one body.
func describedBodies(text string, from, to int, ok func(string) bool) []doc.Span {
	words := wordSpans(text, from, to)
	var out []doc.Span
	for i, w := range words {
		if !strings.EqualFold(text[w.Start:w.End], "the") || i+1 < len(words) && vagueModifiers[text[words[i+1].Start:words[i+1].End]] {
			continue
		}
		for n := 2; n <= maxBodyModifiers+1 && i+n < len(words); n++ {
			mod, noun := words[i+n-1], words[i+n]
			if !lowerWord(text[mod.Start:mod.End]) || !lowerWord(text[noun.Start:noun.End]) || isStop(text[mod.Start:mod.End]) ||
				strings.TrimSpace(text[words[i+n-2].End:mod.Start]) != "" || strings.TrimSpace(text[mod.End:noun.Start]) != "" {
				break
			}
			if ok(text[noun.Start:noun.End]) {
				out = append(out, doc.Span{Start: words[i+1].Start, End: noun.End})
				break
			}
		}
	}
	return out
}

// wordSpans returns the spans of the white-space separated words of
// text[from:to], closing punctuation cut off ("regulator," is
// "regulator").
func wordSpans(text string, from, to int) []doc.Span {
	var out []doc.Span
	i := from
	for i < to {
		for i < to && strings.ContainsRune(" \t\r\n", rune(text[i])) {
			i++
		}
		j := i
		for j < to && !strings.ContainsRune(" \t\r\n", rune(text[j])) {
			j++
		}
		end := j
		for end > i && strings.ContainsRune(",.;:!?\"”’')", rune(text[end-1])) {
			end--
		}
		if end > i {
			out = append(out, doc.Span{Start: i, End: end})
		}
		i = j
	}
	return out
}

// lowerWord reports a word of lower-case letters and hyphens only.
func lowerWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if (r < 'a' || r > 'z') && r != '-' {
			return false
		}
	}
	return true
}

// nameOf reports whether token k opens the name of a person that "of" or
// "at" follows: "Governor Jane Doe of the Dutch central bank" names the
// bank the governor serves.
func (h harvester) nameOf(k int) bool {
	toks := h.toks
	if k >= len(toks) || toks[k].mention < 0 || h.mentions[toks[k].mention].Type != doc.Person {
		return false
	}
	e := k
	for e+1 < len(toks) && toks[e+1].mention == toks[k].mention {
		e++
	}
	_, ok := h.ofOrg(e + 1)
	return ok
}

// ofOrg reads "of" or "at" and the organisation after it from token k:
// a name ("of Meridian Capital") or a description in lower case after
// "the" ("of the Dutch central bank") up to its first body's noun. It
// returns the last token.
func (h harvester) ofOrg(k int) (int, bool) {
	toks := h.toks
	if k+1 >= len(toks) || toks[k].kind != tWord || toks[k].bare() != "of" && toks[k].bare() != "at" {
		return 0, false
	}
	j := k + 1
	if mi := toks[j].mention; mi >= 0 {
		if h.mentions[mi].Type != doc.Org {
			return 0, false
		}
		for j+1 < len(toks) && toks[j+1].mention == mi {
			j++
		}
		return j, true
	}
	if toks[j].bare() != "the" {
		return 0, false
	}
	for e := j + 1; e < len(toks) && e-j <= maxModifiers; e++ {
		t := toks[e]
		if t.kind != tWord || t.mention >= 0 && h.mentions[t.mention].Type == doc.Person || isStop(t.text) {
			return 0, false
		}
		b := bare(t.text)
		if genericHeads[b] || employerNouns[b] || publicBodyNouns[b] {
			return h.mentionEnd(e), true
		}
	}
	return 0, false
}

// mentionEnd returns the last token of the mention token e is part of
// ("of the University of Krasnik" runs to Krasnik), or e itself.
func (h harvester) mentionEnd(e int) int {
	mi := h.toks[e].mention
	for mi >= 0 && e+1 < len(h.toks) && h.toks[e+1].mention == mi {
		e++
	}
	return e
}

// ownOrg adds to a role written before a name the organisation named
// after it, "of the Dutch central bank" after "Governor Samuel
// Achterberg", when the role names none of its own. after is the first
// token after the name.
func (h harvester) ownOrg(r *Role, after int) {
	e, ok := h.ofOrg(after)
	if !ok || strings.Contains(r.Norm, " of ") || strings.Contains(r.Norm, " at ") || h.partyOfMember(r.Head, after, e) {
		return
	}
	of := h.text[h.toks[after].start:h.toks[e].end]
	r.Text = squash(r.Text + " " + of)
	r.Norm = normRole(r.Norm + " " + h.withSurnames(after, e))
	r.Evidence.End = max(r.Evidence.End, h.toks[e].end)
}

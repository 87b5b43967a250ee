package ner

import (
	"strings"
	"unicode"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// parliamentNames runs the rules for the words of parliaments and of
// other proceedings that the tagger takes for people or organisations.
func parliamentNames(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	if dt.mayHoldWord("Bill") || dt.mayHoldWord("Act") {
		billTitles(text, toks, tags)
	}
	dropArticledBills(text, toks, dt)
	if dt.mayHoldAny(addressOpeners) {
		dropFormsOfAddress(text, toks, tags)
	}
	if dt.mayHoldAny(procedureHeads) || dt.mayHoldAny(peerTitles) {
		dropProcedureWords(text, toks, dt) // acts only on a procedure's name or a peer's title
	}
	splitOrgsAtVerbs(text, toks, dt)
	if dt.mayHoldAny(numberedParts) {
		dropNumberedAmendments(text, toks, dt)
	}
	titledPeerPeople(text, toks, dt)
	dropNamedClauses(text, toks, dt)
	codedNonPeople(text, toks, dt)
	apposedProviders(text, toks, dt)
	acronymOpeners(text, toks, dt)
	splitFlightNumbers(text, toks, dt)
}

// billOpeners are capitalised words before a bill's title that are no
// part of it: "the Finance Bill", "Mr Bill".
var billOpeners = wordSet(`The A An This That Mr Mrs Ms Dr Sir Uncle Senator President Governor Big Little Wild Buffalo Old
	Young Sweet Brother Cousin Father Dad`)

// billTitles tags as one other name a bill's short title: capitalised
// words, maybe with a capitalised word in brackets, before "Bill" that no
// capitalised word follows: "the Safer Roads (Cycling) Bill". "Bill
// Hayes", a given name, is left alone. The act a bill becomes is tagged
// alike when its title has a word in brackets: "the Safer Roads
// (Cycling) Act 2027".
func billTitles(text string, toks []tok.Token, tags []int) {
	for i := 1; i < len(toks); i++ {
		head := tokText(text, toks, i)
		if head != "Bill" && head != "Act" || i+1 < len(toks) && capitalised(tokText(text, toks, i+1)) {
			continue
		}
		start := titleStart(text, toks, i)
		if head == "Act" && !bracketIn(text, toks, start, i) {
			continue
		}
		if start == i || model.IsInside(tags[start]) && !articleOpens(text, toks, tags, start-1) {
			continue
		}
		if model.IsInside(tags[start]) {
			setTag(tags, start-1, 0)
		}
		if i+1 < len(toks) && model.IsInside(tags[i+1]) {
			continue
		}
		retype(tags, span{start, i + 1, model.TypeMISC}, model.TypeMISC)
	}
}

// bracketIn reports an opening bracket among tokens from to to.
func bracketIn(text string, toks []tok.Token, from, to int) bool {
	for k := from; k < to; k++ {
		if tokText(text, toks, k) == "(" {
			return true
		}
	}
	return false
}

// articleOpens reports an article that opens a name at token i: "The"
// of "The Coastal Fisheries" before "Bill".
func articleOpens(text string, toks []tok.Token, tags []int, i int) bool {
	return i >= 0 && (tokText(text, toks, i) == "The" || tokText(text, toks, i) == "the") && tags[i] != 0 && !model.IsInside(tags[i])
}

// titleStart returns the first token of the capitalised words and
// bracketed capitalised words before token i, i itself when there are
// none.
func titleStart(text string, toks []tok.Token, i int) int {
	start := i
	for k := i - 1; k >= 0; k-- {
		w := tokText(text, toks, k)
		if w == ")" {
			j := k - 1
			for j >= 0 && capitalised(tokText(text, toks, j)) {
				j--
			}
			if j < 0 || j == k-1 || tokText(text, toks, j) != "(" {
				return start
			}
			k = j
			continue
		}
		if !capitalised(w) || inSet(billOpeners, w) || w == "Bill" {
			return start
		}
		start = k
	}
	return start
}

// billDeterminers before "Bill" make it the bill a text is about, no
// person: "the Bill passed", "this Bill".
var billDeterminers = wordSet(`the The this This that That a A`)

// dropArticledBills untags "Bill" alone after a determiner: "A Bill to
// make provision".
func dropArticledBills(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.end-s.start == 1 && s.start > 0 && tokText(text, toks, s.start) == "Bill" && inSet(billDeterminers, tokText(text, toks, s.start-1)) &&
			s.typ != model.TypeMISC {
			setTag(tags, s.start, 0)
		}
	}
}

// addressOpeners open a form of address in a parliament: "Mr Speaker",
// "Madam Deputy Speaker", "My Lords".
var addressOpeners = wordSet(`Mr Madam Mister My`)

// addressOpenerFirstBytes rejects most words before addressOpeners is
// consulted.
var addressOpenerFirstBytes = firstBytesOf(addressOpeners)

// addressHeads end a form of address after an addressOpeners word.
var addressHeads = wordSet(`Speaker Lords Chairman Chair President`)

// dropFormsOfAddress untags the names made only of the words of a form of
// address in a parliament: "Mr Speaker, I rise", "My Lords, this is".
func dropFormsOfAddress(text string, toks []tok.Token, tags []int) {
	for i := 0; i+1 < len(toks); i++ {
		if w := tokText(text, toks, i); !addressOpenerFirstBytes.mayHold(w) || !inSet(addressOpeners, w) {
			continue
		}
		end := i + 1
		if w := tokText(text, toks, end); w == "Deputy" && end+1 < len(toks) {
			end++
		}
		head := tokText(text, toks, end)
		if !inSet(addressHeads, head) || tokText(text, toks, i) == "My" && head != "Lords" {
			continue
		}
		end++
		if end < len(toks) && (model.IsInside(tags[end]) || capitalised(tokText(text, toks, end))) {
			continue
		}
		if model.IsInside(tags[i]) {
			continue
		}
		for k := i; k < end; k++ {
			setTag(tags, k, 0)
		}
		i = end - 1
	}
}

// procedureNames are the capitalised names of steps of a parliament's
// procedure, no bodies or people: "receive Royal Assent".
var procedureNames = fixedSet(map[string]bool{"Royal Assent": true, "Assent": true, "Second Reading": true, "Third Reading": true})

// procedureHeads are the last words of procedureNames: a mention that is
// one of the names holds one of them as a word of its own.
var procedureHeads = wordSet("Assent Reading")

// dropProcedureWords untags the names of steps of a procedure and a
// peer's title alone after "the" or "noble" ("the noble Baroness").
func dropProcedureWords(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		name := text[toks[s.start].Start:toks[s.end-1].End]
		lone := s.end-s.start == 1 && s.start > 0 && inSet(peerTitles, name) && name != "Lady" && inSet(titleArticles, tokText(text, toks, s.start-1))
		if inSet(procedureNames, name) || lone {
			for k := s.start; k < s.end; k++ {
				setTag(tags, k, 0)
			}
		}
	}
}

// titleArticles stand before a title used alone, with no name.
var titleArticles = wordSet(`the The noble`)

// splitOrgsAtVerbs ends an organisation's name before a lower-case verb
// in the past tense that the tagger ran it on through: "The Tenants Union
// praised Clause 4": a verb ends no name. The words after it are a name
// of their own.
func splitOrgsAtVerbs(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypeORG {
			continue
		}
		for k := s.start + 1; k+1 < s.end; k++ {
			w := tokText(text, toks, k)
			if !pastVerb(w) || !capitalised(tokText(text, toks, k-1)) || !capitalised(tokText(text, toks, k+1)) {
				continue
			}
			setTag(tags, k, 0)
			setTag(tags, k+1, model.BeginTag(s.typ))
			break
		}
	}
}

// pastVerb reports a lower-case word of five letters or more ending in
// "ed".
func pastVerb(w string) bool {
	return len(w) >= 5 && strings.HasSuffix(w, "ed") && lowerWord(w)
}

// numberedParts name a numbered part of a bill or a law: "Amendment 14",
// "Clause 4".
var numberedParts = wordSet(`Amendment Amendments Clause Clauses Schedule Section Article`)

// dropNumberedAmendments untags a numbered part of a bill, alone or
// ending a name: "Amendment 14".
func dropNumberedAmendments(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		last := s.end - 1
		if !inSet(numberedParts, tokText(text, toks, last)) || s.end >= len(toks) || !startsWithDigit(tokText(text, toks, s.end)) {
			continue
		}
		if s.end-s.start > 1 && s.typ != model.TypeORG {
			continue
		}
		from := s.start
		if s.end-s.start > 1 {
			from = last
		}
		for k := from; k < s.end; k++ {
			setTag(tags, k, 0)
		}
	}
}

// startsWithDigit reports a word opening with a digit.
func startsWithDigit(w string) bool { return w != "" && '0' <= w[0] && w[0] <= '9' }

// peerNameEnds end the name of a place or a body called after a peer,
// which stays what it is: "Lady Margaret Hall", "Lord Street Hospital".
var peerNameEnds = wordSet(`Hall College School Hospital Street Road Square Park House Hotel Foundation Trust Fund
	Centre Center Institute Library Theatre Gardens Cricket Ground Academy Prize Award Lectures Society Bridge`)

// titledPeerPeople makes a person of one or two capitalised words after a
// peer's title, tagged with it an organisation or a place: "Lord Alder
// Brook said". The title is left out of the name, as for other titles.
func titledPeerPeople(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		n := s.end - s.start
		if s.typ != model.TypeORG && s.typ != model.TypeLOC || n < 2 || n > 3 || !inSet(peerTitles, tokText(text, toks, s.start)) {
			continue
		}
		if s.end < len(toks) && tokText(text, toks, s.end) == "of" {
			continue
		}
		ok := true
		for k := s.start + 1; k < s.end; k++ {
			w := tokText(text, toks, k)
			ok = ok && surnameShaped(w) && !inSet(peerNameEnds, w) && !inSet(peerOffices, w)
		}
		if !ok {
			continue
		}
		setTag(tags, s.start, 0)
		retype(tags, span{s.start + 1, s.end, model.TypePER}, model.TypePER)
	}
}

// clauseNouns follow in lower case the name of the person a clause, a
// rule or a doctrine is called after: "the Harlow amendment".
var clauseNouns = wordSet(`clause amendment rule doctrine`)

// dropNamedClauses untags the one word, tagged a place or an
// organisation, that "the" opens and a clause noun follows: a rule is
// called after its author, no place.
func dropNamedClauses(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.end-s.start != 1 || s.typ != model.TypeLOC || s.start == 0 || s.end >= len(toks) {
			continue
		}
		if prev := tokText(text, toks, s.start-1); prev != "the" && prev != "The" || !inSet(clauseNouns, tokText(text, toks, s.end)) {
			continue
		}
		if !surnameShaped(tokText(text, toks, s.start)) {
			continue
		}
		setTag(tags, s.start, 0)
	}
}

// numberWordNames are the number words that open a sentence with a
// capital: "Nine survivors remain".
var numberWordNames = wordSet(`One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen
	Sixteen Seventeen Eighteen Nineteen Twenty Thirty Forty Fifty Hundred Hundreds Thousands Dozens`)

// codedNonPeople takes from the people the codes and numbers the tagger
// read as names: a code of letters and digits alone ("AB123") is no name,
// a name with such a code in it is a product's ("Veltra VX-300"), a
// number word opening a sentence is no name, and a word with a slash
// ("F/O") or a bracket is no part of a person's name.
func codedNonPeople(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ == model.TypePER {
			splitAtMarks(text, toks, tags, s)
		}
	}
	for _, s := range dt.spans() {
		if s.typ != model.TypePER {
			continue
		}
		first := tokText(text, toks, s.start)
		switch {
		case s.end-s.start == 1 && (hasDigit(first) || inSet(numberWordNames, first)):
			setTag(tags, s.start, 0)
		case s.end-s.start > 1 && codeIn(text, toks, s):
			retype(tags, s, model.TypeMISC)
		}
	}
}

// hasDigit reports a digit in w.
func hasDigit(w string) bool { return strings.IndexFunc(w, unicode.IsDigit) >= 0 }

// codeIn reports a word of the span that opens with a letter and has a
// digit in it ("VX-300"); an amount ("2.4m") is no code.
func codeIn(text string, toks []tok.Token, s span) bool {
	for k := s.start; k < s.end; k++ {
		if codeWord(tokText(text, toks, k)) {
			return true
		}
	}
	return false
}

// splitAtMarks untags the brackets in a person's name and, opening it,
// words with no letter ("14:31:04") and short words with a slash ("F/O");
// the words left between them are names of their own.
func splitAtMarks(text string, toks []tok.Token, tags []int, s span) {
	var buf [8]bool // holds the marks of all but the longest names
	marks := buf[:0]
	marked, lead := false, true
	for k := s.start; k < s.end; k++ {
		w := tokText(text, toks, k)
		m := w == "(" || w == ")" || lead && leadingMark(w)
		marks = append(marks, m)
		lead = lead && m
		marked = marked || m
	}
	if !marked {
		return
	}
	open := false
	for k := s.start; k < s.end; k++ {
		if marks[k-s.start] {
			setTag(tags, k, 0)
			open = false
			continue
		}
		if !open {
			setTag(tags, k, model.BeginTag(model.TypePER))
			open = true
		}
	}
}

// leadingMark reports a word with no letter, or of two short parts around
// a slash.
func leadingMark(w string) bool {
	if strings.IndexFunc(w, unicode.IsLetter) < 0 {
		return true
	}
	a, b, ok := strings.Cut(w, "/")
	return ok && len(a) <= 2 && len(b) <= 2
}

// providerNouns name a firm that works for another: "the maintenance
// contractor, Ostley Works,".
var providerNouns = wordSet(`provider contractor subcontractor supplier manufacturer`)

// apposedProviders makes an organisation of a name of two or three words
// tagged a person that a comma sets off after "the", lower-case words and
// a provider noun, when a comma or a full stop follows it: "the
// maintenance contractor, Ostley Works, for".
func apposedProviders(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypePER || s.end-s.start < 2 || s.end-s.start > 3 || s.start < 3 || s.end >= len(toks) {
			continue
		}
		if next := tokText(text, toks, s.end); next != "," && next != "." || tokText(text, toks, s.start-1) != "," ||
			!inSet(providerNouns, tokText(text, toks, s.start-2)) {
			continue
		}
		for k := s.start - 3; k >= 0 && k >= s.start-3-maxRoleWords; k-- {
			w := tokText(text, toks, k)
			if w == "the" || w == "The" {
				retype(tags, s, model.TypeORG)
				break
			}
			if tags[k] != 0 || !lowerWord(w) {
				break
			}
		}
	}
}

// acronymOpeners puts back into an organisation's name the capitalised
// word before it that the tagger left out, a common word such as
// "Parents", when the acronym in brackets after the name spells that word
// too: "Parents Against Noise (PAN)". The name's other mentions after the
// same word are lengthened alike.
func acronymOpeners(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	opened := map[string]string{}
	for _, s := range dt.spans() {
		if s.typ != model.TypeORG || s.start == 0 || s.end+2 >= len(toks) || tokText(text, toks, s.end) != "(" || tokText(text, toks, s.end+2) != ")" {
			continue
		}
		w := tokText(text, toks, s.start-1)
		if tags[s.start-1] != 0 || !surnameShaped(w) || initials(text, toks, s) == "" ||
			string(w[0])+initials(text, toks, s) != tokText(text, toks, s.end+1) {
			continue
		}
		opened[text[toks[s.start].Start:toks[s.end-1].End]] = w
	}
	if len(opened) == 0 {
		return
	}
	for _, s := range dt.spans() {
		w, ok := opened[text[toks[s.start].Start:toks[s.end-1].End]]
		if !ok || s.typ != model.TypeORG || s.start == 0 || tags[s.start-1] != 0 || tokText(text, toks, s.start-1) != w {
			continue
		}
		setTag(tags, s.start-1, model.BeginTag(model.TypeORG))
		setTag(tags, s.start, model.InsideTag(model.TypeORG))
	}
}

// initials returns the first letters of the capitalised words of the
// span, empty when a word of it is neither capitalised nor a short
// linking word.
func initials(text string, toks []tok.Token, s span) string {
	var b strings.Builder
	for k := s.start; k < s.end; k++ {
		w := tokText(text, toks, k)
		switch {
		case capitalised(w):
			b.WriteByte(w[0])
		case w != "of" && w != "and" && w != "for" && w != "the":
			return ""
		}
	}
	return b.String()
}

// splitFlightNumbers ends a name before "Flight" and the flight's code
// the tagger ran it on through: "Tarnow Air Flight TA202" is the airline
// Tarnow Air. The flight is no organisation.
func splitFlightNumbers(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		for k := s.start + 1; k+1 < s.end; k++ {
			if w := tokText(text, toks, k); (w == "Flight" || w == "flight") && codeWord(tokText(text, toks, k+1)) {
				for j := k; j < s.end; j++ {
					setTag(tags, j, 0)
				}
				break
			}
		}
	}
}

// codeWord reports a word that opens with a letter and has a digit in
// it: "TA202", "VX-300".
func codeWord(w string) bool {
	return hasDigit(w) && strings.IndexFunc(w, unicode.IsLetter) == 0
}

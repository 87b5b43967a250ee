package ner

import (
	"strings"
	"unicode"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// andRun is a run of capitalised words joined by "and" that ends in an
// institution's head word: "Amalgamated Transport and Dock Workers'
// Union". lower tells a lower-case word inside it ("Medicines and
// Healthcare products Regulatory Agency"); apart tells a person or place
// the tagger found before its "and", or an institution's head there that
// ends a name of its own ("the Ministry of Defence and Home Office"), and
// apartHead the latter alone.
type andRun struct {
	start, and              int
	lower, apart, apartHead bool
}

// territorialHeads end the names of bodies serving two places joined by
// "and", which the tagger may read as a person or a place: "Avon and
// Somerset Police", "Brighton and Hove City Council".
var territorialHeads = wordSet("police constabulary council")

// territorialHead reports a territorial body's head word at token i, or
// "Service" ending "Fire and Rescue Service" or "Ambulance Service".
func territorialHead(text string, toks []tok.Token, i int) bool {
	w := tokText(text, toks, i)
	if lowerIn(territorialHeads, w) {
		return true
	}
	return i > 0 && strings.EqualFold(w, "service") && (tokText(text, toks, i-1) == "Rescue" || tokText(text, toks, i-1) == "Ambulance")
}

// sharedBodyNouns name in lower case a body that serves the places before
// them: "the Kent and Medway trust".
var sharedBodyNouns = wordSet("trust council police force authority board")

// sharedBodies tags as one organisation two one-word names of places or
// bodies joined by "and" between "the" and a body's noun in lower case: "a
// breach hit the Kent and Medway trust" names one trust, not a county and
// a town.
func sharedBodies(text string, toks []tok.Token, tags []int) {
	for i := 4; i < len(toks); i++ {
		a, b := i-3, i-1
		if !inSet(sharedBodyNouns, tokText(text, toks, i)) || tokText(text, toks, i-2) != "and" || !strings.EqualFold(tokText(text, toks, i-4), "the") {
			continue
		}
		if !placeOrBody(tags, a) || !placeOrBody(tags, b) || tags[i-2] != 0 {
			continue
		}
		setTag(tags, a, model.BeginTag(model.TypeORG))
		setTag(tags, a+1, model.InsideTag(model.TypeORG))
		setTag(tags, b, model.InsideTag(model.TypeORG))
	}
}

// placeOrBody reports a token that is a place's or an organisation's
// name of its own, not a people's ("the Moslems and Serb police").
func placeOrBody(tags []int, i int) bool {
	if tags[i] == 0 || model.IsInside(tags[i]) || i+1 < len(tags) && model.IsInside(tags[i+1]) {
		return false
	}
	ty := model.TagType(tags[i])
	return ty == model.TypeLOC || ty == model.TypeORG
}

// joinAndedInstitutions tags as one organisation a run of capitalised
// words joined by "and" that ends in an institution's head word, which
// the tagger cuts at "and": "Amalgamated Transport and Dock Workers'
// Union" read as "Amalgamated Transport" and "Dock Workers' Union". A
// bracketed acronym right after the run must fit its initials ("... Dock
// Workers' Union (ATDWU)"), and a lower-case word inside the run needs
// one ("Medicines and Healthcare products Regulatory Agency (MHRA)").
// A run that ends in no head word is one name when the acronym after it
// fits its initials: "Warehouse and Logistics Workers United (WLWU)".
// Names before "and" that the tagger found a person or a place stay
// apart ("Trinidad and Tobago ..."), and so do two institutions ("the
// Ministry of Defence and Home Office"); a common noun the tagger took
// for a place does not keep apart (see nounTakenForPlace). common reports
// a word the news writes in lower case.
func joinAndedInstitutions(text string, toks []tok.Token, tags []int, common func(string) bool) {
	if !capitalsAnded(text, toks) {
		return // no run holds an "and" (see andRunBefore)
	}
	for i := range toks {
		w := tokText(text, toks, i)
		if !capitalised(w) || shouted(w) || i+1 < len(tags) && model.IsInside(tags[i+1]) {
			continue
		}
		shared := territorialHead(text, toks, i)
		head := shared || lowerIn(institutionHeads, w) || lowerIn(committeeHeads, w)
		if !head && !bracketNext(text, toks, i) {
			continue
		}
		r, ok := andRunBefore(text, toks, tags, i, common)
		trimmed := trimRunOpener(text, toks, &r)
		if shared && r.and == r.start+1 {
			r.apart = r.apartHead // "Avon and Somerset Police": two counties, one force
		}
		if !ok || r.apart || oneSpan(tags, r.start, i) || model.IsInside(tags[r.start]) && !trimmed || secondBodyOwnChamber(text, toks, r) {
			continue // a name already whole, or a part of a longer one
		}
		fit, given := acronymAfter(text, toks, r.start, i)
		fit = fit || given && chamberLedFit(text, toks, r.start, i)
		if given && !fit || !head && !fit || r.lower && !fit && !lowerVouched(text, toks, tags, r) {
			continue
		}
		if trimmed {
			dropOpenerTag(tags, r.start)
		}
		setTag(tags, r.start, model.BeginTag(model.TypeORG))
		for k := r.start + 1; k <= i; k++ {
			setTag(tags, k, model.InsideTag(model.TypeORG))
		}
	}
}

// capitalsAnded reports an "and" or "&" between two capitalised words,
// which every run that andRunBefore finds holds.
func capitalsAnded(text string, toks []tok.Token) bool {
	for a := 1; a+1 < len(toks); a++ {
		if w := tokText(text, toks, a); (w == "and" || w == "&") && capitalised(tokText(text, toks, a-1)) && capitalised(tokText(text, toks, a+1)) {
			return true
		}
	}
	return false
}

// bracketNext reports an opening bracket right after token i, where a
// name's acronym is given.
func bracketNext(text string, toks []tok.Token, i int) bool {
	return i+1 < len(toks) && tokText(text, toks, i+1) == "("
}

// andRunBefore goes back from the head word at token i over capitalised
// words, links, a possessive's apostrophe and one lower-case word between
// capitalised ones, on one line, and returns the run if it holds "and".
func andRunBefore(text string, toks []tok.Token, tags []int, i int, common func(string) bool) (andRun, bool) {
	word := func(k int) string {
		if k < 0 {
			return ""
		}
		return tokText(text, toks, k)
	}
	r := andRun{start: i, and: -1}
	for j := i; j > 0 && !lineBreakBefore(text, toks, j); j-- {
		w, next, prev := word(j-1), word(j), word(j-2)
		inner := capitalised(next) && capitalised(prev)
		switch {
		case capitalised(w) && !shouted(w) && !lowerIn(calendarWords, w) && !lowerIn(openers, w):
			r.start = j - 1
			continue
		case (w == "and" || w == "&") && inner && !lowerIn(institutionHeads, prev) && !lowerIn(longNameHeads, prev):
			r.and = j - 1
			continue
		case inSet(longNameLinks, w) && capitalised(next),
			(w == "'" || w == "’") && strings.HasSuffix(prev, "s") && capitalised(next):
			continue
		case !r.lower && inner && isLowerWord(w):
			r.lower = true
			continue
		}
		break
	}
	if r.and < 0 || r.start >= r.and {
		return r, false
	}
	for k := r.start; k < r.and; k++ {
		w := tokText(text, toks, k)
		head := lowerIn(institutionHeads, w) || lowerIn(longNameHeads, w)
		if ty := model.TagType(tags[k]); ty == model.TypePER || ty == model.TypeLOC && !nounTakenForPlace(text, toks, tags, k, common) || head {
			r.apart = true
		}
		r.apartHead = r.apartHead || head
	}
	return r, true
}

// nounTakenForPlace reports a one-word name tagged a place at token k
// that is a common noun capitalised as a word of a longer name, no listed
// place and nowhere else in the document a name of its own: "Port" in
// "the Port and Maritime Workers Union said", where "France" in "France
// and Germany's Workers Union" names a country.
func nounTakenForPlace(text string, toks []tok.Token, tags []int, k int, common func(string) bool) bool {
	if model.IsInside(tags[k]) || k+1 < len(tags) && model.IsInside(tags[k+1]) {
		return false
	}
	w := tokText(text, toks, k)
	return !shouted(w) && common(strings.ToLower(w)) && !model.ListedPlace([]string{w}) && !namedAlone(text, toks, tags, k)
}

// isLowerWord reports a word of lower-case letters only.
func isLowerWord(w string) bool {
	for _, c := range w {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return w != ""
}

// lowerVouched reports a run with a lower-case word inside that "the"
// leads and whose words before "and" hold an organisation the tagger
// found: "the Medicines and Healthcare products Regulatory Agency
// approved", with "Medicines and Healthcare" tagged an organisation.
func lowerVouched(text string, toks []tok.Token, tags []int, r andRun) bool {
	if r.start == 0 || !strings.EqualFold(tokText(text, toks, r.start-1), "the") {
		return false
	}
	for k := r.start; k < r.and; k++ {
		if model.TagType(tags[k]) == model.TypeORG {
			return true
		}
	}
	return false
}

// acronymAfter reports whether a bracketed acronym follows token i and
// whether it fits the initials of the capitalised words from token start
// to i: "(MHRA)" after "Medicines and Healthcare products Regulatory
// Agency".
func acronymAfter(text string, toks []tok.Token, start, i int) (fit, given bool) {
	if i+3 >= len(toks) || tokText(text, toks, i+1) != "(" || tokText(text, toks, i+3) != ")" {
		return false, false
	}
	acr := tokText(text, toks, i+2)
	if len(acr) < 2 || strings.ToUpper(acr) != acr {
		return false, false
	}
	var caps, all strings.Builder
	for k := start; k <= i; k++ {
		w := tokText(text, toks, k)
		if capitalised(w) {
			caps.WriteByte(w[0])
			all.WriteByte(w[0])
		} else if inSet(institutionLinks, w) {
			all.WriteString(strings.ToUpper(w[:1]))
		}
	}
	acr = strings.ReplaceAll(acr, "&", "")
	return acr == caps.String() || acr == all.String(), true
}

// nationalBranches makes an organisation of a name of several words taken
// for a person that ends in a listed place and that "and", "or" or a
// comma joins to an organisation: "the Arctic Youth Alliance and
// Greenwatch Norway" lists two bodies, the second a national branch. A
// person's surname is rarely a country's or a city's name, and "Jack
// London" beside no organisation stays a person.
func nationalBranches(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	ss := dt.spans()
	for k, s := range ss {
		if s.typ != model.TypePER || s.end-s.start < 2 || !model.ListedPlace([]string{tokText(text, toks, s.end-1)}) {
			continue
		}
		if k > 0 && listedWithOrg(text, toks, ss[k-1], s) || k+1 < len(ss) && listedWithOrg(text, toks, s, ss[k+1]) {
			retype(tags, s, model.TypeORG)
		}
	}
}

// listedWithOrg reports two names joined by one "and", "or" or comma, one
// of them an organisation.
func listedWithOrg(text string, toks []tok.Token, a, b span) bool {
	if a.end+1 != b.start || a.typ != model.TypeORG && b.typ != model.TypeORG {
		return false
	}
	link := tokText(text, toks, a.end)
	return link == "and" || link == "or" || link == ","
}

// acronymBranches makes one organisation of an initialism the tagger left
// untagged and the listed place right after it, which names the body's
// branch for that place: "according to NHS Wales", "BBC Scotland said".
// The pair ends its phrase: in "the OSCE Chechnya mission" the place
// qualifies the noun after it.
func acronymBranches(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypeLOC || s.end-s.start != 1 || s.start == 0 || tags[s.start-1] != 0 {
			continue
		}
		acr, place := tokText(text, toks, s.start-1), tokText(text, toks, s.start)
		if !initialism(acr) || shouted(place) || !model.ListedPlace([]string{place}) {
			continue
		}
		if s.start >= 2 && shouted(tokText(text, toks, s.start-2)) {
			continue
		}
		if next := nextWord(text, toks, s.end); !endsPhrase(next) && !inSet(personCues, next) {
			continue // the place qualifies a noun: "the OSCE Chechnya mission"
		}
		retype(tags, span{start: s.start - 1, end: s.end}, model.TypeORG)
	}
}

// initialism reports a word of two to five capital letters: "NHS", "BBC".
func initialism(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// nextWord returns the token at i, or "" past the end.
func nextWord(text string, toks []tok.Token, i int) string {
	if i >= len(toks) {
		return ""
	}
	return tokText(text, toks, i)
}

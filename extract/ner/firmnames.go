package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// firmClassNouns name a business, never a person, right before its name:
// "the consultancy Penrose Advisory", "the insurer Halden Mutual".
var firmClassNouns = wordSet(`consultancy consultancies firm company bank insurer lender brokerage retailer
	carmaker automaker airline conglomerate startup start-up`)

// firmNameEnds may follow the name of a business after its class noun; a
// verb there makes a person of the name ("the consultancy Jane Ode ran").
var firmNameEnds = map[string]bool{",": true, ".": true, ";": true, ":": true, ")": true}

// firmClassNames makes an organisation, at its every mention taken for a
// person or a place, of a name of several words right after "the" or "a"
// and a business noun and before a punctuation mark: "a partner at the
// consultancy Penrose Advisory, who advises".
func firmClassNames(text string, toks []tok.Token, dt *docTags) {
	retypeCuedPeopleAndPlaces(text, toks, dt, model.TypeORG, func(s span) bool {
		if s.end-s.start < 2 || s.start < 2 || s.end >= len(toks) {
			return false
		}
		if !firmClassNouns[tokText(text, toks, s.start-1)] || !firmNameEnds[tokText(text, toks, s.end)] {
			return false
		}
		a := strings.ToLower(tokText(text, toks, s.start-2))
		return a == "the" || a == "a"
	})
}

// retypeCuedPeopleAndPlaces retypes as typ every mention taken for a
// person or a place whose name is, at one of its mentions, one for which
// cue holds: a cue at one mention tells what the name is at all of them.
func retypeCuedPeopleAndPlaces(text string, toks []tok.Token, dt *docTags, typ int, cue func(s span) bool) {
	tags := dt.tags
	var named map[string]bool
	for _, s := range dt.spans() {
		if (s.typ == model.TypePER || s.typ == model.TypeLOC) && cue(s) {
			if named == nil {
				named = map[string]bool{}
			}
			named[text[toks[s.start].Start:toks[s.end-1].End]] = true
		}
	}
	if named == nil {
		return // no cue holds, and no name is looked up
	}
	for _, s := range dt.spans() {
		if (s.typ == model.TypePER || s.typ == model.TypeLOC) && named[text[toks[s.start].Start:toks[s.end-1].End]] {
			retype(tags, s, typ)
		}
	}
}

// joinLegalSuffixes widens a name of several words over the capitalised
// legal form right after it that the tagger left out: "Pike Warren LLP as
// legal counsel" read as the person "Pike Warren".
func joinLegalSuffixes(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.end-s.start < 2 || s.end >= len(toks) || tags[s.end] != 0 || toks[s.end].Start != toks[s.end-1].End+1 {
			continue
		}
		if w := tokText(text, toks, s.end); capitalised(w) && legalSuffix(w) {
			setTag(tags, s.end, model.InsideTag(s.typ))
		}
	}
}

// currencyCodes are the codes of currencies written before an amount:
// "EUR 118m", "USD 4.2bn".
var currencyCodes = fixedSet(map[string]bool{"USD": true, "EUR": true, "GBP": true, "JPY": true, "CHF": true, "CNY": true,
	"AUD": true, "CAD": true, "NZD": true, "SEK": true, "NOK": true, "DKK": true, "INR": true, "HKD": true,
	"SGD": true, "ZAR": true, "BRL": true, "MXN": true, "RUB": true, "KRW": true, "PLN": true})

// dropCurrencyCodes drops a mention of a currency's code before an
// amount: "revenue of EUR 118m" names no body.
func dropCurrencyCodes(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.end-s.start != 1 || s.end >= len(toks) || !currencyCodes[tokText(text, toks, s.start)] {
			continue
		}
		if w := tokText(text, toks, s.end); w[0] >= '0' && w[0] <= '9' {
			setTag(tags, s.start, 0)
		}
	}
}

// dealVerbs are the verbs of a deal that a title-case headline writes
// capitalised after "to": "Brockley Group to Acquire Dunmore Analytics".
var dealVerbs = wordSet("acquire buy sell merge purchase")

// dropHeadlineInfinitives starts a name after a capitalised verb of a
// deal right after "to", which the tagger takes into the name of the
// company bought: "to Acquire Dunmore Analytics" names Dunmore Analytics.
func dropHeadlineInfinitives(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.end-s.start < 2 || s.start == 0 || tokText(text, toks, s.start-1) != "to" {
			continue
		}
		if w := tokText(text, toks, s.start); !capitalised(w) || !lowerIn(dealVerbs, w) || !capitalised(tokText(text, toks, s.start+1)) {
			continue
		}
		setTag(tags, s.start, 0)
		setTag(tags, s.start+1, model.BeginTag(s.typ))
	}
}

// departmentFields are portfolio words that name a department on their
// own: "the Treasury".
var departmentFields = wordSet("treasury")

// dropPortfolioLeads drops a mention of one portfolio word right before
// a capitalised "Minister": "Labour" of "Labour Minister Rafa
// Oduya" names the office's field, not a party or a body. A secretary's
// field names the department he heads ("Treasury Secretary") and stays.
func dropPortfolioLeads(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypeORG || s.end-s.start != 1 || s.end >= len(toks) || tags[s.end] != 0 || tokText(text, toks, s.end) != "Minister" {
			continue
		}
		if portfolioEnd(text, toks, s.start) != s.end || lowerIn(departmentFields, tokText(text, toks, s.start)) {
			continue
		}
		for k := s.start; k < s.end; k++ {
			setTag(tags, k, 0)
		}
	}
}

// initialledFirmSurnames makes an organisation of a surname alone taken
// for a person when the document names a firm of initials, that surname
// and a legal form: after "W. Harlow PLC", "Harlow said" speaks for the
// firm.
func initialledFirmSurnames(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	var firms map[string]bool
	for _, s := range dt.spans() {
		if s.typ != model.TypeORG || s.end-s.start < 3 || !legalSuffix(tokText(text, toks, s.end-1)) || !initialsOnly(text, toks, s.start, s.end-2) {
			continue
		}
		if firms == nil {
			firms = map[string]bool{}
		}
		firms[tokText(text, toks, s.end-2)] = true
	}
	for _, s := range dt.spans() {
		if s.typ == model.TypePER && s.end-s.start == 1 && firms[tokText(text, toks, s.start)] {
			retype(tags, s, model.TypeORG)
		}
	}
}

// initialsOnly reports whether tokens a..e-1 are initials ("W.") and the
// links between them ("S. and W.").
func initialsOnly(text string, toks []tok.Token, a, e int) bool {
	for k := a; k < e; k++ {
		w := tokText(text, toks, k)
		if w == "and" || w == "&" {
			continue
		}
		if len(w) != 2 || w[1] != '.' || w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return e > a
}

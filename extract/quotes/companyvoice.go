package quotes

import (
	"strings"

	"newsbot/extract/doc"
)

// companyWords are the nouns by which a spokesperson is a company's:
// "a company spokeswoman", "the firm spokesman".
var companyWords = wordSet(`company firm`)

// firmEndings end the names of companies and of nothing else: "Acme
// Pharmaceuticals", "Norland Holdings plc".
var firmEndings = wordSet(`inc corp corporation ltd plc llc co company holdings pharmaceuticals pharma
therapeutics biotech airlines airways motors industries technologies laboratories`)

// companyVoice credits "a company spokeswoman" or "the firm spokesman"
// to the organisation reported speaking, or the subject of a sentence,
// just before in the same paragraph (as bareVoice credits "a
// spokeswoman"), when that organisation is the one company the article
// names: a name of the article ending in a company's legal form or trade
// ("Acme Pharmaceuticals") is its, and no other company's name so ends.
// In "Greenpeace said ... A company spokeswoman said" the company is
// someone else, and the spokeswoman stays unnamed.
func (a *analysis) companyVoice(e *event, words []token) *event {
	if len(words) != 3 || !companyWords[words[1].low] {
		return e
	}
	r := a.bareVoice(e, []token{words[0], words[2]})
	if !r.resolved || !a.soleCompany(r.name) {
		return e
	}
	return r
}

// soleCompany reports whether name is the one company the article names:
// an organisation named so, or by a longer name opening with it, ends in a
// firm's word, and no organisation of another name does.
func (a *analysis) soleCompany(name string) bool {
	found := false
	for _, m := range a.ments {
		if m.Type != doc.Org || !firmEndings[strings.ToLower(strings.TrimSuffix(finalWord(m.Name()), "."))] {
			continue
		}
		n := oneLine(m.Name())
		if n != name && !strings.HasPrefix(n, name+" ") {
			return false
		}
		found = true
	}
	return found
}

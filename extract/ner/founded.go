package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// foundingVerbs take the company a person set up as their object.
var foundingVerbs = fixedSet(map[string]bool{"founded": true, "co-founded": true, "cofounded": true, "launched": true, "started": true})

// companyNouns describe a company in an apposition: "Vantor, a payments
// start-up".
var companyNouns = fixedSet(map[string]bool{
	"start-up": true, "startup": true, "company": true, "firm": true, "group": true, "bank": true,
	"fund": true, "business": true, "maker": true, "chain": true, "retailer": true, "lender": true,
})

// foundedCompanies makes an organisation of the object of "founded" that
// an apposition calls a company ("founded Vantor, a payments start-up"),
// and of every mention of the same name in the document.
func foundedCompanies(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	ss := dt.spans()
	names := map[string]bool{}
	for _, s := range ss {
		if s.start > 0 && inSet(foundingVerbs, tokText(text, toks, s.start-1)) && companyApposition(text, toks, tags, s.end) {
			names[text[toks[s.start].Start:toks[s.end-1].End]] = true
		}
	}
	if len(names) == 0 {
		return
	}
	retypeNamed(text, toks, dt, names, model.TypeORG)
}

// companyApposition reports a comma at token i followed by an article and
// up to maxRoleWords untagged words ending in a company noun.
func companyApposition(text string, toks []tok.Token, tags []int, i int) bool {
	if i+2 >= len(toks) || tokText(text, toks, i) != "," {
		return false
	}
	if a := tokText(text, toks, i+1); a != "a" && a != "an" && a != "the" {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+1+maxRoleWords && tags[k] == 0; k++ {
		if lowerIn(companyNouns, tokText(text, toks, k)) {
			return true
		}
	}
	return false
}

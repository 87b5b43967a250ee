package identity

import (
	"newsbot/extract/doc"
	"newsbot/extract/ner"
)

// bodyEnds close the names of federations, parties and public bodies,
// whose short name is never the adjective of a nation that opens them.
var bodyEnds = wordSet(`federation association union confederation committee council party league
	ministry government agency authority commission institute society`)

// demonymOpener reports a one-word form that is only the adjective of a
// nation ("Moldovan") opening the name of a body it is no short name of:
// "Moldovan middle-distance runner" beside the "Moldovan Athletics
// Federation", whose name ends in a body's noun. A company's short name
// may be one ("American's preferred stock" of American Motors Corp).
func demonymOpener(f *form, owner *articleEntity) bool {
	if !ner.Demonym(f.display) {
		return false
	}
	toks := owner.forms[0].toks
	return len(toks) >= 2 && bodyEnds[tokenKey(toks[len(toks)-1])]
}

// retypeDemonyms makes a one-word form that is only the adjective
// of a nation, typed a place or an organisation, something that
// describes: "the Moldovan runner", "in Moldovan athletics", "the
// Kuwaiti dinar" name no place (Moldova is one) and no body. One typed an
// organisation whose name holds it in the article is left as it is
// ("American said" after "AMR Corp's American Airlines"; see
// joinOrgShortNames).
func retypeDemonyms(forms []*form) {
	var opened map[string]bool // read when first needed
	for _, f := range forms {
		if len(f.toks) != 1 || f.typ != doc.Place && f.typ != doc.Org || !ner.Demonym(f.display) {
			continue
		}
		if f.typ == doc.Org && opened == nil {
			opened = orgNameWords(forms)
		}
		if f.typ == doc.Place || f.typ == doc.Org && !opened[f.tokenKeyAt(0)] {
			f.typ, f.votes = doc.Other, onlyVotes(doc.Other, f.count)
		}
	}
}

// orgNameWords returns the keys of every word of the article's
// organisations' names of two words or more.
func orgNameWords(forms []*form) map[string]bool {
	opened := map[string]bool{}
	for _, f := range forms {
		if f.typ != doc.Org || len(f.toks) < 2 {
			continue
		}
		for i := range f.toks {
			opened[f.tokenKeyAt(i)] = true
		}
	}
	return opened
}

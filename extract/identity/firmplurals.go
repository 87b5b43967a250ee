package identity

import "newsbot/extract/doc"

// firmPlurals end the names of businesses and never a person's: "Ashby
// Estates", "Marlow Holdings".
var firmPlurals = wordSet(`estates holdings properties investments enterprises industries developments ventures`)

// retypeFirmPlurals makes an organisation of each name of two or three
// words taken for a person that ends in a business's plural head, as the
// tagger reads a surname before "Estates".
func retypeFirmPlurals(forms []*form) {
	for _, f := range forms {
		if f.typ == doc.Person && f.ntok >= 2 && f.ntok <= 3 && len(f.toks) >= 2 && f.suffix == "" && bareIn(firmPlurals, f.toks[len(f.toks)-1]) {
			f.typ, f.votes = doc.Org, onlyVotes(doc.Org, f.count)
		}
	}
}

package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// headlineVerbs are the verbs a title-case headline writes capitalised
// after its subject: "Orvana Biosciences Receives Approval", "Kelso
// Mining Announces Results".
var headlineVerbs = wordSet(`receives announces reports wins launches completes initiates appoints acquires agrees
	expands enters presents secures submits unveils confirms reaches achieves obtains welcomes`)

// splitHeadlineVerbs ends a name at a capitalised headline verb inside
// it, before another capitalised word: the tagger reads "Orvana
// Biosciences Receives FDA" in a title-case headline as one name, which
// is the company, the verb and the agency. The words after the verb keep
// the type of the whole; a verb that ends a name ("Ward's Automotive
// Reports") is a noun there.
func splitHeadlineVerbs(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		for v := s.start + 1; v < s.end; v++ {
			w := tokText(text, toks, v)
			if v+1 >= s.end || !capitalised(w) || !lowerIn(headlineVerbs, w) || !capitalised(tokText(text, toks, v+1)) {
				continue
			}
			setTag(tags, v, 0)
			setTag(tags, v+1, model.BeginTag(s.typ))
			break
		}
	}
}

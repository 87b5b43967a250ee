package ner

import "testing"

// TestQuotedAndPossessivePlaces covers a listed place opening a
// quotation before a verb and a listed place's possessive opening a
// sentence.
func TestQuotedAndPossessivePlaces(t *testing.T) {
	runRefineCases(t, []refineCase{
		{"a listed place opening a quotation before a verb is a place",
			`"Cork is a port city , and we will stay ," she said`,
			"O B-PER O O O O O O O O O O O O O", "O B-LOC O O O O O O O O O O O O O"},
		{"a listed place left untagged there is a place too",
			`"Rostov must act ," the minister said`, "O O O O O O O O O", "O B-LOC O O O O O O O"},
		{"a listed place the document names as a person stays a person",
			`Anna Cork spoke . "Cork is a port ," she said`,
			"B-PER I-PER O O O B-PER O O O O O O O", "B-PER I-PER O O O B-PER O O O O O O O"},
		{"an unlisted name opening a quotation stays a person",
			`"Garrow is a fighter ," she said`, "O B-PER O O O O O O O", "O B-PER O O O O O O O"},
		{"a listed place opening a quotation before no verb stays as tagged",
			`"Cork said no ," she said`, "O B-PER O O O O O O", "O B-PER O O O O O O"},
		{"a listed place's possessive opening a sentence before a weekday is a place",
			"Lisbon's Thursday market reopened last week .", "B-PER O O O O O O O", "B-LOC O O O O O O O"},
		{"a listed place's possessive taken for a company before a common word is a place",
			"Lisbon's tram network is old .", "B-ORG O O O O O O", "B-LOC O O O O O O"},
		{"a company's possessive stays a company",
			"Ford's profits rose .", "B-ORG O O O O", "B-ORG O O O O"},
		{"a person's possessive stays a person",
			"Smith's lawyer said .", "B-PER O O O O", "B-PER O O O O"},
		{"a listed place the document opens a company's name with stays a company",
			"Boston Scientific said . Boston's shares fell .", "B-ORG I-ORG O O B-ORG O O O O",
			"B-ORG I-ORG O O B-ORG O O O O"},
		{"a listed place's possessive ending a name from the line before stays in it",
			"the Bank of\nBrazil's own figures", "O B-ORG I-ORG I-ORG O O O", "O B-ORG I-ORG I-ORG O O O"},
		{"a listed place's possessive inside a sentence is left to the other rules",
			"He said Lisbon's tram network is old .", "O O B-ORG O O O O O O", "O O B-ORG O O O O O O"},
	})
}

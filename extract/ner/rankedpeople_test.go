package ner

import "testing"

// TestRankedPeople covers the names after ranks, after a business's noun
// tied to a role, and before a document's head.
func TestRankedPeople(t *testing.T) {
	runRefineCases(t, []refineCase{
		{"abbreviated ranks taken with a surname for an organisation leave a person",
			"Det Insp Garrow said the charge followed", "B-ORG I-ORG I-ORG O O O O", "O O B-PER O O O O"},
		{"ranks with full stops before a full name are left out of it",
			"Det . Sgt. Alan Hughes said", "B-ORG O O B-PER I-PER O", "O O O B-PER I-PER O"},
		{"a constable's rank after a detective's is a rank",
			". Det Con Shore said she saw it", "O B-PER I-PER I-PER O O O O", "O O O B-PER O O O O"},
		{"a chief superintendent's joined rank is left out",
			"Ch Supt Willis added", "B-ORG I-ORG I-ORG O", "O O B-PER O"},
		{"military ranks before a name are left out",
			"Lt Col Hamish Grant said", "B-ORG I-ORG I-ORG I-ORG O", "O O B-PER I-PER O"},
		{"initials before a surname and a speech verb are a rank",
			"DI Benson said the victim", "O B-ORG O O O", "O B-PER O O O"},
		{"initials before a surname named in full elsewhere are a rank",
			"Amy Garrow joined . PC Garrow was injured", "B-PER I-PER O O B-ORG I-ORG O O", "B-PER I-PER O O O B-PER O O"},
		{"initials before a firm's head and a speech verb name the firm",
			"DI Industries said", "B-ORG I-ORG O", "B-ORG I-ORG O"},
		{"initials before a word and no sign of a person name a product",
			"demand for its PC Scan product family", "O O O B-ORG I-ORG O O", "O O O B-ORG I-ORG O O"},
		{"initials before a common word name a firm",
			"shares in PC World rose", "O O B-ORG I-ORG O", "O O B-ORG I-ORG O"},
		{"initials closing a place's name open no rank",
			"lives in Washington DC Garrow said", "O O B-LOC I-LOC B-PER O", "O O B-LOC I-LOC B-PER O"},
		{"a rank before a word written in lower case leaves the firm",
			"the fiscal year , Gen Term also said", "O O O O B-ORG I-ORG O O", "O O O O B-ORG I-ORG O O"},
		{"a rank before a firm's name leaves the firm",
			"Gen Motors Corp said", "B-ORG I-ORG I-ORG O", "B-ORG I-ORG I-ORG O"},
		{"an owner named after the café she owns is a person",
			"The owner of a Leeds café , Inès Garrow , was fined", "O O O O B-LOC O O B-PER I-PER O O O",
			"O O O O B-LOC O O B-PER I-PER O O O"},
		{"a name set off after a café alone is the café's",
			"She opened a Leeds café , Maison Garrow , on Friday", "O O O B-LOC O O B-PER I-PER O O O",
			"O O O B-LOC O O B-ORG I-ORG O O O"},
		{"a place's name before a declaration names a document",
			"The Tarsena Declaration calls for talks", "O B-LOC I-LOC O O O", "O B-MISC I-MISC O O O"},
		{"a place cut before an agreement takes it in as a document",
			"under the Tarsena Agreement signed", "O O B-LOC O O", "O O B-MISC I-MISC O"},
		{"a body whose name runs on past a treaty stays a body",
			"the North Atlantic Treaty Organization said", "O B-ORG I-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG I-ORG O"},
		{"an agreement whose name runs on is a body",
			"under the General Agreement on Tariffs and Trade", "O O B-ORG I-ORG O B-ORG I-ORG I-ORG", "O O B-ORG I-ORG O B-ORG I-ORG I-ORG"},
		{"a lower-case agreement names no document",
			"the Tarsena agreement signed", "O B-LOC O O", "O B-LOC O O"},
	})
}

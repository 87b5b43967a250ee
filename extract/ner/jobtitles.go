package ner

import (
	"newsbot/extract/ner/internal/tok"
)

// jobTitleWords make up the capitalised titles of company officers, and
// jobTitleHeads end them: "Executive Vice President", "Chief Financial
// Officer", "General Counsel", "Chief Executive", "Chief Medical Officer",
// "Finance Director".
var (
	jobTitleWords = wordSet(`chief executive financial operating technology technical information marketing
		commercial investment legal risk compliance people revenue strategy data digital
		medical scientific science research finance operations product sales communications
		senior executive vice deputy assistant associate group general managing corporate
		and officer president counsel director`)
	jobTitleHeads = wordSet(`officer president counsel director executive`)
	// officerAcronyms are the titles of company officers written as
	// acronyms: "Northmoor's CFO".
	officerAcronyms = wordSet(`CEO CFO COO CTO`)
)

// dropJobTitles drops a mention of two words or more that is only a job
// title, and one that is an officer's title as an acronym: in "Tobias
// Feld, Executive Vice President and Chief Financial Officer, added" and
// "Northmoor's CFO" the titles are roles, not names.
func dropJobTitles(text string, toks []tok.Token, tags []int) {
	for _, s := range spans(tags) {
		one := s.end-s.start == 1 && officerAcronyms[tokText(text, toks, s.start)]
		if !one && (s.end-s.start < 2 || !jobTitle(text, toks, s)) {
			continue
		}
		for i := s.start; i < s.end; i++ {
			tags[i] = 0
		}
	}
}

// jobTitle reports a span whose every word is a title's word, that ends
// in a title's head and opens with no "and".
func jobTitle(text string, toks []tok.Token, s span) bool {
	if !lowerIn(jobTitleHeads, tokText(text, toks, s.end-1)) || tokText(text, toks, s.start) == "and" {
		return false
	}
	for i := s.start; i < s.end; i++ {
		w := tokText(text, toks, i)
		if !lowerIn(jobTitleWords, w) || w != "and" && !capitalised(w) {
			return false
		}
	}
	return true
}

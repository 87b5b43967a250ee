package ner

import (
	"newsbot/extract/ner/internal/model"
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
func dropJobTitles(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		one := s.end-s.start == 1 && inSet(officerAcronyms, tokText(text, toks, s.start))
		if !one && (s.end-s.start < 2 || !jobTitle(text, toks, s)) {
			continue
		}
		for i := s.start; i < s.end; i++ {
			setTag(tags, i, 0)
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

// officeNouns end the capitalised titles of public offices: "Health
// Secretary", "Foreign Minister", "Coroner".
var officeNouns = wordSet(`secretary minister coroner chancellor ombudsman`)

// officeModifiers may stand before an office's noun besides the fields of
// a portfolio: "Prime Minister", "Shadow Health Secretary", "Deputy
// Coroner".
var officeModifiers = wordSet(`prime shadow deputy junior senior assistant acting chief first state`)

// dropOffices drops a mention that is only a public office's title: in
// "Coroner finds neglect" and "wrote to the Health Secretary" the titles
// are roles, not names. The title is capitalised words ending in an
// office's noun, each before it a portfolio's field or a modifier. A
// one-word title that opens a longer name in the text is that name's
// short form ("Chancellor" after "Chancellor Corp"), and stays.
func dropOffices(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	ss := dt.spans()
	for _, s := range ss {
		if s.end-s.start > 4 || !officeTitle(text, toks, s) || s.end-s.start == 1 && opensLongerName(text, toks, ss, s) {
			continue
		}
		for i := s.start; i < s.end; i++ {
			setTag(tags, i, 0)
		}
	}
}

// officeTitle reports a span that is an office's title.
func officeTitle(text string, toks []tok.Token, s span) bool {
	if !lowerIn(officeNouns, tokText(text, toks, s.end-1)) {
		return false
	}
	for i := s.start; i < s.end; i++ {
		w := tokText(text, toks, i)
		if !capitalised(w) || i < s.end-1 && !lowerIn(portfolioWords, w) && !lowerIn(officeModifiers, w) {
			return false
		}
	}
	return true
}

// opensLongerName reports another mention of two words or more, no
// person's, that starts with the one word of s: a person's name after
// the word only carries it as a title ("Ombudsman Raul Gonzalez").
func opensLongerName(text string, toks []tok.Token, ss []span, s span) bool {
	w := tokText(text, toks, s.start)
	for _, o := range ss {
		if o.end-o.start > 1 && o.typ != model.TypePER && tokText(text, toks, o.start) == w {
			return true
		}
	}
	return false
}

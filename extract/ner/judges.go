package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// judicialTitles are the titles in front of a judge's name that also open
// the names of public bodies: "Justice Adaeze Nwosu" is a judge, "Justice
// Department" a department.
var judicialTitles = map[string]bool{"justice": true, "judge": true}

// bodyWords end the names of bodies that open with a judicial title and
// are no institution heads: "Justice Party", "Justice Select Committee".
var bodyWords = map[string]bool{
	"party": true, "league": true, "committee": true, "court": true, "courts": true, "school": true,
	"system": true, "centre": true, "center": true, "campaign": true, "alliance": true, "network": true,
	"project": true, "coalition": true, "fund": true, "programme": true, "program": true, "bill": true, "act": true,
}

// maxJudgeNameWords bounds the personal name after a judicial title.
const maxJudgeNameWords = 3

// titledJudges turns a mention of another type that holds a judicial title
// followed by a personal name into the person ("Justice Adaeze Nwosu"
// tagged an organisation, "Supreme Court Justice Amy Coney Barrett" tagged
// one mention); the words before the title stay a mention of their own
// when they are more than titles. The name must be capitalised words that
// are no institution's, company's or body's words, with at least one that
// is no title, so "Justice Department" and "Justice Minister" stay.
func titledJudges(text string, toks []tok.Token, tags []int) {
	for _, sp := range spans(tags) {
		if sp.typ == model.TypePER {
			continue
		}
		j := -1
		for k := sp.start; k < sp.end-1; k++ {
			if lowerIn(judicialTitles, tokText(text, toks, k)) {
				j = k
			}
		}
		if j < 0 || sp.end-j-1 > maxJudgeNameWords || !personalName(text, toks, j+1, sp.end) {
			continue
		}
		if allTitles(text, toks, sp.start, j) {
			for k := sp.start; k < j; k++ {
				tags[k] = 0
			}
		}
		tags[j] = 0
		tags[j+1] = model.BeginTag(model.TypePER)
		for k := j + 2; k < sp.end; k++ {
			tags[k] = model.InsideTag(model.TypePER)
		}
	}
}

// personalName reports whether tokens [from, to) can be a personal name
// after a title.
func personalName(text string, toks []tok.Token, from, to int) bool {
	untitled := false
	for k := from; k < to; k++ {
		w := strings.TrimSuffix(tokText(text, toks, k), ".")
		if !capitalised(w) || lowerIn(institutionHeads, w) || lowerIn(institutionLinks, w) ||
			lowerIn(designators, w) || lowerIn(bodyWords, w) || lowerIn(judicialTitles, w) {
			return false
		}
		untitled = untitled || !lowerIn(titles, w)
	}
	return untitled
}

// allTitles reports whether tokens [from, to) are all titles.
func allTitles(text string, toks []tok.Token, from, to int) bool {
	for k := from; k < to; k++ {
		if !lowerIn(titles, strings.TrimSuffix(tokText(text, toks, k), ".")) {
			return false
		}
	}
	return true
}

package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// judicialTitles are the titles in front of a judge's name that also open
// the names of public bodies: "Justice Adaeze Nwosu" is a judge, "Justice
// Department" a department.
var judicialTitles = fixedSet(map[string]bool{"justice": true, "judge": true})

// bodyWords end the names of bodies that open with a judicial title and
// are no institution heads: "Justice Party", "Justice Select Committee".
var bodyWords = fixedSet(map[string]bool{
	"party": true, "league": true, "committee": true, "court": true, "courts": true, "school": true,
	"system": true, "centre": true, "center": true, "campaign": true, "alliance": true, "network": true,
	"project": true, "coalition": true, "fund": true, "programme": true, "program": true, "bill": true, "act": true,
})

// maxJudgeNameWords bounds the personal name after a judicial title.
const maxJudgeNameWords = 3

// titledJudges turns a mention of another type that holds a judicial title
// followed by a personal name into the person ("Justice Adaeze Nwosu"
// tagged an organisation, "Supreme Court Justice Amy Coney Barrett" tagged
// one mention); the words before the title stay a mention of their own
// when they are more than titles. The name must be capitalised words that
// are no institution's, company's or body's words, with at least one that
// is no title, so "Justice Department" and "Justice Minister" stay.
func titledJudges(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, sp := range dt.spans() {
		if sp.typ == model.TypePER {
			continue
		}
		parts := judgeParts(text, toks, tags, sp)
		if parts == nil {
			titledJudge(text, toks, tags, sp)
			continue
		}
		for _, part := range parts {
			titledJudge(text, toks, tags, part)
		}
	}
}

// judgeParts cuts a mention at "and" when every part holds a judicial
// title: "Lady Justice Okafor and Lord Justice Brennan" tagged one
// organisation is two judges, each part a mention of its own. It returns
// the parts, or nil when the mention stays whole.
func judgeParts(text string, toks []tok.Token, tags []int, sp span) []span {
	var parts []span
	from := sp.start
	for k := sp.start; k <= sp.end; k++ {
		if k < sp.end && !inSet(judgeLinks, tokText(text, toks, k)) {
			continue
		}
		part := span{from, k, sp.typ}
		if !holdsJudicialTitle(text, toks, part) {
			return nil
		}
		parts = append(parts, part)
		from = k + 1
	}
	if len(parts) < 2 {
		return nil
	}
	for _, part := range parts {
		if part.end < sp.end {
			setTag(tags, part.end, 0)
		}
		setTag(tags, part.start, model.BeginTag(sp.typ))
	}
	return parts
}

// judgeLinks join the judges of one bench in a single mention.
var judgeLinks = fixedSet(map[string]bool{"and": true, "&": true})

// holdsJudicialTitle reports whether a judicial title stands in sp before
// its last word.
func holdsJudicialTitle(text string, toks []tok.Token, sp span) bool {
	for k := sp.start; k < sp.end-1; k++ {
		if lowerIn(judicialTitles, tokText(text, toks, k)) {
			return true
		}
	}
	return false
}

// titledJudge turns the mention sp into the judge it names, if it names one.
func titledJudge(text string, toks []tok.Token, tags []int, sp span) {
	j := -1
	for k := sp.start; k < sp.end-1; k++ {
		if lowerIn(judicialTitles, tokText(text, toks, k)) {
			j = k
		}
	}
	if j < 0 || sp.end-j-1 > maxJudgeNameWords || !personalName(text, toks, j+1, sp.end) {
		return
	}
	if allTitles(text, toks, sp.start, j) {
		for k := sp.start; k < j; k++ {
			setTag(tags, k, 0)
		}
	}
	setTag(tags, j, 0)
	setTag(tags, j+1, model.BeginTag(model.TypePER))
	for k := j + 2; k < sp.end; k++ {
		setTag(tags, k, model.InsideTag(model.TypePER))
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

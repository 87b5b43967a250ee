package segment

import (
	"regexp"
	"strings"

	"newsbot/extract/doc"
)

// bioNouns are the trades a writer's closing note gives: "Helen Carvery is
// a music writer", "Tomas Verhoeven is the Valley Herald's environment
// correspondent".
var bioNouns = set(`writer author correspondent columnist journalist reporter editor critic contributor
	historian novelist broadcaster`)

// maxBioWords bounds a writer's closing note.
const maxBioWords = 30

// markAuthorBio marks a story's last paragraph when it is one sentence,
// perhaps followed by furniture ("Follow her on X @jdoe."), that tells who
// its writer is: a name, "is a", "is an" or "is the", and a
// writer's trade ("Helen Carvery is a music writer and the author of a
// biography of Tremaine."). Such a note describes the page, not the news.
// A sentence reporting speech or holding a quotation is kept.
func markAuthorBio(text string, out []doc.Sentence) {
	last := -1
	for i := 0; i < len(out); i = paraEnd(out, i) {
		if !allBoilerplate(out[i:paraEnd(out, i)]) {
			last = i
		}
	}
	if last < 0 || !allBoilerplate(out[last+1:paraEnd(out, last)]) {
		return
	}
	if isAuthorBio(text[out[last].Start:out[last].End]) || disclaimedBio(text, out[last:paraEnd(out, last)]) {
		out[last].Boilerplate = true
	}
}

// disclaimedBio reports whether the paragraph ps opens with a note of who
// the writer is, whatever their trade, that a column's disclaimer of its
// views closes: "Ann Roe is a former adviser to the treasury. The views
// expressed are her own."
func disclaimedBio(text string, ps []doc.Sentence) bool {
	if len(ps) < 2 {
		return false
	}
	closing := strings.TrimSpace(text[ps[len(ps)-1].Start:ps[len(ps)-1].End])
	if lw := lowerLine(strings.ToLower(closing)); !isColumnDisclaimer(closing, lw) {
		return false
	}
	s := strings.TrimSpace(text[ps[0].Start:ps[0].End])
	if wordCount(s) > maxBioWords || hasQuotation(s) {
		return false
	}
	name, rest, ok := strings.Cut(s, " is ")
	if !ok || !isPersonName(name) {
		return false
	}
	lower := strings.ToLower(rest)
	return (strings.HasPrefix(lower, "a ") || strings.HasPrefix(lower, "an ") || strings.HasPrefix(lower, "the ")) && !hasReportingVerb(lower)
}

// isAuthorBio reports whether s is a note of who a writer is.
func isAuthorBio(s string) bool {
	s = strings.TrimSpace(s)
	if wordCount(s) > maxBioWords || hasQuotation(s) {
		return false
	}
	if beatNote.MatchString(s) {
		return true
	}
	name, rest, ok := strings.Cut(s, " is ")
	if !ok || !isPersonName(name) {
		return false
	}
	if isOutletTrade(rest) {
		return true
	}
	words := strings.Fields(strings.ToLower(rest))
	if len(words) < 2 || words[0] != "a" && words[0] != "an" && words[0] != "the" || hasReportingVerb(strings.ToLower(rest)) {
		return false
	}
	for _, w := range words[1:] {
		w = strings.TrimFunc(w, isEdgePunct)
		if bioNouns[w] {
			return true
		}
		if w == "who" || w == "that" || w == "and" {
			return false
		}
	}
	return false
}

// beatNote is a writer's closing note on the beat they cover for their
// outlet: "Ms Hale covers energy policy for the Coastal Times.", "Tom
// Reyes writes about housing for Metro Weekly."
var beatNote = regexp.MustCompile(`^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:covers|writes\s+about|writes\s+on|reports\s+on)\s+[a-z][a-z ,&'’-]{2,60}\s+for\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.&-]*\s*){1,5}\.?$`)

// isOutletTrade reports whether rest (what follows "is" in a closing
// note) names the writer's trade at an outlet by its possessive: "the
// Valley Herald's environment correspondent" is read by isAuthorBio,
// "Metro Weekly's housing correspondent" here.
func isOutletTrade(rest string) bool {
	words := strings.Fields(strings.TrimRight(rest, ". "))
	if len(words) < 2 || len(words) > 8 || !isCapitalWord(words[0]) {
		return false
	}
	for i, w := range words {
		if !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") {
			if !isCapitalWord(w) {
				return false
			}
			continue
		}
		for _, v := range words[i+1:] {
			if bioNouns[strings.ToLower(strings.TrimFunc(v, isEdgePunct))] {
				return true
			}
		}
		return false
	}
	return false
}

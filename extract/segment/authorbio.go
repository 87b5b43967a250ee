package segment

import (
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

// markAuthorBio marks a story's last paragraph when it is one sentence
// that tells who its writer is: a name, "is a", "is an" or "is the", and a
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
	if last < 0 || paraEnd(out, last) != last+1 {
		return
	}
	if isAuthorBio(text[out[last].Start:out[last].End]) {
		out[last].Boilerplate = true
	}
}

// isAuthorBio reports whether s is a note of who a writer is.
func isAuthorBio(s string) bool {
	s = strings.TrimSpace(s)
	if wordCount(s) > maxBioWords || hasQuotation(s) {
		return false
	}
	name, rest, ok := strings.Cut(s, " is ")
	if !ok || !isPersonName(name) {
		return false
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

package events

import (
	"strings"

	"newsbot/extract/doc"
)

// objectPronouns stand for a person as the object of a clause.
var objectPronouns = map[string]bool{"him": true, "her": true}

// withWhenObject adds to names, the participants of a "when" clause sum
// cut from the end of sentence s that names no one, the person the
// sentence's pronoun subject stands for when the clause speaks of them
// as its object: in "He continued to tour until 2019, when a stroke
// forced him to stop" the stroke is his.
func withWhenObject(p pronouns, s doc.Sentence, sum doc.Span, names []string) []string {
	if len(names) > 0 || sum.Start <= s.Start || sum.End > len(p.text) {
		return names
	}
	head := strings.TrimRight(p.text[s.Start:sum.Start], " ")
	if !strings.HasSuffix(strings.ToLower(head), ", when") && !strings.HasSuffix(strings.ToLower(head), "when") {
		return names
	}
	pron := ""
	for _, w := range strings.Fields(strings.ToLower(p.text[sum.Start:sum.End])) {
		if w = strings.Trim(w, ".,;:!?\"'"); objectPronouns[w] {
			pron = w
			break
		}
	}
	if pron == "" {
		return names
	}
	subj := withPronounSubject(p, s, doc.Span{Start: s.Start, End: sum.Start}, nil)
	if len(subj) != 1 || len(fitting(pron, subj)) != 1 {
		return names
	}
	return subj
}

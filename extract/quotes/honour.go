package quotes

import "newsbot/extract/doc"

// judgeAddress reports whether a subject is the style a court report
// gives a judge in place of the name: "Her Honour said", "His Honor told
// the jury".
func judgeAddress(words []token) bool {
	return len(words) == 2 && words[0].is("her", "his") && words[1].is("honour", "honor")
}

// resolveJudgeAddress gives "Her Honour" or "His Honour" to the one person
// the article has called a judge before it, when the name does not clash
// with the pronoun's sex; with no judge or several it stays unresolved.
func (a *analysis) resolveJudgeAddress(e *event, possessive string) *event {
	e.kind = evPerson
	key := ""
	for _, d := range a.descs {
		if d.pos >= e.pos || !describedAs(d.words, "judge") || notHolder(d.words) {
			continue
		}
		switch {
		case key == "":
			key = d.key
		case oneLine(key) != oneLine(d.key):
			return e
		}
	}
	pron := map[string]string{"her": "she", "his": "he"}[possessive]
	if key == "" || a.clashes(pron, oneLine(key)) {
		return e
	}
	e.name, e.typ, e.resolved = oneLine(key), doc.Person, true
	return e
}

package quotes

import (
	"slices"
	"strings"

	"newsbot/extract/doc"
)

// A performer or writer is often called by what they do right after being
// named: in `Dana Holt said the tour was long. "I loved it," the singer
// said.` the singer is Holt. These nouns are no title the article gives
// anyone else, and the person they point back to is the subject of the
// sentence before (see resolvePreviousSubject).

// epithetNouns are callings a news story uses as an epithet for the
// person just named.
var epithetNouns = wordSet(`
actor actress singer songwriter musician rapper comedian dancer
novelist poet playwright screenwriter filmmaker painter sculptor
athlete sprinter swimmer cyclist golfer boxer skier
`)

// resolveEpithet resolves "the" and a calling ("the actor", "the veteran
// singer") to the person the sentence right before is about, on the terms
// of resolvePreviousSubject. "The actress" is never a man. A titled
// calling ("the detective") may also reach back across paragraphs to the
// one person the article titled so (see resolveSoleTitled).
func (a *analysis) resolveEpithet(e *event, words []token) *event {
	head := words[len(words)-1].low
	titles, titled := titledEpithets[head]
	if len(words) < 2 || words[0].low != "the" || !epithetNouns[head] && !titled {
		return e
	}
	saved := *e
	r := a.resolvePreviousSubject(e, words)
	if r.resolved && head == "actress" && a.personSex(r.name) == genderMale {
		*e = saved
	}
	if r.resolved && titled && !a.titledAs(r.name, titles) {
		*e = saved
	}
	if !e.resolved && titled {
		return a.resolveSoleTitled(e, words)
	}
	return e
}

// titledEpithets are callings that point back only to a person the article
// gave the title they come from: "the detective" is the "Detective
// Inspector" or "Det Sgt" just named, never a mayor or a witness.
var titledEpithets = map[string][]string{
	"detective": {"detective", "det", "det."},
}

// titledAs reports whether a mention of the person name, or of a name with
// the same surname, stands right after one of the title words (lower case)
// within its two words before.
func (a *analysis) titledAs(name string, titles []string) bool {
	for _, m := range a.ments {
		if m.Type != doc.Person || finalWord(oneLine(m.Name())) != finalWord(name) {
			continue
		}
		before := strings.Fields(strings.ToLower(a.text[max(0, m.Start-24):m.Start]))
		for i := max(0, len(before)-2); i < len(before); i++ {
			if slices.Contains(titles, before[i]) {
				return true
			}
		}
	}
	return false
}

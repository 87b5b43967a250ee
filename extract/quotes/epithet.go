package quotes

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
// of resolvePreviousSubject. "The actress" is never a man.
func (a *analysis) resolveEpithet(e *event, words []token) *event {
	head := words[len(words)-1].low
	if len(words) < 2 || words[0].low != "the" || !epithetNouns[head] {
		return e
	}
	saved := *e
	r := a.resolvePreviousSubject(e, words)
	if r.resolved && head == "actress" && a.personSex(r.name) == genderMale {
		*e = saved
	}
	return e
}

package quotes

import "strings"

// unnamedBefore reports whether a definite description with the noun head
// ("the diplomat") points back to someone the article brought in unnamed
// by the same noun, as the subject of an earlier report within a
// pronoun's reach: "A Morvanian diplomat involved in the talks, speaking
// on condition of anonymity, said ... "...," the diplomat said." The
// description is then that unnamed source, not a named person the noun
// could also fit, unless the article has named someone by the noun
// since.
func (a *analysis) unnamedBefore(e *event, head string) bool {
	evs := a.eventsIn(0, e.pos)
	for i := len(evs) - 1; i >= 0; i-- {
		c := evs[i]
		if c.para < e.para-maxParaBack {
			return false
		}
		if c.resolved || c.kind != evPerson {
			continue
		}
		if introducesNoun(a.text[c.span.Start:c.span.End], head) {
			return !a.describedBetween(c.pos, e.pos, head)
		}
	}
	return false
}

// describedBetween reports whether the article names someone by the noun
// between lo and hi, after bringing them in unnamed: in "A spokesman for
// the group said ... William Palmer, the group's spokesman, said" the
// spokesman is named. A style of the role's holders names them too: after
// "A judge dismissed the case", "Justice Ana Reyes" is the judge.
func (a *analysis) describedBetween(lo, hi int, noun string) bool {
	n := normWord(noun)
	for _, d := range a.descs {
		if d.pos > lo && d.pos < hi && (containsWord(d.words, n) || holds(d.heads, n) || describedAs(d.words, n)) {
			return true
		}
	}
	return false
}

// introducesNoun reports whether a subject phrase opens with an
// indefinite article or determiner and has noun among the words before
// any that ends a noun phrase: "A Morvanian diplomat involved" has
// "diplomat".
func introducesNoun(phrase, noun string) bool {
	words := strings.Fields(strings.ToLower(phrase))
	if len(words) < 2 || !indefinites[words[0]] {
		return false
	}
	for _, w := range words[1:] {
		w = strings.Trim(w, ",;:()")
		if npStops[w] {
			return false
		}
		if w == noun || normWord(w) == normWord(noun) {
			return true
		}
	}
	return false
}

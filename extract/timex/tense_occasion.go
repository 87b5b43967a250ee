package timex

// occasionModals put the verb after them ahead: what one may, might,
// could or should do at an occasion is still to come.
var occasionModals = map[string]bool{
	"may": true, "might": true, "could": true, "should": true, "will": true, "shall": true,
}

// occasionPreps are the words before a possessive weekday that make it
// the occasion a verb takes part in: "play in Saturday's final", "start
// for Sunday's game".
var occasionPreps = map[string]bool{"in": true, "at": true, "for": true, "during": true}

// modalOccasion reports whether a possessive weekday after "in", "at",
// "for" or "during" names the occasion a modal verb a few words before
// looks ahead to: "he may feature from the bench in Saturday's tie",
// "could start in Sunday's final". A perfect ("may have played in") or
// a past word between looks back.
func modalOccasion(m *match) bool {
	if !m.has("poss") || !occasionPreps[m.prevWord()] {
		return false
	}
	ws := leadWords(m)
	for k := len(ws) - 2; k >= 0 && len(ws)-k <= maxUrgedWords; k-- {
		w := ws[k].text
		if occasionModals[w] || len(w) > 3 && w[len(w)-3:] == "'ll" {
			next := ws[k+1].text
			return next != "have" && next != "been" && next != "n't"
		}
		if markerOf(w) == past || clauseBreaks[w] {
			return false
		}
	}
	return false
}

// aheadOfPhrases are the words before a possessive weekday that name an
// occasion something is done in preparation for: "ahead of Saturday's
// trip", "in the run-up to Sunday's vote".
var aheadOfPhrases = [][]string{{"ahead", "of"}, {"run", "up", "to"}, {"build", "up", "to"}, {"preparation", "for"}, {"preparations", "for"}}

// aheadOfOccasion reports whether a possessive weekday follows one of
// aheadOfPhrases. What is done ahead of an occasion is told near it: a
// report speaks of it in the days around it, so the nearest such day
// is meant ("Speaking ahead of Saturday's trip" in a Friday paper is
// the coming Saturday; "arrested ahead of Saturday's derby" in a Monday
// paper the one just gone).
func aheadOfOccasion(m *match) bool {
	if !m.has("poss") {
		return false
	}
	ws := leadWords(m)
	for _, p := range aheadOfPhrases {
		if len(ws) < len(p) {
			continue
		}
		tail := ws[len(ws)-len(p):]
		same := true
		for i, w := range p {
			same = same && tail[i].text == w
		}
		if same {
			return true
		}
	}
	return false
}

// planNouns are the subjects of "the plan is that …", which puts what
// follows ahead: "The plan is that he flies in over the weekend".
var planNouns = map[string]bool{"plan": true, "idea": true, "intention": true, "hope": true, "aim": true, "expectation": true}

// maxPlanWords bounds how many words may stand between "the plan is"
// and the time expression it looks ahead to.
const maxPlanWords = 14

// plannedComplement reports whether the expression at byte offset start
// of s stands in the complement of "the plan is that", "the idea is to"
// or the like, with no past word between: what a plan is to do is still
// to come, though its verbs are in the present ("he flies in over the
// weekend and does the medical on Monday").
func plannedComplement(s string, start int) bool {
	ws := words(s[:start])
	lo := max(0, len(ws)-maxPlanWords-3)
	for k := len(ws) - 1; k >= lo+2; k-- {
		w := ws[k].text
		if (w == "that" || w == "to" || w == "for") && ws[k-1].text == "is" && planNouns[ws[k-2].text] {
			return k-2 == 0 || ws[k-3].text == "the" || ws[k-3].text == "our" || ws[k-3].text == "his" || ws[k-3].text == "their"
		}
		if markerOf(w) == past {
			return false
		}
	}
	return false
}

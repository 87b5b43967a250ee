package quotes

import (
	"strings"

	"newsbot/extract/doc"
	"newsbot/extract/internal/wordfilter"
)

// beForms mark a passive when a participle follows them.
var beForms = wordSet(`is are was were be been being`)

// relativesFilter and beFormsFilter stand before relatives and beForms in
// passiveAgent, which reads every window's words up to its verb: most
// words are turned away without a map lookup.
var relativesFilter, beFormsFilter = wordfilter.Of(relatives), wordfilter.Of(beForms)

// irregularParticiples are past participles without the -ed or -en ending.
var irregularParticiples = wordSet(`
made said told held put set led brought bought sought won struck read
heard felt met sent paid built lost kept left meant spent thought found
`)

// maxAgentGap bounds the words between a passive participle and its "by"
// ("was made on Capitol Hill earlier this week by").
const maxAgentGap = 8

// passiveAgent records the person named as the agent of a passive main
// clause ("A similar argument was made ... by Federal Reserve Board
// chairman Paul Volcker."). Such a person is as much the topic of the
// sentence as a subject is, and the "he said" that follows usually means
// them rather than a speaker named paragraphs before. A passive inside a
// relative clause, after a comma ("the plant, which was built by ...") or
// in reported speech ("X said hope was placed on the plan promised by Y")
// is a side remark and does not count.
func (a *analysis) passiveAgent(w *window) {
	toks := w.toks
	be := -1
	for i, t := range toks {
		if t.kind != tkWord || relativesFilter.MayHold(t.low) && relatives[t.low] || t.lemma() != "" && !t.upper {
			return // a passive reported by someone, or inside a clause
		}
		if beFormsFilter.MayHold(t.low) && beForms[t.low] {
			be = i
			break
		}
	}
	if be < 0 {
		return
	}
	v := a.skipForward(w, be+1)
	if v >= len(toks) || !participle(toks[v]) {
		return
	}
	for b := v + 1; b < len(toks) && b-v <= maxAgentGap; b++ {
		t := toks[b]
		if t.kind != tkWord || participle(t) {
			return // "placed on the program promised by": another verb's agent
		}
		if t.low != "by" {
			continue
		}
		p, ok := a.phraseFrom(w, b+1)
		if !ok || p.plural || p.ment < 0 || a.ments[p.ment].Type != doc.Person {
			if q, ok := a.appositiveName(w, p.to); ok && p.ment < 0 {
				p = q
			} else {
				return
			}
		}
		e := a.npEvent(w, p)
		e.topic = true
		a.addEvent(e)
		return
	}
}

// skipForward steps right over adverbs between "was" and its participle.
func (a *analysis) skipForward(w *window, j int) int {
	for j < len(w.toks) {
		t := w.toks[j]
		if t.kind != tkWord || !(t.is("also", "not", "never", "already", "then", "first", "later") || !t.upper && len(t.low) > 4 && strings.HasSuffix(t.low, "ly")) {
			return j
		}
		j++
	}
	return j
}

// participle reports whether a word is a past participle.
func participle(t token) bool {
	if t.kind != tkWord || t.upper || t.ment >= 0 {
		return false
	}
	return irregularParticiples[t.low] || len(t.low) > 3 && (strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "en"))
}

package quotes

import (
	"sort"

	"newsbot/extract/doc"
)

// writerPronouns open a sentence in which the writer speaks of themself.
var writerPronouns = wordSet(`i we`)

// writerAddressed returns the person a pronoun stands for when the
// sentence before it, in its paragraph, is the writer's own and names that
// one person: in "I put this to Priya Hale, an economist. "…," she told
// me." she is the one the writer asked, not a speaker further back.
// Nobody else may be named or reported speaking between that person and
// the pronoun.
func (a *analysis) writerAddressed(e *event, pron string) (doc.Mention, bool) {
	want := pronounGender(pron)
	wi := sort.Search(len(a.wins), func(i int) bool { return a.wins[i].end > e.pos })
	if want == genderUnknown || wi == 0 || wi >= len(a.wins) || a.wins[wi-1].para != a.wins[wi].para {
		return doc.Mention{}, false
	}
	prev := &a.wins[wi-1]
	if prev.firstWord >= len(prev.toks) || !writerPronouns[prev.toks[prev.firstWord].low] || prev.toks[prev.firstWord].ment >= 0 {
		return doc.Mention{}, false
	}
	var found doc.Mention
	ok := false
	for _, m := range a.ments {
		if m.Start < prev.start || m.Type != doc.Person || a.quoted(m.Span) {
			continue
		}
		if m.Start >= e.pos {
			break
		}
		if ok && oneLine(m.Name()) != oneLine(found.Name()) {
			return doc.Mention{}, false
		}
		found, ok = m, true
	}
	if !ok {
		return doc.Mention{}, false
	}
	for _, x := range a.eventsIn(prev.start, e.pos) {
		if x.name != oneLine(found.Name()) {
			return doc.Mention{}, false
		}
	}
	return found, true
}

// resolveWriterAddressed resolves a pronoun to the person the writer
// addressed in the sentence before it (see writerAddressed). When that
// person is known to be of the other sex, the pronoun is someone the
// article does not name, and it stays unresolved. It reports false when
// the writer addressed nobody there.
func (a *analysis) resolveWriterAddressed(e *event, pron string) (*event, bool) {
	m, ok := a.writerAddressed(e, pron)
	if !ok {
		return e, false
	}
	if a.personSex(m.Name()) == pronounGender(pron) {
		return a.mentionEvent(e, m), true
	}
	if a.personSex(m.Name()) == genderUnknown {
		return e, false
	}
	return e, true
}

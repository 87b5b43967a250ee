package quotes

import (
	"sort"
	"strings"

	"newsbot/extract/doc"
)

// gender is what a name or a pronoun says about a person's sex; most names
// say nothing.
type gender uint8

const (
	genderUnknown gender = iota
	genderMale
	genderFemale
)

// Given names whose bearers are overwhelmingly of one sex in news copy.
// Names used for both (Dana, Jean, Andrea, Kim, Robin, Jan, Simone) are
// left out on purpose: the table may only veto a resolution when it is
// sure, so a missing name costs nothing and a wrong one costs a quote.
var maleNames = wordSet(`
aaron abdullah adam adrian ahmed alan albert alexander alexei alfred ali
andrew andrei angelo anthony antonio anton arnold arthur benjamin bernard
bill bob boris brian bruce carl carlo carlos charles christopher colin
craig daniel david dennis dmitry donald douglas edward emmanuel eric ernst
francis francisco frank franz fred friedrich gary george gerald gerhard
giuseppe gordon graham gregory hans harold harry helmut henry herbert
howard hugh ian ivan jack jacques james jeffrey jeremy jerry jim joe johann
john jonathan jose joseph juan karl keith kenneth kevin klaus larry lawrence
leonid luis marco mark martin matthew michael mikhail mohammed muhammad
nicholas nigel norman olaf oleg pablo patrick paul pedro peter philip
pierre ralph raymond recep richard robert roger ronald sergei sergey stephen
steven thomas timothy tony vladimir walter wolfgang william yuri
`)

var femaleNames = wordSet(`
alice amy angela angelina ann anna anne annalena barbara betty carol
caroline catherine christine claire claudia diana dorothy elena elizabeth
ellen emily emma eva helen helga ingrid irene jacqueline jane janet jennifer
joan joanna judith julia julie karen katherine kathleen laura linda lisa
margaret margarethe maria marie marine martha mary melissa michelle monica
nancy natalia olga patricia rachel rebecca ruth sarah sophie susan svetlana
teresa ursula valentina victoria yulia
`)

// Honorifics and nouns that fix a person's sex when a name opens with them
// or a description ends in them.
var maleWords = wordSet(`mr mr. sir lord king prince sheikh emir chairman spokesman`)
var femaleWords = wordSet(`mrs mrs. ms ms. miss madam lady dame queen princess chairwoman spokeswoman`)

// nameGender reads a person's sex from the first word of their name.
func nameGender(name string) gender {
	f := strings.Fields(strings.ToLower(name))
	if len(f) < 2 {
		return genderUnknown // a surname alone says nothing
	}
	first := strings.TrimSuffix(f[0], ".")
	switch {
	case maleNames[first] || maleWords[first] || maleWords[f[0]]:
		return genderMale
	case femaleNames[first] || femaleWords[first] || femaleWords[f[0]]:
		return genderFemale
	}
	return genderUnknown
}

// pronounGender is the sex a personal pronoun refers to.
func pronounGender(pron string) gender {
	switch pron {
	case "he":
		return genderMale
	case "she":
		return genderFemale
	}
	return genderUnknown
}

// clashes reports whether a pronoun cannot stand for the named person:
// both sexes are known and differ.
func clashes(pron, name string) bool {
	p, n := pronounGender(pron), nameGender(name)
	return p != genderUnknown && n != genderUnknown && p != n
}

// afterClash resolves a pronoun whose nearest speaker is of the other sex
// ("Margaret Thatcher ... He told"). The pronoun then stands for the one
// other person named in its sentence or the sentence before, if their name
// fits it; with nobody else named there, the writer can only mean the
// speaker they just named, and slipped on the pronoun. Anything else stays
// unresolved: a guess between people is worse than no speaker.
func (a *analysis) afterClash(e, c *event, pron string) *event {
	named := false
	seen := map[string]bool{}
	var others []doc.Mention
	for _, m := range a.localPeople(e.pos) {
		key := oneLine(mentionKey(m))
		switch {
		case key == c.name:
			named = true
		case !seen[key]:
			seen[key] = true
			others = append(others, m)
		}
	}
	switch {
	case len(others) == 1 && nameGender(mentionKey(others[0])) == pronounGender(pron):
		return a.mentionEvent(e, others[0])
	case len(others) == 0 && named:
		e.name, e.typ, e.resolved = c.name, c.typ, true
	case !named && noneFits(others, pron):
		// Nobody named nearby can be meant: the last person named
		// before, if the pronoun fits them and nobody whose sex is
		// unknown came between ("Ellison-Hart left school at 15 ...
		// Her son, Peter Hart, said ... \"I wrote ...,\" she told an
		// interviewer").
		if m, ok := a.lastFitting(e.pos, c.name, pron); ok {
			return a.mentionEvent(e, m)
		}
	}
	return e
}

// noneFits reports whether every one of people is known to be of the
// other sex than the pronoun.
func noneFits(people []doc.Mention, pron string) bool {
	for _, m := range people {
		if g := nameGender(mentionKey(m)); g == genderUnknown || g == pronounGender(pron) {
			return false
		}
	}
	return true
}

// lookBack bounds how far back lastFitting looks for the person a
// pronoun stands for.
const lookBack = 1500

// lastFitting returns the last person named before pos, within lookBack
// bytes and other than the speaker skip, whose name fits the pronoun. A
// person in between whose sex the name does not tell stops the search.
func (a *analysis) lastFitting(pos int, skip, pron string) (doc.Mention, bool) {
	want := pronounGender(pron)
	if want == genderUnknown {
		return doc.Mention{}, false
	}
	i := sort.Search(len(a.ments), func(i int) bool { return a.ments[i].Start >= pos })
	for i--; i >= 0 && a.ments[i].Start >= pos-lookBack; i-- {
		m := a.ments[i]
		if m.Type != doc.Person || oneLine(mentionKey(m)) == skip {
			continue
		}
		switch nameGender(mentionKey(m)) {
		case want:
			return m, true
		case genderUnknown:
			return doc.Mention{}, false
		}
	}
	return doc.Mention{}, false
}

// localPeople returns the people named, in order, in the sentence before
// pos and in pos's own sentence up to pos.
func (a *analysis) localPeople(pos int) []doc.Mention {
	wi := sort.Search(len(a.wins), func(i int) bool { return a.wins[i].end > pos })
	if wi >= len(a.wins) {
		return nil
	}
	lo := a.wins[wi].start
	if wi > 0 && a.wins[wi-1].para >= a.wins[wi].para-1 {
		lo = a.wins[wi-1].start
	}
	var out []doc.Mention
	for _, m := range a.ments {
		if m.Start >= lo && m.Start < pos && m.Type == doc.Person {
			out = append(out, m)
		}
	}
	return out
}

package quotes

import (
	"sort"

	"newsbot/extract/doc"
)

// topicEvent returns the subject of a sentence as its topic, the "he" or
// "it" that follows, whether or not it speaks: a person or organisation
// named there; a surname the tagger missed in this sentence of a person
// named in full before ("Burhan did not attend" after "army chief Abdel
// Fattah al-Burhan"); or the person whose thing the subject is
// ("Tsikhanouskaya's opening speech focused on ..."); or, unresolved, a
// name the tagger missed that the sentence shows to be a person (see
// unknownPersonTopic). It returns nil for any other subject.
func (a *analysis) topicEvent(w *window) *event {
	if e := a.existentialTopic(w); e != nil {
		return e
	}
	if e := a.labelTopic(w); e != nil {
		return e
	}
	p, ok := a.mainSubject(w)
	if !ok || p.plural || p.pron != "" || a.describesPerson(w, p) {
		return nil
	}
	var e *event
	switch r := a.roleAppositiveTopic(w, p); {
	case r != nil:
		e = r
	case p.ment >= 0 && (a.ments[p.ment].Type == doc.Person || a.ments[p.ment].Type == doc.Org):
		e = a.npEvent(w, p)
	case p.ment < 0 && a.possessorTopic(w, p.from):
		m := a.ments[w.toks[p.from].ment]
		e = a.mentionEvent(&event{pos: m.Start, para: w.para, span: m.Span, owner: true}, m)
	case p.ment < 0 && describedSubject(w.toks[p.from:p.to]) && a.newcomerBefore(w.toks[p.from].start):
		e = a.npEvent(w, p)
		e.kind = evPerson // resolved to a name, or someone a "he" after may mean
	case p.ment < 0 && p.to-p.from == 1 && w.toks[p.from].upper:
		m, found := a.mentionNamed(w.toks[p.from:p.to])
		if !found {
			e = a.unknownPersonTopic(w, p)
		} else if m.Type == doc.Person && m.Start < w.toks[p.from].start {
			e = a.npEvent(w, p)
		}
		if e == nil {
			return nil
		}
	case p.ment < 0:
		if e = a.unknownPersonTopic(w, p); e == nil {
			return nil
		}
	default:
		return nil
	}
	e.topic = true
	return e
}

// existentialTopic returns the person a sentence brings in with "there
// is" as its topic: "Then there is Zofia Grabowska, the party leader.
// … she told me" is her.
func (a *analysis) existentialTopic(w *window) *event {
	toks := w.toks
	k := 0
	for k < len(toks) && toks[k].kind == tkWord && existentialOpeners[toks[k].low] {
		k++
	}
	if k+2 >= len(toks) || toks[k].low != "there" || !existentialVerbs[toks[k+1].low] {
		return nil
	}
	j := k + 2
	if toks[j].low == "also" {
		j++
	}
	if j >= len(toks) || toks[j].ment < 0 || a.ments[toks[j].ment].Type != doc.Person {
		return nil
	}
	m := a.ments[toks[j].ment]
	e := a.mentionEvent(&event{pos: m.Start, para: w.para, span: m.Span}, m)
	e.topic = true
	return e
}

// existentialOpeners may come before "there is"; existentialVerbs are the
// "is" of it.
var (
	existentialOpeners = map[string]bool{"then": true, "and": true, "but": true, "now": true, "finally": true, "also": true}
	existentialVerbs   = map[string]bool{"is": true, "was": true, "remains": true, "remained": true}
)

// possessorTopic reports whether the subject starting at token j is a
// thing of a person named in the possessive ("Tsikhanouskaya's opening
// speech"): the person, not the thing, is who a pronoun after it means.
// A possessed person or body ("Putin's spokesman", "Smith's lawyer",
// "Merz's government") speaks for itself, so it is no such subject.
func (a *analysis) possessorTopic(w *window, j int) bool {
	toks := w.toks
	m := toks[j].ment
	if m < 0 || a.ments[m].Type != doc.Person {
		return false
	}
	for j+1 < len(toks) && toks[j+1].ment == m {
		j++
	}
	if !possessive(toks[j].low) {
		return false
	}
	k := j + 1
	for ; k < len(toks) && toks[k].kind == tkWord && toks[k].ment < 0 && !npStops[toks[k].low] && !toks[k].upper; k++ {
		if speaksForItself(toks[k].low) {
			return false
		}
	}
	return k > j+1
}

// speaksForItself reports whether a noun is a person or body who can say
// something of their own: a role, a proxy, a group or an organisation.
func speaksForItself(noun string) bool {
	return roleNouns[noun] || proxyNouns[noun] || personNouns[noun] || bodyVoices[noun] ||
		groupNouns[noun] || isOrgNoun(noun) || personish(noun)
}

// describedSubject reports whether a subject calls a person by what they
// are ("The captain had his ankle strapped", "The striker was booked"): a
// definite article, words in lower case and a noun for a person. Such a
// person may be the "he" that follows as well as anyone named before.
func describedSubject(words []token) bool {
	if len(words) < 2 || words[0].low != "the" {
		return false
	}
	for _, t := range words[1:] {
		if t.kind != tkWord || t.upper || t.ment >= 0 {
			return false
		}
	}
	head := words[len(words)-1].low
	return roleNouns[head] || teamRoles[head] || personNouns[head] || describedPeople[head] || proxyNouns[head]
}

// newcomerBefore reports whether a person is named before pos, outside
// any quote, after the last person the article reported speaking or made
// a sentence's subject: in "I spoke to Jo Bloggs after the game. The
// captain was limping" the captain may be Bloggs as well as whoever spoke
// before, so a description there is someone a "he" after may mean.
func (a *analysis) newcomerBefore(pos int) bool {
	from, last := 0, ""
	i := sort.Search(len(a.events), func(i int) bool { return a.events[i].pos >= pos })
	for i--; i >= 0; i-- {
		if c := a.events[i]; c.kind == evPerson {
			from, last = c.span.End, c.name
			if !c.resolved {
				return false
			}
			break
		}
	}
	k := sort.Search(len(a.ments), func(k int) bool { return a.ments[k].Start >= from })
	for ; k < len(a.ments) && a.ments[k].Start < pos; k++ {
		if m := a.ments[k]; m.Type == doc.Person && oneLine(m.Name()) != last && !a.quoted(m.Span) {
			return true
		}
	}
	return false
}

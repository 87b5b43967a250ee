package quotes

import (
	"strings"

	"newsbot/extract/doc"
)

// phraseFrom reads a noun phrase that starts at token j: the subject after
// an inverted verb ("said Perrin Long of Lipper Analytical", "according to
// Kremlin aide Yuri Ushakov") or at the start of a sentence ("Japanese
// Finance Minister Kiichi Miyazawa opened ...").
func (a *analysis) phraseFrom(w *window, j int) (np, bool) {
	toks := w.toks
	for j < len(toks) && toks[j].kind == tkPunct && toks[j].low == "," {
		j++
	}
	if j >= len(toks) || toks[j].kind != tkWord {
		return np{}, false
	}
	t := toks[j]
	if personPronouns[t.low] || orgPronouns[t.low] || pluralPronouns[t.low] {
		return np{from: j, to: j + 1, ment: -1, pron: t.low}, true
	}
	// The longest run of words that may belong to one phrase.
	e := j
	for e < len(toks) && e-j < 8 {
		u := toks[e]
		if u.low == "and" && e > j && a.conjoinedRelations(toks, e) {
			e++
			continue
		}
		if e > j && joiningDash(toks, e) {
			e++
			continue
		}
		if u.kind != tkWord || (npStopsFilter.MayHold(u.low) && npStops[u.low] && u.ment < 0) {
			break
		}
		if u.lemma() != "" && !u.upper && u.ment < 0 && e > j {
			break
		}
		e++
	}
	if e == j {
		return np{}, false
	}
	p := np{from: j, to: e, ment: -1}
	switch m, end := a.headMention(toks, j, e); {
	case m >= 0:
		p.to, p.ment = end, m
		if s := mentionStart(toks, end-1); s > j {
			p.from = s
		}
	default:
		// "The head of the Merchant Marine Authority, Murilo Rubens
		// Habbema, was quoted": a name in apposition to a common phrase.
		if q, ok := a.appositiveName(w, e); ok {
			return q, true
		}
		// A capitalised phrase the tagger missed ends where the capitals
		// do: "Fitzwater shrugged off ...".
		if toks[j].upper && !determiners[toks[j].low] {
			k := j + 1
			for k < e && toks[k].upper {
				k++
			}
			p.to = k
		}
	}
	if p.to+1 < len(toks) && toks[p.to].is("and", "&", "or") && toks[p.to+1].kind == tkWord {
		p.plural = true
	}
	return p, true
}

// headMention picks the name a run of words [j, e) is about: the last
// person named in it ("Kremlin spokesman Dmitry Peskov"), else a leading
// name that the run does not go on to qualify ("the Kremlin"). It returns
// the mention and the token after it, or -1.
func (a *analysis) headMention(toks []token, j, e int) (int, int) {
	for k := e - 1; k >= j; k-- {
		m := toks[k].ment
		if m >= 0 && a.ments[m].Type == doc.Person && !possessive(toks[k].low) {
			s := mentionStart(toks, k)
			if s <= j || (titleish(toks[j:s]) || relationTitle(toks[j:s])) && !a.namesPerson(toks[j:s]) && !verbBeforeObject(toks[j:s]) {
				return m, k + 1
			}
			k = s
		}
	}
	k := j
	for k < e && (determiners[toks[k].low] || toks[k].ment < 0 && !toks[k].upper && idleModifiers[toks[k].low]) {
		k++
	}
	if k < e && toks[k].ment >= 0 {
		m := toks[k].ment
		end := k
		for end < e && toks[end].ment == m {
			end++
		}
		if !possessive(toks[end-1].low) && (end == e || !toks[end].upper && !roleNouns[toks[end].low] && !orgNouns[toks[end].low]) {
			return m, end
		}
	}
	return -1, 0
}

// verbBeforeObject reports whether the words before a name are a name
// in capitals and a verb in -ed or -s, which make the name an object, not
// a title's holder: in "Hurst praised Reyes" (the tagger missing Hurst)
// the subject is Hurst, while "Kremlin spokesman Peskov" and "the
// embattled Peskov" stay titles.
func verbBeforeObject(toks []token) bool {
	n := len(toks)
	if n < 2 || !toks[0].upper || determiners[toks[0].low] || toks[n-1].upper || toks[n-1].kind != tkWord {
		return false
	}
	v := toks[n-1].low
	if roleNouns[v] || len(v) < 5 {
		return false
	}
	for _, t := range toks[:n-1] {
		if t.kind != tkWord || !t.upper {
			return false
		}
	}
	return strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss")
}

// namesPerson reports whether tokens, the words before a name, name a
// person other than as a possessive: "Ivan Petrov dropped striker" is no
// title before a name, "Putin's spokesman" is. A one-word name right
// before a role noun qualifies the role ("Villa manager Unai Emery", the
// club taken for a person): the name after the role is the person.
func (a *analysis) namesPerson(toks []token) bool {
	for i, t := range toks {
		if t.ment < 0 || a.ments[t.ment].Type != doc.Person || i+1 < len(toks) && toks[i+1].ment == t.ment || possessive(t.low) {
			continue
		}
		oneWord := i == 0 || toks[i-1].ment != t.ment
		if oneWord && i+1 < len(toks) && titleNoun(toks[i+1]) {
			continue
		}
		return true
	}
	return false
}

// titleNoun reports whether a token is a role noun written as part of a
// title ("manager", "Coach"), not a name of its own.
func titleNoun(t token) bool {
	w := strings.TrimSuffix(t.low, ".")
	return t.kind == tkWord && t.ment < 0 && (roleNouns[w] || teamRoles[w])
}

// appositiveName finds ", NAME," after a common phrase ending at e,
// allowing a short qualifying phrase ("of the Merchant Marine Authority")
// in between.
func (a *analysis) appositiveName(w *window, e int) (np, bool) {
	toks := w.toks
	k := e
	if k < len(toks) && toks[k].is("of", "for", "at") {
		for k < len(toks) && toks[k].kind == tkWord && k-e < 10 {
			k++
		}
	}
	if k+1 >= len(toks) || toks[k].low != "," {
		return np{}, false
	}
	from := skipNameTitles(toks, k+1)
	m := toks[from].ment
	if m < 0 || a.ments[m].Type != doc.Person {
		return np{}, false
	}
	end := from
	for end < len(toks) && toks[end].ment == m {
		end++
	}
	if end < len(toks) && !toks[end].is(",", ".", ";") && toks[end].kind != tkQuote {
		return np{}, false
	}
	return np{from: from, to: end, ment: m}, true
}

// skipNameTitles steps over up to three capitalised titles the tagger left
// out of the name that follows them ("Professor David Okoro", "Sister Mary
// Byrne", "Mr. Tom Brand") and returns where the name begins.
func skipNameTitles(toks []token, j int) int {
	k := j
	for k < len(toks)-1 && k-j < 3 && isNameTitle(toks[k]) {
		k++
	}
	return k
}

// isNameTitle reports whether a token is a capitalised title or role
// written before a name.
func isNameTitle(t token) bool {
	if t.kind != tkWord || t.ment >= 0 || !t.upper {
		return false
	}
	w := strings.TrimSuffix(t.low, ".")
	return personTitles[w] || nameTitles[w] || roleNouns[w]
}

// conjoinedRelations reports whether the "and" at token k joins two nouns
// that both describe the one person named right after them: "his friend
// and colleague Gary Lamb", "her teammate and captain Ann Holt". Both
// nouns are in lower case and name a person or a relation to one, and the
// second is followed at once by a person's name.
func (a *analysis) conjoinedRelations(toks []token, k int) bool {
	if k < 1 || k+2 >= len(toks) {
		return false
	}
	x, y, n := toks[k-1], toks[k+1], toks[k+2]
	for _, t := range []token{x, y} {
		if t.kind != tkWord || t.upper || t.ment >= 0 || !relationNoun(t.low) {
			return false
		}
	}
	return n.ment >= 0 && a.ments[n.ment].Type == doc.Person
}

// relationNoun reports whether a noun in the singular names someone by a
// role, a tie or a relation to another: "colleague", "captain", "wife".
func relationNoun(w string) bool {
	return roleNouns[w] || teamRoles[w] || personNouns[w] || describedPeople[w] || sexNouns[w] != genderUnknown ||
		proxyNouns[w] && !strings.HasSuffix(w, "s")
}

// relationTitle reports whether tokens are a title before a name made of
// two relation nouns joined by "and" ("his friend and colleague"): the
// "and" then joins two descriptions of the one person, not two people.
func relationTitle(toks []token) bool {
	k := -1
	for i, t := range toks {
		if t.low == "and" && t.ment < 0 {
			if k >= 0 {
				return false
			}
			k = i
		}
	}
	if k < 1 || k+1 >= len(toks) {
		return false
	}
	for _, t := range []token{toks[k-1], toks[k+1]} {
		if t.kind != tkWord || t.upper || t.ment >= 0 || !relationNoun(t.low) {
			return false
		}
	}
	rest := append(append([]token{}, toks[:k]...), toks[k+1:]...)
	return titleish(rest)
}

// joiningDash reports whether token k is a dash written without spaces
// between two capitalised words, joining them into one name: a team of
// two sponsors ("Rallo–Vesta sports director Ana Ruiz").
func joiningDash(toks []token, k int) bool {
	if k < 1 || k+1 >= len(toks) || toks[k].kind != tkPunct || !toks[k].is("-", "–", "‑") {
		return false
	}
	l, r := toks[k-1], toks[k+1]
	return l.kind == tkWord && r.kind == tkWord && l.upper && r.upper && l.end == toks[k].start && toks[k].end == r.start
}

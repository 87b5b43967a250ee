package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// publicationNouns introduce the name of a publication or news outlet.
var publicationNouns = wordSet(`magazine newspaper daily weekly journal paper tabloid broadcaster agency`)

// repairMention fixes the tagger's types where the words around a name
// show it wrong, before any attribution relies on them.
func repairMention(text string, m doc.Mention) []doc.Mention {
	return appendRepaired(nil, text, m)
}

// appendRepaired appends to out what repairMention returns for m.
func appendRepaired(out []doc.Mention, text string, m doc.Mention) []doc.Mention {
	if m.Type == doc.Person && afterPublicationNoun(text, m.Start) {
		// "the Kuwait magazine Al-Majalis" is an outlet: never a "he".
		m.Type = doc.Org
		return append(out, m)
	}
	if p, ok := titledPerson(text, m); ok {
		return append(out, p)
	}
	if p, ok := kinPerson(text, m); ok {
		return append(out, p)
	}
	if p, ok := agedPerson(text, m); ok {
		return append(out, p)
	}
	if ageClash(text, m) {
		// "Maren, 67," is not "Maren Holt, 34,".
		m.Canonical = oneLine(m.Text)
	}
	if m.Type == doc.Person && m.Canonical != "" && honorificClash(text, m) {
		// "Mrs Patel" is not her husband Raj Patel, whatever the
		// article's other Patel.
		m.Canonical = oneLine(m.Text)
	}
	return appendPersonBeforeAffiliation(out, text, m)
}

// personTitles open a person's name in running text and are no part of it.
var personTitles = wordSet(`
president chancellor senator cardinal archbishop bishop judge mayor governor
minister ambassador general colonel captain sir dame lord lady father sister
imam rabbi sheikh pope dr dr. prof prof. professor rev rev. hon hon.
`)

// titledPerson repairs a title and a name the tagger took together for an
// organisation or a place ("Cardinal Vincent Nichols", "Chancellor Ulrike
// Brandt"): with a well-known given name after the title, the mention is
// the person, without the title.
func titledPerson(text string, m doc.Mention) (doc.Mention, bool) {
	if m.Type == doc.Person || m.Type == "" {
		return m, false
	}
	s := text[m.Start:m.End]
	if sp := strings.IndexFunc(s, unicode.IsSpace); sp < 0 || !inSetLower(personTitles, s[:sp]) {
		return m, false // most mentions: no title, and nothing to split
	}
	f := strings.Fields(s)
	if len(f) < 3 || len(f) > 4 || nameGender(f[1]+" "+f[2]) == genderUnknown {
		return m, false
	}
	for _, w := range f[1:] {
		if !capitalised(w) {
			return m, false
		}
	}
	p := m
	p.Start = skipSpace(text, m.Start+fieldsEnd(s, 1), m.End)
	p.Text = text[p.Start:m.End]
	p.Type = doc.Person
	if m.Canonical == "" || oneLine(m.Canonical) == oneLine(s) {
		p.Canonical = oneLine(p.Text)
	}
	return p, true
}

// honorificClash reports whether the honorific right before a surname
// gives the other sex than the given name of the full name it was matched
// to ("Mrs Patel" read as "Raj Patel").
func honorificClash(text string, m doc.Mention) bool {
	j := m.Start
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '\n') {
		j--
	}
	k := j
	for k > 0 && (text[k-1] >= 'a' && text[k-1] <= 'z' || text[k-1] >= 'A' && text[k-1] <= 'Z' || text[k-1] == '.') {
		k--
	}
	if k == j || j == m.Start || strings.ContainsAny(m.Text, " \n") {
		return false
	}
	h := genderUnknown
	switch w := text[k:j]; {
	case inSetLower(maleWords, w):
		h = genderMale
	case inSetLower(femaleWords, w):
		h = genderFemale
	default:
		return false
	}
	g := nameGender(m.Canonical)
	return g != genderUnknown && h != g
}

// inSetLower reports whether w, lower-cased, is in set: a look-up that
// builds no string, as it runs for every mention.
func inSetLower(set map[string]bool, w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(w)])]
}

// afterPublicationNoun reports whether the word right before i is a
// publication noun.
func afterPublicationNoun(text string, i int) bool {
	j := i
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '\n') {
		j--
	}
	if j == i {
		return false
	}
	k := j
	for k > 0 && text[k-1] >= 'a' && text[k-1] <= 'z' {
		k--
	}
	return publicationNouns[text[k:j]]
}

// hasFields reports whether s holds at least n words as strings.Fields
// splits it, without splitting it. An ASCII byte is read as itself, a
// rune past ASCII decoded.
func hasFields(s string, n int) bool {
	inWord := false
	for i := 0; i < len(s); {
		var space bool
		if c := s[i]; c < utf8.RuneSelf {
			space = asciiSpace(c)
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if space {
			inWord = false
			continue
		}
		if !inWord {
			if n--; n <= 0 {
				return true
			}
			inWord = true
		}
	}
	return n <= 0
}

// personBeforeAffiliation repairs a name the tagger ran together with the
// speaker's employer and typed as the employer: "Jeffrey Leeds of Chemical
// Bank" tagged as an organisation is the person Jeffrey Leeds. Only a
// well-known given name followed by a capitalised surname and "of" or "at"
// qualifies, so that firms named after people ("Philip Morris") stay
// firms. The mention comes back as the person and the employer.
func personBeforeAffiliation(text string, m doc.Mention) []doc.Mention {
	return appendPersonBeforeAffiliation(nil, text, m)
}

// appendPersonBeforeAffiliation appends to out what
// personBeforeAffiliation returns for m.
func appendPersonBeforeAffiliation(out []doc.Mention, text string, m doc.Mention) []doc.Mention {
	if m.Type == doc.Person || m.Type == "" {
		return append(out, m)
	}
	s := text[m.Start:m.End]
	if !hasFields(s, 4) {
		return append(out, m)
	}
	f := strings.Fields(s)
	if len(f) < 4 || nameGender(f[0]+" "+f[1]) == genderUnknown || maleWords[strings.ToLower(f[0])] || femaleWords[strings.ToLower(f[0])] {
		return append(out, m)
	}
	cut := 2
	if len(f) >= 5 && capitalised(f[2]) && (f[3] == "of" || f[3] == "at") {
		cut = 3 // a middle name: "John Paul Smith of ..."
	}
	if !capitalised(f[cut-1]) || f[cut] != "of" && f[cut] != "at" {
		return append(out, m)
	}
	end := m.Start + fieldsEnd(s, cut)
	name := text[m.Start:end]
	person := m
	person.End = end
	person.Text = name
	person.Type = doc.Person
	if m.Canonical == "" || oneLine(m.Canonical) == oneLine(s) {
		person.Canonical = oneLine(name)
	}
	// The employer stays a name of its own, so that "Robert Lee of
	// Investment Management and Research Inc said" still reads as one
	// person and not as "Management and Research".
	org := m
	org.Start = m.Start + fieldsEnd(s, cut+1)
	org.Start = skipSpace(text, org.Start, m.End)
	org.Text = text[org.Start:m.End]
	org.Canonical = oneLine(org.Text)
	if org.Start >= m.End {
		return append(out, person)
	}
	return append(out, person, org)
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// fieldsEnd returns the byte offset in s where its nth space-separated
// field ends.
func fieldsEnd(s string, n int) int {
	in := false
	for i, r := range s {
		switch {
		case unicode.IsSpace(r) && in:
			in = false
			if n--; n == 0 {
				return i
			}
		case !unicode.IsSpace(r):
			in = true
		}
	}
	return len(s)
}

// bearer is the one person an article names with a given surname.
type bearer struct {
	key   string // the person's canonical name
	first int    // where the article first names them
	clash bool   // two people share the surname: it tells neither
}

// surnamesAsPeople repairs bare surnames the tagger typed as something
// other than a person ("Hull said she had ...", after "Australia's
// Jessica Hull" was named): when exactly one person named before bears the
// surname and the article tags the word as nothing else anywhere, the
// mention is that person. A firm or a place that shares a person's name
// ("Ford", "Jordan", "Hull City") is rarely named only once, and a name
// after "the" qualifies a noun rather than naming the person.
func surnamesAsPeople(text string, ments []doc.Mention) {
	bearers := map[string]*bearer{}
	for _, m := range ments {
		if m.Type != doc.Person {
			continue
		}
		last, ok := lastOfFields(m.Text)
		if !ok {
			continue // one word: no given name before a surname
		}
		key := m.Name()
		for _, surname := range surnameForms(last) {
			switch b := bearers[surname]; {
			case b == nil:
				bearers[surname] = &bearer{key: key, first: m.Start}
			case b.key != key:
				b.clash = true
			}
		}
	}
	if len(bearers) == 0 {
		return // no surname to repair a mention to
	}
	// others counts the words of the other mentions, of which only the
	// surnames are read.
	others := map[string]int{}
	for _, m := range ments {
		if m.Type == doc.Person {
			continue
		}
		for w := range strings.FieldsSeq(m.Text) {
			if bearers[w] != nil {
				others[w]++ // "Hull City" names the word as something else too
			}
		}
	}
	for i := range ments {
		m := &ments[i]
		b := bearers[m.Text]
		if b == nil || b.clash || b.first >= m.Start || m.Type == doc.Person || m.Type == "" || others[m.Text] != 1 {
			continue
		}
		if m.Canonical != "" && m.Canonical != m.Text || afterDeterminer(text, m.Start) {
			// Linked to a fuller name of its own ("Hull" for Hull City),
			// or a name that qualifies a noun ("the Koether group").
			continue
		}
		m.Type, m.Canonical = doc.Person, b.key
	}
}

// afterDeterminer reports whether the word right before i is an article
// or a demonstrative.
func afterDeterminer(text string, i int) bool {
	j := trimRightSpace(text, 0, i)
	k := j
	for k > 0 && isWordRune(prevRune(text, k, 0)) {
		_, w := utf8.DecodeLastRuneInString(text[:k])
		k -= w
	}
	w := strings.ToLower(text[k:j])
	return k < j && j < i && (determiners[w] || indefinites[w])
}

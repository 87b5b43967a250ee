package identity

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// addressable reports whether m is a span of text and, when its Text is
// set, that Text is the span: only such mentions are widened.
func addressable(text string, m doc.Mention) bool {
	return m.Start >= 0 && m.Start < m.End && m.End <= len(text) && (m.Text == "" || m.Text == text[m.Start:m.End])
}

// widened returns m over [start, end) of text, its Text kept in step.
func widened(text string, m doc.Mention, start, end int) doc.Mention {
	m.Start, m.End = start, end
	if m.Text != "" {
		m.Text = text[start:end]
	}
	return m
}

// withPronounSurname widens a person mention over a "He " right in front of
// it. He is a common Chinese surname ("Vice Premier He Lifeng") that
// taggers drop as the pronoun; but the pronoun is never directly followed
// by a name, so a capitalised name right after "He" is the rest of the
// name. The mention must address text (Text empty or equal to its span).
func withPronounSurname(text string, m doc.Mention) doc.Mention {
	const he = "He "
	s := m.Start
	if m.Type != doc.Person || s < len(he) || !addressable(text, m) || text[s-len(he):s] != he {
		return m
	}
	if r, _ := utf8.DecodeRuneInString(text[s:m.End]); !unicode.IsUpper(r) {
		return m
	}
	// "He" must be a word of its own, not the end of "She" or "THE".
	if p := s - len(he); p > 0 {
		if r, _ := utf8.DecodeLastRuneInString(text[:p]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return m
		}
	}
	return widened(text, m, s-len(he), m.End)
}

// arabicTail matches a surname the tagger left out after a person's name
// because it opens with an Arabic article or kinship word: "Muhammad
// al-Sayed", "Mohammed bin Abdulrahman Al-Thani", "Tamim bin Hamad Al
// Thani", "Khalid bin Salman", "Ahmed Abu Zaid".
var arabicTail = regexp.MustCompile(`^ (?:(?:al|Al|el|El|ad|ed|an|ar|as|ash|at|az)-|(?:al|Al|el|bin|ibn|bint|abu|abou) )\p{Lu}[\p{L}'’-]*`)

// mayOpenArabicTail reports whether s opens as arabicTail needs, a space
// and the first letter of one of its particles: most names are followed
// by nothing of the kind, and this spares them the regexp.
func mayOpenArabicTail(s string) bool {
	if len(s) < 2 || s[0] != ' ' || strings.IndexByte("aAeEbi", s[1]) < 0 {
		return false
	}
	// The particle runs to the first hyphen or space, and a letter
	// follows: a capital, or a letter outside ASCII.
	k := strings.IndexAny(s[1:], " -") + 1
	if k <= 0 || k+1 >= len(s) || s[k+1] < utf8.RuneSelf && !isASCIIUpper(s[k+1]) {
		return false
	}
	if s[k] == '-' {
		return hyphenedArabicParticle(s[1:k])
	}
	return spacedArabicParticle(s[1:k])
}

// hyphenedArabicParticle reports the particles arabicTail takes before a
// hyphen.
func hyphenedArabicParticle(w string) bool {
	switch w {
	case "al", "Al", "el", "El", "ad", "ed", "an", "ar", "as", "ash", "at", "az":
		return true
	}
	return false
}

// spacedArabicParticle reports the particles arabicTail takes before a
// space.
func spacedArabicParticle(w string) bool {
	switch w {
	case "al", "Al", "el", "bin", "ibn", "bint", "abu", "abou":
		return true
	}
	return false
}

// withParticleSurname widens a person mention over such surnames, as many
// as follow one another ("Mohammed bin Abdulrahman Al-Thani" tagged as
// "Mohammed"). A patronymic makes a person of any name it follows: the
// tagger reads "Osama" in "Osama bin Laden" as an organisation.
func withParticleSurname(text string, m doc.Mention) doc.Mention {
	if !addressable(text, m) {
		return m
	}
	for k := 0; k < maxParticleSurnames && m.End < len(text); k++ {
		tail := text[m.End:min(len(text), m.End+64)]
		if !mayOpenArabicTail(tail) {
			break
		}
		loc := arabicTail.FindStringIndex(tail)
		if loc == nil {
			break
		}
		if m.Type != doc.Person {
			w, _, _ := strings.Cut(tail[1:], " ")
			if !patronymics[w] || strings.Contains(text[m.Start:m.End], " ") {
				break
			}
			m.Type = doc.Person
		}
		m = widened(text, m, m.Start, m.End+loc[1])
	}
	return m
}

// suffixTail matches a generational suffix the tagger left out after a
// person's name: "Robert Kennedy Jr.", "Martin Luther King, Jr.", "John
// Smith III".
var suffixTail = regexp.MustCompile(`^,? (?:Jr|Sr|Jnr|Snr)\.?|^ (?:II|III|IV)\b`)

// maySuffixTail reports whether s opens as every match of suffixTail
// does: a space, after a comma perhaps, and the J, S or I of a suffix.
func maySuffixTail(s string) bool {
	s = strings.TrimPrefix(s, ",")
	return len(s) >= 2 && s[0] == ' ' && (s[1] == 'J' || s[1] == 'S' || s[1] == 'I')
}

// withSuffixAfter widens a person mention over such a suffix, which tells
// a son from his father.
func withSuffixAfter(text string, m doc.Mention) doc.Mention {
	if m.Type != doc.Person || m.End >= len(text) || !addressable(text, m) {
		return m
	}
	tail := text[m.End:min(len(text), m.End+8)]
	if !maySuffixTail(tail) {
		return m
	}
	loc := suffixTail.FindStringIndex(tail)
	if loc == nil {
		return m
	}
	if end := m.End + loc[1]; end == len(text) || !isLetterAt(text, end) {
		return widened(text, m, m.Start, end)
	}
	return m
}

// isLetterAt reports whether a letter or digit starts at byte i of s.
func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// maxParticleSurnames bounds the surnames a name is widened over: a
// father's, a grandfather's and the family's.
const maxParticleSurnames = 3

// withPatronymicBefore widens a person mention over a patronymic right in
// front of it, which the tagger leaves out: "Governor bin Khalid" and a
// sentence's opening "Bin Khalid said" are "bin Khalid", the surname of
// "Ahmed bin Khalid", not someone called Khalid. A lower-case Arabic
// article is left out the same way: "al Thani's office" is "al Thani".
func withPatronymicBefore(text string, m doc.Mention) doc.Mention {
	if m.Type != doc.Person || m.Start == 0 || !addressable(text, m) {
		return m
	}
	ws, we := wordBefore(text, m.Start)
	if ws < 0 || we != m.Start-1 || text[we] != ' ' || !bareIn(patronymics, text[ws:we]) && !arabicArticleWords[text[ws:we]] {
		return m
	}
	return widened(text, m, ws, m.End)
}

// withGivenAfterTitle widens a person mention over one capitalised word
// between it and a title: "Mayor José Luis Martínez-Almeida" tagged as
// "Mayor" and "Luis Martínez-Almeida" lost "José", which sits after a
// title and before the rest of a name and so can only be part of it. The
// word must be in mixed case, not a title itself and not a date word.
func withGivenAfterTitle(text string, m doc.Mention) doc.Mention {
	if m.Type != doc.Person || m.Start == 0 || !addressable(text, m) {
		return m
	}
	ws, we := wordBefore(text, m.Start)
	if ws < 0 || we != m.Start-1 || text[we] != ' ' {
		return m
	}
	w := text[ws:we]
	if !isCapitalised(w) || allCaps(w) || isTitle(w) || bareIn(leadJunk, w) || bareIn(roleStops, w) || bareIn(determiners, w) {
		return m
	}
	if endsSentence(w) {
		// "at the Crown Court. Marchenko, who …": the word closes
		// the sentence before the name.
		return m
	}
	// The title must sit right before the word on the same line and not
	// end a sentence: "ruling then.\n The Reagan administration".
	ts, te := wordBefore(text, ws)
	if ts < 0 || te != ws-1 || text[te] != ' ' || !isTitle(text[ts:te]) || text[te-1] == '.' && !bareIn(honorifics, text[ts:te]) && len(text[ts:te]) > 4 {
		return m
	}
	if rankLinkAfter(text[ts:te], w) {
		return m // "Det Con Shore": a detective constable
	}
	return widened(text, m, ws, m.End)
}

// wordBefore returns the word that ends right before the white space in
// front of offset i: letters, digits and the apostrophes, hyphens and
// periods inside names; -1 when there is none.
func wordBefore(text string, i int) (int, int) {
	e := i
	for e > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	if e == i {
		return -1, -1
	}
	s := e
	for s > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:s])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) && r != '.' && r != '-' && r != '\'' && r != '’' {
			break
		}
		s -= n
	}
	if s == e {
		return -1, -1
	}
	return s, e
}

// displayForm picks the spelling shown for a name from the surfaces an
// article used for it: the most common, but a spelling in mixed case over
// one in capitals, which is a dateline or a headline ("KYIV —" above a
// story that writes "Kyiv").
func displayForm(surfaces *surfaceCounts) string {
	mixed := 0
	for _, x := range surfaces.list {
		if !allCaps(x.s) {
			mixed++
		}
	}
	if mixed > 0 && mixed < len(surfaces.list) {
		return mostCommonOf(surfaces, func(s string) bool { return !allCaps(s) })
	}
	return mostCommon(surfaces)
}

// allCaps reports whether s has at least two letters and none in lower
// case.
func allCaps(s string) bool {
	return doc.InCapitals(s, 2)
}

// firstTokenOwners indexes the article's full personal names by each of
// their tokens, for the one-word names surnameFirstOwner joins to them.
// Each token key maps to the distinct entities holding it.
func firstTokenOwners(full []*form, ents []*articleEntity) map[string][]*articleEntity {
	owners := map[string][]*articleEntity{}
	for _, f := range full {
		e := ents[f.entity]
		for i := range f.toks {
			k := f.tokenKeyAt(i)
			if k != "" && !containsEntity(owners[k], e) {
				owners[k] = append(owners[k], e)
			}
		}
	}
	return owners
}

// surnameFirstOwner returns the entity a one-word name joins: the only
// entity whose names hold that word at all, when one of its names of two
// or more words opens with it or, from three words on, has it second to
// last. That is the family name of a surname-first name ("Wang" of Wang
// Yi), a given name ("Alejandro" of Alejandro Ruiz de la Fuente, in a
// friend's quotation) or the first of two surnames ("Arrieta" of Íñigo
// Arrieta Zubizarreta). An Arabic name with a father's name after the
// first one counts too: "Sheikh Abdul-Aziz" is Abdul-Aziz bin Khalifa
// al-Thani. A one-word name with a stated age joins no one stated another
// age (see statedAgesDiffer). ownersOf gives the index of
// firstTokenOwners, asked for only for a one-word name.
func surnameFirstOwner(ownersOf func() map[string][]*articleEntity, f *form) *articleEntity {
	if f.ntok != 1 || f.suffix != "" {
		return nil
	}
	owners := ownersOf()
	cands := owners[f.lastKey]
	if len(cands) == 0 && len(f.toks) == 1 {
		if e := diminutiveOwner(owners, f.toks[0]); e != nil && !statedAgesDiffer(f, e) {
			return e
		}
		return nil
	}
	if len(cands) != 1 || statedAgesDiffer(f, cands[0]) {
		return nil
	}
	for _, g := range cands[0].forms {
		n := len(g.toks)
		if n >= 2 && g.tokenKeyAt(0) == f.lastKey || n >= 3 && g.tokenKeyAt(n-2) == f.lastKey {
			return cands[0]
		}
	}
	return nil
}

// diminutiveOwner returns the one entity a diminutive given name alone
// stands for: the only person of the article whose name of two or more
// words opens with the given name it shortens ("Bernie" of Bernard
// Whitlock-Haye).
func diminutiveOwner(owners map[string][]*articleEntity, tok string) *articleEntity {
	low := strings.ToLower(tok)
	full := givenForm(low)
	if full == low || tok == strings.ToUpper(tok) {
		return nil // "BILL" in a table of figures is a billion
	}
	var owner *articleEntity
	for _, e := range owners[tokenKey(full)] {
		for _, g := range e.forms {
			if len(g.toks) >= 2 && g.typ == doc.Person && givenForm(strings.ToLower(g.toks[0])) == full {
				if owner != nil && owner != e {
					return nil
				}
				owner = e
			}
		}
	}
	return owner
}

func containsEntity(s []*articleEntity, e *articleEntity) bool {
	for _, x := range s {
		if x == e {
			return true
		}
	}
	return false
}

// placeLocatives put the name after them in a place: "homes in
// Shrewsbury", "a camp near Malatya".
var placeLocatives = map[string]bool{"in": true, "near": true, "outside": true, "around": true, "throughout": true}

// holdingNouns read "in" as a share of an organisation, not a place: "a
// stake in Nordvik", "shares in Nordvik", "shareholders in Nordvik".
var holdingNouns = map[string]bool{
	"stake": true, "stakes": true, "share": true, "shares": true, "shareholding": true, "holding": true,
	"holdings": true, "interest": true, "investment": true, "investments": true, "invest": true,
	"invested": true, "investing": true, "position": true, "job": true, "jobs": true, "role": true,
	"shareholders": true, "shareholder": true, "investors": true, "investor": true, "stakeholders": true,
}

// wordsBefore returns the last word of the 40 bytes of text before
// offset start and what comes before it there (see lastField), which the
// rules on the words before a name read; ok is false when start lies
// outside text.
func wordsBefore(text string, start int) (rest, last string, ok bool) {
	if start < 0 || start > len(text) {
		return "", "", false
	}
	rest, last = lastField(text[max(0, start-40):start])
	return rest, last, true
}

// afterLocative reports whether a name follows a word of place that does
// not speak of a holding; rest and last are the words before the name
// (see wordsBefore).
func afterLocative(rest, last string) bool {
	if !placeLocatives[last] {
		return false
	}
	_, prev := lastField(rest)
	return prev == "" || !holdingNouns[strings.ToLower(strings.Trim(prev, ",;:"))]
}

// lastOfSeveral returns the last of the fields strings.Fields would split
// s into, when there are two or more.
func lastOfSeveral(s string) (string, bool) {
	rest, last := lastField(s)
	_, prev := lastField(rest)
	return last, prev != ""
}

// lastField returns the last of the fields strings.Fields would split s
// into ("" when none) and what comes before it.
func lastField(s string) (rest, last string) {
	if rest, last, ok := asciiLastField(s); ok {
		return rest, last
	}
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return "", s
	}
	_, w := utf8.DecodeRuneInString(s[i:])
	return s[:i], s[i+w:]
}

// asciiLastField is lastField of s when the bytes it reads (the trailing
// spaces, the last field and the space before it) are all ASCII, in one
// pass from the end; ok is false when it meets another byte first. Then
// the spaces it finds (unicode.IsSpace) are the bytes isASCIISpace
// accepts whatever comes before, as no byte of a multi-byte character is
// an ASCII space.
func asciiLastField(s string) (rest, last string, ok bool) {
	j := len(s)
	for j > 0 && isASCIISpace(s[j-1]) {
		j--
	}
	for i := j - 1; i >= 0; i-- {
		c := s[i]
		if c > ' ' && c < utf8.RuneSelf {
			continue // the common case: no space, and ASCII
		}
		if c >= utf8.RuneSelf {
			return "", "", false
		}
		if isASCIISpace(c) {
			return s[:i], s[i+1 : j], true
		}
	}
	return "", s[:j], true
}

// isASCIISpace reports the ASCII bytes unicode.IsSpace accepts.
func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// companyUse reports whether a one-word name the tagger took for an
// organisation stands where a company does: goods come "from" it or people
// work "at" it, or a noun of its business follows it ("the Ford contract",
// "Ford's plant"). Such a mention is the company, even in an article that
// names a person with that surname ("electric vans from Ford" beside the
// finance chief Daniel Ford).
func companyUse(text string, m doc.Mention) bool {
	if m.Type != doc.Org || m.Start < 0 || m.End > len(text) || m.Start >= m.End || strings.ContainsAny(m.Text, " \t\n") {
		return false
	}
	next := wordAfterName(text, m.End)
	if businessNouns[strings.ToLower(next)] {
		return true
	}
	// "from Mytilene harbour": a name before a noun of its own is no
	// company's.
	s, e := wordBefore(text, m.Start)
	return s >= 0 && companyPrepositions[strings.ToLower(text[s:e])] && !isLowerWord(next)
}

// namedCompanyUse reports whether a one-word name the tagger took for a
// person stands before a noun of a company's dealings or staff ("Nordhaug
// shares fell", "the Nordhaug board") in an article that names an
// organisation opening with that word ("Nordhaug Shipping"): it is the
// company, not the chief executive Per Nordhaug. Without such an
// organisation the noun says too little ("Putin spokesman"). orgFirsts
// gives the keys of the first words of the article's organisations (see
// orgFirstWords), asked for only when the noun is there.
func namedCompanyUse(text string, m doc.Mention, orgFirsts func() map[string]bool) bool {
	if m.Type != doc.Person || m.Start < 0 || m.End > len(text) || m.Start >= m.End || strings.ContainsAny(m.Text, " \t\n") {
		return false
	}
	next := strings.ToLower(wordAfterName(text, m.End))
	if !businessNouns[next] && !companyStaffNouns[next] {
		return false
	}
	return orgFirsts()[tokenKey(m.Text)]
}

// companyStaffNouns follow a company's name as its governing and speaking
// people and its owners: "the Nordhaug board", "a Nordhaug spokeswoman".
var companyStaffNouns = wordSet(`board boardroom chief chiefs executive executives spokesperson spokesman spokeswoman
	management shareholders investors stake share`)

// orgFirstWords returns the keys of the first words of the organisations of
// two or more words among mentions ("nordhaug" of "Nordhaug Shipping").
func orgFirstWords(mentions []doc.Mention) map[string]bool {
	out := map[string]bool{}
	for _, m := range mentions {
		if m.Type != doc.Org {
			continue
		}
		if toks := nameTokens(m.Text); len(toks) >= 2 {
			out[tokenKey(toks[0])] = true
		}
	}
	return out
}

// isLowerWord reports a word that opens with a lower-case letter.
func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// fullNameSurnames returns the keys of the surnames of the people the
// mentions name in full.
func fullNameSurnames(mentions []doc.Mention) map[string]bool {
	out := map[string]bool{}
	for _, m := range mentions {
		if m.Type == doc.Person && len(nameTokenLists.get(m.Text)) >= 2 {
			out[lastTokenKey(m.Text)] = true
		}
	}
	return out
}

// wordAfterName returns the word after a name and its possessive ending,
// or "" when a punctuation mark comes first.
func wordAfterName(text string, end int) string {
	rest := text[end:]
	for _, p := range []string{"'s", "’s"} {
		rest = strings.TrimPrefix(rest, p)
	}
	if rest == "" || rest[0] != ' ' {
		return ""
	}
	rest = rest[1:]
	i := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		return rest
	}
	return rest[:i]
}

// companyPrepositions put a company's name after them: "vans from Ford",
// "engineers at Ford".
var companyPrepositions = wordSet(`from at`)

// businessNouns follow a company's name as its dealings, goods and works.
var businessNouns = wordSet(`contract contracts deal deals order orders shares stock plant plants factory factories
	vans van cars trucks vehicles models dealership dealerships brand products subsidiary workforce`)

// respelledOwner returns the one person of the article, indexed by surname
// key, whose surname the form's spells with one letter swapped for one
// outlets write for it (see oneTransliteration): a reporter's slip or a
// second spelling in one story ("Commodore Rafael Dison", then "Dizon
// said"). A full name must also have the same given name ("Rafael Dison"
// and "Rafael Dizon"). With two such people, or none, it returns nil.
func respelledOwner(bySurname map[string][]*articleEntity, f *form, full bool) *articleEntity {
	if f.suffix != "" || len(f.toks) == 0 || utf8.RuneCountInString(f.lastKey) < minFoldedSurname {
		return nil
	}
	var owner *articleEntity
	for k, ents := range bySurname {
		if k == f.lastKey || !oneTransliteration(k, f.lastKey) {
			continue
		}
		for _, e := range ents {
			g := e.forms[0]
			if full && (len(g.toks) == 0 || givenKey(g.toks[0]) != givenKey(f.toks[0])) {
				continue
			}
			if owner != nil && owner != e {
				return nil
			}
			owner = e
		}
	}
	return owner
}

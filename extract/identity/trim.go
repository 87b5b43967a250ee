package identity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// trimMention narrows a mention to the bare name: surrounding punctuation,
// a possessive ending, and for a person the titles in front of the name go
// ("Russian President Vladimir Putin’s" → "Vladimir Putin"). text is the
// article; when the mention's offsets do not address its Text there, Text
// is trimmed and the offsets moved by the same amounts. ok is false when
// nothing that could be a name is left ("President", "Mr").
func trimMention(text string, m doc.Mention) (doc.Mention, bool) {
	s := m.Text
	if s == "" && m.Start >= 0 && m.Start <= m.End && m.End <= len(text) {
		s = text[m.Start:m.End]
	}
	a, b := trimRange(s, m.Type == doc.Person)
	if a >= b || !hasLetter(s[a:b]) {
		return m, false
	}
	a = dropAmountWord(s, a, b)
	if m.Type == doc.Org {
		b = businessPossessive(s, a, b)
	}
	if m.Type == doc.Place {
		b = saintsPlacePossessive(s, a, b)
	}
	if m.Type == doc.Person && m.Start >= 0 && m.Start <= m.End && m.End <= len(text) && text[m.Start:m.End] == s {
		a = dropTitleTail(text[:m.Start], s, a, b)
		a = keepGivenAfterCivilTitle(text[:m.Start], s, a, b)
	}
	if m.Type == doc.Org && m.Start >= 0 && m.Start <= len(text) {
		a = dropOpeningThe(text[:m.Start], s, a, b)
	}
	m.Start += a
	m.End = m.Start + (b - a)
	m.Text = s[a:b]
	return m, true
}

// businessPossessive widens the one-word organisation [a, b) of s back
// over the possessive that ends s: the tagger leaves one only on the name
// of a business ("Christie's", "McDonald's").
func businessPossessive(s string, a, b int) int {
	if strings.ContainsAny(s[a:b], " ") {
		return b
	}
	for _, suf := range []string{"'s", "’s"} {
		if strings.HasPrefix(s[b:], suf) {
			return b + len(suf)
		}
	}
	return b
}

// saintsPlacePossessive widens the place [a, b) of s that opens with a
// saint's "St" or "Saint" back over the possessive that ends s: the place
// is named with it ("St Mary's", "St John's").
func saintsPlacePossessive(s string, a, b int) int {
	name := s[a:b]
	if !strings.HasPrefix(name, "St ") && !strings.HasPrefix(name, "St. ") && !strings.HasPrefix(name, "Saint ") {
		return b
	}
	for _, suf := range []string{"'s", "’s"} {
		if strings.HasPrefix(s[b:], suf) {
			return b + len(suf)
		}
	}
	return b
}

// dropOpeningThe drops the "The" that opens an organisation's name at the
// start of a sentence, capitalised there as any article would be: "The
// Information Commissioner's Office said" names the "Information
// Commissioner's Office". Inside a sentence a capitalised "The" is the
// name's own ("told The Times").
func dropOpeningThe(before, s string, a, b int) int {
	rest, ok := strings.CutPrefix(s[a:b], "The ")
	if !ok || !strings.Contains(strings.TrimSpace(rest), " ") || !opensSentence(before) {
		return a
	}
	return b - len(rest)
}

// opensSentence reports whether text that ends in before leaves the next
// word at the start of a sentence or a line.
func opensSentence(before string) bool {
	// Read back byte by byte: the spaces and tabs, then the closing
	// quotation marks and brackets (", ', ), and ” and ’, whose UTF-8
	// ends in 0x9D and 0x99 after 0xE2 0x80).
	i := len(before)
	for i > 0 && (before[i-1] == ' ' || before[i-1] == '\t') {
		i--
	}
	if i == 0 || before[i-1] == '\n' {
		return true
	}
	for i > 0 {
		c := before[i-1]
		if c == '"' || c == '\'' || c == ')' {
			i--
			continue
		}
		if (c == 0x9D || c == 0x99) && i >= 3 && before[i-3] == 0xE2 && before[i-2] == 0x80 {
			i -= 3
			continue
		}
		break
	}
	if i == 0 {
		return false
	}
	c := before[i-1]
	return c == '.' || c == '!' || c == '?'
}

// dropTitleTail drops the first word of a personal name of three or more
// words when it ends a title phrase that the tagger cut in two: "Minister
// of Water and Sanitation Sipho Ndlovu" tagged from "Sanitation". before
// is the article up to the mention; the phrase must run back, over
// capitalised and office words, to a title followed by "of" or "for"
// ("Minister of") within six words.
func dropTitleTail(before, s string, a, b int) int {
	var buf [8]token // most names have fewer words
	toks := appendTokens(buf[:0], s[a:b])
	if len(toks) < 3 {
		return a
	}
	// The phrase's words, and one before them: before is the whole
	// article up to the name.
	words := lastFields(before, 8)
	if len(words) == 0 {
		return a
	}
	if w := bare(words[len(words)-1]); w != "of" && w != "and" && w != "for" && w != "&" {
		return a
	}
	for k := len(words) - 2; k >= 0 && k >= len(words)-7; k-- {
		w := words[k]
		if isTitle(w) || isRoleHead(w) && isCapitalised(w) {
			// "Minister of Water and", not "Minister Sergei Lavrov and".
			if n := bare(words[k+1]); n == "of" || n == "for" {
				return a + toks[1].start
			}
			return a
		}
		if !isCapitalised(w) && !bareIn(officeWords, w) || strings.ContainsAny(w, ".,;:") {
			return a
		}
	}
	return a
}

// lastFields returns the last n of the fields strings.Fields would split s
// into, or all of them when there are fewer, reading s from its end.
func lastFields(s string, n int) []string {
	out := make([]string, n)
	k := n
	for k > 0 {
		rest, last := lastField(s)
		if last == "" {
			break
		}
		k--
		out[k] = last
		s = rest
	}
	return out[k:]
}

// trimRange returns the byte range [a, b) of s that holds the bare name.
func trimRange(s string, person bool) (int, int) {
	a, b := trimPunct(s, 0, len(s))
	b = trimPossessiveRange(s, a, b)
	a, b = trimPunct(s, a, b)
	if a >= b {
		return 0, 0
	}
	var buf [8]token // most names have fewer words
	toks := appendTokens(buf[:0], s[a:b])
	for i := range toks {
		toks[i].start += a
		toks[i].end += a
	}
	if person {
		// "The Reagan administration" tagged a person is Reagan; a
		// leading article is never part of a personal name.
		if len(toks) > 1 && bareIs(toks[0].text, "the") {
			toks = toks[1:]
		}
		// "Born Ana Maria Vell in 1948": the participle opening the
		// sentence is no given name.
		if len(toks) > 2 && toks[0].text == "Born" {
			toks = toks[1:]
		}
		return trimTitles(s, toks)
	}
	// "the Kremlin" → "Kremlin"; a capitalised The may be part of the name
	// (The Hague) and Key ignores it anyway.
	if len(toks) > 1 && toks[0].text == "the" {
		return toks[1].start, b
	}
	return a, b
}

// trimTitles drops the title words in front of a personal name. The last
// name token (before a suffix such as Jr) is always kept unless the whole
// mention is one pure title, so "Stephen King" and "John Major" survive.
func trimTitles(s string, toks []token) (int, int) {
	toks = withoutEpithet(toks)
	// Trailing lower-case words are not part of a name either ("Trump
	// administration", "Putin regime").
	for len(toks) > 1 && !isNameWord(toks[len(toks)-1].text) && !bareIn(particles, toks[len(toks)-1].text) &&
		!bareIn(nameSuffixes, toks[len(toks)-1].text) && hasLetter(toks[len(toks)-1].text) {
		toks = toks[:len(toks)-1]
	}
	// Post-nominal letters are an honour or office, not a name: "Jonathan
	// Reid KC" is the "Reid" of the next paragraph.
	for len(toks) > 1 && isPostNominal(toks[len(toks)-1].text) {
		toks = toks[:len(toks)-1]
	}
	if len(toks) == 0 {
		return 0, 0
	}
	last := len(toks) - 1
	for last > 0 && bareIn(nameSuffixes, toks[last].text) {
		last--
	}
	start := 0
	for i := 0; i < last; i++ {
		t := toks[i].text
		lower := !isNameWord(t) && !bareIn(particles, t)
		switch {
		case i == last-1 && bareIn(givenNameTitles, t) && isCapitalised(t):
			// "Dean Halloran": a given name, right before the surname.
		case i == last-1 && i > 0 && givenAfterCivilTitle(toks[i-1].text, t):
			// "Mayor Col Dunn": Colin, not a colonel.
		case isTitle(t) || lower || isPossessive(t) || isRoleHead(t) && !bareIn(givenNameHeads, t) || descriptorOpens(t, i, last):
			// A possessive in front of the name is a description:
			// "Trump's envoy Steve Witkoff".
			start = i + 1
			j := i + 1
			for j < last && (bareIn(officeWords, toks[j].text) || bareIs(toks[j].text, "")) {
				j++
			}
			if j > i+1 && (bareIs(toks[i+1].text, "of") || bareIs(toks[i+1].text, "for")) {
				start = j
				i = j - 1
			}
		}
	}
	// Leading particles stay only when the mention began with them
	// ("von der Leyen"), not after a title ("President de Gaulle" keeps
	// "de Gaulle" too, which is right).
	if start > last {
		start = last
	}
	kept := toks[start:]
	if len(kept) == 1 || start == last {
		if isPureTitle(toks[last].text) && !(len(toks) == 1 && bareIn(rankGivenNames, toks[0].text) && isCapitalised(toks[0].text)) {
			return 0, 0 // a lone "Col" tagged a person is a given name
		}
	}
	return toks[start].start, toks[len(toks)-1].end
}

// epithets follow "the" at the end of a name to tell a painter or a
// writer from a relative of the same name: "Willem van de Velde the
// Younger", "Pliny the Elder".
var epithets = wordSet(`younger elder`)

// withoutEpithet returns the tokens of a personal name without an epithet
// that ends it: the epithet is no name, and "the" before it no title.
func withoutEpithet(toks []token) []token {
	n := len(toks)
	if n >= 3 && toks[n-2].text == "the" && isCapitalised(toks[n-1].text) && bareIn(epithets, toks[n-1].text) {
		return toks[:n-2]
	}
	return toks
}

// givenNameHeads are role nouns that are also used as given names ("Ally
// McBeal"): in front of a name they are not taken as a title.
var givenNameHeads = wordSet(`ally hunter`)

// givenNameTitles are title words more often given names right before a
// surname: "Dean Halloran", "caretaker manager Dean Halloran".
var givenNameTitles = wordSet(`dean`)

// isNameWord reports whether a token can be a word of a name: capitalised,
// or a capitalised surname behind a lower-case article ("al-Assad").
func isNameWord(t string) bool {
	return isCapitalised(t) || isCapitalised(stripArticlePrefix(t))
}

// isPossessive reports whether a token ends in 's or ’s.
func isPossessive(t string) bool {
	t = strings.TrimRightFunc(t, func(r rune) bool { return !unicode.IsLetter(r) })
	return strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s") || strings.HasSuffix(t, "'S") || strings.HasSuffix(t, "’S")
}

// trimPunct narrows [a, b) past leading and trailing runes that are neither
// letters nor digits. A final period stays when it ends an abbreviation
// (U.S., Jr.).
func trimPunct(s string, a, b int) (int, int) {
	for a < b {
		r, n := utf8.DecodeRuneInString(s[a:b])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		a += n
	}
	for b > a {
		r, n := utf8.DecodeLastRuneInString(s[a:b])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		if r == '.' && keepsPeriod(s[a:b-n]) {
			break
		}
		b -= n
	}
	return a, b
}

// keepsPeriod reports whether a period after s ends an abbreviation.
func keepsPeriod(s string) bool {
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	last := s[i+1:]
	if strings.Contains(last, ".") {
		return true
	}
	switch strings.ToLower(last) {
	case "jr", "sr", "inc", "co", "corp", "ltd", "bros", "st":
		return true
	}
	return false
}

// trimPossessiveRange drops a possessive ending from [a, b): 's, ’s, a bare
// apostrophe after s, or a detached "‘s" token ("Mr Putin ‘s").
//
// Every ending it drops closes with s, S, an apostrophe or the last byte
// of ’ (0x99): any other last byte ends the search at once.
func trimPossessiveRange(s string, a, b int) int {
	t := s[a:b]
	if t == "" {
		return b
	}
	switch t[len(t)-1] {
	case 's', 'S', '\'', 0x99:
	default:
		return b
	}
	for _, suf := range []string{"'s", "’s", "‘s", "'S", "’S"} {
		if strings.HasSuffix(t, suf) && len(t) > len(suf) {
			return a + len(strings.TrimRightFunc(t[:len(t)-len(suf)], unicode.IsSpace))
		}
	}
	for _, suf := range []string{"s'", "s’"} {
		if strings.HasSuffix(t, suf) && len(t) > len(suf) {
			return b - len(suf) + 1
		}
	}
	return b
}

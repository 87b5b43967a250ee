package identity

import (
	"strings"
	"unicode"

	"newsbot/extract/doc"
)

// speechVerbs follow the subject of a reported statement, or of one
// withheld ("would not say whether").
var speechVerbs = []string{" said", " says", " told", " added", " insisted", " warned", " would not say", " declined to say", " refused to say"}

// speakingSurnames makes a person of a one-word name the tagger typed
// otherwise when it is the surname of a person the article names in full
// and it attributes a quotation: in `"This visit marks a new chapter,"
// Montenegro said`, after Prime Minister Luis Montenegro, Montenegro is
// the man, not the country. Such a surname that speaks ("Ford told
// reporters", after Prime Minister Tomas Ford) is the person too when the
// tagger took it for a company and no other name of the article holds the
// word: reported speech of a place or of a company the article names in
// full stays theirs ("Washington said no", "Salomon said it was hard"
// beside Salomon Inc). A one-word name followed by a personal role in
// apposition ("Berg, the finance minister, said") is a person whoever else
// the article names. A surname of a person named in full is the person
// too when a relative clause on a person follows it ("Ndiaye, who was
// elected in May", after Mayor Awa Ndiaye). So is a personal title with
// such a surname ("Professor Achterberg") and a double-barrelled surname
// that speaks after a quotation (see namesPerson). The mentions are
// changed in a copy.
func speakingSurnames(text string, mentions []doc.Mention) []doc.Mention {
	words := &articleNameWords{mentions: mentions}
	var out []doc.Mention
	for i, m := range mentions {
		if m.Type == doc.Person || !namesPerson(text, m, words) {
			continue
		}
		if out == nil {
			out = append([]doc.Mention(nil), mentions...)
		}
		out[i].Type = doc.Person
	}
	if out == nil {
		return mentions
	}
	return out
}

// articleNameWords holds the name words of an article's mentions (see
// nameSurnames and otherNameWords), each set read on first use: the text
// around most mentions rules them out before any name word is looked up.
type articleNameWords struct {
	mentions         []doc.Mention
	surnames, others map[string]bool
}

// getSurnames returns nameSurnames of the mentions, reading them the
// first time.
func (w *articleNameWords) getSurnames() map[string]bool {
	if w.surnames == nil {
		w.surnames = nameSurnames(w.mentions)
	}
	return w.surnames
}

// getOthers returns otherNameWords of the mentions, reading them the
// first time.
func (w *articleNameWords) getOthers() map[string]bool {
	if w.others == nil {
		w.others = otherNameWords(w.mentions)
	}
	return w.others
}

// namesPerson reports whether the mention m, typed other than a person,
// stands for a person: a surname that speaks (see speakingPerson), a
// personal title with the surname of a person the article names in full
// ("Professor Achterberg" after "Professor Helen Achterberg"), or a
// double-barrelled surname that speaks after a quotation.
func namesPerson(text string, m doc.Mention, words *articleNameWords) bool {
	if titledSurname(m.Text, words) {
		return true
	}
	if strings.Contains(m.Text, " ") {
		return false
	}
	if doubleBarrelled(m.Text) && m.Type == doc.Org && afterQuote(text, m.Start) && speaks(text, m.End) && !words.getOthers()[Key(m.Text)] {
		// `"This is not peace yet," Solberg-Hale said`: a firm's
		// statement is said "in a statement", by a name the article
		// also writes in full.
		return true
	}
	return speakingPerson(text, m, words)
}

// titledSurname reports whether name is a personal title or honorific and
// one word that is the surname of a person the article names in full:
// "Professor Achterberg", "Judge Moss", "Cllr Patel".
func titledSurname(name string, words *articleNameWords) bool {
	first, second, ok := twoWords(name)
	if !ok || !isTitle(first) || !isCapitalised(first) || !isNameWord(second) || isTitle(second) {
		return false
	}
	return words.getSurnames()[lastTokenKey(second)]
}

// twoWords returns the two words of s when it has exactly two, split at
// white space as strings.Fields splits them.
func twoWords(s string) (string, string, bool) {
	if isASCII(s) {
		return asciiTwoWords(s)
	}
	s = strings.TrimSpace(s)
	i := strings.IndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return "", "", false
	}
	rest := strings.TrimLeftFunc(s[i:], unicode.IsSpace)
	if strings.IndexFunc(rest, unicode.IsSpace) >= 0 {
		return "", "", false
	}
	return s[:i], rest, true
}

// asciiTwoWords is twoWords of an ASCII s, whose only spaces
// (unicode.IsSpace) are the bytes isASCIISpace accepts.
func asciiTwoWords(s string) (string, string, bool) {
	s = strings.TrimSpace(s)
	i := 0
	for i < len(s) && !isASCIISpace(s[i]) {
		i++
	}
	if i == len(s) {
		return "", "", false
	}
	j := i
	for j < len(s) && isASCIISpace(s[j]) {
		j++
	}
	for k := j; k < len(s); k++ {
		if isASCIISpace(s[k]) {
			return "", "", false
		}
	}
	return s[:i], s[j:], true
}

// doubleBarrelled reports whether a one-word name is two capitalised name
// words joined by a hyphen, neither of them a word of a body's name:
// "Solberg-Hale", not "Coca-Cola Co" or "Anglo-American".
func doubleBarrelled(name string) bool {
	a, b, ok := strings.Cut(name, "-")
	if !ok || strings.Contains(b, "-") || len(a) < 3 || len(b) < 3 || !isCapitalised(a) || !isCapitalised(b) || allCaps(a) || allCaps(b) {
		return false
	}
	for _, w := range []string{a, b} {
		l := bare(w)
		if orgHeads[l] || genericHeads[l] || officeWords[l] || particles[l] || isTitle(w) {
			return false
		}
	}
	return true
}

// nameSurnames returns the surname keys of the people named in full among
// mentions and the first of two surnames among them ("Castellanos" of
// Ruben Castellanos Vidal, who goes by it alone).
func nameSurnames(mentions []doc.Mention) map[string]bool {
	surnames := map[string]bool{}
	seen := map[string]bool{} // a name the article repeats adds the same words again
	for _, m := range mentions {
		if m.Type != doc.Person || seen[m.Text] {
			continue
		}
		seen[m.Text] = true
		if toks := nameTokens(m.Text); len(toks) >= 2 {
			surnames[lastTokenKey(m.Text)] = true
			if first, ok := firstOfTwoSurnames(toks); ok {
				surnames[tokenKey(first)] = true
			}
		}
	}
	return surnames
}

// otherNameWords returns the keys of every word of the names of two or
// more words among mentions that are no person's ("Salomon" of "Salomon
// Inc").
func otherNameWords(mentions []doc.Mention) map[string]bool {
	others := map[string]bool{}
	seen := map[string]bool{} // a name the article repeats adds the same words again
	for _, m := range mentions {
		if m.Type == doc.Person || seen[m.Text] {
			continue
		}
		seen[m.Text] = true
		if toks := nameTokens(m.Text); len(toks) >= 2 {
			for _, t := range toks {
				others[tokenKey(t)] = true
			}
		}
	}
	return others
}

// speakingPerson reports whether the one-word mention m, typed other than
// a person, stands for a person (see speakingSurnames).
func speakingPerson(text string, m doc.Mention, words *articleNameWords) bool {
	if personalApposition(text, m.End) {
		return true
	}
	who := relativeWho(text, m.End)
	if !who && !speaks(text, m.End) {
		return false // neither a relative clause on a person nor speech
	}
	surnames := words.getSurnames()
	if len(surnames) == 0 {
		return false // no surname for m to be
	}
	k := Key(m.Text)
	if !surnames[k] {
		return false
	}
	return who || afterQuote(text, m.Start) || m.Type == doc.Org && !words.getOthers()[k]
}

// impersonalHeads are role heads that as often describe a company or a
// team as a person: "Halvorsen, the developer", "Rovers, the champions".
var impersonalHeads = wordSet(`developer owner publisher producer member leader host agent champion
	rival ally partner investor broadcaster regulator guide friend critic opponent operator
	employer lender buyer seller supplier`)

// maxAppositionWords bounds the words of a role in apposition.
const maxAppositionWords = 6

// personalApposition reports whether the text at offset end opens an
// apposition that gives a person's role and closes with a comma: ", the
// finance minister,", ", a former striker,".
func personalApposition(text string, end int) bool {
	if end < 0 || end > len(text) {
		return false
	}
	rest, ok := strings.CutPrefix(text[end:], ", ")
	if !ok {
		return false
	}
	phrase, _, ok := strings.Cut(rest, ",")
	if !ok {
		return false
	}
	// The words, split as strings.Fields splits them, and no more than
	// one past the bound.
	var buf [maxAppositionWords + 1]token
	words := appendTokensUpTo(buf[:0], phrase, maxAppositionWords+1)
	if len(words) == 0 || len(words) > maxAppositionWords {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if bareIn(roleStops, w.text) && !bareIn(determiners, w.text) {
			return false
		}
	}
	head := words[len(words)-1].text
	return isRoleHead(head) && !bareIn(impersonalHeads, head)
}

// relativeWho reports a relative clause on a person right after offset
// end of text: ", who was elected mayor", ", whose family". A place or a
// company takes "which".
func relativeWho(text string, end int) bool {
	if end < 0 || end > len(text) {
		return false
	}
	return strings.HasPrefix(text[end:], ", who ") || strings.HasPrefix(text[end:], ", whose ")
}

// speaks reports a verb of saying right after offset end of text.
func speaks(text string, end int) bool {
	if end < 0 || end > len(text) {
		return false
	}
	rest := text[end:]
	if rest == "" || rest[0] != ' ' {
		return false // every verb of speechVerbs opens with a space
	}
	for _, v := range speechVerbs {
		if strings.HasPrefix(rest, v) && (len(rest) == len(v) || !isLetterByte(rest[len(v)])) {
			return true
		}
	}
	return false
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// afterQuote reports a quotation closing right before offset start:
// `…chapter," Montenegro`.
func afterQuote(text string, start int) bool {
	t := strings.TrimRight(text[:max(0, min(start, len(text)))], " ")
	return strings.HasSuffix(t, `,"`) || strings.HasSuffix(t, ",”") || strings.HasSuffix(t, ",'") || strings.HasSuffix(t, ",’")
}

// firstOfTwoSurnames returns the word before the surname of a personal
// name of three words or more, written as a Spanish double surname is:
// "Castellanos" of Ruben Castellanos Vidal. The word is capitalised and
// no initial, particle or title.
func firstOfTwoSurnames(toks []string) (string, bool) {
	n := len(toks)
	if n < 3 {
		return "", false
	}
	w := toks[n-2]
	if len(w) < 3 || !isCapitalised(w) || strings.ContainsAny(w, ".-'’ ") || bareIn(particles, w) || isTitle(w) || allCaps(w) {
		return "", false
	}
	return w, true
}

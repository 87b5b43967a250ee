package kb

import (
	"strings"

	"github.com/kljensen/snowball/english"
)

// A search finds the other inflections of a reader's word ("sentence":
// sentenced, sentences, sentencing) among the words the index holds.
// Candidates are made by adding and removing the regular English endings
// (-s, -es, -ies, -ed, -ied, -ing, with a final e dropped or a final
// consonant doubled), and a candidate counts only when it has the word's
// Porter2 (Snowball English) stem: that keeps "new" from "news", "rat"
// from "rates" and "national" from "nation", which the endings alone
// would not.

// minInflected is the length under which a word is searched as typed.
const minInflected = 3

// maxInflections bounds the other forms one word is searched with.
const maxInflections = 8

// inflectable reports whether a reader's word is one whose other forms a
// search may look for: lower-case ASCII letters (the caller lowers it),
// long enough, and not a stop word ("does", "having").
func inflectable(w string) bool {
	if len(w) < minInflected || english.IsStopWord(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// stem is a word's Porter2 stem.
func stem(w string) string { return english.Stem(w, true) }

// inflectionCandidates returns the words that may be other inflections
// of w, a lower-case inflectable word: the bases its ending suggests and
// the regular forms of each. They are not checked: the caller keeps those
// the index holds that sameStem accepts.
func inflectionCandidates(w string) []string {
	seen := map[string]bool{w: true}
	var out []string
	add := func(forms []string) {
		for _, f := range forms {
			if !seen[f] {
				seen[f] = true
				out = append(out, f)
			}
		}
	}
	add(irregularForms(w))
	bases := inflectionBases(w)
	bases = append(bases, verbsOf(w)...)
	for _, b := range bases {
		add(regularForms(b))
		add(nounsOf(b))
	}
	return out
}

// verbsOf returns the verbs an -ion or -ment noun or its plural may be
// made from ("evacuations": evacuate; "resignation": resign;
// "declaration": declare; "election": elect; "containment": contain).
func verbsOf(w string) []string {
	w = strings.TrimSuffix(w, "s")
	var out []string
	if b, ok := strings.CutSuffix(w, "ation"); ok && len(b) >= minInflected {
		out = append(out, b+"ate", b, b+"e")
	}
	if b, ok := strings.CutSuffix(w, "ion"); ok && len(b) >= minInflected {
		out = append(out, b, b+"e")
	}
	// "containment": contain; "announcements": announce.
	if b, ok := strings.CutSuffix(w, "ment"); ok && len(b) >= minInflected && !mentOfNoVerb[w] {
		out = append(out, b, b+"e")
	}
	return out
}

// nounsOf returns the -ion and -ment nouns a verb base may make, and
// their plurals ("evacuate": evacuation; "resign": resignation;
// "declare": declaration; "elect": election; "contain": containment).
func nounsOf(b string) []string {
	var nouns []string
	switch {
	case strings.HasSuffix(b, "ate"):
		nouns = append(nouns, b[:len(b)-1]+"ion")
	case strings.HasSuffix(b, "e"):
		nouns = append(nouns, b[:len(b)-1]+"ation", b[:len(b)-1]+"ion")
	default:
		nouns = append(nouns, b+"ation", b+"ion")
	}
	// "contain": containment; "announce": announcement.
	if !mentOfNoVerb[b+"ment"] {
		nouns = append(nouns, b+"ment")
	}
	out := nouns
	for _, n := range nouns {
		out = append(out, n+"s")
	}
	return out
}

// inflectionBases returns the bases w's inflectional ending suggests,
// and w itself unless the ending says it is no base ("sentenced":
// sentence, sentenc; "stopped": stop, stopp; "tries": try; "gas" and
// "prices": themselves, and gas, price).
func inflectionBases(w string) []string {
	var bases []string
	add := func(b string) {
		if len(b) >= minInflected-1 {
			bases = append(bases, b)
		}
	}
	// A base and the base with its e restored or its doubled consonant
	// undone ("making" mak, make; "stopping" stop).
	addStem := func(b string) {
		add(b)
		add(b + "e")
		if n := len(b); n >= 2 && b[n-1] == b[n-2] && !isVowel(b[n-1]) {
			add(b[:n-1])
		}
	}
	switch {
	case strings.HasSuffix(w, "ies"), strings.HasSuffix(w, "ied"):
		add(w[:len(w)-3] + "y")
		add(w[:len(w)-1])
	case strings.HasSuffix(w, "ying"):
		add(w[:len(w)-4] + "ie")
		addStem(w[:len(w)-3])
	case strings.HasSuffix(w, "ings"):
		addStem(w[:len(w)-4])
	case strings.HasSuffix(w, "ing"):
		addStem(w[:len(w)-3])
	case strings.HasSuffix(w, "ed"):
		addStem(w[:len(w)-2])
	case strings.HasSuffix(w, "es"):
		if b := w[:len(w)-2]; sibilant(b) || strings.HasSuffix(b, "o") {
			add(b)
		}
		add(w[:len(w)-1])
		add(w) // a singular in -es: "series"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		add(w[:len(w)-1])
		add(w) // a singular in -s: "gas", "bus"
	default:
		add(w)
	}
	return bases
}

// regularForms returns b and its regular inflections: plural or third
// person, past, -ing and -ings.
func regularForms(b string) []string {
	n := len(b)
	last := b[n-1]
	switch {
	case last == 'e':
		return []string{b, b + "s", b + "d", b[:n-1] + "ing", b[:n-1] + "ings"}
	case last == 'y' && n >= 2 && !isVowel(b[n-2]):
		return []string{b, b[:n-1] + "ies", b[:n-1] + "ied", b + "ing", b + "ings"}
	case sibilant(b):
		return []string{b, b + "es", b + "ed", b + "ing", b + "ings"}
	}
	out := []string{b, b + "s", b + "ed", b + "ing", b + "ings"}
	if n >= 3 && !isVowel(last) && isVowel(b[n-2]) && !isVowel(b[n-3]) && !strings.ContainsRune("wxy", rune(last)) {
		// A short final syllable may double its consonant: stop, stopped.
		d := b + string(last)
		out = append(out, d+"ed", d+"ing", d+"ings")
	}
	return out
}

// sibilant reports whether a word ends in a sound that takes -es.
func sibilant(w string) bool {
	for _, suf := range []string{"s", "x", "z", "ch", "sh"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// mentOfNoVerb are nouns in -ment that the stemmer folds with a word of
// another meaning: a department is no departure, a basement no base.
var mentOfNoVerb = map[string]bool{
	"department": true, "apartment": true, "basement": true, "compartment": true, "supplement": true,
	"complement": true, "implement": true, "regiment": true, "segment": true, "fragment": true,
}

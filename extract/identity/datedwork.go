package identity

import (
	"regexp"
	"strings"

	"newsbot/extract/doc"
)

// workYear is a year alone in brackets right after a name: "Lantern
// Hours (1979)", the year a work came out. A person's brackets hold a
// span of years ("(1948–2026)"), an age or a party.
var workYear = regexp.MustCompile(`^ ?\((?:1[5-9]|20)\d\d\)`)

// workBefore is a noun of a work right before a name in apposition:
// "his debut album, Salt Roads,", "the novel Hard Times".
var workBefore = regexp.MustCompile(`\b(?:album|albums|single|song|songs|record|LP|EP|novel|book|memoir|film|movie|opera|symphony|musical)(?:,)? $`)

// workNouns are the nouns of workBefore, for a cheap test before it.
var workNouns = []string{"album", "albums", "single", "song", "songs", "record", "LP", "EP",
	"novel", "book", "memoir", "film", "movie", "opera", "symphony", "musical"}

// workNounEnds holds the last byte of each of workNouns.
var workNounEnds = lastBytes(workNouns)

// workNounSet holds workNouns, for workNounBefore's one look-up.
var workNounSet = stringSet(workNouns)

// stringSet returns the set of words.
func stringSet(words []string) map[string]bool {
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[w] = true
	}
	return set
}

// trailingWordRun returns the run of ASCII word bytes (letters, digits,
// underscore: what the regexp \b tells from the rest) that ends s.
func trailingWordRun(s string) string {
	i := len(s)
	for i > 0 && isRegexpWordByte(s[i-1]) {
		i--
	}
	return s[i:]
}

// isRegexpWordByte reports whether c is a byte of \w: an ASCII letter,
// digit or underscore.
func isRegexpWordByte(c byte) bool { return isASCIIAlnum(c) || c == '_' }

// lastBytes returns the set of the last bytes of words.
func lastBytes(words []string) *[256]bool {
	var set [256]bool
	for _, w := range words {
		set[w[len(w)-1]] = true
	}
	return &set
}

// yearAfter reports whether workYear matches s: only a bracket at its
// start (after at most a space) can open the year.
func yearAfter(s string) bool {
	return strings.HasPrefix(strings.TrimPrefix(s, " "), "(") && workYear.MatchString(s)
}

// workNounBefore reports whether workBefore matches s: only where s ends
// with one of workNouns and a space (a comma between them allowed) need
// the expression run. As the noun follows a word boundary (\b), it is
// the whole run of word bytes that ends what precedes the space.
func workNounBefore(s string) bool {
	w, ok := strings.CutSuffix(s, " ")
	if !ok {
		return false
	}
	w = strings.TrimSuffix(w, ",")
	if w == "" || !workNounEnds[w[len(w)-1]] {
		return false // most words end in a byte no work's noun ends in
	}
	if !workNounSet[trailingWordRun(w)] {
		return false
	}
	return workBefore.MatchString(s)
}

// listJoint joins the names of a list: "the albums Salt Roads and
// Lantern Hours".
var listJoint = map[string]bool{" and ": true, ", ": true, " or ": true, ", and ": true}

// retypeDatedWorks makes a name the tagger took for a person's, every
// mention of which has a year alone in brackets after it or a work's
// noun right before it (or a work's name it is listed with), a work's ("came Lantern Hours (1979)", "his
// debut album, Salt Roads"): an album, book or film, not someone a
// pronoun could stand for.
func retypeDatedWorks(text string, out []doc.Mention, formOf []*form) {
	dated := map[*form]bool{}
	prevWork := -1 // end of the last mention taken for a work's name
	for i := range out {
		m := &out[i] // read in place: a mention is large
		f := formOf[i]
		if m.Start < 0 || m.Start > m.End || m.End > len(text) {
			continue
		}
		// The year is read from the few bytes after the name: the
		// matcher's cost grows with its input.
		yes := yearAfter(text[m.End:min(len(text), m.End+len(" (2019)"))]) || workNounBefore(text[max(0, m.Start-20):m.Start]) ||
			prevWork >= 0 && prevWork <= m.Start && listJoint[text[prevWork:m.Start]]
		if yes {
			prevWork = m.End
		}
		if f.typ != doc.Person || f.ntok < 2 {
			continue
		}
		if v, seen := dated[f]; !seen || v {
			dated[f] = yes
		}
	}
	for f, yes := range dated {
		if yes {
			f.typ, f.votes = doc.Other, onlyVotes(doc.Other, f.count)
		}
	}
}

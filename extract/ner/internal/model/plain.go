package model

import (
	_ "embed"
)

// Nearly half the tokens of news text are plain lower-case words amid
// other lower-case words and punctuation ("the", "said", "increase"), and
// the tagger tags them O. Decode tags such a word O without scoring it:
// its features are neither extracted nor summed, and the decoder keeps
// only the O state there, transitions included. A lower-case word joins a
// name in two ways, and neither is skipped: as a word the training names
// hold ("of" in "Bank of England", "van" in "Dick van Dijk"), listed in
// lexicon/namewords.txt, which the trainer derives from its training text
// (cmd/train -namewords); or next to a capitalised word or a number
// ("Tom von Garlem", "Norton co", "Cassa di Risparmio"), which a list
// from the training text would miss.
//
//go:embed lexicon/namewords.txt
var nameWordList string

// nameWords holds the first field of each line of the list.
var nameWords = func() map[string]bool {
	m := map[string]bool{}
	for _, ws := range listEntries(nameWordList) {
		m[ws[0]] = true
	}
	return m
}()

// PlainWord reports whether w is made of lower-case ASCII letters only.
func PlainWord(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// outsideWord reports whether raw is a plain word that no training name
// holds.
func outsideWord(raw string) bool { return PlainWord(raw) && !nameWords[raw] }

// markOutside returns in dst, for each token of a sentence, whether
// Decode tags it O unscored: an outside word neither of whose neighbours
// holds a capital or a digit.
func markOutside(dst []bool, info []tokInfo) []bool {
	dst = dst[:0]
	for i := range info {
		o := info[i].outside &&
			(i == 0 || info[i-1].quiet) &&
			(i+1 == len(info) || info[i+1].quiet)
		dst = append(dst, o)
	}
	return dst
}

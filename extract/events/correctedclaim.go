package events

import (
	"strings"

	"newsbot/extract/doc"
)

// publishedWorks are what a correction note says was wrong in.
var publishedWorks = []string{"article", "story", "report", "piece", "headline", "caption", "column", "editorial"}

// claimVerbs tell what a published work said.
var claimVerbs = []string{" stated ", " said ", " reported ", " wrote ", " claimed ", " gave ", " described ", " misstated ", " incorrectly "}

// correctValueOpeners open the sentence of a note that gives the right
// value: "The correct figure is £85,000.", "The correct date was 4 May."
var correctValueOpeners = []string{"the correct ", "the accurate "}

// correctedClaim reports whether the paragraph whose sentences are sents
// is a correction note told without a label: a sentence on what a
// published work said ("An article published on 12 November stated that
// …") followed, in the same paragraph, by one giving the correct value
// ("The correct figure is £85,000."). Both are needed: an article that
// "said" something is often news, and "the correct" alone a judgement.
func correctedClaim(text string, sents []doc.Sentence) bool {
	if len(sents) < 2 || sents[0].End > len(text) {
		return false
	}
	// The sentence giving the correct value is far rarer than a claim, and
	// far cheaper to look for: it is looked for first.
	if !givesCorrectValue(text, sents[1:]) {
		return false
	}
	first := strings.ToLower(text[sents[0].Start:sents[0].End])
	return containsAny(first, publishedWorks) && containsAny(first, claimVerbs)
}

// givesCorrectValue reports whether one of sents, before any that ends
// past the text, opens with one of correctValueOpeners and says what the
// value is ("The correct figure is £85,000.").
func givesCorrectValue(text string, sents []doc.Sentence) bool {
	for _, s := range sents {
		if s.End > len(text) {
			return false
		}
		t := strings.TrimSpace(text[s.Start:s.End])
		if !opensWithFold(t, correctValueOpeners) {
			continue
		}
		l := strings.ToLower(t)
		for _, p := range correctValueOpeners {
			if strings.HasPrefix(l, p) && (strings.Contains(l, " is ") || strings.Contains(l, " was ") || strings.Contains(l, " should ")) {
				return true
			}
		}
	}
	return false
}

// opensWithFold reports whether s opens with one of openers, written in
// lower-case ASCII, with its ASCII letters in either case. It is a cheap
// test before strings.HasPrefix(strings.ToLower(s), opener): the only
// runes other than ASCII that lower to an ASCII letter are the Kelvin
// sign, to "k", and "İ", to "i", so the test finds every opener without
// a "k" or an "i" that the lower-case copy opens with.
func opensWithFold(s string, openers []string) bool {
	for _, p := range openers {
		if hasFoldAt(s, 0, p) {
			return true
		}
	}
	return false
}

// containsAny reports whether s contains one of subs.
func containsAny(s string, subs []string) bool {
	for _, p := range subs {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// paraFrom returns the sentences of sents from the i-th to the last of its
// paragraph.
func paraFrom(sents []doc.Sentence, i int) []doc.Sentence {
	j := i + 1
	for j < len(sents) && sents[j].Para == sents[i].Para {
		j++
	}
	return sents[i:j]
}

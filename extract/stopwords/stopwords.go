// Package stopwords holds the English function words: articles,
// pronouns, prepositions, conjunctions and auxiliaries, which say
// nothing of what a sentence is about.
package stopwords

import "strings"

var set = toSet(`a an the and or but nor of to in on at by for from with as about into onto over
after before since until than that this these those there their theirs them they it its it's is are
was were be been being has have had having do does did doing not no so if then also which who whom
whose what when where while why how he she his her hers him we our ours us you your yours i my mine me
would could should will shall may might can must just more most some any all each other such only
own same very too again further once here out up down off under between during through both few
many much yet because though although whether either neither per via upon within without against
among across along around behind beyond toward towards`)

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// Is reports whether w, in lower case, is a function word.
func Is(w string) bool { return set[w] }

// Each calls f with every function word.
func Each(f func(w string)) {
	for w := range set {
		f(w)
	}
}

package events

import "newsbot/extract/internal/wordfilter"

// filteredWords is a constant set of words with a word filter in front
// of its map: the loops that ask it of every word of a clause find most
// words missing by the filter alone, where the map would compare or hash
// each. The map must not change once the set is made.
type filteredWords struct {
	words  map[string]bool
	filter *wordfilter.Filter
}

func filtered(m map[string]bool) filteredWords {
	return filteredWords{words: m, filter: wordfilter.Of(m)}
}

// has returns words[w]. A word the filter does not hold is no key of
// the map; the empty word, which the filter never holds, is read from
// the map.
func (s filteredWords) has(w string) bool {
	if w != "" && !s.filter.MayHold(w) {
		return false
	}
	return s.words[w]
}

// The sets read word by word in superseded, deniedPlan, looksAhead,
// announces and deniedExpectation.
var (
	planBreakWords   = filtered(planBreaks)
	schedulingWords  = filtered(scheduling)
	denialBreakWords = filtered(denialBreaks)
	futureWordSet    = filtered(futureWords)
	strongFutureSet  = filtered(strongFuture)
	intentVerbSet    = filtered(intentVerbs)
	beliefVerbSet    = filtered(beliefVerbs)
)

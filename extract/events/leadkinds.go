package events

import "newsbot/extract/internal/wordfilter"

// Kinds of the words forecasts and nominalStart read before a time, one
// bit for each list that holds the word.
const (
	kindForecast  uint8 = 1 << iota // forecastVerbs
	kindAuxiliary                   // auxiliaries
	kindBreak                       // forecastBreaks
	kindEventNoun                   // eventNouns
)

// leadKinds holds the kinds of every word of forecastVerbs, auxiliaries,
// forecastBreaks and eventNouns, and leadKindFilter the words it holds:
// one filter test answers for most words, where each list would take a
// map look-up of its own.
var leadKinds, leadKindFilter = func() (map[string]uint8, *wordfilter.Filter) {
	m := map[string]uint8{}
	for _, l := range []struct {
		words map[string]bool
		kind  uint8
	}{{forecastVerbs, kindForecast}, {auxiliaries, kindAuxiliary}, {forecastBreaks, kindBreak}, {eventNouns, kindEventNoun}} {
		for w, in := range l.words {
			if in {
				m[w] |= l.kind
			}
		}
	}
	return m, wordfilter.Of(m)
}()

// leadKindOf returns the kinds of the lower-case word w.
func leadKindOf(w string) uint8 {
	if !leadKindFilter.MayHold(w) {
		return 0
	}
	return leadKinds[w]
}

package events

// Stoppage kinds a report may tell of (features.stoppage): none, a strike
// only, which may as well be a military one ("a drone strike"), or a
// walkout or a stoppage, which is one of work whatever else it says.
const (
	noStoppage = iota
	strikeOnly
	workStoppage
)

var (
	strikeStems   = stemSet("strike strikes")
	stoppageStems = stemSet("walkout walkouts stoppage stoppages")
	// endings are the stems of the words that tell a stoppage's end,
	// another act than the stoppage: "reached a deal, ending a 48-hour
	// walkout".
	endings = stemSet("end ends ended ending deal deals agree settle settled settlement suspend suspended")
)

// stoppageOf returns the kind of stoppage a report's words tell of, none
// when they tell of its end, and whether they tell of its beginning
// ("The strike, which began on Tuesday"). An end told before the
// stoppage whose beginning follows is the main clause's, and the report
// still tells the beginning: "ending a walkout which began on 3 March".
func stoppageOf(words []string) (kind int8, begins bool) {
	named, ended := false, false
	for _, w := range words {
		switch {
		case endings[w]:
			if named {
				return noStoppage, false // "the walkout ended"
			}
			ended = true
		case stoppageStems[w]:
			kind, named = workStoppage, true
		case strikeStems[w]:
			if kind == noStoppage {
				kind = strikeOnly
			}
			named = true
		case named && beginnings[w]:
			begins = true
		}
	}
	if ended && !begins {
		return noStoppage, false // "reached a deal, ending a 48-hour walkout"
	}
	return kind, begins
}

// beginnings are the stems of the words that tell a stoppage began:
// "began", "started" (see irregular).
var beginnings = stemSet("begin")

// sameStoppage reports whether two reports of one day, neither a plan, in
// articles about the same story tell of one stoppage of work told in other
// words: "The strike began from midnight on Friday", "Pilots walked out at
// midnight", "About 920 flights were cancelled after pilots walked out".
// At least one of them says walkout or stoppage, so that a strike is one
// of work, or both tell of the strike's beginning ("The strike, which
// began on Tuesday", "The strike, which started on Tuesday"): a story has
// one strike that began on a day, of work or not. They name no
// participants that set them apart (they share one, or one names no
// one). The counts of what a stoppage cancelled grow through its day
// ("460 flights today", "about 920 flights"): they tell one stoppage at
// different hours, not two.
func sameStoppage(a, b *features) bool {
	if !a.day || !b.day || a.planned || b.planned || a.stoppage == noStoppage || b.stoppage == noStoppage ||
		max(a.stoppage, b.stoppage) != workStoppage && !(a.stoppageBegins && b.stoppageBegins) {
		return false
	}
	if overlap(a.story, b.story) == 0 {
		return false
	}
	return len(a.names) == 0 || len(b.names) == 0 || sharedNames(a, b) >= 1
}

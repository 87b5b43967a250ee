package events

// officeTriggers are the stems without one of which no report's words
// tell of someone taking up or holding a post (holdsOffice) or leading a
// government (leadsSince): each of those needs one of them.
var officeTriggers = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{officeVerbs, officeLinks, holdLinks, leadVerbs} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}()

// tellsOffice is holdsOffice(words) || leadsSince(words), with one look-up
// per word for the most reports, that give none of officeTriggers.
func tellsOffice(words []string) bool {
	for _, w := range words {
		if officeTriggers[w] {
			return holdsOffice(words) || leadsSince(words)
		}
	}
	return false
}

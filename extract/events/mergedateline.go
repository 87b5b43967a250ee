package events

import (
	"slices"

	"newsbot/extract/doc"
)

// withoutDateline returns the report without the wire dateline its
// summary opens with ("KESTLEFORD, Nov 24 (Britwire) - "): the place a
// story was filed from and the agency that filed it are no participants
// of what it tells, and two stories of one wire filed from one town on
// one day share them whatever they tell. The report is returned as it is
// when it opens with no dateline.
func withoutDateline(e Event) Event {
	n, names := datelineWords(e)
	if n == 0 {
		return e
	}
	e.Words = e.Words[n:]
	e.Entities = slices.DeleteFunc(slices.Clone(e.Entities), func(s string) bool { return slices.Contains(names, s) })
	return e
}

// datelineWords returns how many of a report's opening words are those
// of a dateline and the names it gives. A dateline opens with a place
// written in capitals followed by its date: a month ("nov") among the
// words, or the report's own date right after the place and its comma
// ("KESSA, March 10 - "); the name that follows is the agency's. A name
// in capitals opening a report is no dateline without the date: "NATO
// said on Monday", "TWA today revealed".
func datelineWords(e Event) (int, []string) {
	place, n := "", 0
	for _, s := range e.Entities {
		if !inCapitals(s) {
			continue
		}
		if ws := contentWords(s, -1, -1); len(ws) > 0 && hasWords(e.Words, ws) {
			place, n = s, len(ws)
			break
		}
	}
	if place == "" {
		return 0, nil
	}
	switch lead := e.Time.Start - e.Summary.Start; {
	case n < len(e.Words) && datelineMonths[e.Words[n]]:
		n++
	case lead == len(place)+len(", "):
	default:
		return 0, nil
	}
	names := []string{place}
	for _, s := range e.Entities {
		if ws := contentWords(s, -1, -1); s != place && len(ws) > 0 && hasWords(e.Words[n:], ws) {
			return n + len(ws), append(names, s)
		}
	}
	return n, names
}

// inCapitals reports whether a name of at least three letters is
// written in capitals only, as a dateline's place is.
func inCapitals(s string) bool {
	return doc.InCapitals(s, 3)
}

// hasWords reports whether words open with the words of prefix.
func hasWords(words, prefix []string) bool {
	return len(words) >= len(prefix) && slices.Equal(words[:len(prefix)], prefix)
}

// datelineMonths are the stems of the names of months and their short
// forms, as a dateline gives them ("Nov 24", "March 10").
var datelineMonths = func() map[string]bool {
	m := map[string]bool{}
	for w := range monthWords {
		if w != "end" {
			m[stem(w)] = true
		}
	}
	return m
}()

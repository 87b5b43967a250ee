package events

import (
	"slices"
	"strings"
	"unicode"

	"newsbot/extract/doc"
)

// minRetoldWords is the fewest words an event must give for a later
// line of its article saying nothing more to count as the same event.
const minRetoldWords = 3

// withoutRetoldLine drops from the events of one article an event that
// another event of the article, in another sentence, tells again with
// nothing left out: the same date, precision, week and plan, a
// participant in common and every word of the one among the words of
// the other ("Ada Brook, painter, born 2 May 1931" at the top of an
// obituary and "Ada Brook (Adelaide Brook), painter, born 2 May 1931" at
// its foot). The fuller event stays; of two alike, the first. Events of
// overlapping summaries are left alone: a clause and the sentence
// holding it may tell two things of one date; so are events giving a
// figure the other does not ("earned 1.44 dlrs a share", "earned 29 cts
// per share"), the words of figures being no content words.
func withoutRetoldLine(text string, out []Event) []Event {
	if len(out) < 2 {
		return out
	}
	// Only events of one date, precision, week and plan are compared,
	// and only where the article gives few of them: one giving a date
	// many times over is a log, not a story told again.
	byKey := byDate(out)
	drop := make([]bool, len(out))
	// The distinct words of each event compared, found once for all the
	// pairs it is in.
	distinct := make([][]string, len(out))
	for _, idx := range byKey {
		if len(idx) < 2 || len(idx) > maxRetoldDate {
			continue
		}
		for _, i := range idx {
			distinct[i] = distinctWords(out[i].Words)
		}
		for _, i := range idx {
			for _, j := range idx {
				if i != j && !drop[j] && retoldBy(out[i], out[j], distinct[i], distinct[j], j < i) && figuresAmong(text, out[i].Summary, out[j].Summary) {
					drop[i] = true
					break
				}
			}
		}
	}
	if !slices.Contains(drop, true) {
		return out
	}
	kept := make([]Event, 0, len(out))
	for i, e := range out {
		if !drop[i] {
			kept = append(kept, e)
		}
	}
	return kept
}

// maxRetoldDate is the most events of one date an article may give for
// withoutRetoldLine to compare them.
const maxRetoldDate = 8

// retoldBy reports whether the event e says nothing that the event o of
// the same article does not, o another report of it; earlier says o
// comes first in the article, which keeps o when both say the same; ew
// and ow are the distinct words of e and o (distinctWords).
func retoldBy(e, o Event, ew, ow []string, earlier bool) bool {
	if e.Date != o.Date || e.Precision != o.Precision || e.Week != o.Week || e.Planned != o.Planned ||
		e.Summary.Start < o.Summary.End && o.Summary.Start < e.Summary.End {
		return false
	}
	if len(ew) < minRetoldWords || len(ew) > len(ow) || len(ew) == len(ow) && !earlier {
		return false
	}
	if !slices.ContainsFunc(e.Entities, func(n string) bool { return slices.Contains(o.Entities, n) }) {
		return false
	}
	for _, w := range ew {
		if !slices.Contains(ow, w) {
			return false
		}
	}
	return true
}

// distinctWords returns the words of ws, each once, in order.
func distinctWords(ws []string) []string {
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// figuresAmong reports whether every figure (a word holding a digit)
// of the summary at e is a figure of the summary at o.
func figuresAmong(text string, e, o doc.Span) bool {
	if e.Start < 0 || o.Start < 0 || e.End > len(text) || o.End > len(text) || e.Start > e.End || o.Start > o.End {
		return false
	}
	of := figuresOf(text[o.Start:o.End])
	for _, f := range figuresOf(text[e.Start:e.End]) {
		if !slices.Contains(of, f) {
			return false
		}
	}
	return true
}

// figuresOf returns the words of s holding a digit, stripped of the
// punctuation around them.
func figuresOf(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if strings.ContainsFunc(w, unicode.IsDigit) {
			out = append(out, w)
		}
	}
	return out
}

package events

import (
	"regexp"
	"slices"
	"strings"
)

// restatedMark is the word that marks a report whose summary is only
// the reference a stretch counts from ("two days after the company
// reported weaker quarterly results"): the event it names is another
// report's, told again to date something else.
const restatedMark = "~restated"

// restatedOpening matches a summary opening with a counted stretch
// before or after an event: "two days after the company reported …",
// "just a week before a magnitude 6.8 earthquake …".
var restatedOpening = regexp.MustCompile(`^(?i:(?:just|only|some|about|nearly|almost|barely)\s+)?(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several|\d+)\s+(?i:hours?|days?|weeks?|months?|years?)\s+(?i:after|before)\s`)

// restatedHead bounds the opening restates reads.
const restatedHead = 48

// restates reports whether summary opens with a counted stretch before
// or after an event (restatedOpening).
func restates(summary string) bool {
	head := summary[:min(len(summary), restatedHead)]
	if !strings.Contains(head, " after ") && !strings.Contains(head, " before ") {
		return false
	}
	return restatedOpening.MatchString(strings.TrimLeft(summary, " \"“"))
}

// withRestatedMark returns the report with restatedMark among its words
// when its summary restates an event (see restates).
func withRestatedMark(summary string, e Event) Event {
	if !restates(summary) || slices.Contains(e.Words, restatedMark) {
		return e
	}
	e.Words = append(slices.Clip(e.Words), restatedMark)
	return e
}

// withoutRestatedMark returns the report without restatedMark, and
// whether it had it.
func withoutRestatedMark(e Event) (Event, bool) {
	if !slices.Contains(e.Words, restatedMark) {
		return e, false
	}
	e.Words = slices.DeleteFunc(slices.Clone(e.Words), func(w string) bool { return w == restatedMark })
	return e, true
}

// restatedOf reports whether a, a report restating an event of its day
// (see restates), tells the event b reports, neither a plan: their
// articles share their cast (minCast names alike) and the reports a
// word of substance, not only how they call a participant (referents),
// or a word and its adjective in -ly ("weaker quarterly results", "a
// fall in third-quarter operating profit").
func restatedOf(a, b *features) bool {
	if !a.restated || !a.day || !b.day || a.planned || b.planned || overlap(a.cast, b.cast) < minCast {
		return false
	}
	return restatedScore(a, b) > 0
}

// restatedScore counts the words of substance a and b share (see
// restatedOf).
func restatedScore(a, b *features) int {
	return overlap(a.words, b.words) - referentsShared(a, b) + lyKindred(a.raw, b.raw)
}

// lyKindred counts the words of a that are a word of b with "ly" added,
// or the other way round: "quarterly" and "quarter", "weekly" and
// "week".
func lyKindred(a, b []string) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			short, long := x, y
			if len(short) > len(long) {
				short, long = long, short
			}
			if len(short) >= 4 && len(long) == len(short)+2 && strings.HasPrefix(long, short) && strings.HasSuffix(long, "ly") {
				n++
			}
		}
	}
	return n
}

// restatedToll reports whether, of two reports one of which restates
// an event, the figures agree on one unit at least: a report written
// days later gives the toll as then known ("four days after a magnitude
// 6.8 earthquake killed 268 people"), the first report its own ("killing
// at least 112 people"), and the magnitude says it is one earthquake.
func restatedToll(a, b *features) bool {
	if !a.restated && !b.restated {
		return false
	}
	for unit, vs := range a.figures {
		if slices.ContainsFunc(b.figures[unit], func(v string) bool { return slices.Contains(vs, v) }) {
			return true
		}
	}
	return false
}

// joinRestatements joins each report restating an event (see restates)
// to the one report of its day it tells again, when one stands out:
// the pair may share no word a search by word would find ("quarterly",
// "quarter"), so every report of the day is read, restatements being
// few. ids are the reports of one date and precision; two reports
// scoring alike in one group (find gives groups' roots) stand out
// together.
func joinRestatements(ids []int, feats []features, arts []int32, find func(int) int, union func(i, j int, sure bool)) {
	for _, i := range ids {
		if !feats[i].restated || !feats[i].day {
			continue
		}
		best, bestScore, tie := -1, 0, false
		for _, j := range ids {
			if j == i || arts[j] == arts[i] || !restatedOf(&feats[i], &feats[j]) {
				continue
			}
			switch s := restatedScore(&feats[i], &feats[j]); {
			case s > bestScore:
				best, bestScore, tie = j, s, false
			case s == bestScore && find(j) != find(best):
				tie = true
			}
		}
		if best >= 0 && !tie {
			union(i, best, true)
		}
	}
}

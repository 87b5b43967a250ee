package events

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
)

// referencePhrase opens a phrase that dates a report by another event
// ("two days after the crash of …", "a week before the funeral of …",
// "since the death of …"): the names after it are those of the event it
// counts from, not participants of what the report tells.
var referencePhrase = regexp.MustCompile(`(?i)\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+) (?:hours?|days?|weeks?|months?|years?) (?:after|before)|since) the [a-z]+ of\b`)

// minReportWords is the fewest content words before a reference phrase
// that tell a report of their own.
const minReportWords = 3

// refMark opens a word of a report naming a participant of the event a
// reference phrase counts from (see withReferencePoint), its spaces
// written as underscores.
const refMark = "^"

// withReferencePoint returns the report with the words its summary
// (summary, the text of e.Summary) gives only after a reference phrase
// (see referencePhrase) left out, and its names given only there marked
// by refMark words: two reports dated by one crash share its airline and
// its flight whatever each tells. The report's first name, its subject,
// is never marked, and a phrase that does not close the summary (see
// trailing) is left alone. A summary that is only such a reference is
// marked as restating its event (see withRestatedMark).
func withReferencePoint(summary string, e Event) Event {
	e = withRestatedMark(summary, e)
	// A phrase only counts after a comma (trailing), which most
	// summaries lack.
	if strings.IndexByte(summary, ',') < 0 || !mayReference(summary) {
		return e
	}
	loc := referencePhrase.FindStringIndex(summary)
	if loc == nil {
		return e
	}
	head, tail := summary[:loc[0]], summary[loc[1]:]
	if !trailing(head, tail) {
		return e
	}
	headWords, tailWords := contentWords(head, -1, -1), contentWords(tail, -1, -1)
	if len(headWords) < minReportWords {
		return e // "However, since the end of January it has …"
	}
	words := slices.DeleteFunc(slices.Clone(e.Words), func(w string) bool {
		return slices.Contains(tailWords, w) && !slices.Contains(headWords, w)
	})
	if len(words) == 0 {
		return e
	}
	e.Words = words
	for k, n := range e.Entities {
		if k > 0 && !strings.Contains(head, n) && strings.Contains(tail, n) {
			e.Words = append(e.Words, refMark+strings.ReplaceAll(n, " ", "_"))
		}
	}
	return e
}

// maxFoldedSummary bounds the summaries mayReference lowers on the stack.
const maxFoldedSummary = 512

// mayReference reports whether summary holds the literals every match
// of referencePhrase has, in any case: " of", and "after the ", "before
// the " or "ince the " (of "since"; its s may match the long s under
// case folding). None of them has a letter with a non-ASCII case fold:
// a cheap exact test before the pattern, which most summaries fail.
//
// A summary of up to maxFoldedSummary bytes is lowered once into a
// buffer on the stack (lowerInto, which lowers ASCII capitals only, as
// containsFold folds them), where each literal takes one plain search.
func mayReference(summary string) bool {
	var buf [maxFoldedSummary]byte
	if len(summary) <= len(buf) {
		l, _ := lowerInto(buf[:len(summary)], summary)
		return bytes.Contains(l, []byte(" of")) &&
			(bytes.Contains(l, []byte("after the ")) || bytes.Contains(l, []byte("before the ")) || bytes.Contains(l, []byte("ince the ")))
	}
	return containsFold(summary, " of") &&
		(containsFold(summary, "after the ") || containsFold(summary, "before the ") || containsFold(summary, "ince the "))
}

// trailing reports whether a reference phrase between head and tail
// closes its summary, set off by a comma: "…, two days after the crash of
// …". A phrase opening the summary or followed by another clause ("a
// week before the funeral of X, the council met") may name its actors.
func trailing(head, tail string) bool {
	return strings.HasSuffix(strings.TrimSpace(head), ",") && !commaSemicolonMarks.in(tail)
}

// withoutReferencePoint returns the report without the names its
// refMark words mark and without those words, for comparing it with
// others (see withReferencePoint).
func withoutReferencePoint(e Event) Event {
	if !slices.ContainsFunc(e.Words, isRefWord) {
		return e
	}
	var marked []string
	for _, w := range e.Words {
		if isRefWord(w) {
			marked = append(marked, strings.ReplaceAll(w[len(refMark):], "_", " "))
		}
	}
	e.Words = slices.DeleteFunc(slices.Clone(e.Words), isRefWord)
	e.Entities = slices.DeleteFunc(slices.Clone(e.Entities), func(n string) bool { return slices.Contains(marked, n) })
	return e
}

// isRefWord reports whether w marks a name of a reference point.
func isRefWord(w string) bool {
	return strings.HasPrefix(w, refMark)
}

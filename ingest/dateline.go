package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// An article whose metadata gives no date often dates itself in its
// dateline, the place and day that open the story: "MANILA, 2 April 2026
// — The captain of …", "LONDON, March 3, 2026 (Reuters) - …", or the
// place and day alone on a line under the headline ("Kessa, 14 May
// 2026"). A dateline is written when the story is filed, so its day
// stands for the publication date, against which "on Wednesday" and "next
// month" are counted. Only a whole date counts: "ODIONGAN, March 11
// (Wire Asia) -" names no year, and a date later in the story may be any
// day it tells of.

// Bounds of where a dateline is looked for: among the first lines of the
// story, which may come after a headline, a byline and site furniture.
const (
	datelineLines    = 8
	datelineBytes    = 1500
	maxDatelineHead  = 80 // bytes of place and date before the dash
	maxDatelinePlace = 5  // words of the place
)

// datelineDate returns the publication date (YYYY-MM-DD) that a dateline
// near the start of a story gives, and the dateline's place and date as
// written, or ok false when no line there opens with a dateline holding a
// whole date.
func datelineDate(story string) (date, dateline string, ok bool) {
	return firstLinesDate(story, lineDateline)
}

// firstLinesDate returns the first date that read finds in one of the
// first datelineLines non-blank lines of a story (within datelineBytes),
// with what read says it read.
func firstLinesDate(story string, read func(line string) (date, text string, ok bool)) (date, text string, ok bool) {
	if len(story) > datelineBytes {
		story = story[:datelineBytes]
	}
	n := 0
	for line := range strings.Lines(story) {
		line = strings.TrimFunc(line, func(r rune) bool { return unicode.IsSpace(r) || r == '\ufeff' })
		if line == "" {
			continue
		}
		if n++; n > datelineLines {
			break
		}
		if d, t, found := read(line); found {
			return d, t, true
		}
	}
	return "", "", false
}

// lineDateline reads a dateline at the start of one line: a place of a
// few capitalised words, a comma and a whole date, then a dash, an
// agency in brackets or the end of the line.
func lineDateline(line string) (date, head string, ok bool) {
	head = line
	if i := strings.IndexAny(line, "—–(|"); i >= 0 {
		head = line[:i]
	} else if i := strings.Index(line, " - "); i >= 0 {
		head = line[:i]
	} else if len(line) > maxDatelineHead {
		return "", "", false // a line of prose, not a dateline alone
	}
	head = strings.TrimSpace(head)
	if len(head) > maxDatelineHead {
		return "", "", false
	}
	// The place may hold commas of its own ("WASHINGTON, D.C., March 3,
	// 2026"): try each comma as the one before the date.
	for i := strings.IndexByte(head, ','); i > 0; {
		if placeWords(head[:i]) {
			if d, err := NormalizeDate(head[i+1:]); err == nil && d != "" {
				return d, head, true
			}
		}
		next := strings.IndexByte(head[i+1:], ',')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return "", "", false
}

// placeWords reports whether s is a place as datelines write it: one to
// a few words, each opening with a capital ("MANILA", "Kessa", "SAN
// JUAN, Puerto Rico", "D.C."), and no weekday ("Thursday, 2 April 2026"
// is a date line, but names no place the story was filed from).
func placeWords(s string) bool {
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' })
	if len(words) == 0 || len(words) > maxDatelinePlace {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || weekdayNames[strings.ToLower(strings.TrimRight(w, "."))] {
			return false
		}
	}
	return true
}

// A page may instead print its time stamp under the headline, a label
// and a date: "Updated 9 March 2026, 18:05", "Published: Thursday 5 March
// 2026 10:14 GMT", "Last updated on 9 Mar 2026", "First published 4
// March 2026 | Updated 5 March 2026". The stamp says when the story was
// filed or last revised; a revision rewrites the story's "on Saturday"
// and "next week" from its own day, so an update's date serves as well as
// a publication's, but a line giving both is dated by its publication.
// Only a labelled line counts, or a line that is nothing but a date led by
// its weekday, as feeds and pages print a stamp ("Mon, 2 Mar 2026 20:30
// PST", "Thursday 5 March 2026"), above the story's first sentence: a date
// alone on a line may be any day the story tells of, and a dated letter
// quoted in the story comes after its first sentence.

// stampLabels open a time stamp's fields, longest first so that "last
// updated" is not read as "updated" with "last" left over.
var stampLabels = []string{"first published", "originally published", "last updated", "last modified",
	"published", "updated", "posted", "modified"}

// maxStampBytes bounds a time stamp's line: a label and a date or two.
const maxStampBytes = 120

// stampDate returns the publication date (YYYY-MM-DD) that a time stamp
// among the first lines of a story gives, and the stamp's line, or ok
// false when none there does.
func stampDate(story string) (date, stamp string, ok bool) {
	if d, line, found := firstLinesDate(story, func(line string) (string, string, bool) {
		d, found := lineStamp(line)
		return d, line, found
	}); found {
		return d, line, true
	}
	return firstLinesDate(storyHead(story), func(line string) (string, string, bool) {
		d, found := weekdayStamp(line)
		return d, line, found
	})
}

// weekdayStamp reads one line as a time stamp without a label: a whole
// date opening with its weekday and nothing else but a time of day and
// zone ("Mon, 2 Mar 2026 20:30 PST", "Thursday 5 March 2026"). The date
// is the day as written, whatever the zone. "2 March 2026" alone is no
// stamp: without the weekday a line may be a heading of the story's own
// dates.
func weekdayStamp(line string) (date string, ok bool) {
	if len(line) > maxStampBytes {
		return "", false
	}
	first, _, _ := strings.Cut(line, " ")
	if !weekdayNames[strings.ToLower(strings.TrimRight(first, ",."))] {
		return "", false
	}
	d, err := NormalizeDate(line)
	return d, err == nil && d != ""
}

// storyHead returns the opening of a story up to its first sentence: the
// lines of headline, byline and stamps above it. A sentence is a line
// closed by a stop ("The count ended.", "“We won,” he said."); a headline,
// byline or stamp has none.
func storyHead(story string) string {
	if len(story) > datelineBytes {
		story = story[:datelineBytes]
	}
	off := 0
	for line := range strings.Lines(story) {
		if EndsSentence(strings.TrimSpace(line)) {
			return story[:off]
		}
		off += len(line)
	}
	return story
}

// EndsSentence reports whether a line closes with a full stop, a question
// or exclamation mark or an ellipsis, perhaps inside closing quotes or
// brackets ("The count ended.", "He said: “We won.”"): a line of prose
// rather than a headline, a byline or a label.
func EndsSentence(line string) bool {
	line = strings.TrimRight(line, "\"'”’)]")
	return strings.HasSuffix(line, ".") || strings.HasSuffix(line, "!") || strings.HasSuffix(line, "?") ||
		strings.HasSuffix(line, "…")
}

// lineStamp reads one line as a time stamp: fields between bars or
// bullets, each a label, perhaps a colon or "on", and a whole date. A
// publication date comes before an update's.
func lineStamp(line string) (date string, ok bool) {
	if len(line) > maxStampBytes {
		return "", false
	}
	published, updated := "", ""
	for _, field := range strings.FieldsFunc(line, func(r rune) bool { return r == '|' || r == '·' || r == '•' }) {
		field = strings.TrimSpace(field)
		lower := strings.ToLower(field)
		for _, label := range stampLabels {
			if !strings.HasPrefix(lower, label) {
				continue
			}
			rest := strings.TrimSpace(field[len(label):])
			rest = strings.TrimSpace(strings.TrimPrefix(rest, ":"))
			if len(rest) > 3 && strings.EqualFold(rest[:3], "on ") {
				rest = rest[3:]
			}
			d, err := NormalizeDate(rest)
			if err != nil || d == "" {
				break
			}
			if strings.Contains(label, "publish") || label == "posted" {
				if published == "" {
					published = d
				}
			} else if updated == "" {
				updated = d
			}
			break
		}
	}
	if published != "" {
		return published, true
	}
	return updated, updated != ""
}

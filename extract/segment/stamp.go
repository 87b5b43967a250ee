package segment

import (
	"regexp"
	"strings"
)

// A live blog may print each entry's time at the head of its paragraph
// rather than on a line of its own: "16:40 BST Health Minister Jean-Luc de
// la Croix has just spoken to reporters." The stamp is split off as a
// sentence of its own, so that it reads as the entry's heading (and, like a
// heading, as furniture) and the entry's first sentence opens with its
// subject, not with "BST".

// entryStamp is a time of day at the start of a paragraph, with perhaps
// am/pm and its zone, a separator, followed by the capital letter or
// quotation mark that opens the entry. A time written with a point
// ("10.42") needs its zone or am/pm, as "1.25" may be any number.
var entryStamp = regexp.MustCompile(`^((?:(?:[01]?\d|2[0-3]):[0-5]\d(?:\s?` + amPM + `)?(?:\s+` + zone + `)?` +
	`|(?:[01]?\d|2[0-3])\.[0-5]\d(?:\s?` + amPM + `(?:\s+` + zone + `)?|\s+` + zone + `)))(?:\s*[:|–—-])?\s+([\p{Lu}"“‘'])`)

// zone is a time zone's abbreviation. Nearly all of them end in "T" for
// "time" (GMT, CEST, PHT, SGT, HKT, KST, AEDT, NZST, SAST, ICT), so any two
// to five capitals ending in T are read as one, as are the few that do not
// (MSK, WIB, WITA): a live blog from Manila stamps "18:45 PHT", and a fixed
// list would leave "PHT" behind as a sentence of its own.
const (
	amPM = `(?i:[ap]m\b|[ap]\.m\.)`
	zone = `(?:[A-Z]{1,4}T|MSK|WIB|WITA)\b`
)

// zoneNext is a zone or am/pm at the start of what follows a stamp: the
// stamp read stopped short of its own ("14:05 GMT" alone on its line).
var zoneNext = regexp.MustCompile(`^\s*(?:` + zone + `|` + amPM + `)`)

// leadingStamp returns the end of the time stamp that opens the paragraph
// text[start:end] and where the entry after it starts, past a separator
// ("09:14 GMT - Queues formed"), or start twice if the paragraph opens
// with no stamp.
func leadingStamp(text string, start, end int) (stamp, entry int) {
	from := skipSpace(text, start, end)
	if from == end || text[from] < '0' || text[from] > '9' {
		return start, start // entryStamp opens with a digit
	}
	m := entryStamp.FindStringSubmatchIndex(text[from:end])
	if m == nil || zoneNext.MatchString(text[from+m[3]:end]) {
		return start, start
	}
	return from + m[3], from + m[4]
}

// A live blog's headline may carry the page's badge glued to its first
// words: "LIVE Port strike: ships queue off the harbour". The badge is
// split off as a sentence of its own (furniture, as "LIVE" alone is site
// vocabulary), so that the headline's first name is not read as "LIVE
// Port".

// liveBadge is the badge in capitals at the start of a paragraph, perhaps
// with a colon or bar, followed by a word in mixed case: a headline set
// all in capitals ("LIVE CATTLE FUTURES RISE") keeps its first word.
var liveBadge = regexp.MustCompile(`^(LIVE)(?:\s*[:|–—-])?\s+(\p{Lu}\p{Ll})`)

// leadingBadge returns the end of the badge that opens the paragraph
// text[start:end] and where the headline after it starts, or start twice
// if the paragraph opens with none.
func leadingBadge(text string, start, end int) (badge, rest int) {
	from := skipSpace(text, start, end)
	if !strings.HasPrefix(text[from:end], "LIVE") {
		return start, start
	}
	m := liveBadge.FindStringSubmatchIndex(text[from:end])
	if m == nil {
		return start, start
	}
	return from + m[3], from + m[4]
}

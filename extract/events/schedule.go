package events

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// Dates a clause gives as a schedule that changed, and lines that only
// sign the article.

// earlierPlan are the words that, before a word of scheduling, present
// a plan as given up: "originally scheduled for 28 October".
var earlierPlan = map[string]bool{"originally": true, "initially": true, "previously": true, "formerly": true}

// scheduling are the words of a schedule an earlierPlan word qualifies.
var scheduling = map[string]bool{
	"scheduled": true, "planned": true, "slated": true, "due": true, "expected": true,
	"meant": true, "supposed": true, "intended": true, "timetabled": true,
}

// planBreaks end the stretch an earlierPlan word governs: "originally
// scheduled for May but held in June" dates the holding in June.
var planBreaks = map[string]bool{"but": true, "and": true, "then": true, "was": true, "were": true, "instead": true, "now": true}

// superseded reports whether the clause gives the expression at t as the
// date first planned for something ("The mission, originally scheduled
// to lift off on 28 October, …"; "The FDA had been expected to decide in
// September but ruled early"): a schedule given up, not an event. A past
// perfect of a plan looks back on a plan overtaken. ws are the lower-case
// words before t in its segment of the summary (lowerWords of beforeIn).
func superseded(ws []string) bool {
	for i := len(ws) - 1; i > 0; i-- {
		if planBreakWords.has(ws[i]) {
			return false
		}
		if ws[i] == "set" && earlierPlan[ws[i-1]] && i+1 < len(ws) && (ws[i+1] == "for" || ws[i+1] == "to") {
			return true // "originally set for Thursday"
		}
		if schedulingWords.has(ws[i]) && (earlierPlan[ws[i-1]] || ws[i-1] == "had" || i > 1 && ws[i-1] == "been" && ws[i-2] == "had" ||
			i > 1 && ws[i-1] == "first" && isBeVerb(ws[i-2])) { // "was first scheduled for"
			return true
		}
	}
	return false
}

// givenUp reports whether the words after a new date say the event was
// moved again or dropped: "rescheduled for March 17 and then postponed
// again" dates nothing that happened or will.
func givenUp(after []string) bool {
	for i, w := range after {
		switch w {
		case "postponed", "delayed", "cancelled", "canceled", "scrapped", "deferred":
			return true
		case "called", "pushed", "put":
			if i+1 < len(after) && (after[i+1] == "off" || after[i+1] == "back") {
				return true
			}
		}
	}
	return false
}

// rescheduling are the verbs that move an event to a new date, and the
// word each may take before its particle ("pushed back to").
var rescheduling = map[string]bool{
	"delayed": true, "postponed": true, "deferred": true, "rescheduled": true, "moved": true,
	"pushed": true, "put": true, "brought": true, "bumped": true, "adjourned": true,
}

// rescheduled reports whether the expression at t, after the words ws
// (as superseded takes them), is the new date an event was moved to ("was first delayed to 14 November", "postponed
// until Friday", "pushed back to March"): a plan, whatever its date.
func rescheduled(ws []string) bool {
	n := len(ws)
	if n < 2 || ws[n-1] != "to" && ws[n-1] != "until" && ws[n-1] != "till" && ws[n-1] != "for" {
		return false
	}
	v, particle := verbBefore(ws)
	if v == "put" || v == "brought" {
		return particle // "put back to", not "put to a vote on"
	}
	return rescheduling[v]
}

// movedFrom reports whether the words ws before an expression (as
// superseded takes them) end in a verb of moving and "from": "a mission
// that had already slipped from 2025", "was moved from March to May".
// The time is the one an event left, which dates nothing.
func movedFrom(ws []string) bool {
	n := len(ws)
	if n < 2 || ws[n-1] != "from" {
		return false
	}
	v, particle := verbBefore(ws)
	if v == "put" || v == "brought" {
		return particle // "brought forward from", not "brought from"
	}
	return rescheduling[v] || v == "slipped" || v == "shifted" || v == "slid"
}

// movedFromIn reports movedFrom for the words of seg, split only when
// seg holds the "from" that movedFrom needs.
func movedFromIn(seg string) bool {
	return containsFold(seg, "from") && movedFrom(lowerWords(seg))
}

// beforeIn returns the part of the summary sum from the punctuation
// mark before the expression t to t.
func beforeIn(text string, sum, t doc.Span) string {
	a, b := beforeInSpan(text, sum, t)
	return text[a:b]
}

// beforeInSpan returns where beforeIn(text, sum, t) starts and ends.
func beforeInSpan(text string, sum, t doc.Span) (int, int) {
	if !sum.Contains(t) {
		return 0, 0
	}
	st := sum.Start
	if i := segmentMarks.lastIn(text[st:t.Start]); i >= 0 {
		st += i + 1
	}
	return st, t.Start
}

// lowerWords splits s into lower-cased words of letters.
func lowerWords(s string) []string {
	n, letters, upper, ascii := asciiWordCount(s)
	if !ascii {
		return strings.FieldsFunc(strings.ToLower(s), notLetter)
	}
	if upper {
		return loweredWords(s, n, letters)
	}
	return asciiWords(s, n)
}

// loweredWords is asciiWords of strings.ToLower(s) for ASCII text s of
// n words and letters letters, in one reading of s: only the letters
// are lowered, into one string the words share.
func loweredWords(s string, n, letters int) []string {
	out := asciiWords(s, n) // the words as written, for their lengths
	var b strings.Builder
	b.Grow(letters)
	for _, w := range out {
		for i := 0; i < len(w); i++ {
			b.WriteByte(w[i] | 0x20) // every byte of a word is a letter
		}
	}
	low, off := b.String(), 0
	for k, w := range out {
		out[k] = low[off : off+len(w)]
		off += len(w)
	}
	return out
}

// firstLowerWords returns the first n words of lowerWords(s), reading s
// only as far as its n-th word when that much of it is ASCII.
func firstLowerWords(s string, n int) []string {
	words, in := 0, false
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ws := lowerWords(s)
			return ws[:min(n, len(ws))]
		}
		c := s[i] | 0x20 // a letter of either case as its small one
		letter := 'a' <= c && c <= 'z'
		if !letter && in {
			if words++; words == n {
				return lowerWords(s[:i]) // its words are the first n of s
			}
		}
		in = letter
	}
	return lowerWords(s)
}

// lastLowerWords returns the last n words of lowerWords(s), reading s
// from its end only as far as the word before them when that much of it
// is ASCII.
func lastLowerWords(s string, n int) []string {
	words, in := 0, false
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] >= utf8.RuneSelf {
			ws := lowerWords(s)
			return ws[max(0, len(ws)-n):]
		}
		c := s[i] | 0x20 // a letter of either case as its small one
		letter := 'a' <= c && c <= 'z'
		if !letter && in {
			if words++; words == n {
				return lowerWords(s[i+1:]) // its words are the last n of s
			}
		}
		in = letter
	}
	return lowerWords(s)
}

// wordsOfLower splits l, already in lower case, into its words of
// letters, as lowerWords does.
func wordsOfLower(l string) []string {
	n, _, _, ascii := asciiWordCount(l)
	if !ascii {
		return strings.FieldsFunc(l, notLetter)
	}
	return asciiWords(l, n)
}

// asciiWordCount counts the runs of letters of s and their letters in
// one reading, and reports whether s has a capital letter and whether it
// is all ASCII (when it is not, the counts are zero).
func asciiWordCount(s string) (n, letters int, upper, ascii bool) {
	var prev, seen uint8
	for i := 0; i < len(s); i++ {
		c := byteClass[s[i]]
		if c&classHigh != 0 {
			return 0, 0, false, false
		}
		n += int(c &^ prev & classLetter) // a letter after no letter opens a word
		letters += int(c & classLetter)
		seen |= c
		prev = c
	}
	return n, letters, seen&classUpper != 0, true
}

// Byte classes of asciiWordCount.
const (
	classLetter = 1 << iota // an ASCII letter
	classUpper              // an ASCII capital
	classHigh               // a byte beyond ASCII
)

// byteClass holds the classes of each byte.
var byteClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case 'a' <= c && c <= 'z':
			t[c] = classLetter
		case 'A' <= c && c <= 'Z':
			t[c] = classLetter | classUpper
		case c >= utf8.RuneSelf:
			t[c] = classHigh
		}
	}
	return t
}()

// asciiWords splits ASCII text s into its n runs of letters, as
// strings.FieldsFunc(s, notLetter) does, without a call for each byte.
func asciiWords(s string, n int) []string {
	out := make([]string, n)
	k, st := 0, -1
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20 // a letter of either case as its small one
		letter := 'a' <= c && c <= 'z'
		switch {
		case letter && st < 0:
			st = i
		case !letter && st >= 0:
			out[k] = s[st:i]
			k++
			st = -1
		}
	}
	if st >= 0 {
		out[k] = s[st:]
	}
	return out
}

// wordsExceed reports whether s has more than n words of letters as
// lowerWords splits them, reading s only as far as the word past n.
func wordsExceed(s string, n int) bool {
	words, in := 0, false
	for _, r := range s {
		letter := unicode.IsLetter(r)
		if letter && !in {
			if words++; words > n {
				return true
			}
		}
		in = letter
	}
	return false
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// signing are the lower-case words a byline may hold besides names and
// its date: "By Jane Doe | Updated 3 November 2026, posted at 10:45".
var signing = map[string]bool{"updated": true, "published": true, "posted": true, "first": true}

// signingOpeners open a line that signs the article: "By Staff Reporter
// | 3 November 2026", "Published 2026-03-12 by Westminster Today".
var signingOpeners = []string{"By ", "Published ", "Updated ", "Posted ", "First published "}

// byline reports a line that only signs the article, an opener and a
// name or its date: no verb, no lower-case word but function words. It
// dates no event.
func byline(sentence string) bool {
	s := strings.TrimSpace(sentence)
	i := slices.IndexFunc(signingOpeners, func(p string) bool { return strings.HasPrefix(s, p) })
	if i < 0 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s[len(signingOpeners[i]):]); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && !stopWords[w] && !signing[w] {
			return false
		}
	}
	return true
}

// startWords, before a date ahead, give the day a measure takes effect:
// "raises the top rate from April 2027", "effective 1 January".
var startWords = map[string]bool{"from": true, "starting": true, "effective": true, "beginning": true}

// takesEffect reports whether the words ws before a later date (as
// superseded takes them) end in a word that starts something at that
// date: a measure's start ahead is planned, whatever the verb's tense.
func takesEffect(ws []string) bool {
	return len(ws) > 0 && startWords[ws[len(ws)-1]]
}

// verbBefore returns the verb before the last of the words ws (at least
// two), over a particle of moving: "pushed back to", "brought forward
// from".
func verbBefore(ws []string) (verb string, particle bool) {
	n := len(ws)
	verb = ws[n-2]
	particle = verb == "back" || verb == "forward"
	if particle && n >= 3 {
		verb = ws[n-3]
	}
	return verb, particle
}

// grantVerbs give or hold a time left to act: "has until", "was given
// until", "have until".
var grantVerbs = map[string]bool{"has": true, "have": true, "had": true, "given": true, "gets": true, "get": true, "granted": true}

// deadline reports whether the expression at t ends the time someone is
// given to act, an infinitive after it: "The state has until April 16 to
// lodge its appeal" plans the lodging by that day, whatever the tense
// of "has".
func deadline(text string, sum, t doc.Span) bool {
	ws := lowerWords(beforeIn(text, sum, t))
	n := len(ws)
	if n < 2 || ws[n-1] != "until" && ws[n-1] != "till" || !grantVerbs[ws[n-2]] && !grantedUntil(ws) || t.End > sum.End {
		return false
	}
	after := lowerWords(text[t.End:sum.End])
	return len(after) >= 2 && after[0] == "to"
}

// promiseVerbs report a commitment to what is still to be done.
var promiseVerbs = map[string]bool{"promised": true, "pledged": true, "vowed": true, "committed": true, "promises": true, "pledges": true, "vows": true}

// promisedBy reports whether the words before a time end in a deadline
// for a promise: "has promised a review of the rules by the end of the
// year" plans the review, though the year is the article's own.
func promisedBy(ws []string) bool {
	n := len(ws)
	if n < 2 || ws[n-1] != "by" && ws[n-1] != "before" && ws[n-1] != "within" {
		return false
	}
	for _, w := range ws[:n-1] {
		if promiseVerbs[w] {
			return true
		}
	}
	return false
}

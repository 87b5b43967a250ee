package events

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// withAnchoredTimes returns times, in text order, with the dates an
// article gives only by another of its events ("on the eve of the vote",
// "the week before the deal") and the months of a quarter's end or start
// ("at the end of Q2").
func withAnchoredTimes(text string, sents []doc.Sentence, times []timex.Expr, published time.Time) []timex.Expr {
	out := quarterEnds(text, times, published)
	if !mayRelateToEvent(text) {
		return out
	}
	ms := relativeToEvent.FindAllStringSubmatchIndex(text, -1)
	if len(ms) == 0 {
		return out
	}
	var added []timex.Expr
	for _, m := range ms {
		if t, ok := anchoredTime(text, sents, out, m, published); ok {
			added = append(added, t)
		}
	}
	if len(added) == 0 {
		return out
	}
	// "the day after" of "the day after the vote" counts from the vote
	// the article dates, not from the date mentioned last.
	out = slices.DeleteFunc(slices.Clone(out), func(t timex.Expr) bool {
		return slices.ContainsFunc(added, func(a timex.Expr) bool { return a.Start < t.End && t.Start < a.End })
	})
	out = append(out, added...)
	slices.SortStableFunc(out, func(a, b timex.Expr) int { return a.Start - b.Start })
	return out
}

// relativeToEvent matches a day or week told by an event the article
// names: "the eve of the vote", "the day after the election", "the week
// before the deal".
var relativeToEvent = regexp.MustCompile(`\b[Tt]he (eve|day before|day after|week before|week after)(?: of)? the (\p{Ll}+)\b`)

// mayRelateToEvent reports whether text holds a literal every match of
// relativeToEvent holds ("he eve ", or "he day " or "he week " followed
// by "before " or "after "): most texts hold none, and the search of the
// whole text for the expression costs far more than this test. Each
// literal is found by a byte of it rare in English ('v', 'y', 'k').
func mayRelateToEvent(text string) bool {
	return containsAt(text, "he eve ", 4) || relationAt(text, "he day ", 5) || relationAt(text, "he week ", 6)
}

// relationAt reports whether text holds sub followed by "before " or
// "after ", searching for sub by its byte sub[k] (see containsAt).
func relationAt(text, sub string, k int) bool {
	c := sub[k]
	for i := k; i < len(text); {
		j := strings.IndexByte(text[i:], c)
		if j < 0 {
			return false
		}
		if at := i + j - k; at >= 0 && at+len(sub) <= len(text) && text[at:at+len(sub)] == sub {
			if rest := text[at+len(sub):]; strings.HasPrefix(rest, "before ") || strings.HasPrefix(rest, "after ") {
				return true
			}
		}
		i += j + 1
	}
	return false
}

// containsAt reports strings.Contains(s, sub), searching for the byte
// sub[k], a rare one, and comparing sub only where it stands: a text
// full of sub's first byte is read far faster so.
func containsAt(s, sub string, k int) bool {
	c := sub[k]
	for i := k; i < len(s); {
		j := strings.IndexByte(s[i:], c)
		if j < 0 {
			return false
		}
		if at := i + j - k; at+len(sub) <= len(s) && s[at:at+len(sub)] == sub {
			return true
		}
		i += j + 1
	}
	return false
}

// anchorReach is how many words, at most, may stand between an event's
// noun and the day that dates it ("a vote of confidence on Wednesday").
const anchorReach = 4

// anchoredTime returns the time the match m of relativeToEvent stands
// for, when the article dates its event's noun once, to the day, in
// another sentence: "the eve of the vote" after "Parliament will hold a
// vote of confidence on Wednesday" is the Tuesday before.
func anchoredTime(text string, sents []doc.Sentence, times []timex.Expr, m []int, published time.Time) (timex.Expr, bool) {
	rel, noun := text[m[2]:m[3]], text[m[4]:m[5]]
	own, ok := sentenceOf(sents, doc.Span{Start: m[0], End: m[1]})
	if !ok {
		return timex.Expr{}, false
	}
	day := ""
	for _, t := range times {
		if t.Precision != "day" || t.Type != "DATE" || own.Start <= t.Start && t.Start < own.End || !datesNoun(text, sents, t, noun) {
			continue
		}
		if day != "" && day != t.Value[:10] {
			return timex.Expr{}, false // two events of that name
		}
		day = t.Value[:10]
	}
	d, err := time.Parse("2006-01-02", day)
	if err != nil {
		return timex.Expr{}, false
	}
	t := timex.Expr{Span: doc.Span{Start: m[0], End: m[1]}, Text: text[m[0]:m[1]], Type: "DATE"}
	switch rel {
	case "eve", "day before":
		d = d.AddDate(0, 0, -1)
	case "day after":
		d = d.AddDate(0, 0, 1)
	case "week before":
		d = d.AddDate(0, 0, -7)
	case "week after":
		d = d.AddDate(0, 0, 7)
	}
	if strings.HasPrefix(rel, "week") {
		y, w := d.ISOWeek()
		t.Value = fmt.Sprintf("%04d-W%02d", y, w)
	} else {
		t.Value, t.Precision = d.Format("2006-01-02"), "day"
	}
	t.Future = !published.IsZero() && d.After(published)
	if t.Future && !looksAhead(text[own.Start:m[0]]+" "+text[m[1]:own.End]) {
		// "She left for Lithuania the day after the vote": a deed told
		// in the past is no plan; its vote is another than the one ahead.
		return timex.Expr{}, false
	}
	return t, true
}

// datesNoun reports whether the day t dates the noun: the noun (or its
// plural) stands shortly before t in t's sentence after a determiner, at
// most one word before it ("a deal on Thursday", "a confidence vote on
// Wednesday"), not as a verb ("will vote on Tuesday").
func datesNoun(text string, sents []doc.Sentence, t timex.Expr, noun string) bool {
	s, ok := sentenceOf(sents, t.Span)
	if !ok || t.Start < s.Start {
		return false
	}
	ws := strings.Fields(strings.ToLower(text[s.Start:t.Start]))
	for i := len(ws) - 1; i >= max(0, len(ws)-1-anchorReach); i-- {
		w := strings.TrimRight(ws[i], ",;:")
		if w != ws[i] && i < len(ws)-1 {
			return false // a clause break between the noun and the day
		}
		if sameEventNoun(w, noun) {
			return determinedNoun(ws[:i])
		}
	}
	return false
}

// pollNouns name the same happening: "the eve of the vote" is the day
// before "the mayoral election on Tuesday".
var pollNouns = map[string]bool{"vote": true, "election": true, "ballot": true, "poll": true, "polls": true, "referendum": true}

// sameEventNoun reports whether the word w names the event noun, itself,
// its plural or, for a poll, another word for it.
func sameEventNoun(w, noun string) bool {
	return w == noun || w == noun+"s" || pollNouns[w] && pollNouns[noun]
}

// maxAnchorModifiers is how many words may stand between a dated event's
// noun and its determiner: "the Harborview mayoral election".
const maxAnchorModifiers = 2

// determinedNoun reports whether the words before a noun end in its
// determiner and at most maxAnchorModifiers words that are no function
// words.
func determinedNoun(before []string) bool {
	for i := len(before) - 1; i >= 0 && len(before)-1-i <= maxAnchorModifiers; i-- {
		switch {
		case determiners[before[i]]:
			return true
		case stopWords[before[i]]:
			return false
		}
	}
	return false
}

// quarterEnds returns times with a quarter at its end or start ("at the
// end of Q2", "the start of the third quarter") read as its last or
// first month. A quarter named without its year whose calendar reading
// ended before publication is left as it is, to date nothing, unless
// its clause is told in the past ("We signed the contract at the end of
// Q2"): it is more likely a company's fiscal quarter or next year's
// ("going into the end of Q2", said in September).
func quarterEnds(text string, times []timex.Expr, published time.Time) []timex.Expr {
	var out []timex.Expr
	for i, t := range times {
		if q, ok := quarterEdge(text, t); ok && !(yearless(t.Text) && quarterOver(t.Value, published) && !toldInPast(text, t.Start)) {
			if out == nil {
				out = slices.Clone(times)
			}
			out[i] = q
		}
	}
	if out == nil {
		return times
	}
	return out
}

// quarterValue matches a quarter's value ("2026-Q2").
var quarterValue = regexp.MustCompile(`^(\d{4})-Q([1-4])$`)

// quarterEdgeBefore matches the words before a quarter that tell its end
// or start.
var quarterEdgeBefore = regexp.MustCompile(`(?i)\b(end|close|start|beginning)\s+of\s+(?:the\s+)?$`)

// yearless reports whether a time's text names no year in figures
// ("Q2", "the second quarter", not "Q2 2026" or "Q3 '26").
func yearless(s string) bool {
	return !yearFigures.MatchString(s)
}

var yearFigures = regexp.MustCompile(`\d{4}|'\d\d|’\d\d`)

// toldInPast reports whether the words of the clause before offset at
// (back to a sentence or quote boundary) hold a verb in the past tense
// and no modal, present auxiliary or word that looks ahead.
func toldInPast(text string, at int) bool {
	seg := text[:at]
	if i := stopBangAskQuoteCurlyQuotesNewlineMarks.lastIn(seg); i >= 0 {
		seg = seg[i+1:]
	}
	past := false
	for _, w := range lowerWords(seg) {
		if futureWords[w] || auxiliaries[w] && !pastAuxiliaries[w] && w != "has" && w != "have" {
			return false // "will", "could", "is expected"
		}
		past = past || pastAuxiliaries[w] || pastParticiple(w)
	}
	return past
}

// pastAuxiliaries are the auxiliaries of a past tense.
var pastAuxiliaries = map[string]bool{"was": true, "were": true, "had": true, "did": true}

// quarterOver reports whether the quarter of value v ("2026-Q2") ended
// before the publication date.
func quarterOver(v string, published time.Time) bool {
	q := quarterValue.FindStringSubmatch(v)
	if q == nil || published.IsZero() {
		return false
	}
	y, err := strconv.Atoi(q[1])
	if err != nil {
		return false
	}
	n := int(q[2][0] - '0')
	return !time.Date(y, time.Month(3*n+1), 1, 0, 0, 0, 0, time.UTC).After(published)
}

// quarterEdge reads a quarter after "the end of" as its last month and
// after "the start of" as its first.
func quarterEdge(text string, t timex.Expr) (timex.Expr, bool) {
	if len(t.Value) != len("2006-Q1") || t.Value[5] != 'Q' {
		return t, false // no value quarterValue matches: a cheap test before it
	}
	q := quarterValue.FindStringSubmatch(t.Value)
	if q == nil || t.Type != "DATE" {
		return t, false
	}
	// Every match of quarterEdgeBefore holds "of", whose letters (?i)
	// folds with their ASCII capitals only.
	before := text[max(0, t.Start-24):t.Start]
	if !containsFold(before, "of") {
		return t, false
	}
	edge := quarterEdgeBefore.FindStringSubmatch(before)
	if edge == nil {
		return t, false
	}
	month := 3 * (int(q[2][0]-'0') - 1)
	switch strings.ToLower(edge[1]) {
	case "end", "close":
		month += 3
	default:
		month++
	}
	t.Value, t.Precision = fmt.Sprintf("%s-%02d", q[1], month), "month"
	return t, true
}

package events

import (
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"

	"newsbot/extract/doc"
)

// A live blog is a run of entries, each under a heading that is a time of
// day alone ("14:05 GMT"). The entry's opening sentence reports what
// happened then, on the day the blog is published, though it holds no
// date itself: "Sviatlana Tsikhanouskaya has closed the congress".

// clockHeading is a line that is a time of day alone, perhaps with its
// zone: "14:05 GMT", "10.42 BST", "9:30am".
var clockHeading = regexp.MustCompile(`^\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$`)

// greetingWords are the words a live blog greets its readers with ("Good
// morning.", "Welcome back to our live coverage."): a greeting is no news.
var greetingWords = map[string]bool{
	"good": true, "morning": true, "afternoon": true, "evening": true, "hello": true, "hi": true,
	"welcome": true, "back": true, "to": true, "our": true, "the": true, "live": true, "coverage": true, "blog": true,
}

// minEntries is the fewest time headings that make an article a live
// blog: one time on a line of its own may be anything.
const minEntries = 2

// withEntries adds the entries of a live blog (entryEvents) to the
// events found, in text order.
func withEntries(out []Event, text string, sents []doc.Sentence, mentions []doc.Mention, published time.Time) []Event {
	out = withoutEntryHeadlines(text, sents, out)
	entries := entryEvents(text, sents, out, mentions, published)
	if len(entries) == 0 {
		return out
	}
	for i := range out {
		out[i].Summary = withoutStampRest(text, out[i].Summary)
	}
	out = append(out, entries...)
	slices.SortStableFunc(out, func(a, b Event) int { return a.Summary.Start - b.Summary.Start })
	return out
}

// entryEvents dates the opening sentence of each entry of a live blog to
// the day of publication, unless a date of its own dates it already (an
// event of found lies in it).
func entryEvents(text string, sents []doc.Sentence, found []Event, mentions []doc.Mention, published time.Time) []Event {
	if published.IsZero() {
		return nil
	}
	var heads []int
	for i, s := range sents {
		if s.End <= len(text) && clockLine(text[s.Start:s.End]) {
			heads = append(heads, i)
		}
	}
	if len(heads) < minEntries {
		return nil
	}
	var out []Event
	day := openingDay(text, found, sents[heads[0]].Start, published)
	for _, h := range heads {
		if h+1 >= len(sents) {
			continue
		}
		if _, named := stampRestLen(text, sents[h+1].Span); named != "" {
			day, _ = bracketDay(named, day) // "01:55 UTC (November 4) - …"
		}
		first := h + 1
		if entryHeadline(text, sents, first) && first+1 < len(sents) {
			first++ // the body under the entry's headline tells the news
		}
		s, ok := openingSentence(text, sents, first)
		if !ok || s.Boilerplate || s.End > len(text) || datedIn(s.Span, found) || clockLine(text[s.Start:s.End]) ||
			entryHeading(text, s.Span) {
			continue
		}
		ev := Event{
			Date: day.Format("2006-01-02"), Precision: "day",
			Summary: withoutStampRest(text, s.Span), Time: sents[h].Span,
			Entities: entitiesIn(mentions, s.Span),
			Words:    contentWords(text[s.Start:s.End], -1, -1),
		}
		if len(ev.Words) > 0 {
			out = append(out, ev)
		}
	}
	return out
}

// maxEntryHeadingWords bounds the heading an entry may open with.
const maxEntryHeadingWords = 6

// entryHeading reports whether sp, opening an entry, is a short heading
// with no verb that ends its line, alone on it ("Reaction") or after the
// entry's time ("04:30 - Results so far"): it names what follows and
// reports nothing.
func entryHeading(text string, sp doc.Span) bool {
	if sp.Start < 0 || sp.Start >= sp.End || sp.End > len(text) {
		return false
	}
	lineStart := strings.LastIndexByte(text[:sp.Start], '\n') + 1
	lead := strings.TrimSpace(strings.TrimRight(text[lineStart:sp.Start], " \t-–—:|"))
	if lead != "" && !clockLine(lead) || !headlineLine(text, doc.Span{Start: lineStart, End: sp.End}) {
		return false
	}
	words := strings.Fields(text[sp.Start:sp.End])
	return len(words) <= maxEntryHeadingWords && verbless(words)
}

// greeting reports whether s holds words and all of them greet.
func greeting(s string) bool {
	words := lowerWords(s)
	return len(words) > 0 && !slices.ContainsFunc(words, func(w string) bool { return !greetingWords[w] })
}

// openingSentence returns the sentence that opens the entry starting at
// sents[i], passing over a greeting or a verbless lead-in (entryLead) to
// the sentence after it; false when the entry is one of them alone.
func openingSentence(text string, sents []doc.Sentence, i int) (doc.Sentence, bool) {
	s := sents[i]
	if s.End > len(text) || !greeting(text[s.Start:s.End]) && !bareEntryLine(text[s.Start:s.End]) && !entryLead(text, s.Span) {
		return s, true
	}
	if i+1 >= len(sents) {
		return s, false
	}
	next := sents[i+1]
	return next, next.End <= len(text) && !clockLine(text[next.Start:next.End])
}

// datedIn reports whether an event's summary lies in sp. A summary that
// opens in sp and runs on past it to close a quotation does not count:
// its date may come from words inside the quotation ("who died in
// March"), or a later rule may drop it, and the entry's own row must
// stay.
func datedIn(sp doc.Span, found []Event) bool {
	return slices.ContainsFunc(found, func(e Event) bool { return sp.Contains(e.Summary) })
}

// clockLine reports whether s, spaces around it left out, is a time of
// day alone (clockHeading). Most lines open with no digit, which
// mayBeClock tells before the pattern is run.
func clockLine(s string) bool {
	return mayBeClock(s) && clockHeading.MatchString(strings.TrimSpace(s))
}

// mayBeClock reports whether s, spaces at its start left out, opens with
// a digit, as every line clockHeading matches does: a cheap test before
// it.
func mayBeClock(s string) bool {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	return s != "" && '0' <= s[0] && s[0] <= '9'
}

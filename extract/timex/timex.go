// Package timex finds time expressions in article text and normalises them
// to TimeML TIMEX3 types and values ("on Tuesday" in an article published
// on Wednesday 3 December 2025 is DATE 2025-12-02; "30-day" is DURATION
// P30D), resolving relative expressions against the publication date and
// the tense of the clause around them.
package timex

import (
	"cmp"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"newsbot/extract/doc"
)

// Expr is one time expression. Type is DATE, TIME, DURATION or SET; Value
// is its TimeML value (2025-12-02, 2025-W49, 2025-12, 2025, P1M,
// PRESENT_REF, 2025-12-02T14:00, XXXX-12-02 when the year is unknown, or
// empty when a relative expression has no publication date to resolve
// against).
type Expr struct {
	doc.Span
	Text, Type, Value string
	// Precision is "day", "month" or "year" when Value names a calendar
	// date at that granularity (a TIME whose date is known counts as
	// "day"), else "".
	Precision string
	// Future marks an expression that refers to a time after the
	// publication date.
	Future bool
}

// Find returns the time expressions of text in order, non-overlapping.
// sents are the segmenter's sentences (boilerplate ones are skipped); nil
// treats every line as one sentence. A zero published date resolves
// absolute dates only.
func Find(text string, sents []doc.Sentence, published time.Time) []Expr {
	if sents == nil {
		sents = doc.Lines(text)
	} else if !sort.SliceIsSorted(sents, func(i, j int) bool { return sents[i].Start < sents[j].Start }) {
		sents = append([]doc.Sentence(nil), sents...)
		sort.Slice(sents, func(i, j int) bool { return sents[i].Start < sents[j].Start })
	}
	f := &finder{hasRef: !published.IsZero(), text: text, scratch: scratchPool.Get().(*scratch)}
	defer f.scratch.release()
	if f.hasRef {
		f.ref = midnight(published)
	}
	// Lower-cased once for the whole text: one allocation, not one a
	// sentence.
	low := lowerASCII(text)
	var out []Expr
	for _, s := range sents {
		if s.Boilerplate || s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			continue
		}
		if len(out) > 0 && s.Start < out[len(out)-1].End {
			continue // overlapping sentences: keep output ordered
		}
		n := len(out)
		out = f.sentence(out, s.Start, text[s.Start:s.End], low[s.Start:s.End])
		if f.hasRef && len(out)-n > 1 {
			reanchorQuoted(text[s.Start:s.End], s.Start, out[n:], f.ref)
		}
		if len(out)-n > 1 {
			weekdayAppositions(text, out[n:])
		}
		if f.hasRef && len(out)-n > 1 {
			laterClauseDays(text, out[n:], f.ref)
			reportedNextWeek(text, out[n:], f.ref)
			beforeDayAfter(text, out[n:], f.ref)
		}
	}
	return out
}

// finder carries the state of one Find call: the reference date and the
// last calendar date mentioned, which anaphoric expressions ("that day",
// "three days later") resolve against.
type finder struct {
	ref        time.Time
	hasRef     bool
	anchor     time.Time
	anchorPrec string
	// anchorNight marks an anchor that is a night ("overnight",
	// "Monday night"), whose morning is the next day.
	anchorNight bool
	// anchorOwnDay marks an anchor that is the article's own day as it
	// dates itself: a dateline stamp ("16 October 2026" on a line of its
	// own) or "today". A "that night" names no night of it.
	anchorOwnDay bool
	// afterDecade marks a text whose last date named is a decade ("the
	// 1970s"): "the following spring" after it has no year.
	afterDecade bool
	// anchorSent numbers the sentence where anchor was named, and
	// anchorEnd is where in the text its expression ends.
	anchorSent, anchorEnd int
	// lastDay is the last day the text named at day precision, in the
	// sentence numbered lastDaySent, which a coarser date named after it
	// ("on Monday … the attack last month") does not displace for a bare
	// clock time (see toldDayOf).
	lastDay     time.Time
	lastDaySent int
	// pastDay is the last day before publication the text named at
	// day precision: the day a report of past events stands on.
	pastDay time.Time
	// openDay is the day the text's opening sentences name first, when
	// it is not after publication: the day a record of a meeting or a
	// report leads with.
	openDay  time.Time
	openSeen bool
	// aheadNamed marks a text that has named a day after publication,
	// whose occasion a later bare clock time may belong to.
	aheadNamed bool
	// aheadWeekdays has bit d set once a weekday d (Sunday 0) is named
	// as one of the six days after publication (see noteAheadWeekday).
	aheadWeekdays uint8
	// sentOff is where the current sentence starts in the text.
	sentOff int
	quarter string // the last quarter named, "1989-Q3"
	// sentIdx numbers the sentences; quarterSent is where quarter was.
	sentIdx, quarterSent int
	// cur holds the candidates found so far in the current sentence.
	cur []cand
	// wordsOf is the sentence whose words scratch.words holds.
	wordsOf string
	// lexOf is the sentence, numbered lexSent, whose words'
	// lexicon scratch.lexc holds (see clauseTense).
	lexOf   string
	lexSent int
	// text is the whole text; order caches its numericConvention.
	text  string
	order int
	*scratch
}

// scratch is the memory a Find call reuses from sentence to sentence,
// and scratchPool from call to call: most sentences then cost no
// allocation before their first match.
type scratch struct {
	words []word
	// trigWords are the words that trigger rules, masks the rules.
	trigWords []word
	masks     []uint64
	heads     []head
	cands     []cand
	matches   []ruleMatch
	kept      []cand // candidates chosen, which the joins then rewrite
	taken     []bool // bytes covered, for choose
	match     match  // the match being normalised
	lexc      lexCache
	// wins holds the windows of each window class of the sentence's
	// rules; starts the positions where each rule is tried (see
	// findStarts).
	wins   [][][2]int
	starts [][]int
	// union holds the union of the windows of all the classes.
	union [][2]int
	// idx holds the offsets of the sentence's matches, and bt the
	// memory of the backtracker that finds them (see tryStarts).
	idx []int
	bt  btState
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// release returns b to the pool, unless a huge sentence made it too big
// to keep.
func (b *scratch) release() {
	if cap(b.words) > 1<<14 || cap(b.heads) > 1<<14 || cap(b.idx) > 1<<16 || cap(b.bt.visited) > 1<<16 {
		return
	}
	clear(b.words[:cap(b.words)]) // keep no text alive from the pool
	clear(b.trigWords[:cap(b.trigWords)])
	b.lexc.ws = nil
	scratchPool.Put(b)
}

// sentenceWords returns the words of s, split once per sentence.
func (f *finder) sentenceWords(s string) []word {
	if f.words == nil || f.wordsOf != s {
		f.wordsOf, f.words = s, words(s)
	}
	return f.words
}

// clauseTense returns clauseTenseWords(s, f.sentenceWords(s), start,
// end), looking each word of the sentence up in the lexicon once however
// many of its expressions ask.
func (f *finder) clauseTense(s string, start, end int) tense {
	ws := f.sentenceWords(s)
	c := &f.lexc
	if f.lexSent != f.sentIdx || f.lexOf != s || len(c.ws) != len(ws) || len(ws) > 0 && &c.ws[0] != &ws[0] {
		f.lexSent, f.lexOf = f.sentIdx, s
		c.reset(ws)
	}
	return clauseTenseLex(s, ws, c, start, end)
}

// anchorBefore returns the date anaphora at sentence offset pos refer
// to: the last calendar date found earlier in the sentence, else the
// last one of the text before it.
func (f *finder) anchorBefore(pos int) (time.Time, string) {
	best := -1
	from := max(0, len(f.cur)-64) // bounded on pathological sentences
	for i := from; i < len(f.cur); i++ {
		c := f.cur[i]
		if c.end <= pos && (precisionOf(c.value) != "" || unresolved(c.typ, c.value)) && (best < 0 || c.end > f.cur[best].end) {
			best = i
		}
	}
	if best >= 0 {
		if unresolved(f.cur[best].typ, f.cur[best].value) {
			return time.Time{}, ""
		}
		if j, ok := f.weekdayAWeekOn(f.match.s, f.cur[best]); ok {
			// "a week on Monday ... two days later" counts from the
			// day a week on, not from the bare weekday inside it.
			return weekOnAnchor(j)
		}
		if t, ok := startOf(f.cur[best].value); ok {
			return t, precisionOf(f.cur[best].value)
		}
	}
	return f.anchor, f.anchorPrec
}

// cand is a candidate expression inside one sentence.
type cand struct {
	start, end int // sentence-relative
	typ, value string
	future     bool
	rule       int
}

// sentence appends the expressions of the sentence s, at offset off of
// the text, to out; low is lowerASCII(s).
func (f *finder) sentence(out []Expr, off int, s, low string) []Expr {
	f.sentIdx++
	f.sentOff = off
	cs := f.cands[:0]
	for _, m := range f.sentenceMatches(s, low) {
		if c, ok := f.candidate(s, &rules[m.rule], m.rule, m.idx); ok {
			cs = append(cs, c)
			f.cur = cs
		}
	}
	f.cur, f.cands = nil, cs[:0]
	if len(cs) == 0 {
		return out
	}
	cs = f.choose(cs)
	cs = joinYears(s, cs)
	cs = joinWeekOf(s, cs)
	cs = joinDayBefore(s, cs)
	cs = joinWeekdayWeek(f, s, cs)
	cs = shareListWeek(s, cs)
	cs = joinOvernight(s, cs)
	cs = joinDayRange(s, cs)
	cs = joinDayRangeBefore(s, cs)
	cs = joinRangeYears(s, cs)
	cs = joinZoneConversions(f, s, cs)
	cs = joinTimes(f, s, cs)
	cs = markOpeningHours(s, low, cs)
	if out == nil && len(cs) > 0 {
		// A text with one expression mostly has more: room for them
		// at once, not grown one doubling at a time.
		out = make([]Expr, 0, 8)
	}
	first := len(out)
	for _, c := range cs {
		e := Expr{
			Span:  doc.Span{Start: off + c.start, End: off + c.end},
			Text:  s[c.start:c.end],
			Type:  c.typ,
			Value: c.value,
		}
		if e.Type == "DATE" || e.Type == "TIME" {
			e.Precision = precisionOf(e.Value)
		}
		e.Future = c.future || (e.Type != "DURATION" && e.Type != "SET" && isFuture(e.Value, f.ref))
		out = append(out, e)
	}
	for _, e := range out[first:] {
		a, b := max(0, e.Start-off-48), e.Start-off
		if figureCompared(s[a:b], low[a:b]) || flashbackBefore(s[a:b], low[a:b]) || inZoneConversion(s, e.Start-off) || quotedDeictic(s, e.Start-off, e.End-off) || sinceBefore(low[a:b]) {
			continue
		}
		f.afterDecade = e.Type == "DATE" && len(e.Value) == 3 && isDigits(e.Value) // "the 1970s" is "197"
		if t, ok := startOf(e.Value); ok && anchorPrecision(e) != "" {
			f.anchor, f.anchorPrec = t, anchorPrecision(e)
			f.anchorNight = strings.HasSuffix(e.Value, "TNI")
			f.anchorOwnDay = f.ownDay(e.Start, e.End, e.Value)
			f.anchorSent, f.anchorEnd = f.sentIdx, e.End
			if f.anchorPrec == "day" {
				f.lastDay, f.lastDaySent = t, f.sentIdx
			}
			if f.anchorPrec == "day" && f.hasRef && t.After(f.ref) {
				f.aheadNamed = true
			}
			if f.anchorPrec == "day" && f.hasRef && t.Before(midnight(f.ref)) {
				f.pastDay = t
			}
			f.noteAheadWeekday(e, t)
			f.noteOpenDay(t, f.anchorPrec)
		} else if unresolved(e.Type, e.Value) {
			f.anchor, f.anchorPrec, f.anchorNight, f.anchorOwnDay = time.Time{}, "", false, false
		}
	}
	return out
}

// unresolved reports whether a date names a day, week or month whose
// year the text leaves unknown ("on the 3rd" in an undated article,
// value "XXXX-XX-03"): what counts on from it ("A fortnight later") is
// unknown too, not counted from an older date.
func unresolved(typ, value string) bool {
	return (typ == "DATE" || typ == "TIME") && strings.HasPrefix(value, "XXXX")
}

// anchorPrecision returns the precision at which later anaphora count
// from e: its own, or the year for a quarter, a half or a season ("before
// the end of Q2 2027. The law is expected to pass the following year"
// is 2028). "" means e anchors nothing.
func anchorPrecision(e Expr) string {
	if e.Precision != "" || e.Type != "DATE" || len(e.Value) != 7 {
		return e.Precision
	}
	if part := e.Value[4:]; part[1] == 'Q' || part[1] == 'H' || seasonStart[part] != 0 {
		return "year"
	}
	return ""
}

// flashback matches a past perfect shortly before a date: "Van der Berg
// had been seized on Tuesday" steps back from the story, whose next
// "the previous day" still counts from the day it had reached.
var flashback = regexp.MustCompile(`(?i)\bhad\s+(?:been\s+)?[a-z]+(?:ed|en)\b(?:\s+\S+){0,6}\s+(?:on\s+)?$`)

// flashbackBefore reports whether flashback matches s, whose lowerASCII
// is low: only where "had" is written need the expression run.
func flashbackBefore(s, low string) bool {
	return strings.Contains(low, "had") && flashback.MatchString(s)
}

// figureFrom matches the words before the date of a figure compared
// with: "revised the toll up to 1,240 from the 860 reported on Monday".
// Such a date is not where the narrative stands, and a bare "shortly
// before midnight" in the next sentence does not continue it.
var figureFrom = regexp.MustCompile(`(?i)\bfrom\s+(?:the\s+|an?\s+)?[$€£]?\d[\d,.]*\S*\s+(?:[a-z]+\s+){0,3}$`)

// figureFromAt is figureFrom anchored at the start of the text, where
// figureCompared has found the "from" at a word boundary that every
// match of figureFrom starts with.
var figureFromAt = regexp.MustCompile(`(?i)^from\s+(?:the\s+|an?\s+)?[$€£]?\d[\d,.]*\S*\s+(?:[a-z]+\s+){0,3}$`)

// figureCompared reports whether figureFrom matches s, whose lowerASCII
// is low: only where a digit follows a "from" need the expression run,
// and then only from each "from" that starts a word (no letter beyond
// ASCII folds to one of "from", so low holds all of them).
func figureCompared(s, low string) bool {
	i := strings.Index(low, "from")
	if i < 0 || !strings.ContainsAny(low[i+len("from"):], "0123456789") {
		return false
	}
	for {
		if (i == 0 || !isWordByte(s[i-1])) && figureFromAt.MatchString(s[i:]) {
			return true
		}
		j := strings.Index(low[i+1:], "from")
		if j < 0 {
			return false
		}
		i += 1 + j
	}
}

// candidate normalises one match of rule r.
func (f *finder) candidate(s string, r *rule, ri int, idx []int) (cand, bool) {
	m := &f.match // no allocation for every match
	*m = match{s: s, idx: idx, re: r.re, f: f}
	res, ok := r.fn(f, m)
	if !ok {
		return cand{}, false
	}
	st, en := idx[0], idx[1]
	if res.span != nil {
		st, en = res.span[0], res.span[1]
	}
	st, en = trimSpan(s, st, en)
	if st >= en {
		return cand{}, false
	}
	return cand{st, en, res.typ, res.value, res.future, ri}, true
}

// choose keeps the longest candidates that do not overlap, earlier rules
// winning ties, and returns them in text order.
func (f *finder) choose(cs []cand) []cand {
	slices.SortStableFunc(cs, func(a, b cand) int {
		if la, lb := a.end-a.start, b.end-b.start; la != lb {
			return cmp.Compare(lb, la)
		}
		if a.start != b.start {
			return cmp.Compare(a.start, b.start)
		}
		return cmp.Compare(a.rule, b.rule)
	})
	// Candidates are short, so marking the bytes they cover keeps this
	// linear in the sentence however many candidates it holds.
	end := 0
	for _, c := range cs {
		end = max(end, c.end)
	}
	taken := f.taken[:0]
	taken = append(taken, make([]bool, end)...)
	f.taken = taken
	kept := f.kept[:0]
	for _, c := range cs {
		free := true
		for i := c.start; i < c.end; i++ {
			if taken[i] {
				free = false
				break
			}
		}
		if free {
			for i := c.start; i < c.end; i++ {
				taken[i] = true
			}
			kept = append(kept, c)
		}
	}
	// Kept candidates do not overlap, so no two share a start.
	slices.SortFunc(kept, func(a, b cand) int { return cmp.Compare(a.start, b.start) })
	f.kept = kept
	return kept
}

// trimSpan drops spaces and trailing commas from both ends of a span,
// and a full stop after a month or weekday written in full: the dot of
// "Dec." belongs to the expression, the one ending "on 1 June." to the
// sentence.
func trimSpan(s string, st, en int) (int, int) {
	for st < en && strings.IndexByte(" \t\r\n,", s[st]) >= 0 {
		st++
	}
	for en > st && strings.IndexByte(" \t\r\n,", s[en-1]) >= 0 {
		en--
	}
	if en > st && s[en-1] == '.' {
		w := en - 1
		for w > st && ('a' <= s[w-1] && s[w-1] <= 'z' || 'A' <= s[w-1] && s[w-1] <= 'Z') {
			w--
		}
		word := strings.ToLower(s[w : en-1])
		if _, ok := months[word]; ok && len(word) > 4 || word == "may" || word == "june" || word == "july" || strings.HasSuffix(word, "day") {
			en--
		}
	}
	return st, en
}

// weekdayAppositions gives a weekday the date set beside it after a
// comma when that date falls on the weekday: "on Tuesday afternoon,
// Aug. 11" is the afternoon of 11 August, whatever Tuesday the
// publication date would make it.
func weekdayAppositions(text string, exprs []Expr) {
	for i := 0; i+1 < len(exprs); i++ {
		a, b := &exprs[i], exprs[i+1]
		if strings.TrimSpace(text[a.End:b.Start]) != "," || len(b.Value) != len("2006-01-02") || len(a.Value) < len("2006-01-02") {
			continue
		}
		day, err := time.Parse("2006-01-02", b.Value)
		first, _, _ := strings.Cut(strings.TrimSpace(a.Text), " ")
		wd, ok := weekdays[strings.ToLower(first)]
		if err != nil || !ok || int(day.Weekday()) != wd {
			continue
		}
		a.Value = b.Value + a.Value[len("2006-01-02"):]
	}
}

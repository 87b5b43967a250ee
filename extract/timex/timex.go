// Package timex finds time expressions in article text and normalises them
// to TimeML TIMEX3 types and values ("on Tuesday" in an article published
// on Wednesday 3 December 2025 is DATE 2025-12-02; "30-day" is DURATION
// P30D), resolving relative expressions against the publication date and
// the tense of the clause around them.
package timex

import (
	"sort"
	"strings"
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
	f := &finder{hasRef: !published.IsZero()}
	if f.hasRef {
		f.ref = midnight(published)
	}
	var out []Expr
	for _, s := range sents {
		if s.Boilerplate || s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			continue
		}
		if len(out) > 0 && s.Start < out[len(out)-1].End {
			continue // overlapping sentences: keep output ordered
		}
		out = append(out, f.sentence(s.Start, text[s.Start:s.End])...)
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
	quarter    string // the last quarter named, "1989-Q3"
	// sentIdx numbers the sentences; quarterSent is where quarter was.
	sentIdx, quarterSent int
	// cur holds the candidates found so far in the current sentence.
	cur []cand
	// words caches the words of the sentence wordsOf.
	wordsOf string
	words   []word
}

// sentenceWords returns the words of s, split once per sentence.
func (f *finder) sentenceWords(s string) []word {
	if f.words == nil || f.wordsOf != s {
		f.wordsOf, f.words = s, words(s)
	}
	return f.words
}

// anchorBefore returns the date anaphora at sentence offset pos refer
// to: the last calendar date found earlier in the sentence, else the
// last one of the text before it.
func (f *finder) anchorBefore(pos int) (time.Time, string) {
	best := -1
	from := max(0, len(f.cur)-64) // bounded on pathological sentences
	for i := from; i < len(f.cur); i++ {
		c := f.cur[i]
		if c.end <= pos && precisionOf(c.value) != "" && (best < 0 || c.end > f.cur[best].end) {
			best = i
		}
	}
	if best >= 0 {
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

func (f *finder) sentence(off int, s string) []Expr {
	f.sentIdx++
	var cs []cand
	toks := tokens(f.sentenceWords(s))
	masks := ruleMasks(toks)
	var any uint64
	for _, m := range masks {
		any |= m
	}
	if any == 0 {
		return nil
	}
	low := lowerASCII(s)
	scs := ruleScanners()
	for ri := range rules {
		if any&(1<<ri) == 0 {
			continue
		}
		r := &rules[ri]
		for _, w := range windows(s, toks, masks, ri) {
			for _, idx := range scs[ri].findAll(low[w[0]:w[1]]) {
				for k := range idx {
					if idx[k] >= 0 {
						idx[k] += w[0]
					}
				}
				if c, ok := f.candidate(s, r, ri, idx); ok {
					cs = append(cs, c)
					f.cur = cs
				}
			}
		}
	}
	f.cur = nil
	cs = choose(cs)
	cs = joinYears(s, cs)
	cs = joinWeekOf(s, cs)
	cs = joinDayBefore(s, cs)
	cs = joinDayRange(s, cs)
	cs = joinTimes(f, s, cs)
	out := make([]Expr, 0, len(cs))
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
	for _, e := range out {
		if e.Precision != "" {
			if t, ok := startOf(e.Value); ok {
				f.anchor, f.anchorPrec = t, e.Precision
			}
		}
	}
	return out
}

// candidate normalises one match of rule r.
func (f *finder) candidate(s string, r *rule, ri int, idx []int) (cand, bool) {
	m := &match{s: s, idx: idx, re: r.re, f: f}
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
func choose(cs []cand) []cand {
	sort.SliceStable(cs, func(i, j int) bool {
		li, lj := cs[i].end-cs[i].start, cs[j].end-cs[j].start
		if li != lj {
			return li > lj
		}
		if cs[i].start != cs[j].start {
			return cs[i].start < cs[j].start
		}
		return cs[i].rule < cs[j].rule
	})
	// Candidates are short, so marking the bytes they cover keeps this
	// linear in the sentence however many candidates it holds.
	end := 0
	for _, c := range cs {
		end = max(end, c.end)
	}
	taken := make([]bool, end)
	var kept []cand
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
	sort.Slice(kept, func(i, j int) bool { return kept[i].start < kept[j].start })
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

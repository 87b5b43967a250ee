package events

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// withSpokenDays returns times with the "tonight", "tomorrow" and
// "yesterday" of a quotation whose sentence dates nothing outside it
// counted from the day its speaker is last told of, a day before
// publication, in the sentences just before: after "About 600 people
// attended a vigil on Thursday evening, led by the vicar, Ann Cole",
// `"Tonight the town grieves," Cole said` is Thursday night. A quotation
// its sentence places at a time it does not date ("told supporters on
// election night that \"tonight is not the night\"") dates nothing.
// Elsewhere the words are taken as said on the publication day.
func withSpokenDays(text string, sents []doc.Sentence, times []timex.Expr, mentions []doc.Mention, published time.Time) []timex.Expr {
	if published.IsZero() || !slices.ContainsFunc(times, func(t timex.Expr) bool { return spokenDeictic(t.Text) }) {
		return times
	}
	ref := published.Truncate(24 * time.Hour)
	var out []timex.Expr
	// A day counted on from a quotation's day in its sentence ("to know
	// what the next morning feels like" after a quoted "tonight") moves
	// or goes with it: shift days, or drop it.
	var counted doc.Span
	shift, drop := 0, false
	for _, t := range times {
		if counted.Contains(t.Span) && countedDay(t.Text) && len(t.Value) >= 10 {
			if drop {
				continue
			}
			if d, err := time.Parse("2006-01-02", t.Value[:10]); err == nil {
				d = d.AddDate(0, 0, shift)
				t.Value, t.Future = d.Format("2006-01-02")+t.Value[10:], d.After(ref)
			}
			out = append(out, t)
			continue
		}
		if !spokenDeictic(t.Text) || t.Precision != "day" || len(t.Value) < 10 {
			out = append(out, t)
			continue
		}
		i, ok := sentenceIndex(sents, t.Span)
		if !ok || !insideQuotation(text, sents[i].Span, t.Span) || datedOutsideQuotes(text, sents[i].Span, times) {
			out = append(out, t)
			continue
		}
		if undatedOccasion(text, sents[i].Span) {
			drop, counted = true, doc.Span{Start: t.End, End: sents[i].End}
			continue // "told supporters on election night that \"tonight …\""
		}
		spoken, ok := speakerDayBefore(text, sents, i, times, mentions)
		d, err := time.Parse("2006-01-02", t.Value[:10])
		if !ok || !spoken.Before(ref) || err != nil {
			out = append(out, t)
			continue
		}
		shift, drop = int(spoken.Sub(ref).Hours()/24), false
		counted = doc.Span{Start: t.End, End: sents[i].End}
		d = d.AddDate(0, 0, shift)
		t.Value = d.Format("2006-01-02") + t.Value[10:]
		t.Future = d.After(ref)
		out = append(out, t)
	}
	return out
}

// occasionTime matches a time a sentence gives by an occasion, not a
// date: "on election night", "on polling day", "on the morning of the
// vote".
var occasionTime = regexp.MustCompile(`\b[Oo]n\s+(?:the\s+)?(?:[a-z]+\s+)?(?:night|day|morning|evening|eve)\b`)

// undatedOccasion reports whether the sentence sent, outside its
// quotations, places what it reports at an occasion it does not date.
func undatedOccasion(text string, sent doc.Span) bool {
	for _, m := range occasionTime.FindAllStringIndex(text[sent.Start:sent.End], -1) {
		sp := doc.Span{Start: sent.Start + m[0], End: sent.Start + m[1]}
		if !insideQuotation(text, sent, sp) && !weekdayWord(text[sp.Start:sp.End]) {
			return true
		}
	}
	return false
}

// weekdayWord reports whether s names a weekday ("on Monday night"),
// which timex dates.
func weekdayWord(s string) bool {
	l := strings.ToLower(s)
	for _, d := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		if strings.Contains(l, d) {
			return true
		}
	}
	return false
}

// maxSpeakerLookback bounds how many sentences before a quotation's
// paragraph are searched for the day its speaker was told of.
const maxSpeakerLookback = 6

// speakerDayBefore returns the day of the nearest sentence before the
// paragraph of sents[i] that names a person the paragraph names outside
// its quotations (the speaker), when it dates one day outside
// quotations and reports no saying of its own.
func speakerDayBefore(text string, sents []doc.Sentence, i int, times []timex.Expr, mentions []doc.Mention) (time.Time, bool) {
	para := sents[i].Para
	speakers := map[string]bool{}
	first := i
	for first > 0 && sents[first-1].Para == para {
		first--
	}
	for j := first; j < len(sents) && sents[j].Para == para; j++ {
		for _, m := range mentions {
			if m.Type == doc.Person && sents[j].Contains(m.Span) && !insideQuotation(text, sents[j].Span, m.Span) {
				speakers[m.Name()] = true
			}
		}
	}
	if len(speakers) == 0 {
		return time.Time{}, false
	}
	for j := first - 1; j >= 0 && first-j <= maxSpeakerLookback; j-- {
		s := sents[j]
		var named []doc.Mention
		for _, m := range mentions {
			if m.Type == doc.Person && s.Contains(m.Span) && speakers[m.Name()] {
				named = append(named, m)
			}
		}
		if len(named) == 0 {
			continue
		}
		if slices.ContainsFunc(named, func(m doc.Mention) bool { return says(text, s.Span, m.Span) }) {
			// "Stoltenberg said the meeting on Monday …": the day
			// dates what was said about, and the quotation after it
			// is of another saying.
			return time.Time{}, false
		}
		if d, ok := oneDayOutsideQuotes(text, s.Span, times); ok {
			return d, true
		}
	}
	return time.Time{}, false
}

// maxSayingGap bounds the words between a speaker and the verb of
// saying: "Stoltenberg, the finance minister, said".
const maxSayingGap = 4

// says reports whether the person at m is the subject of a verb of
// saying in the sentence sent: "Stoltenberg said", "Stoltenberg, 61,
// told", or "said Stoltenberg".
func says(text string, sent, m doc.Span) bool {
	after := wordSpans(text, m.End, sent.End)
	for i, w := range after {
		if i > maxSayingGap {
			break
		}
		if inLower(attributionVerbs, text[w.Start:w.End]) {
			return true
		}
	}
	before := wordSpans(text, sent.Start, m.Start)
	return len(before) > 0 && attributionVerbs[strings.ToLower(text[before[len(before)-1].Start:before[len(before)-1].End])]
}

// oneDayOutsideQuotes returns the one day the sentence sent dates outside
// its quotations.
func oneDayOutsideQuotes(text string, sent doc.Span, times []timex.Expr) (time.Time, bool) {
	var day time.Time
	found := false
	for _, t := range times {
		if !sent.Contains(t.Span) || t.Precision == "" || insideQuotation(text, sent, t.Span) {
			continue
		}
		d, err := time.Parse("2006-01-02", t.Value[:min(10, len(t.Value))])
		if t.Precision != "day" || err != nil || found && !d.Equal(day) {
			return time.Time{}, false
		}
		day, found = d, true
	}
	return day, found
}

// spokenDeictic reports whether an expression counts days from the
// moment of speaking: "tonight", "tomorrow", "yesterday" (and their
// parts of the day). "Today" is left to unspokenDay.
func spokenDeictic(s string) bool {
	if isASCII(s) {
		// Lowering ASCII makes ASCII: folding finds what lowering would.
		return containsFold(s, "tonight") || containsFold(s, "tomorrow") || containsFold(s, "yesterday")
	}
	l := strings.ToLower(s)
	return strings.Contains(l, "tonight") || strings.Contains(l, "tomorrow") || strings.Contains(l, "yesterday")
}

// sentenceIndex returns the index in sents of the sentence holding sp.
func sentenceIndex(sents []doc.Sentence, sp doc.Span) (int, bool) {
	i := sort.Search(len(sents), func(i int) bool { return sents[i].End >= sp.End })
	for ; i < len(sents) && sents[i].Start <= sp.Start; i++ {
		if sents[i].Contains(sp) && !sents[i].Boilerplate {
			return i, true
		}
	}
	return 0, false
}

// insideQuotation reports whether sp lies inside a quotation of its
// sentence: between its marks, or in a sentence a quotation of several
// sentences opens or closes.
func insideQuotation(text string, sent, sp doc.Span) bool {
	if sent.Start >= 0 && sent.Start <= sent.End && sent.End <= len(text) && !mayQuote(text[sent.Start:sent.End]) {
		return false
	}
	if timex.Quoted(text, sent, sp) || closesQuotation(text, sent, sp) {
		return true
	}
	if sp.Start < sent.Start || sp.End > sent.End || sent.End > len(text) {
		return false
	}
	before, after := text[sent.Start:sp.Start], text[sp.End:sent.End]
	// `"Tonight it found in my favour.`: a quotation opened and left open.
	straight := strings.Count(before, `"`)%2 == 1 && !strings.Contains(after, `"`)
	curly := strings.LastIndex(before, "“") > strings.LastIndex(before, "”") && !strings.Contains(after, "”")
	return straight || curly
}

// datedOutsideQuotes reports whether the sentence sent holds a calendar
// time outside its quotations: the day its words were spoken, which timex
// counts the quotation from.
func datedOutsideQuotes(text string, sent doc.Span, times []timex.Expr) bool {
	for _, t := range times {
		if sent.Contains(t.Span) && t.Precision != "" && !countedDay(t.Text) && !insideQuotation(text, sent, t.Span) {
			return true
		}
	}
	return false
}

// countedDay reports whether an expression names a day by counting from
// another the text gave: "the next morning", "the following day", "the
// day before".
func countedDay(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "the next ") || strings.HasPrefix(l, "the following ") || strings.HasPrefix(l, "the day ") || strings.HasPrefix(l, "the previous ")
}

// mayQuote reports whether s holds a mark that opens or closes a
// quotation: a straight or curly double quotation mark, or the
// backquote of a TeX-style pair. A sentence without one has nothing
// inside a quotation (timex.Quoted, closesQuotation and the marks left
// open that insideQuotation reads all need one): a cheap test first.
func mayQuote(s string) bool {
	return strings.IndexByte(s, '"') >= 0 || strings.IndexByte(s, '`') >= 0 || hasCurlyQuote(s)
}

// hasCurlyQuote reports whether s holds an opening or closing curly
// double quotation mark. Both are quoteLead, 0x80 and their own last
// byte: one search for quoteLead finds either, and a text without it
// (an ASCII one) is read once.
func hasCurlyQuote(s string) bool {
	for i := 0; ; {
		j := strings.IndexByte(s[i:], quoteLead)
		if j < 0 {
			return false
		}
		i += j
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x9c || s[i+2] == 0x9d) {
			return true
		}
		i++
	}
}

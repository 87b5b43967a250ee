package events

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

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
// election night that \"tonight is not the night\"") dates nothing, and
// so does one whose saying names no day after a scene the text placed
// on an earlier day (sceneBefore). Elsewhere the words are taken as
// said on the publication day.
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
		if !ok && sceneBefore(text, sents, i, times, ref) {
			drop, counted = true, doc.Span{Start: t.End, End: sents[i].End}
			continue // after "met yesterday": "\"… tonight,\" he told reporters"
		}
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

// sceneBefore reports whether the nearest sentence before sents[i] that
// dates a day outside its quotations places what it tells on a day
// before ref, the publication day (sceneDay). A quotation whose saying
// names no day of its own is then most likely said at that earlier
// scene, on a day the text does not give: after "The minister met union
// leaders yesterday", `"I'll go back to my members tonight," he told
// reporters` is the night of the talks, not of publication, and its
// "tonight" dates nothing.
func sceneBefore(text string, sents []doc.Sentence, i int, times []timex.Expr, ref time.Time) bool {
	for j := i - 1; j >= 0; j-- {
		if sents[j].Boilerplate {
			continue
		}
		dated, scene := false, true
		for _, t := range times {
			if !sents[j].Contains(t.Span) || t.Precision != "day" || len(t.Value) < 10 || countedDay(t.Text) || insideQuotation(text, sents[j].Span, t.Span) {
				continue
			}
			d, err := time.Parse("2006-01-02", t.Value[:10])
			dated = true
			scene = scene && err == nil && d.Before(ref) && sceneDay(text, sents[j].Span, t.Span)
		}
		if dated {
			return scene
		}
	}
	return false
}

// sceneDay reports whether the day at t dates the happening its
// sentence tells in the past ("met union leaders yesterday in London"),
// not a thing it names: a possessive ("above yesterday's closing
// prices"), a day before a noun ("March 1 stocks", "overnight demand"),
// a relative aside ("the fire, which started Wednesday") or a sentence
// in the present ("flows relating to the sale on April 1").
func sceneDay(text string, sent, t doc.Span) bool {
	if possessiveTime(text, t) {
		return false
	}
	before := text[sent.Start:t.Start]
	if open := max(strings.LastIndex(before, ", who "), strings.LastIndex(before, ", which ")); open >= 0 && !strings.Contains(before[open+1:], ",") {
		return false
	}
	if w, ok := nextWordSpan(text, t.End, sent.End); ok && strings.TrimSpace(text[t.End:w.Start]) == "" {
		if next := text[w.Start:w.End]; unicode.IsLower([]rune(next)[0]) && !sceneFollowers[next] {
			return false // a day before a noun
		}
	}
	return slices.ContainsFunc(lowerWords(before), pastVerbForm)
}

// sceneFollowers may follow a day that dates its clause: "met yesterday
// in London", "on Monday and again on Tuesday".
var sceneFollowers = toSet(`in at on to for with within after before from by during through across near outside inside against despite and but as when while until over into without amid following`)

// pastVerbForm reports whether the lower-case word w is a verb in the
// past tense: "was", "met", "walked".
func pastVerbForm(w string) bool {
	return w == "was" || w == "were" || w == "had" || irregularPast[w] || shortPast[w] || len(w) > 4 && strings.HasSuffix(w, "ed")
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

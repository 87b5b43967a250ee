package timex

import (
	"strings"
	"time"

	"newsbot/extract/doc"
)

// reanchorQuoted dates the "today", "tomorrow" and "yesterday" of a
// quotation from the day its words were spoken, when the sentence gives
// that day outside the quotation: in a Wednesday story, `"We vote
// tomorrow," she said on Monday` votes on Tuesday, not on Thursday.
// exprs are the expressions of the sentence s at offset start; ref is
// the publication day. Only a single spoken day before ref re-anchors.
func reanchorQuoted(s string, start int, exprs []Expr, ref time.Time) {
	quotes := quotedRanges(s)
	if len(quotes) == 0 {
		return
	}
	inQuote := func(e Expr) bool {
		for _, q := range quotes {
			if e.Start-start >= q[0] && e.End-start <= q[1] {
				return true
			}
		}
		return false
	}
	var spoken time.Time
	for _, e := range exprs {
		// A day, or a time of a day ("on Wednesday evening").
		if inQuote(e) || e.Precision != "day" || len(e.Value) < 10 {
			continue
		}
		d, err := time.Parse("2006-01-02", e.Value[:10])
		if err != nil || !d.Before(ref) || !spoken.IsZero() && !d.Equal(spoken) {
			return // no day before publication, or two of them
		}
		spoken = d
	}
	if spoken.IsZero() {
		return
	}
	shift := int(spoken.Sub(ref).Hours() / 24)
	for i := range exprs {
		e := &exprs[i]
		if !inQuote(*e) || !deicticDay(e.Text) || len(e.Value) < 10 {
			continue
		}
		d, err := time.Parse("2006-01-02", e.Value[:10])
		if err != nil {
			continue
		}
		d = d.AddDate(0, 0, shift)
		e.Value = dayValue(d) + e.Value[10:]
		e.Future = d.After(ref)
	}
}

// Quoted reports whether span sp of text lies inside a quotation of
// sentence sent.
func Quoted(text string, sent, sp doc.Span) bool {
	if sp.Start < sent.Start || sp.End > sent.End || sent.End > len(text) {
		return false
	}
	s := text[sent.Start:sent.End]
	for _, q := range quotedRanges(s) {
		if sp.Start-sent.Start >= q[0] && sp.End-sent.Start <= q[1] {
			return true
		}
	}
	// A quotation of several sentences: the last closes a quotation
	// opened before it ("… It all depends on today's talks.”").
	before, after := s[:sp.Start-sent.Start], s[sp.End-sent.Start:]
	return !strings.Contains(before, "“") && !strings.Contains(before, "”") && strings.Contains(after, "”") &&
		!strings.Contains(after[:strings.Index(after, "”")], "“")
}

// deicticDay reports an expression counted in days from the moment of
// speaking: today, tonight, tomorrow, yesterday.
func deicticDay(text string) bool {
	l := strings.ToLower(text)
	for _, w := range []string{"today", "tonight", "tomorrow", "yesterday"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// quotedRanges returns the byte ranges of s inside quotation marks:
// curly quotes, TeX-style pairs of backquotes and apostrophes, and
// straight double quotes taken in pairs. A mark that no closing mark
// follows opens nothing: `5" of snow and “more tomorrow”` quotes the
// words in curly quotes. Outside a quotation only the
// bytes that may open one are looked at; inside, the search goes
// straight to its closing mark.
func quotedRanges(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); {
		if !quoteOpeners[s[i]] {
			i++
			continue
		}
		var opener, closer string
		switch {
		case strings.HasPrefix(s[i:], "“"):
			opener, closer = "“", "”"
		case strings.HasPrefix(s[i:], "``"):
			opener, closer = "``", "''"
		case s[i] == '"':
			opener, closer = `"`, `"`
		default:
			i++
			continue
		}
		open := i
		i += len(opener)
		k := strings.Index(s[i:], closer)
		if k < 0 {
			continue // an unclosed mark opens nothing; a later quotation of other marks may follow
		}
		i += k + len(closer)
		out = append(out, [2]int{open, i})
	}
	return out
}

// quoteOpeners are the first bytes of the marks that open a quotation.
var quoteOpeners = func() (t [256]bool) {
	for _, m := range []string{"“", "``", `"`} {
		t[m[0]] = true
	}
	return t
}()

// quotedDeictic reports whether s[start:end] is a day a speaker names
// from the day they speak ("today", "tonight", "tomorrow", "yesterday")
// inside a quotation of the sentence s: "Every change we make tonight
// will be tested tomorrow," she said. The narrative does not move to
// that day; what the text tells next ("later the same evening") counts
// from the last day it told.
func quotedDeictic(s string, start, end int) bool {
	if !mayOpenWith(s[start:end], 't', 'y') {
		return false
	}
	w := strings.ToLower(s[start:end])
	if !ownDayWord(w) && w != "tomorrow" && w != "yesterday" {
		return false
	}
	for _, q := range quotedRanges(s) {
		if start >= q[0] && end <= q[1] {
			return true
		}
	}
	return false
}

package events

import (
	"regexp"
	"slices"
	"strings"

	"newsbot/extract/doc"
)

// Results are told for a financial period, named by the day it ended:
// "results for the year ended 30 September 2026", "the six months to 30
// June". That day is the period's bound, not the day anything happened;
// the results came out when the article says. A results table gives the
// year before in brackets ("Revenue up 6% to £2.84 billion (2025: £2.68
// billion)"): the year names the comparative figure, not an event.

// periodNouns name a financial period that a closing day bounds
// ("fiscal 1986/87, ending June 30" loses its figures to lowerWords).
var periodNouns = toSet(`year quarter half half-year months weeks period periods fiscal`)

// periodEndVerbs join a period to its closing day. "Ends" in the
// present is a schedule ("when the period ends on April 25, the union is
// free to strike"); fiscalYearEnd reads "whose fiscal year ends".
var periodEndVerbs = toSet(`ended ending to`)

// periodEnded reports whether ws, the lower-case words before a date,
// end with a financial period and the verb that closes it: "for the
// year ended", "in the quarter ending", "the six months to". "The war
// ended" names no period; a single week ("the week ended") stays a time.
func periodEnded(ws []string) bool {
	n := len(ws)
	// "the year to the end of September", "the year to end-April".
	for n > 0 && (ws[n-1] == "on" || ws[n-1] == "at" || ws[n-1] == "the" || ws[n-1] == "of" || ws[n-1] == "end") {
		n--
	}
	if n < 2 || !periodEndVerbs[ws[n-1]] || !periodNouns[ws[n-2]] {
		return false
	}
	// "the year to 30 June" is a period; "delayed by a year to 2027" is a
	// move.
	return ws[n-1] != "to" || n >= 3 && (ws[n-3] == "the" || countWord(ws[n-3]))
}

// periodCounts are the words that count the months or weeks of a period.
var periodCounts = toSet(`two three four five six seven eight nine ten eleven twelve thirteen`)

// namesDay reports whether a time's text names a day of the month ("30
// September 2026", "Feb 28"): a period's closing day dates nothing, while
// a figure for the year to a month ("inflation in the year to
// September") is told by that month.
func namesDay(s string) bool {
	for _, f := range strings.Fields(s) {
		f = strings.Trim(f, ".,")
		if f = strings.TrimRight(f, "stndrh"); len(f) >= 1 && len(f) <= 2 && strings.Trim(f, "0123456789") == "" {
			return true
		}
	}
	return false
}

// countWord reports whether w counts a period: "six", "12".
func countWord(w string) bool {
	return periodCounts[w] || w != "" && strings.Trim(w, "0123456789") == ""
}

// comparativeYear reports whether the year at t opens a bracketed
// comparative figure: "(2025: £2.68 billion)", "(2025 - 12.1p)".
func comparativeYear(text string, t doc.Span) bool {
	if t.Start < 1 || t.End >= len(text) || text[t.Start-1] != '(' {
		return false
	}
	rest := strings.TrimLeft(text[t.End:], " ")
	return strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "- ") || strings.HasPrefix(rest, "– ")
}

// monthWords name the months a period may run to: "the year to March".
var monthWords = toSet(`january february march april may june july august september october november december
	jan feb mar apr jun jul aug sep sept oct nov dec end`)

// namesPeriod reports whether the expression at t names the period that
// a closing day then bounds: "the year ending March 31", "NOTE: 1986
// period ended February 23", "the year to end-January". Its year is the
// period's, told by its end, not a year anything happened in.
func namesPeriod(low *lowText, sent, t doc.Span) bool {
	text := low.text
	if t.End > sent.End || sent.End > len(text) {
		return false
	}
	// The period is named by the expression ("the year", "fiscal 1986")
	// or by the noun after it ("1986 period"); "a blast on February 26
	// ended a moratorium" names none.
	ws := low.wordsOf(t.Start, t.End)
	named := len(ws) > 0 && periodNouns[ws[len(ws)-1]]
	after := low.firstWordsOf(t.End, followOnEnd(text, sent, t), 3) // the words read below
	if len(after) > 0 && periodNouns[after[0]] {
		after, named = after[1:], true
	}
	if !named || len(after) == 0 {
		return false
	}
	if after[0] == "ended" || after[0] == "ending" {
		return true
	}
	// "the year to March" names a period; "August this year to February"
	// and "signed last year to end dumping" do not.
	return after[0] == "to" && len(after) > 1 && monthWords[after[1]] && len(ws) > 0 && (ws[0] == "the" || countWord(ws[0]))
}

// periodEndPhrase finds a results period named by its closing day: "the
// quarter ended", "the nine months ending", "the year to 31 March".
var periodEndPhrase = regexp.MustCompile(`(?i)\b(?:year|quarter|half|half-year|months|weeks|period)\s+(?:ended|ending)\b|\b(?:the|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:year|months|weeks|half|quarter) to (?:\d|end|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`)

// lookbacks are the times that name the period a figure is compared
// with: "a year earlier", "the year-ago period", "the prior year".
// "Last year" alone may date what was done ("measures announced last
// year"); "the same period last year" is compared.
var lookbacks = []string{"year earlier", "year ago", "year-ago", "year-earlier", "previous year", "prior year",
	"same", "comparable", "corresponding"}

// comparisonCues come just before the time of a compared period: "from
// 374 mln in the comparable 1986 period", "against 1985".
var comparisonCues = toSet(`same comparable corresponding against compared versus vs from`)

// periodComparison reports whether the expression at t, in a sentence
// that tells results for a period named by its closing day, names the
// period they are compared with: "sales for the four weeks ended February
// 28 rose 11.3 pct from 374 mln in the comparable 1986 period", "down 10.4
// pct from a year earlier". It dates the comparison, no event.
func periodComparison(text string, sent, t doc.Span, lw *leadIn) bool {
	if !sent.Contains(t) || sent.End > len(text) || !comparedPeriod(text, t, lw) {
		return false
	}
	// The sentence is read last, for the few times that name a compared
	// period, and once for all of them: a long text with no sentence
	// break must not be read whole for every time in it.
	s := text[sent.Start:sent.End]
	f := lw.facts
	if f == nil || lw.sent != sent {
		return endsPeriod(s)
	}
	if !f.periodEndRead {
		f.periodEnd, f.periodEndRead = endsPeriod(s), true
	}
	return f.periodEnd
}

// endsPeriod reports whether the sentence s names a period by its end
// ("the year ended", "the quarter to March").
func endsPeriod(s string) bool {
	if !mayEndPeriod(s) || !mayClosePeriod(s) {
		return false
	}
	if isASCII(s) {
		return periodEndASCII(s)
	}
	return periodEndPhrase.MatchString(s)
}

// periodEndASCII is periodEndPhrase.MatchString(s) for an ASCII s, read
// from where each of its alternatives must hold "end" or " to " in any
// case: (?i) folds an ASCII letter only to its other case and to a
// letter beyond ASCII, which an ASCII s lacks, so that an ASCII fold
// finds what the pattern does (TestPeriodEndASCII compares the two).
func periodEndASCII(s string) bool {
	return periodEndedASCII(s) || periodToASCII(s)
}

// periodEndNouns are the nouns of periodEndPhrase's first alternative
// ("half-year" is "year" after a byte that is no word's), periodToNouns
// and periodToCounts those of its second, and periodToStarts the words
// that may open what follows its "to" (or a digit).
var (
	periodEndNouns = []string{"year", "quarter", "half", "months", "weeks", "period"}
	periodToNouns  = []string{"year", "months", "weeks", "half", "quarter"}
	periodToCounts = []string{"the", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
	periodToStarts = []string{"end", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
)

// periodEndedASCII reports whether s holds a period noun, spaces and
// "ended" or "ending", each a word of its own: the first alternative of
// periodEndPhrase.
func periodEndedASCII(s string) bool {
	for i := 0; i < len(s); {
		j := indexFoldLetter(s[i:], "end", 2, 'd')
		if j < 0 {
			return false
		}
		p := i + j
		i = p + 1
		rest := s[p+3:]
		var n int
		switch {
		case hasFoldAt(rest, 0, "ed"):
			n = 2
		case hasFoldAt(rest, 0, "ing"):
			n = 3
		default:
			continue
		}
		if n < len(rest) && isWordByte(rest[n]) {
			continue // "endeDly": no word end after it
		}
		q := p
		for q > 0 && isPerlSpace(s[q-1]) {
			q--
		}
		if q < p && endsWithWordFold(s[:q], periodEndNouns) {
			return true
		}
	}
	return false
}

// periodToASCII reports whether s holds a count, a period noun, "to"
// and a digit, "end" or a month's first three letters, one space
// between each: the second alternative of periodEndPhrase.
func periodToASCII(s string) bool {
	for i := 0; i < len(s); {
		j := indexFoldLetter(s[i:], " to ", 2, 'o')
		if j < 0 {
			return false
		}
		p := i + j
		i = p + 1
		after := s[p+len(" to "):]
		if !(after != "" && isDigit(after[0]) || slices.ContainsFunc(periodToStarts, func(w string) bool { return hasFoldAt(after, 0, w) })) {
			continue
		}
		for _, n := range periodToNouns {
			r := p - len(n) // where the noun starts
			if r < 1 || s[r-1] != ' ' || !hasFoldAt(s, r, n) {
				continue
			}
			if before := s[:r-1]; endsWithWordFold(before, periodToCounts) || endsWithNumber(before) {
				return true
			}
		}
	}
	return false
}

// endsWithWordFold reports whether s ends with one of the lower-case
// words ws in any case, after the start of s or a byte that is no word's
// (as \b before a letter requires).
func endsWithWordFold(s string, ws []string) bool {
	for _, w := range ws {
		r := len(s) - len(w)
		if r >= 0 && hasFoldAt(s, r, w) && (r == 0 || !isWordByte(s[r-1])) {
			return true
		}
	}
	return false
}

// endsWithNumber reports whether s ends with a run of digits after the
// start of s or a byte that is no word's (\b\d+ at its end).
func endsWithNumber(s string) bool {
	d := len(s)
	for d > 0 && isDigit(s[d-1]) {
		d--
	}
	return d < len(s) && (d == 0 || !isWordByte(s[d-1]))
}

// mayEndPeriod reports whether s, in any case, holds "end" or " to "
// after the last letter of one of the period nouns periodEndPhrase
// joins to "to" ("year", "quarter", "half", "months", "weeks", the last
// also as the long s that (?i) takes for "s"), as every match of
// periodEndPhrase does: a cheap test before it.
func mayEndPeriod(s string) bool {
	return containsFold(s, "end") || periodTo(s)
}

// mayClosePeriod is mayEndPeriod with "ended" or "ending" for "end": the
// words after the period noun in the first alternative of
// periodEndPhrase, whose letters fold to no other letter than their
// ASCII capitals, so that an ASCII fold finds what (?i) does. It rules
// out the many sentences with "end" in another word ("weekend",
// "spending") before the pattern is run on them.
func mayClosePeriod(s string) bool {
	return containsFold(s, "ended") || containsFold(s, "ending") || periodTo(s)
}

// periodTo reports whether s holds " to ", in any case, after the last
// letter of one of the period nouns periodEndPhrase joins to "to".
func periodTo(s string) bool {
	// " to " is looked for after the first byte, by its "o" in either
	// case.
	for i := 1; i < len(s); i++ {
		j := indexFoldLetter(s[i:], " to ", 2, 'o')
		if j < 0 {
			return false
		}
		i += j
		switch asciiLower(s[i-1]) {
		case 'r', 's', 'f':
			return true
		}
		if strings.HasSuffix(s[:i], "ſ") {
			return true
		}
	}
	return false
}

// comparedPeriod reports whether the time at t names a period figures
// are compared with, by its words ("a year earlier") or by the words
// just before it ("from 374 mln in the comparable 1986 period").
func comparedPeriod(text string, t doc.Span, lw *leadIn) bool {
	lt := lw.low.lowerOf(t.Start, t.End)
	for _, l := range lookbacks {
		if strings.Contains(lt, l) {
			return true
		}
	}
	_, _, ws := lw.get()
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-3; i-- {
		if comparisonCues[ws[i]] {
			return true
		}
	}
	return false
}

// followOnEnd returns where the text after the time at t that the rules
// read ends: at the end of its sentence or leadWindow bytes on, cut at a
// space, so that a long unbroken text is not read whole.
func followOnEnd(text string, sent, t doc.Span) int {
	end := sent.End
	if end > t.End+leadWindow {
		end = t.End + leadWindow
		if i := strings.LastIndexByte(text[t.End:end], ' '); i >= 0 {
			end = t.End + i
		}
	}
	return end
}

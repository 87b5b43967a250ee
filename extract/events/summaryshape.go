package events

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// maxLabelLen bounds the bytes of a speaker's label before its colon:
// "Deputy Governor Anna Holt:".
const maxLabelLen = 60

// pastSpeakerLabel returns sum without the speaker's label a transcript
// line opens with ("Holt: Because prices rose in January." gives
// "Because prices rose in January."): a person's name, maybe after a
// title, and a colon, or the "Q:" and "A:" of an interview. A label that
// is no person's ("Brexit: talks resume") stays.
func pastSpeakerLabel(text string, sum doc.Span, mentions []doc.Mention) doc.Span {
	if sum.Start > 0 && text[sum.Start-1] != '\n' {
		return sum
	}
	head := text[sum.Start:min(sum.End, sum.Start+maxLabelLen)]
	colon := strings.Index(head, ": ")
	if colon <= 0 {
		return sum
	}
	label := head[:colon]
	if label != "Q" && label != "A" && !personLabel(label, sum.Start+colon, mentions) {
		return sum
	}
	start := sum.Start + colon + len(": ")
	if start >= sum.End {
		return sum
	}
	return doc.Span{Start: start, End: sum.End}
}

// personLabel reports whether label, ending at offset end, is made of
// capitalised words and ends in a person's name.
func personLabel(label string, end int, mentions []doc.Mention) bool {
	for _, w := range strings.Fields(label) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	for _, m := range mentions {
		if m.Type == doc.Person && m.End == end {
			return true
		}
	}
	return false
}

// maxQuoteReach bounds the bytes a summary is carried on to close a
// quotation it opens.
const maxQuoteReach = 400

// throughQuote returns sum widened so that a quotation it cuts is whole:
// a summary that opens a quotation without closing it ("\"Last week I
// thought a rise was likely.", cut before the quotation's next
// sentence) runs on to the end of the sentence that closes it, in its
// paragraph; one that closes a quotation it did not open ("the
// inquiry\", which opens next month.") starts at its sentence's start.
func throughQuote(text string, sents []doc.Sentence, s doc.Sentence, sum doc.Span) doc.Span {
	c := text[sum.Start:sum.End]
	if strings.Count(c, "\"")%2 == 0 && strings.Count(c, "“") == strings.Count(c, "”") {
		return sum
	}
	if i := firstQuoteMark(c); i >= 0 && closingMark(c, i) && sum.Start > s.Start {
		return doc.Span{Start: s.Start, End: sum.End}
	}
	if i := lastQuoteMark(c); i >= 0 && !closingMark(c, i) {
		if end, ok := quoteClosed(text, sents, sum.End); ok {
			return doc.Span{Start: sum.Start, End: end}
		}
	}
	return sum
}

// firstQuoteMark returns the offset of the first double quotation mark
// in c, else -1.
func firstQuoteMark(c string) int {
	return quoteCurlyQuotesMarks.firstIn(c)
}

// lastQuoteMark returns the offset of the last double quotation mark in
// c, else -1.
func lastQuoteMark(c string) int {
	return quoteCurlyQuotesMarks.lastIn(c)
}

// closingMark reports whether the quotation mark at i in c closes a
// quotation: a ” or a straight mark right after a word or a stop
// (`investigation",`).
func closingMark(c string, i int) bool {
	switch {
	case strings.HasPrefix(c[i:], "”"):
		return true
	case strings.HasPrefix(c[i:], "“"):
		return false
	case i == 0:
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(c[:i])
	return !unicode.IsSpace(r) && r != '(' && r != '-' && r != '—'
}

// quoteClosed returns the end of the sentence that holds the first
// closing quotation mark after offset from, when it lies in the same
// paragraph within maxQuoteReach bytes.
func quoteClosed(text string, sents []doc.Sentence, from int) (int, bool) {
	rest := text[from:min(len(text), from+maxQuoteReach)]
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[:nl]
	}
	at := -1
	for i := 0; i < len(rest); {
		if j := quoteCloseQuoteMarks.firstIn(rest[i:]); j >= 0 {
			if closingMark(rest, i+j) {
				at = from + i + j
				break
			}
			_, w := utf8.DecodeRuneInString(rest[i+j:])
			i += j + w
			continue
		}
		break
	}
	if at < 0 {
		return 0, false
	}
	for _, s := range sents {
		if s.Start <= at && at < s.End {
			return s.End, true
		}
	}
	return 0, false
}

// gappedPiece matches a piece of a list whose verb the list's first piece
// gives ("five on Monday", "three on Tuesday."): a number and a time.
var gappedPiece = regexp.MustCompile(`(?:^|, |,? and )(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:on|in|at|by|during|last|this|early|late) [^,;]*$`)

// throughGapped returns the whole sentence s for a summary cut from it
// that holds a verbless piece of a list ("four were rescued on Sunday
// night, five on Monday and three on Tuesday" cut to "three on
// Tuesday."), which reads as nothing alone.
func throughGapped(text string, s doc.Sentence, sum doc.Span) doc.Span {
	if sum == s.Span || s.End > len(text) {
		return sum
	}
	c := strings.TrimRight(strings.TrimSpace(text[sum.Start:sum.End]), ".")
	if r, _ := utf8.DecodeRuneInString(c); !unicode.IsLower(r) && !unicode.IsDigit(r) {
		return sum
	}
	if !mayBeGappedPiece(c) || !gappedPiece.MatchString(c) {
		return sum
	}
	return s.Span
}

// mayBeGappedPiece reports whether c may match gappedPiece: a number
// (figures, or a word of gappedNumbers) and a space stand at the start of
// the text after its last comma or semicolon (after the space of ", "),
// or after an " and " in that text, or at the start of a text with no
// comma or semicolon. A match ends in words with neither, so its number
// stands there: a cheap test before the pattern.
func mayBeGappedPiece(c string) bool {
	k := commaSemicolonMarks.lastIn(c)
	tail := c[k+1:]
	if k < 0 && numberWordAt(tail, 0) || k >= 0 && c[k] == ',' && strings.HasPrefix(tail, " ") && numberWordAt(tail, 1) {
		return true
	}
	for i := 0; ; {
		j := strings.Index(tail[i:], " and ")
		if j < 0 {
			return false
		}
		i += j + len(" and ")
		if numberWordAt(tail, i) {
			return true
		}
		i -= len("and ") // the space closing one " and " may open the next
	}
}

// gappedNumbers are the numbers in words gappedPiece reads.
var gappedNumbers = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "eleven": true, "twelve": true,
}

// numberWordAt reports whether s has, at offset i, figures or a word of
// gappedNumbers followed by a space.
func numberWordAt(s string, i int) bool {
	sp := strings.IndexByte(s[i:], ' ')
	if sp <= 0 {
		return false
	}
	w := s[i : i+sp]
	if gappedNumbers[w] {
		return true
	}
	for j := 0; j < len(w); j++ {
		if w[j] < '0' || w[j] > '9' {
			return false
		}
	}
	return true
}

// periodHeading reports a short heading inside an article's body, of
// no verb, ending in a time that tells what the section under it covers
// ("Results so far this month", "Fixtures this week"), not the time of a
// thing: no preposition stands before the time ("Summit on 12 May",
// "Protests in Paris this week"), and the article's first line, its
// headline, is no such heading.
func periodHeading(text string, sp, t doc.Span) bool {
	if sp.Start == 0 || !headlineLine(text, sp) || !sp.Contains(t) {
		return false
	}
	words := strings.Fields(text[sp.Start:sp.End])
	before := strings.Fields(text[sp.Start:t.Start])
	if len(words) > maxNounHeadingWords || len(before) == 0 || !verbless(before) || strings.TrimSpace(text[t.End:sp.End]) != "" {
		return false
	}
	if !relativePeriod(text[t.Start:t.End]) {
		return false // "stock split effective June 30": a date
	}
	for _, w := range before {
		if inLower(headingPrepositions, w) {
			return false
		}
	}
	return true
}

// headingPrepositions place a heading's time on a thing it names.
var headingPrepositions = toSet(`on in at by for from until since before after over across to of during`)

// resultParticiples open a clause after a comma that tells what the
// sentence's happening left or brought about ("…, leaving three for the
// final push on Tuesday"), which reads as nothing cut from it.
var resultParticiples = toSet(`leaving bringing taking sending pushing lifting putting raising cutting giving making`)

// throughResult returns the whole sentence s for a summary cut from it
// after a comma that opens with a word of resultParticiples.
func throughResult(text string, s doc.Sentence, sum doc.Span) doc.Span {
	if sum.Start <= s.Start || s.End > len(text) || !strings.HasSuffix(text[s.Start:sum.Start], ", ") {
		return sum
	}
	if !resultParticiples[nextWord(text[sum.Start:sum.End])] {
		return sum
	}
	return s.Span
}

// relativePeriod reports whether a time's words tell a period counted
// from the day of writing ("this month", "next week"), not a date.
func relativePeriod(t string) bool {
	l := strings.ToLower(t)
	for _, p := range []string{"this ", "next ", "last ", "the past "} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// withinSentence returns sum cut at the end of its sentence s: a summary
// carried on to close a quotation keeps, for matching reports, only the
// words of the sentence that dates it, so the later sentences of a long
// quotation ("… I am not sure the prime minister knows …") do not join
// it to another report.
func withinSentence(sum, s doc.Span) doc.Span {
	if sum.End > s.End && sum.Start < s.End {
		sum.End = s.End
	}
	return sum
}

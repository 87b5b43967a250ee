package quotes

import (
	"strings"
	"unicode"

	"newsbot/extract/doc"
)

// Some quoted words are not worth listing as anyone's statement:
//
//   - the courtesies closing or opening an interview ("Thanks, Ruth.",
//     "Minister, thank you.", "Good morning, Tom."), printed as a
//     transcript answer;
//   - a time phrase of a few words quoted inside a sentence ("could rise
//     \"next month\""): the speaker's words, but no statement.
//
// Both are kept as unattributed quotes or dropped, never listed.

// courtesyCores are the words that make a line a courtesy.
var courtesyCores = wordSet(`thank thanks cheers pleasure welcome morning afternoon evening hello hi goodbye bye`)

// courtesyWords may fill a courtesy around its core ("thank you very much
// for having me", "my pleasure", "good morning to you").
var courtesyWords = wordSet(`you very much so all everyone for having me us joining good great it's it is was a my
	to again and again nice be here being with pleasure too as always`)

// maxCourtesyWords bounds a courtesy.
const maxCourtesyWords = 8

// maxAddressWords bounds the capitalised words naming whom a courtesy
// addresses ("Thanks, Minister.", "Thank you, Ruth Cole.").
const maxAddressWords = 2

// courtesy reports whether span holds one sentence of courtesy words and
// at most a short form of address, nothing else.
func courtesy(text string, span doc.Span) bool {
	s := strings.TrimSpace(text[span.Start:span.End])
	s = strings.TrimRight(s, ".!")
	if s == "" || strings.ContainsAny(s, ".?!;:\n") {
		return false
	}
	words := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ',' })
	if len(words) > maxCourtesyWords {
		return false
	}
	core, address := false, 0
	for _, w := range words {
		low := strings.ToLower(w)
		switch {
		case courtesyCores[low]:
			core = true
		case courtesyWords[low]:
		case unicode.IsUpper(firstRune(w)):
			address++
		default:
			return false
		}
	}
	return core && address <= maxAddressWords
}

// firstRune returns the first rune of s, or 0.
func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// timeUnits name a time; a quoted time phrase holds one.
var timeUnits = wordSet(`today tonight tomorrow yesterday soon day days week weeks weekend weekends month months
	year years hour hours minute minutes morning afternoon evening night fortnight decade decades
	monday tuesday wednesday thursday friday saturday sunday
	january february march april may june july august september october november december
	spring summer autumn winter`)

// timeFillers may stand around the unit of a time phrase ("later this
// week", "by Friday", "within days", "next year").
var timeFillers = wordSet(`later earlier this next last coming past following the a within by end of early late mid
	in on until before after very as soon few couple two three several`)

// maxTimeWords bounds a quoted time phrase.
const maxTimeWords = 3

// quotedTime reports whether a segment quotes, inside a sentence, only a
// time phrase of at most three words: could rise "later this week".
func (a *analysis) quotedTime(s *quoteSeg) bool {
	words := strings.FieldsFunc(strings.ToLower(a.text[s.content.Start:s.content.End]), notWordRune)
	if len(words) == 0 || len(words) > maxTimeWords || !a.partial(s) {
		return false
	}
	unit := false
	for _, w := range words {
		switch {
		case timeUnits[w]:
			unit = true
		case !timeFillers[w]:
			return false
		}
	}
	return unit
}

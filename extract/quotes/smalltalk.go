package quotes

import (
	"strings"
	"unicode"

	"newsbot/extract/doc"
)

// Some quoted words are not worth listing as anyone's statement: the
// courtesies closing or opening an interview ("Thanks, Ruth.", "Minister,
// thank you.", "Good morning, Tom."), printed as a transcript answer. They
// are kept as unattributed quotes or dropped, never listed.

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

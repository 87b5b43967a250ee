package segment

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// liveBylineName is one writer of a live blog's byline, perhaps with the
// place they write from and the stretch of the coverage they write:
// "Hannah Pryce in Lausanne", "Sam Okafor (now)".
const liveBylineName = `\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}` +
	`(?: (?:in|at) \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2})?` +
	`(?: \((?:now|earlier|later|until now|from now)\))?`

// liveByline is a line of two or more writers' names and nothing else, as
// a live blog lists who writes it: "Hannah Pryce in Lausanne and Sam Okafor
// (now)", "Ella Hunt, Tom Reddy and Ade Bello (earlier)".
var liveByline = regexp.MustCompile(`^(?:By )?` + liveBylineName + `(?:(?:, | and |, and )` + liveBylineName + `)+\.?$`)

// liveBylineMark tells a writers' line from a list of names: a place the
// writer is in or the stretch of the coverage they write.
var liveBylineMark = regexp.MustCompile(` (?:in|at) \p{Lu}|\((?:now|earlier|later|until now|from now)\)`)

// isLiveByline reports whether a line is a live blog's byline naming two
// or more writers, with where they write from or when ("Hannah Pryce in
// Lausanne and Sam Okafor (now)"): page furniture, no sentence to cite.
func isLiveByline(s string) bool {
	// A capital first (liveByline's names and its "By" open with one), no
	// small word of prose, two names joined, and a place or a stretch:
	// cheap tests first, as every line passes here, and onlyBylineWords
	// turns prose away at its first small word.
	return len(s) < 200 && opensWithCapital(s) && onlyBylineWords(s) &&
		(contains(s, " and ") || contains(s, ", ")) && (contains(s, " in ") || contains(s, " at ") || contains(s, "(")) &&
		liveByline.MatchString(s) && liveBylineMark.MatchString(s)
}

// bylineLowerWords are the words of a liveByline match that may open in
// lower case, with what may close them.
var bylineLowerWords = set(`in at and now) now), now).`)

// onlyBylineWords reports whether every word of s between single spaces
// that opens with a lower-case ASCII letter is one liveByline allows:
// its names open with capitals, and news prose has "the" or "said",
// which no byline has.
func onlyBylineWords(s string) bool {
	for w := range strings.SplitSeq(s, " ") {
		if w != "" && 'a' <= w[0] && w[0] <= 'z' && !bylineLowerWords[w] {
			return false
		}
	}
	return true
}

// opensWithCapital reports whether the first rune of s is an upper-case
// letter (\p{Lu}).
func opensWithCapital(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.Is(unicode.Lu, r)
}

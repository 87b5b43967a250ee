package segment

import (
	"strings"
	"unicode"
)

// spokenNouns name something said whose words a colon right after the
// noun then quotes: "gave a one-line acceptance speech:".
var spokenNouns = set(`speech speeches address toast eulogy remarks statement message reply answer
	response tweet post farewell`)

// spokenBefore reports whether the text before a quotation's opening mark
// ends with a noun for something said and a colon: `gave a short
// acceptance speech:`. The quotation is that speech, one utterance: a
// split inside it would leave a sentence that starts mid-quote.
func spokenBefore(before string) bool {
	before = strings.TrimRight(before, " ")
	if !strings.HasSuffix(before, ":") {
		return false
	}
	words := lastFieldsFunc(before[:len(before)-1], 1, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	return len(words) > 0 && spokenNouns[strings.ToLower(words[len(words)-1])]
}

// maxColonQuote bounds a quotation that a colon alone introduces and the
// splitter keeps whole with its sentence.
const maxColonQuote = 300

// shortColonQuote reports whether the quotation that opens at from and
// closes at to is short and follows a colon, whatever comes before the
// colon: `posted on X on Monday night: "Talks go on. No deal yet."`. Split
// inside, the sentence that introduces it would end with the quotation
// open and the next start mid-quote, so that neither could be cited on
// its own. A longer quotation keeps its sentences apart unless a speech
// verb or a noun of speech introduces it (attributedBefore,
// spokenBefore): its speaker is plain, and a search finds the sentence
// of it that matches.
func shortColonQuote(text string, from, to int) bool {
	return to-from <= maxColonQuote && colonBefore(text[:from])
}

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
	words := strings.FieldsFunc(before[:len(before)-1], func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	return len(words) > 0 && spokenNouns[strings.ToLower(words[len(words)-1])]
}

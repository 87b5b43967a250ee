package identity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// nameAbbreviations are short words written with a full stop inside names
// ("St. Louis", "Ft. Worth", "Mt. Kenya"), whose stop ends no sentence.
var nameAbbreviations = wordSet(`st ste ft mt pt jr sr dr mr mrs ms prof gen col lt sgt capt rev hon`)

// endsSentence reports whether the word w, taken from the text with its
// trailing punctuation, closes a sentence: a word of two or more letters
// in mixed case ending in a full stop ("Court.", "Monday."), not an
// initial ("A.", "J.R.") nor an abbreviation kept inside names ("St.",
// "Dr."). A name never runs on over such a stop.
func endsSentence(w string) bool {
	if !strings.HasSuffix(w, ".") {
		return false
	}
	b := strings.TrimSuffix(w, ".")
	if strings.Contains(b, ".") || utf8.RuneCountInString(b) < 2 || nameAbbreviations[strings.ToLower(b)] {
		return false
	}
	for _, r := range b {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

package ner

import (
	"strings"

	"newsbot/extract/ner/internal/tok"
)

// pluralListAfter reports a comma at token k and, after it, another
// plural of a common noun in lower case: the name opens a list of
// things ("Tablets, chargers and a safe were taken"), not a clause about
// a person ("Woods, who won, said", "Jones, officials said, will go").
// The list goes on after that plural with "and", "or" or a comma; the
// name itself, then, need not be a word the tagger knows in lower case
// ("Drones, rifles and ...").
func pluralListAfter(text string, toks []tok.Token, k int, common func(string) bool) bool {
	if k+1 >= len(toks) || tokText(text, toks, k) != "," {
		return false
	}
	w := tokText(text, toks, k+1)
	sing, ok := strings.CutSuffix(w, "s")
	if !ok || !isLowerWord(w) || strings.HasSuffix(sing, "s") || !common(w) || !common(sing) || k+2 >= len(toks) {
		return false
	}
	switch tokText(text, toks, k+2) {
	case "and", "or", ",":
		return true
	}
	return false
}

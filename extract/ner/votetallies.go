package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// tallyWords count the votes on each side of a division: "Ayes 189, Noes
// 211", "Yeas 52, Nays 48".
var tallyWords = wordSet("ayes noes nays yeas")

// dropVoteTallies leaves untagged a word counting one side's votes
// before the number of them: in "The House divided: Ayes 189, Noes 211"
// neither "Ayes" nor "Noes" names an entity.
func dropVoteTallies(text string, toks []tok.Token, tags []int) {
	for i := 0; i+1 < len(toks); i++ {
		if tags[i] == 0 || !lowerIn(tallyWords, tokText(text, toks, i)) || !isDigits(tokText(text, toks, i+1)) {
			continue
		}
		if model.IsInside(tags[i]) || model.IsInside(tags[i+1]) {
			continue // a longer name holds it
		}
		setTag(tags, i, 0)
	}
}

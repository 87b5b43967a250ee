package ner

import (
	"newsbot/extract/ner/internal/tok"
)

// maxExchangeWords bounds the words of a stock exchange's label before
// the colon of a ticker: "(Euronext Dublin: DUNM)".
const maxExchangeWords = 3

// dropBracketTickers drops a mention of a stock's ticker after an
// exchange's label in brackets: "Dunmore Analytics plc (NASDAQ: DUNM)"
// names the company before the bracket, and the ticker is no body of its
// own.
func dropBracketTickers(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.end-s.start != 1 || s.start < 3 || s.end >= len(toks) || tokText(text, toks, s.end) != ")" || tokText(text, toks, s.start-1) != ":" {
			continue
		}
		if !initialism(tokText(text, toks, s.start)) || !exchangeLabelBefore(text, toks, s.start-1) {
			continue
		}
		setTag(tags, s.start, 0)
	}
}

// exchangeLabelBefore reports a bracket opening a few capitalised words
// that end right before the colon at token c.
func exchangeLabelBefore(text string, toks []tok.Token, c int) bool {
	for k := c - 1; k >= 0 && c-k <= maxExchangeWords+1; k-- {
		w := tokText(text, toks, k)
		if w == "(" {
			return k < c-1
		}
		if !capitalised(w) {
			return false
		}
	}
	return false
}

package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// ticker is a stock symbol read after a name, with the offset after the
// bracket that holds it.
type ticker struct {
	doc.Mention
	next int
}

// maxTickerListBytes bounds the search for the bracket closing a list of
// stock tickers: "(NASDAQ: HLVR; LSE: HLV)".
const maxTickerListBytes = 64

// tickersAfter reads the stock tickers in brackets at offset end of text:
// one ("(NYSE: CRR)", read by tickerAfter) or several, each an
// exchange's name, a colon and the symbol, parted by semicolons or commas
// ("(NASDAQ: HLVR; LSE: HLV)"). Every symbol is the name's.
func tickersAfter(text string, end int) []ticker {
	if t, next, ok := tickerAfter(text, end); ok {
		return []ticker{{t, next}}
	}
	if !strings.HasPrefix(text[end:], " (") {
		return nil
	}
	start := end + len(" (")
	n := strings.IndexByte(text[start:min(len(text), start+maxTickerListBytes)], ')')
	if n <= 0 || !strings.ContainsAny(text[start:start+n], ";,") {
		return nil
	}
	var out []ticker
	for at := start; at < start+n; {
		part := text[at : start+n]
		if k := strings.IndexAny(part, ";,"); k >= 0 {
			part = part[:k]
		}
		lead := len(part) - len(strings.TrimLeft(part, " "))
		exch, sym, ok := strings.Cut(part[lead:], ":")
		if !ok || !exchangeName(exch) || !isAcronym(strings.TrimSpace(sym)) {
			return nil
		}
		s := at + lead + len(exch) + 1 + len(sym) - len(strings.TrimLeft(sym, " "))
		sym = strings.TrimSpace(sym)
		out = append(out, ticker{doc.Mention{Span: doc.Span{Start: s, End: s + len(sym)}, Text: sym}, start + n + 1})
		at += len(part) + 1
	}
	return out
}

// maxDesignatorBytes bounds the legal form read between a name and its
// ticker.
const maxDesignatorBytes = 16

// designatorAfter returns the offset after a company's legal form (see
// designators) that follows offset end of text as one word right before
// a bracket, "Caldermoor Group plc (LSE: CALD)", or end when none does.
func designatorAfter(text string, end int) int {
	if !strings.HasPrefix(text[end:], " ") {
		return end
	}
	w := text[end+1 : min(len(text), end+1+maxDesignatorBytes)]
	k := strings.Index(w, " (")
	if k <= 0 || strings.ContainsAny(w[:k], " ,") || !designators[strings.ToLower(strings.TrimSuffix(w[:k], "."))] {
		return end
	}
	return end + 1 + k
}

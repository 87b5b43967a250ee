package timex

// closingNouns name what a market's close fixes: "the closing price on
// Friday".
var closingNouns = map[string]bool{"price": true, "prices": true, "level": true, "levels": true, "value": true, "bid": true, "rate": true}

// closingDay reports whether the match is the day of a closing price
// ("a premium of 31 per cent to the closing price on Friday", "Friday's
// close", "Friday's closing price"): a price already fixed is of a day
// gone, whatever the tense of the clause that compares with it.
func closingDay(m *match) bool {
	if m.has("poss") {
		w, ok := firstWord(m.s[m.idx[1]:])
		return ok && (w.text == "close" || w.text == "closing")
	}
	ws := leadWords(m)
	n := len(ws)
	return n >= 3 && ws[n-1].text == "on" && closingNouns[ws[n-2].text] && ws[n-3].text == "closing"
}

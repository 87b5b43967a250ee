package events

import (
	"strings"

	"newsbot/extract/doc"
)

// instruments are the nouns of debt that has a maturity: "notes due
// 2017", "debentures maturing in 2011".
var instruments = map[string]bool{
	"note": true, "notes": true, "bond": true, "bonds": true, "debenture": true, "debentures": true,
	"eurobond": true, "eurobonds": true, "securities": true, "certificates": true, "gilts": true,
	"treasuries": true, "obligations": true,
}

// loanNouns name a debt only with a verb of maturing: "the loan matures
// in 1992" names when it is repaid, where "a vote on the issue due in
// May" is an event.
var loanNouns = map[string]bool{"issue": true, "issues": true, "loan": true, "loans": true, "tranche": true, "tranches": true, "paper": true, "debt": true}

// maturityNouns after a year make it the year a debt falls due: "the
// 2011 maturity", "the 2017 notes".
var maturityNouns = map[string]bool{"maturity": true, "maturities": true, "notes": true, "bonds": true, "debentures": true, "eurobonds": true}

// maxInstrumentLead bounds how many words before "due" or "maturing" the
// noun of the debt may stand: "8-3/4 pct convertible subordinated
// debentures due 2011".
const maxInstrumentLead = 5

// maturityYear reports whether the time t is the year a financial
// instrument matures ("200 mln dlrs of notes due 2017", "debentures
// maturing in 2011", "the 2011 maturity", "debentures of 1991"): it
// names the debt, and no event happens on it.
func maturityYear(text string, sent, t doc.Span, lw *leadIn) bool {
	if !sent.Contains(t) || sent.End > len(text) {
		return false
	}
	if after := lw.low.firstWordsOf(t.End, min(sent.End, t.End+24), 1); len(after) > 0 && maturityNouns[after[0]] {
		return true
	}
	_, _, ws := lw.get()
	n := len(ws)
	if n >= 2 && ws[n-1] == "of" && instruments[ws[n-2]] {
		return true // "9-3/4 pct debentures of 1991"
	}
	if n >= 1 && ws[n-1] == "in" {
		n--
	}
	if n < 2 || ws[n-1] != "due" && !strings.HasPrefix(ws[n-1], "matur") {
		return false
	}
	maturing := ws[n-1] != "due"
	for i := n - 2; i >= 0 && i >= n-1-maxInstrumentLead; i-- {
		if instruments[ws[i]] || maturing && loanNouns[ws[i]] {
			return true
		}
	}
	return false
}

// fiscalYearEnd reports a date given as the day a fiscal year ends every
// year, in the present: "Corrin Valley, whose fiscal year ends June 30",
// "its financial year ending March 31". It dates a calendar, no event;
// nor does the closing day of a period results are told for ("the year
// ended 30 September 2026", periodEnded), the period it closes
// (namesPeriod) or the period the results are compared with
// (periodComparison).
func fiscalYearEnd(text string, sent, t doc.Span, lw *leadIn) bool {
	if !sent.Contains(t) || sent.End > len(text) {
		return false
	}
	_, _, ws := lw.get()
	n := len(ws)
	for n > 0 && (ws[n-1] == "on" || ws[n-1] == "in") {
		n--
	}
	return n >= 3 && (ws[n-1] == "ends" || ws[n-1] == "ending") && ws[n-2] == "year" &&
		(ws[n-3] == "fiscal" || ws[n-3] == "financial") || periodEnded(ws[:n]) && namesDay(text[t.Start:t.End]) || namesPeriod(lw.low, sent, t) ||
		periodComparison(text, sent, t, lw)
}

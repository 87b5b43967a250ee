package segment

import "regexp"

// maxQuoteStripWords bounds a market-data strip with its delay notice.
const maxQuoteStripWords = 16

// delayedData is a market-data page's notice that its prices lag:
// "Data delayed 15 minutes", "Quotes delayed by at least 20 mins".
var delayedData = regexp.MustCompile(`(?i)\b(?:data|quotes?|prices?)\s+(?:are\s+|is\s+)?delayed\s+(?:by\s+)?(?:at\s+least\s+)?\d+\s+min(?:ute)?s?\b`)

// isDelayedQuoteNote reports whether a short line is a quote strip or its
// delay notice ("NWND 41.20 +1.2% | Data delayed 15 minutes"): page
// furniture, unless a verb of saying makes it a report ("Prices are
// delayed 15 minutes, the exchange said"). lower is s in lower case.
// Every match of delayedData holds "delayed" in ASCII letters of any case
// (none of them folds to a letter outside ASCII), so lower holds
// "delayed", which is looked for first.
func isDelayedQuoteNote(s string, lw *lowered, n int) bool {
	lower := lw.text
	return n <= maxQuoteStripWords && lw.contains("delayed") && delayedData.MatchString(s) && !hasReportingVerb(lower)
}

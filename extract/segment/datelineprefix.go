package segment

import "regexp"

// datelinePrefix matches the wire dateline that opens a story's first
// sentence, ended by a dash: "LONDON (Reuters) - ", "KESSA, March 10 - ",
// "THE WIRE — Port Elwin, Oct 23 (PA) - ". A place in mixed case needs the
// filing date after it.
var datelinePrefix = regexp.MustCompile(`^(?:` +
	`(?:\p{Lu}[\p{Lu}.'’]+(?: \p{Lu}[\p{Lu}.'’]+){0,3})(?:, (?:\d{1,2}\s+` + monthWord + `|` + monthWord + `\s+\d{1,2}))?(?: \([^()]{1,30}\))? [-–—]{1,2} ` +
	`)?(?:` + datelinePlace + `, (?:\d{1,2}\s+` + monthWord + `|` + monthWord + `\s+\d{1,2})(?:,? \d{4})?(?: \([^()]{1,30}\))? [-–—]{1,2} )?`)

// DatelinePrefixEnd returns where a wire dateline opening sentence s ends,
// or 0 when s opens with none or nothing of substance follows it. The
// place and day a story was filed from are no part of what it reports,
// so a sentence quoted alone reads better without them.
func DatelinePrefixEnd(s string) int {
	loc := datelinePrefix.FindStringIndex(s)
	if loc == nil || loc[1] == 0 || loc[1] > 90 || len(s)-loc[1] < 20 {
		return 0
	}
	return loc[1]
}

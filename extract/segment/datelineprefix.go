package segment

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

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

// DatelinePrefixEndKeeping is DatelinePrefixEnd, or 0 when the dateline
// holds one of names (a word or a phrase, in any case) that the rest of
// s does not: a sentence cited for a name keeps it. "TESSEN — President
// Lupu opened talks" is shown whole for Tessen, and without "TESSEN — "
// for Lupu.
func DatelinePrefixEndKeeping(s string, names ...string) int {
	end := DatelinePrefixEnd(s)
	if end == 0 {
		return 0
	}
	head, rest := strings.ToLower(s[:end]), strings.ToLower(s[end:])
	for _, n := range names {
		n = strings.ToLower(strings.TrimSpace(n))
		if n != "" && holdsWord(head, n) && !holdsWord(rest, n) {
			return 0
		}
	}
	return end
}

// holdsWord reports whether s holds w with no letter or digit on either
// side: "tessen" in "tessen — ", not in "tessenberg".
func holdsWord(s, w string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return false
		}
		i += from
		j := i + len(w)
		if !wordRuneBefore(s, i) && !wordRuneAt(s, j) {
			return true
		}
		from = i + 1
	}
}

// wordRuneBefore reports whether a letter or digit ends s[:i].
func wordRuneBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return i > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// wordRuneAt reports whether a letter or digit opens s[i:].
func wordRuneAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return i < len(s) && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A wire story closes with a line on who else reported it: "Associated
// Press writer Jane Doe in Istanbul contributed to this report.", "Reuters
// reporter John Roe contributed reporting from Kyiv." It is a staff credit
// like "Reporting by …; Editing by …": it reports nothing, and the names
// in it are the outlet's staff, not people in the news.

// contributionTails are what a contribution line says its writers gave,
// after "contributed", in lower case and without the closing stop.
var contributionTails = []string{"to this report", "to this story", "to this article", "to the report",
	"to this coverage", "to this dispatch", "reporting", "additional reporting", "research",
	"to reporting", "to this reporting"}

// contributorWords are the lower-case words a contribution line may hold
// before "contributed" besides names: the staff nouns of a credit
// ("Associated Press writers", "staff reporter"), its links, and the
// particles of a name (creditWords).
var contributorWords = set(`writer writers reporter reporters correspondent correspondents journalist journalists
	staff photographer photographers producer producers researcher researchers editor editors
	videojournalist videojournalists stringer stringers the also news`)

// maxContributionTailWords bounds the words after a contribution line's
// tail: a place it was reported from ("from Kyiv and Lviv").
const maxContributionTailWords = 6

// isContribution reports whether s is a contribution line: names and
// staff nouns, then "contributed" and what they gave (contributionTails),
// perhaps from where ("contributed reporting from Kyiv"). "Dozens of
// volunteers contributed to this report" holds a word of its own
// ("volunteers" after "of"), and is news.
func isContribution(s string) bool {
	t := strings.TrimSpace(s)
	t = strings.TrimRight(t, ".)]")
	t = strings.TrimLeft(t, "([")
	i := lastWordIndexFold(t, "contributed")
	if i <= 0 || !isContributorList(t[:i]) {
		return false
	}
	rest := strings.TrimSpace(t[i+len("contributed"):])
	for _, tail := range contributionTails {
		if len(rest) < len(tail) || !strings.EqualFold(rest[:len(tail)], tail) {
			continue
		}
		after := strings.TrimSpace(rest[len(tail):])
		if after == "" {
			return true
		}
		from, ok := cutPrefixFold(after, "from ")
		if ok && !moreWordsThan(from, maxContributionTailWords) && isNameList(from) {
			return true
		}
	}
	return false
}

// lastWordIndexFold returns where the last whole word w (in lower case)
// stands in s, in any case, or -1.
func lastWordIndexFold(s, w string) int {
	for end := len(s); end >= len(w); {
		i := lastIndexFold(s[:end], w)
		if i < 0 {
			return -1
		}
		j := i + len(w)
		if (i == 0 || s[i-1] == ' ') && (j == len(s) || s[j] == ' ' || s[j] == ',') {
			return i
		}
		end = i
	}
	return -1
}

// lastIndexFold is strings.LastIndex of the lower-case ASCII word w in s,
// in any case.
func lastIndexFold(s, w string) int {
	for i := len(s) - len(w); i >= 0; i-- {
		if strings.EqualFold(s[i:i+len(w)], w) {
			return i
		}
	}
	return -1
}

// cutPrefixFold is strings.CutPrefix in any case.
func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) < len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// isContributorList reports whether s, the opening of a contribution
// line, holds only names and contributorWords or creditWords, and at
// least one word: "Associated Press writers Jane Doe in Kyiv and John Roe".
func isContributorList(s string) bool {
	n := 0
	for _, w := range strings.Fields(s) {
		w = strings.TrimFunc(w, isEdgePunct)
		if w == "" {
			continue
		}
		n++
		r, _ := utf8.DecodeRuneInString(w)
		lw := strings.ToLower(w)
		if !unicode.IsUpper(r) && !creditWords[lw] && !contributorWords[lw] {
			return false
		}
	}
	return n > 0
}

// maxContributionBytes bounds a contribution line: a long list of writers
// and their cities is still shorter.
const maxContributionBytes = 400

// endsAsContribution is the test of a sentence too long for the short
// line rules: only one that holds "contributed" near its end is read
// further (see isContribution).
func endsAsContribution(s string) bool {
	if len(s) > maxContributionBytes {
		return false
	}
	tail := s[max(0, len(s)-80):]
	return (contains(tail, "contributed") || contains(tail, "Contributed")) && isContribution(s)
}

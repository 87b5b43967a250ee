package kb

import (
	"regexp"
	"slices"
	"strings"
)

// A search for a percentage ("3%") finds, through the index, every
// sentence writing the number, which drops the sign: a score of "3-1" or
// "March 3" as much as "shares rose 3%". When some sentences write it as
// a percentage, only they answer.

// percentPattern matches a percentage as a reader or an article writes
// it: "3%", "4.5 per cent", "12 percent", "7 pct".
var percentPattern = regexp.MustCompile(`(?i)(?:^|[^\d.,])(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b|pct\b)`)

// percents returns the numbers a search writes as percentages.
func percents(query string) []string {
	var out []string
	for _, m := range percentPattern.FindAllStringSubmatch(query, -1) {
		if !slices.Contains(out, m[1]) {
			out = append(out, m[1])
		}
	}
	return out
}

// percentRange matches the first number of a range of percentages
// ("between 15 and 20 per cent", "15-20%"), whose sign the second writes.
var percentRange = regexp.MustCompile(`(?i)(?:^|[^\d.,])(\d+(?:\.\d+)?)\s?(?:-|–|to|and)\s?\d+(?:\.\d+)?\s?(?:%|per\s?cent\b|pct\b)`)

// writtenPercents returns the numbers a sentence writes as percentages,
// alone or opening a range of them.
func writtenPercents(text string) []string {
	out := percents(text)
	for _, m := range percentRange.FindAllStringSubmatch(text, -1) {
		out = append(out, m[1])
	}
	return out
}

// percentHits keeps the hits that write every one of nums as a
// percentage when there are any: "40 km" is no answer to "40%" beside
// "40% contained". With none, the hits stay as they are.
func percentHits(hits []SearchHit, nums []string) []SearchHit {
	if len(nums) == 0 {
		return hits
	}
	writes := func(h SearchHit) bool {
		got := writtenPercents(h.Text)
		return !slices.ContainsFunc(nums, func(n string) bool { return !slices.Contains(got, n) })
	}
	return narrowed(hits, writes)
}

// percentWord matches a percentage's sign or word in a sentence: "6.5%",
// "6 per cent", "percentage points".
var percentWord = regexp.MustCompile(`(?i)%|\bper\s?cent|\bpct\b`)

// withoutBarePercent drops the words of a percent sign that follow no
// number ("shares fall percent"), which the index cannot find: it keeps
// "%" of "6.5%" as no word. It reports whether it dropped any, for the
// hits to keep those writing a percentage (percentWord). A search of
// such words alone keeps them.
func withoutBarePercent(clauses []searchClause) ([]searchClause, bool) {
	word := func(j int) string {
		if j < len(clauses) && !clauses[j].quoted && len(clauses[j].words) == 1 {
			return strings.ToLower(clauses[j].words[0])
		}
		return ""
	}
	var out []searchClause
	dropped := false
	for i := 0; i < len(clauses); i++ {
		switch {
		case word(i) == "percent" || word(i) == "pct":
			dropped = true
		case word(i) == "per" && word(i+1) == "cent":
			dropped = true
			i++
		default:
			out = append(out, clauses[i])
		}
	}
	if len(out) == 0 {
		return clauses, false
	}
	return out, dropped
}

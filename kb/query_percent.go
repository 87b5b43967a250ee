package kb

import (
	"regexp"
	"slices"
)

// A search for a percentage ("3%") finds, through the index, every
// sentence writing the number, which drops the sign: a score of "3-1" or
// "March 3" as much as "shares rose 3%". The sentences writing it as a
// percentage come first.

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

// percentFirst moves the hits that write every one of nums as a
// percentage before the others, keeping the order within each.
func percentFirst(hits []SearchHit, nums []string) []SearchHit {
	if len(nums) == 0 {
		return hits
	}
	writes := func(h SearchHit) bool {
		got := percents(h.Text)
		return !slices.ContainsFunc(nums, func(n string) bool { return !slices.Contains(got, n) })
	}
	out := make([]SearchHit, 0, len(hits))
	for _, h := range hits {
		if writes(h) {
			out = append(out, h)
		}
	}
	for _, h := range hits {
		if !writes(h) {
			out = append(out, h)
		}
	}
	return out
}

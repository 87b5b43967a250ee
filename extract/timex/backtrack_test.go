package timex

import (
	"slices"
	"strings"
	"testing"
)

// regexpMatchAt is what scanner.matchAt returns without its backtracker:
// the regexp anchored at s[i], or reading s[i-1] first after a word
// byte.
func regexpMatchAt(sc *scanner, s string, i int) []int {
	var m []int
	shift := i
	if i > 0 && isWordByte(s[i-1]) {
		shift = i - 1
		m = sc.ctx.FindStringSubmatchIndex(s[shift:])
	} else {
		m = sc.anchored.FindStringSubmatchIndex(s[i:])
	}
	if m == nil {
		return nil
	}
	for k := range m {
		if m[k] >= 0 {
			m[k] += shift
		}
	}
	m[0] = i
	return m
}

// checkBacktracker compares the backtracker of every rule with the
// regexp at every position of s where the rule's scanner may try it.
func checkBacktracker(t *testing.T, s string) {
	t.Helper()
	for ri, sc := range ruleScanners() {
		if sc.bt == nil {
			continue
		}
		for i := 0; i < len(s); i++ {
			if !sc.first[s[i]] {
				continue
			}
			got, want := sc.bt.matchAt(s, i), regexpMatchAt(sc, s, i)
			if !slices.Equal(got, want) {
				t.Fatalf("rule %d at %d of %q: backtracker %v, regexp %v", ri, i, s, got, want)
			}
		}
	}
}

func TestBacktrackerMatchesRegexp(t *testing.T) {
	for _, s := range []string{
		"about three years ago, the past 12 months to march, twice a year",
		"some 2 1/2 years earlier and a half-year-old plan, a couple of weeks from now",
		"at least the 10 days later; over 1,200,000 years-long hours-old",
		"on tuesday, 2 december 2025 at 10:30 p.m. gmt; 12/03/2025 2025-12-02t14:00",
		"every two weeks, once a month, 3 times per year, each monday, per wed.",
		"the 1990s, mid-1980s, '90s, the early twenties, the 21st century",
		"ünter 3 jahre\u00a0ago – 5 days\u2019 later, café 12 months ago\xff\xfe 3 days",
		"\n3 days ago\n\tlast march\r\nnext may 4th",
		"x3 days ago _4 weeks later 5_days a-3 years", "", "a", "12",
	} {
		checkBacktracker(t, s)
		checkBacktracker(t, strings.ToUpper(s))
	}
}

// TestBacktrackerCorpus compares the backtracker with the regexp over
// the lower-cased sentences of news stories, when present.
func TestBacktrackerCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	stories := readReuters(t, 300)
	if stories == nil {
		t.Skip("Reuters stories not present")
	}
	for _, st := range stories {
		for _, line := range strings.Split(lowerASCII(st.Text), "\n") {
			checkBacktracker(t, line)
		}
	}
}

func FuzzBacktracker(f *testing.F) {
	f.Add("about three years ago, the past 12 months to march")
	f.Add("on tuesday, 2 december 2025 at 10:30 p.m. gmt\xff 3 days")
	f.Fuzz(func(t *testing.T, s string) {
		checkBacktracker(t, s)
		checkBacktracker(t, lowerASCII(s))
	})
}

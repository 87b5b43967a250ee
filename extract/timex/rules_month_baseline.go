package timex

import (
	"sort"
	"strings"
)

// baselineMovers are the words before "from" that measure a change from
// a starting level: "up from", "revised from".
var baselineMovers = map[string]bool{
	"up": true, "down": true, "higher": true, "lower": true, "rose": true, "risen": true, "fell": true,
	"fallen": true, "raised": true, "lowered": true, "revised": true, "cut": true, "increased": true, "reduced": true,
}

// baselineOwners are the determiners that may open the noun phrase of a
// baseline: "from its December forecast", "from the January peak".
var baselineOwners = map[string]bool{"its": true, "their": true, "his": true, "her": true, "our": true, "the": true}

// monthOfBaseline reports whether a bare month modifies the noun of the
// level a change is measured from: "up from its December forecast",
// "down from the January peak", "revised from the bank's March
// estimate". The level was set before the change the clause reports,
// whatever its tense: the month is the past one.
func monthOfBaseline(m *match) bool {
	ws := m.f.sentenceWords(m.s)
	k := sort.Search(len(ws), func(k int) bool { return ws[k].end > m.idx[0] })
	if k > 3 && strings.HasSuffix(ws[k-1].text, "'s") && baselineOwners[ws[k-2].text] {
		k-- // "from the bank's March estimate"
	}
	if k < 3 || ws[k-2].text != "from" || !baselineMovers[ws[k-3].text] {
		return false
	}
	if owner := ws[k-1].text; !baselineOwners[owner] && !strings.HasSuffix(owner, "'s") {
		return false
	}
	rest := m.s[m.idx[1]:]
	return len(rest) > 1 && rest[0] == ' ' && rest[1] >= 'a' && rest[1] <= 'z'
}

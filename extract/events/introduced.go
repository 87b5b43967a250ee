package events

import (
	"slices"
	"strings"

	"newsbot/extract/doc"
)

// introducedToday reports whether the clause sum, dated by the "today"
// at t, only introduces who is on a call or a programme with the host:
// "With me today are our finance chief and our auditor", "Joining us
// today is the mayor." It is a host's pleasantry, no event.
func introducedToday(text string, sum, t doc.Span) bool {
	if !sum.Contains(t) || t.End > len(text) || !strings.EqualFold(text[t.Start:t.End], "today") {
		return false
	}
	lead := lowerWords(text[sum.Start:t.Start])
	if len(lead) != 2 || lead[0] != "with" && lead[0] != "joining" || lead[1] != "me" && lead[1] != "us" {
		return false
	}
	next := lowerWords(text[t.End:min(sum.End, t.End+20)])
	return len(next) > 0 && slices.Contains([]string{"are", "is", "on", "in"}, next[0])
}

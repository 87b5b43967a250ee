package events

import (
	"strings"

	"newsbot/extract/timex"
)

// selfOwners are the possessive words that own a person's self of a year:
// "her 2011 self".
var selfOwners = map[string]bool{"my": true, "your": true, "his": true, "her": true, "our": true, "their": true, "one's": true}

// pastSelf reports whether the expression t names the year of a person's
// self, a way of speaking of the person then rather than of an event:
// "Asked what she would tell her 2011 self", "Maria's 2019 self would
// not have believed it". A possessive word or name comes right before
// the year and "self" or "selves" right after it.
func pastSelf(text string, t timex.Expr) bool {
	if len(t.Value) != len("2006") || t.Value != t.Text {
		return false
	}
	after := lowerWords(text[t.End:min(len(text), t.End+12)])
	if len(after) == 0 || after[0] != "self" && after[0] != "selves" {
		return false
	}
	before := strings.Fields(text[max(0, t.Start-40):t.Start])
	if len(before) == 0 {
		return false
	}
	owner := strings.ToLower(strings.Trim(before[len(before)-1], `"“”‘`))
	return selfOwners[owner] || strings.HasSuffix(owner, "'s") || strings.HasSuffix(owner, "’s")
}

package events

import (
	"strings"

	"newsbot/extract/doc"
)

// maxSupposedReach is the most words between "as if" and the time its
// supposition names.
const maxSupposedReach = 10

// supposingVerbs, before "as if" or "as though", act on a supposition:
// "plan as if the slump lasts into next year", "behave as though the
// deal will close in May". After "looks", "seems" or "feels" the same
// words give a likelihood, which still dates ("it looks as if the deal
// will close in May").
var supposingVerbs = toSet(`plan plans planning planned act acts acting acted behave behaves behaving behaved
	prepare prepares preparing prepared operate operates operating operated proceed proceeds proceeding proceeded
	budget budgets budgeting budgeted`)

// supposedAsIf reports whether the time at t stands in a supposition
// acted on, "as if" or "as though" after a verb of acting close before
// it in its clause: "we have to plan as if that pause lasts into next
// year". What is supposed is no event and no plan.
func supposedAsIf(text string, sent, t doc.Span) bool {
	lead := leadUp(text, sent, t)
	if !strings.Contains(lead, " as ") {
		return false // a cheap test before the words are split
	}
	ws := strings.Fields(strings.ToLower(lead))
	for i := len(ws) - 2; i >= 1 && len(ws)-i <= maxSupposedReach+1; i-- {
		if commaSemicolonColonMarks.in(ws[i]) {
			return false // another clause
		}
		if ws[i] == "as" && (ws[i+1] == "if" || ws[i+1] == "though") {
			return supposingVerbs[strings.Trim(ws[i-1], `"“”'‘’`)]
		}
	}
	return false
}

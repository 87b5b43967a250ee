package kb

import (
	"strings"
	"testing"
)

func TestAnOfficeJustTakenLeadsTheOneHeldBefore(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.jsonl": `{"id":"a","title":"Ardent results","source":"Ledger","published":"2026-10-28","text":"Chief financial officer Lena Marsh said costs would fall.\nRevenue rose 4%."}` + "\n" +
			`{"id":"a2","title":"Ardent falls","source":"Times","published":"2026-10-29","text":"CFO Lena Marsh declined to comment.\nShares fell."}` + "\n" +
			`{"id":"b","title":"Ardent chief quits","source":"Watch","published":"2026-10-30","text":"The board said chief financial officer Lena Marsh would serve as acting chief executive while it searches for a successor."}` + "\n" +
			`{"id":"c","title":"Bid for Ardent","source":"Courier","published":"2026-11-04","text":"Lena Marsh, the finance chief, was named acting CEO.\nShares rose."}` + "\n",
	})
	if got := leadRole(t, s, "Lena Marsh"); !strings.Contains(strings.ToLower(got), "acting") {
		t.Errorf("profile leads with %q; want the acting chief executive", got)
	}
}

func TestAnOfficeTakenBeforeAnotherRoleLeadsNothing(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.jsonl": `{"id":"a","title":"Club news","source":"Ledger","published":"2026-01-10","text":"Lena Marsh was named chairman of the supporters' trust.\nMembers voted."}` + "\n" +
			`{"id":"b","title":"Budget","source":"Watch","published":"2026-03-02","text":"Finance Minister Lena Marsh said taxes would rise.\nMarkets fell."}` + "\n" +
			`{"id":"c","title":"Budget vote","source":"Courier","published":"2026-03-04","text":"Finance Minister Lena Marsh won the vote.\nShares rose."}` + "\n",
	})
	if got := leadRole(t, s, "Lena Marsh"); !strings.Contains(strings.ToLower(got), "finance minister") {
		t.Errorf("profile leads with %q; want the finance minister", got)
	}
}

package timex

// invitedAhead reports whether a weekday dates the occasion someone has
// been invited to, in the present perfect or the present: "has invited
// the mayor-elect to a handover meeting on Thursday", "invites members
// to an open day on Saturday". The occasion lies after the invitation,
// which the present perfect puts at the moment of writing, so the day is
// still to come. A simple past ("invited them to dinner on Monday") may
// tell of an occasion already gone and is left to the clause's tense.
func invitedAhead(m *match) bool {
	ws := leadWords(m)
	n := len(ws)
	if n < 4 || ws[n-1].text != "on" {
		return false
	}
	k := n - 2
	for ; k >= 1 && n-2-k < maxSubjectNouns && isLetters(ws[k].text) && !contains(determiners, ws[k].text); k-- {
	}
	if k < 1 || k == n-2 || !contains(determiners, ws[k].text) || ws[k-1].text != "to" {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-5; j-- {
		switch ws[j].text {
		case "invites", "inviting":
			return true
		case "invited":
			return j > 0 && (ws[j-1].text == "has" || ws[j-1].text == "have" || ws[j-1].text == "been" && j > 1 && (ws[j-2].text == "has" || ws[j-2].text == "have"))
		}
	}
	return false
}

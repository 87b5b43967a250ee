package events

// invitedTo reports whether the words ws before a day ahead tell of an
// invitation to what happens on it: "has invited the mayor-elect to a
// handover meeting on Thursday", "invites residents to an open day on
// Saturday". An invitation presents its occasion as planned.
func invitedTo(ws []string) bool {
	n := len(ws)
	if n < 4 || ws[n-1] != "on" {
		return false
	}
	to := -1
	for i := n - 2; i >= 1 && i >= n-5; i-- {
		if ws[i] == "to" {
			to = i
			break
		}
	}
	for i := to - 1; to > 0 && i >= 0 && i >= to-5; i-- {
		switch ws[i] {
		case "invited", "invites", "inviting":
			return true
		}
	}
	return false
}

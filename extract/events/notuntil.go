package events

// notObligedUntil reports whether the words before an "until" (ws, in
// lower case) deny an obligation: "does not have to call an election
// until June", "need not report until 2027". The time is the latest the
// act may come, no day it happens.
func notObligedUntil(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] != "not" && ws[i] != "t" && ws[i] != "never" {
			continue
		}
		switch {
		case i+2 < len(ws) && (ws[i+1] == "have" || ws[i+1] == "has" || ws[i+1] == "need" || ws[i+1] == "required" || ws[i+1] == "obliged") && ws[i+2] == "to":
			return true
		case i > 0 && ws[i-1] == "need":
			return true // "need not report until"
		}
	}
	return false
}

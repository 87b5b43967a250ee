package events

// chanceAhead reports whether ws[i] opens a chance to come in the
// present tense, "gets to": "on Saturday he gets to show it on the big
// stage" looks ahead to the day.
func chanceAhead(ws []string, i int) bool {
	return ws[i] == "gets" && i+1 < len(ws) && ws[i+1] == "to"
}

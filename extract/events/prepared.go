package events

// prepareWords are the words of getting ready for what is still to come.
var prepareWords = toSet(`prepare prepares preparing readies readying`)

// preparedAt reports whether word i of ws is a word of prepareWords
// followed by "to" or "for": "the town prepares to bury its dead on
// Sunday", "is preparing for a vote on Friday". What is prepared for lies
// ahead of the preparing.
func preparedAt(ws []string, i int) bool {
	// The word after is read first: two comparisons spare most lookups.
	return i+1 < len(ws) && (ws[i+1] == "to" || ws[i+1] == "for") && prepareWords[ws[i]]
}

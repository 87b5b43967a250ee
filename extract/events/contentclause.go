package events

// contentNouns take a "that" clause telling what they say, claim or
// show ("the statement that the leak began in May"), which is no object
// relative clause on the noun: the clause is whole, and its time dates
// what it tells, not the noun.
var contentNouns = toSet(`statement statements claim claims report reports news fact view belief assurance assurances warning warnings suggestion suggestions allegation allegations fear fears hope hopes promise promises announcement confirmation evidence sign signs indication indications idea assertion argument notion rumour rumours rumor rumors conclusion finding findings admission denial insistence complaint complaints impression theory suspicion`)

// contentClauseNoun reports whether the lower-case word w, before "that",
// is a noun of contentNouns.
func contentClauseNoun(w string) bool {
	return contentNouns[w]
}

package identity

// subBodyHeads close the name of a committee, a commission or an inquiry:
// "Senate Economics Committee", "Finance and Expenditure Committee",
// "Harwood Inquiry".
var subBodyHeads = wordSet(`committee committees subcommittee subcommittees panel caucus delegation inquiry commission tribunal`)

// chamberWords name a chamber on their own: "the Senate", "the House".
var chamberWords = wordSet(`senate house parliament congress assembly council commons lords chamber legislature`)

// portfolioFields name the fields of ministers' portfolios, which a
// committee joining two of them with "and" opens with: "Finance" of the
// Minister for Finance is no short name of the "Finance and Expenditure
// Committee".
var portfolioFields = wordSet(`finance trade health education defence defense justice transport energy environment
	agriculture treasury labour labor industry foreign home interior housing culture economy budget`)

// opensSubBody reports whether the body's name of two or more words toks,
// which the one-word name short opens, ends in a committee's or an
// inquiry's head. Such a body is not called by its first word alone,
// which is the chamber ("Senate" beside "Senate Economics Committee") or
// the person or field it is named after, unless that word is cut from
// the first of two fields joined by "and" ("Ways" of the "Ways and Means
// Committee") and names no minister's field.
func opensSubBody(short string, toks []string) bool {
	n := len(toks)
	if n < 2 || !bareIn(subBodyHeads, toks[n-1]) {
		return false
	}
	return n < 3 || toks[1] != "and" || bareIn(portfolioFields, short)
}

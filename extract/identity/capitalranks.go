package identity

import "strings"

// capitalRanks are police ranks abbreviated in capitals before a name
// ("DI Ramsden", "DS Cole", "PC Hart"). Written in lower case they are
// other words ("di" of "Carlo di Benedetti"), so only capitals count.
var capitalRanks = wordSet(`DI DS DC DCS PC WPC PCSO`)

// capitalRank reports whether tok, as written, is one of capitalRanks,
// perhaps with a full stop.
//
// Every rank opens with D, P or W: a word opening otherwise is looked up
// nowhere.
func capitalRank(tok string) bool {
	if tok == "" || tok[0] != 'D' && tok[0] != 'P' && tok[0] != 'W' {
		return false
	}
	return capitalRanks[strings.TrimSuffix(tok, ".")]
}

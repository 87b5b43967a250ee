package identity

import "strings"

// partyMembers name a party by its members in the plural: "Social
// Democrats", "Christian Democrats", "Greens".
var partyMembers = wordSet(`democrats republicans socialists liberals conservatives greens nationalists
	unionists communists`)

// partyByMembers reports a name of capitalised words ending in the plural
// of a party's members: the party, an organisation, though the tagger
// takes a group of people for another name.
func partyByMembers(name string) bool {
	f := strings.Fields(name)
	for _, w := range f {
		if !isCapitalised(w) {
			return false
		}
	}
	return len(f) > 0 && partyMembers[strings.ToLower(f[len(f)-1])]
}

package quotes

import "regexp"

// nameBracketLabel matches a paragraph of a transcript opened by a full
// name of two to four capitalised words, the speaker's role or outlet in
// brackets and a colon ("JO REED (Acme flight engineer):", "Jo Reed
// (Finance Minister):"), or the seat and the party of a member of
// parliament in two brackets ("Jo Reed (Vale East) (Lab):"). The first
// group is the name.
var nameBracketLabel = regexp.MustCompile(`^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3})(?: \([^()\n]{2,60}\)){1,2}[ \t]*:[ \t]+`)

// nameBracketMatch returns the offsets of a name label with a role in
// brackets, shaped as labelMatch's: the whole label, then the name; nil
// when the head opens with no such label or its words name a part
// ("Senior Reporter (Daily Post):").
func nameBracketMatch(head string) []int {
	loc := nameBracketLabel.FindStringSubmatchIndex(head)
	if loc == nil || isTranscriptRole(head[loc[2]:loc[3]]) {
		return nil
	}
	return loc[:4]
}

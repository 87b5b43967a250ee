package quotes

import "regexp"

// affiliatedLabel matches a paragraph of a call transcript opened by a
// full name, a dash or a comma, the speaker's firm and a colon
// ("Jo Reed - Acme Securities:", "Jo Reed, Acme Bank:", "JO REED, CEO,
// ACME BANK:"). The first group is the name.
var affiliatedLabel = regexp.MustCompile(`^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3})(?: [-–—] |, )\p{Lu}[\p{L}&'’.-]*(?:,? [\p{L}&'’.-]+){0,5}[ \t]*:[ \t]+`)

// labelMatch returns the submatch offsets of the label opening the head
// of a paragraph: a name and a colon, or else a full name with the
// speaker's firm and a colon.
func labelMatch(head string) []int {
	if loc := speakerLabel.FindStringSubmatchIndex(head); loc != nil {
		return loc
	}
	return affiliatedLabel.FindStringSubmatchIndex(head)
}

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
	if loc := askerLabelMatch(head); loc != nil {
		return loc
	}
	if loc := speakerLabel.FindStringSubmatchIndex(head); loc != nil {
		return loc
	}
	if loc := longNameLabel.FindStringSubmatchIndex(head); loc != nil {
		return loc
	}
	if loc := roleBracketMatch(head); loc != nil {
		return loc
	}
	if loc := nameBracketMatch(head); loc != nil {
		return loc
	}
	return affiliatedLabel.FindStringSubmatchIndex(head)
}

// askerLabel matches the question word that opens the label of a call
// transcript naming who asks ("Question, Jo Reed, Acme Bank:", "Q — Jo
// Reed, Acme Bank:", "Question, Reed:").
var askerLabel = regexp.MustCompile(`^(?:Question|Q)(?:, | [-–—] )`)

// askerLabelMatch returns the submatch offsets of the name in the label
// of a question that names who asks, after the question word; nil when
// the head opens with no such label or no name follows.
func askerLabelMatch(head string) []int {
	pre := askerLabel.FindStringIndex(head)
	if pre == nil {
		return nil
	}
	rest := head[pre[1]:]
	loc := speakerLabel.FindStringSubmatchIndex(rest)
	if loc == nil {
		loc = affiliatedLabel.FindStringSubmatchIndex(rest)
	}
	if loc == nil {
		return nil
	}
	for i := range loc {
		if loc[i] >= 0 {
			loc[i] += pre[1]
		}
	}
	loc[0] = 0
	return loc
}

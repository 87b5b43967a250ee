package quotes

import "strings"

// addVerbs are the verbs by which a speaker goes on with their own words
// ("He added: ...").
var addVerbs = map[string]bool{"added": true, "adds": true}

// speakerAdds reports whether the pronoun event e goes on with the words
// of the speaker c who spoke just before, in the same paragraph or the
// one before: "Ana Reyes described him as \"kind.\" She added: ..." is
// Reyes adding to what she said, though her verb took a pronoun of the
// same sex as its object.
func (a *analysis) speakerAdds(e, c *event) bool {
	if !c.resolved || c.topic || e.para-c.para > 1 || !a.spoke(c) {
		return false
	}
	return addVerbs[strings.ToLower(firstWordAfter(a.text, e.span.End))]
}

package identity

import (
	"regexp"

	"newsbot/extract/doc"
)

// calledBy links a person's name to the name others call them by:
// "Lunn, whose neighbours call her Peggy", "Hart, whose fans dubbed him
// \"The Hammer\"" (who calls them is a few lower-case words).
var calledBy = regexp.MustCompile(`^,? whose (?:[a-z]+ ){1,3}(?:call|calls|called|dub|dubs|dubbed) (?:him|her) [“"]?$`)

// calledByAliases maps the form of each name a person is said to be
// called by to the form of the person's name before it. Unlike
// knownAsAliases the name called may be the longer one: "Hart, whose
// fans call him Hammer Hart" names the man by his surname first.
// mentions are the article's mentions in order and formOf their forms.
func calledByAliases(text string, mentions []doc.Mention, formOf []*form) map[*form]*form {
	return linkedAliasesUnless(text, mentions, formOf, calledByLink, func(alias, full *form, out map[*form]*form) bool {
		// Already the person's own name: "Lunn, whose neighbours call
		// her Peggy" after "Margaret Lunn, known as Peggy" folded Peggy
		// into Margaret Lunn.
		return out[alias] != nil || alias.lastKey == full.lastKey
	})
}

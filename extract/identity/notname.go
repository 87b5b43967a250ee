package identity

import (
	"regexp"

	"newsbot/extract/doc"
)

// notNameBetween is the text of a correction between the name spelled
// right and the wrong spelling it rejects: "She is Rosa Delane, not Rosa
// Delaine."
var notNameBetween = regexp.MustCompile(`^,? not $`)

// rejectedSpellingAliases maps the form of a spelling of a person's name
// that a correction rejects right after the right one ("Rosa Delane, not
// Rosa Delaine") to the form of the right name, with the forms of the
// wrong surname alone. The two surnames must be at most two letters apart
// and the given names the same. mentions are the article's mentions in
// order and formOf their forms.
func rejectedSpellingAliases(text string, mentions []doc.Mention, formOf, forms []*form) map[*form]*form {
	var out map[*form]*form
	for i := 1; i < len(mentions); i++ {
		prev, m := mentions[i-1], mentions[i]
		if prev.Type != doc.Person || prev.End > m.Start || m.Start > len(text) || m.Start-prev.End > 8 ||
			!notNameBetween.MatchString(text[prev.End:m.Start]) {
			continue
		}
		right, wrong := formOf[i-1], formOf[i]
		if right == wrong || right.ntok < 2 || !sameGiven(right, wrong) || !nearSpelling(right.lastKey, wrong.lastKey) {
			continue
		}
		if out == nil {
			out = map[*form]*form{}
		}
		out[wrong] = right
		for _, g := range forms {
			if g.ntok == 1 && g.key == wrong.lastKey && g != right {
				out[g] = right // the wrong surname alone
			}
		}
	}
	return out
}

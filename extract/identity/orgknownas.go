package identity

import (
	"regexp"

	"newsbot/extract/doc"
)

// orgKnownAs is the link between a body's full name and the short name it
// is said to be known as; a body's short name may take "the": "the
// Harbour Safety Commission, known as the HSC".
var orgKnownAs = regexp.MustCompile(`^,? \(?(?:(?:better|also|widely|popularly|commonly) )?known (?:to (?:[a-z]+ ){1,5})?as (?:the )?[“"]?$`)

// orgKnownAsAliases maps the form of the one-word short name an
// organisation is said to be known as to the form of its full name right
// before it: "the Tellmar Department of Water and Power, known as
// TellWater". mentions are the article's mentions in order and formOf
// their forms.
func orgKnownAsAliases(text string, mentions []doc.Mention, formOf []*form) map[*form]*form {
	var out map[*form]*form
	for i := 1; i < len(mentions); i++ {
		prev, m := mentions[i-1], mentions[i]
		if prev.Type != doc.Org || m.Type != doc.Org || prev.End > m.Start || m.Start > len(text) ||
			!orgKnownAsLink.links(text[prev.End:m.Start]) {
			continue
		}
		alias, full := formOf[i], formOf[i-1]
		if alias == full || out[alias] != nil || len(alias.toks) != 1 || full.ntok < 2 {
			continue
		}
		if out == nil {
			out = map[*form]*form{}
		}
		out[alias] = full
	}
	return out
}

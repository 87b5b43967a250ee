package identity

import (
	"regexp"
	"strings"

	"newsbot/extract/doc"
)

// formerNameCue is the text between a person's name and the name the
// person went by before, typically a woman's maiden name: "Marianne Tolley
// (née Fenwick)", "Marianne Tolley, formerly Marianne Fenwick", "Tolley,
// who was known as Marianne Fenwick until 2017", "Ann Lee, born Ann Chu".
var formerNameCue = regexp.MustCompile(`^,? \(?(?:née|nee|born|formerly|previously|once|who was (?:previously |formerly |then |once )?known as|(?:previously|formerly|once) known as) $`)

// formerNameAliases maps the form of each name a person is said to have
// gone by before to the form of the person's name just before the cue.
// mentions are the article's mentions in order and formOf their forms.
// Unlike knownAsAliases the former name may be the longer one ("Tolley,
// who was known as Marianne Fenwick").
func formerNameAliases(text string, mentions []doc.Mention, formOf []*form) map[*form]*form {
	var out map[*form]*form
	for i := 1; i < len(mentions); i++ {
		prev, m := mentions[i-1], mentions[i]
		if prev.Type != doc.Person || m.Type != doc.Person || prev.End > m.Start || m.Start > len(text) ||
			!formerNameLink.links(text[prev.End:m.Start]) || possessiveAt(text, m.End) {
			// "Witkoff, formerly Trump's envoy" names a second person.
			continue
		}
		alias, full := formOf[i], formOf[i-1]
		if alias == full || out[full] != nil || out[alias] != nil {
			continue
		}
		if out == nil {
			out = map[*form]*form{}
		}
		out[alias] = full
	}
	return out
}

// possessiveAt reports whether text at i opens a possessive ending ("'s",
// "’s", or a bare apostrophe).
func possessiveAt(text string, i int) bool {
	if i < 0 || i >= len(text) {
		return false
	}
	rest := text[i:]
	return strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’")
}

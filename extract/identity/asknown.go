package identity

import (
	"regexp"
	"strings"

	"newsbot/extract/doc"
)

// asKnownAfter follows a short form of a person's name that the sentence
// says the person went by: "Tom Ashby, as he was widely known, ...",
// "Bea, as she is known to colleagues".
var asKnownAfter = regexp.MustCompile(`^,\s+as\s+(?:he|she)\s+(?:was|is|had\s+been|has\s+been|became)\s+(?:(?:widely|popularly|commonly|universally|affectionately|generally|better|locally)\s+)?known\b`)

// asKnownAliases maps the form of a name followed by ", as he was
// (widely) known" to the form of the nearest person named in full before
// it whose given name the alias shortens ("Mal" of "Malcolm"); an alias
// of two words or more must also share that person's surname. mentions
// are the article's mentions in order and formOf their forms.
func asKnownAliases(text string, mentions []doc.Mention, formOf []*form) map[*form]*form {
	if !strings.Contains(text, " known") {
		return nil
	}
	var out map[*form]*form
	for i, m := range mentions {
		if m.Type != doc.Person || m.End > len(text) || !asKnownAfter.MatchString(text[m.End:min(len(text), m.End+60)]) {
			continue
		}
		alias := formOf[i]
		if full := shortenedPersonBefore(mentions, formOf, i); full != nil && out[full] == nil {
			if out == nil {
				out = map[*form]*form{}
			}
			out[alias] = full
		}
	}
	return out
}

// shortenedPersonBefore returns the form of the nearest person named in
// full before mention i, within maxDeclaredReach bytes, whose given name
// the given name of mention i's form shortens and, for an alias of two
// words or more, whose surname it shares.
func shortenedPersonBefore(mentions []doc.Mention, formOf []*form, i int) *form {
	alias := formOf[i]
	if len(alias.toks) == 0 {
		return nil
	}
	given := Key(alias.toks[0])
	for j := i - 1; j >= 0 && mentions[i].Start-mentions[j].End <= maxDeclaredReach; j-- {
		f := formOf[j]
		if f == alias || mentions[j].Type != doc.Person || f.ntok < 2 || len(f.toks) < 2 {
			continue
		}
		if alias.ntok >= 2 && f.lastKey != alias.lastKey {
			continue
		}
		if full := Key(f.toks[0]); len(given) >= 2 && len(full) > len(given) && strings.HasPrefix(full, given) {
			return f
		}
	}
	return nil
}

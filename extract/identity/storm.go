package identity

import "strings"

// stormWords open the name of a storm: "Hurricane Delia", "Typhoon
// Haiyan", "Storm Ciarán", "Tropical Storm Delia".
var stormWords = wordSet(`hurricane typhoon cyclone storm`)

// stormAliases maps the form of a storm's bare name ("Delia is expected to
// weaken") to the form of its full name in the same article ("Hurricane
// Delia"): the tagger takes the bare name for a person's.
func stormAliases(forms []*form, byKey map[string]*form) map[*form]*form {
	var out map[*form]*form
	for _, f := range forms {
		if !isStorm(f) {
			continue
		}
		alias := byKey[Key(f.toks[f.ntok-1])]
		if alias == nil || alias == f || alias.ntok != 1 || out[alias] != nil {
			continue
		}
		if out == nil {
			out = map[*form]*form{}
		}
		out[alias] = f
	}
	return out
}

// isStorm reports whether a form names a storm: its name after a storm
// word. A storm is neither a person nor a place, whatever the votes of
// its bare name.
func isStorm(f *form) bool {
	return f.ntok >= 2 && stormWords[strings.ToLower(f.toks[f.ntok-2])]
}

package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// stormWords open the name of a storm: "Hurricane Delia", "Typhoon
// Haiyan", "Storm Ciarán", "Tropical Storm Delia".
var stormWords = wordSet(`hurricane typhoon cyclone storm`)

// mayBeStormWord reports whether t may be one of stormWords in any case:
// an ASCII word of another length is not ("storm" has five letters,
// "typhoon" and "cyclone" seven, "hurricane" nine; lower case changes no
// ASCII word's length). A word of other bytes is left to the look-up.
func mayBeStormWord(t string) bool {
	switch len(t) {
	case 5, 7, 9:
		return true
	}
	return !isASCII(t)
}

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

// stormGrades stand before a storm word: "Tropical Storm Delia", "Super
// Typhoon Haiyan".
var stormGrades = wordSet(`tropical subtropical post-tropical super severe`)

// isStorm reports whether a form names a storm: its name after a storm
// word, with nothing but a grade before that ("National Hurricane Center"
// is no storm). A storm is neither a person nor a place, whatever the
// votes of its bare name.
func isStorm(f *form) bool {
	var buf [32]byte // room for a word in lower case, looked up in the lexicons
	if f.ntok < 2 || len(f.toks) != f.ntok || !mayBeStormWord(f.toks[f.ntok-2]) || !stormWords[string(lowerBytes(buf[:0], f.toks[f.ntok-2]))] {
		return false
	}
	for _, t := range f.toks[:f.ntok-2] {
		if !stormGrades[string(lowerBytes(buf[:0], t))] {
			return false
		}
	}
	return true
}

// mergeBareStorms joins a one-word name to the storm whose name ends with
// it when the corpus uses that word in no other name: one article names
// "Hurricane Delphine", another only "Delphine weakened", which the
// tagger takes for a person. A word that is also part of another name
// ("Delphine Martin"), or the last word of two storms, stays apart. The
// bare name takes the storm's type.
func (c *corpus) mergeBareStorms() {
	storms := map[string][]int{} // last word's key → storm entities
	for i := range c.ents {
		if ni := c.info(i); len(ni.toks) >= 2 && stormWords[strings.ToLower(ni.toks[len(ni.toks)-2])] {
			k := Key(ni.toks[len(ni.toks)-1])
			if r := c.uf.find(i); !containsInt(storms[k], r) {
				storms[k] = append(storms[k], r)
			}
		}
	}
	if len(storms) == 0 {
		return
	}
	for _, ni := range c.names {
		if len(ni.toks) < 2 || stormWords[strings.ToLower(ni.toks[len(ni.toks)-2])] {
			continue
		}
		for _, t := range ni.toks {
			delete(storms, Key(t)) // the word names something else too
		}
	}
	for i := range c.ents {
		ni := c.info(i)
		if len(ni.toks) != 1 {
			continue
		}
		if roots := storms[Key(ni.name)]; len(roots) == 1 {
			if c.retype == nil {
				c.retype = map[int]doc.EntityType{}
			}
			c.retype[i] = c.ents[roots[0]].Type
			c.uf.union(i, roots[0])
		}
	}
}

package identity

import (
	"slices"
	"strings"

	"newsbot/extract/doc"
)

// innerParticles are the Romance name particles that join a compound
// given name inside a full name ("Maria de Fátima", "Ana dos Anjos").
var innerParticles = wordSet(`de da das do dos del della di du`)

// particleGivenHeads returns, by the WordsKey of a lower-case particle and
// the capitalised word after it, the last key of the one person the
// article names in full with those two words inside the name, given name
// before and surname after: "de Fátima" is how reports shorten "Maria de
// Fátima Rocha Lima", whose compound given name they take for a surname.
// Words two people share, or whose second word is the surname of a
// person of the article ("Paulo da Rocha"), map to "".
func particleGivenHeads(forms []*form) map[string]string {
	var out map[string]string
	for _, f := range forms {
		if f.typ != doc.Person || f.ntok < 3 || !strings.Contains(f.display, " d") {
			// Every inner particle opens with a "d".
			continue
		}
		words := strings.Fields(f.display)
		for i := 1; i+2 < len(words); i++ {
			if !innerParticles[words[i]] || !isCapitalised(words[i-1]) || !isCapitalised(words[i+1]) || !isCapitalised(words[i+2]) {
				continue
			}
			if out == nil {
				out = map[string]string{}
			}
			k := WordsKey(words[i] + " " + words[i+1])
			if o, seen := out[k]; seen && o != f.lastKey || surnameOfAnother(forms, tokenKey(words[i+1])) {
				out[k] = ""
				continue
			}
			out[k] = f.lastKey
		}
	}
	return out
}

// surnameOfAnother reports whether a personal name of the article of two
// or more words, not opening with a particle, ends in the word of key k.
func surnameOfAnother(forms []*form, k string) bool {
	for _, f := range forms {
		if f.typ == doc.Person && f.ntok >= 2 && f.lastKey == k && len(f.toks) > 0 && !bareIn(particles, f.toks[0]) {
			return true
		}
	}
	return false
}

// particleGivenHead returns the last key of the person a two-word form of
// a particle and a capitalised word stands for (see particleGivenHeads),
// or "".
func particleGivenHead(f *form, heads map[string]string) string {
	if len(heads) == 0 || f.suffix != "" {
		return ""
	}
	words := strings.Fields(f.display)
	if len(words) != 2 || !innerParticles[strings.ToLower(words[0])] || !isCapitalised(words[1]) {
		return ""
	}
	return heads[WordsKey(f.display)]
}

// mergeParticleGivenNames joins a person named by a particle and the
// second of a compound given name alone ("de Fátima", in an article that
// never writes her name in full) to the one person of the corpus whose
// full name has those words inside it ("Maria de Fátima Rocha Lima"; see
// particleGivenHeads), unless some person of the corpus bears the word as
// a surname ("Paulo da Rocha").
func (c *corpus) mergeParticleGivenNames() {
	var shorts map[string]int // WordsKey of the particle pair → a person so named
	for i := range c.ents {
		if !c.person(i) || !strings.HasPrefix(c.ents[i].Name, "d") {
			continue
		}
		if words := strings.Fields(c.ents[i].Name); len(words) == 2 && innerParticles[words[0]] && isCapitalised(words[1]) {
			if shorts == nil {
				shorts = map[string]int{}
			}
			if _, seen := shorts[WordsKey(c.ents[i].Name)]; !seen {
				shorts[WordsKey(c.ents[i].Name)] = i
			}
		}
	}
	if len(shorts) == 0 {
		return
	}
	owners := map[string][]int{}
	surnames := map[string]bool{}
	for _, i := range c.representatives() {
		ni := c.info(i)
		if len(ni.toks) > 0 && !bareIn(particles, ni.toks[0]) {
			surnames[ni.lastKey] = true
		}
		if !strings.Contains(ni.name, " d") {
			continue
		}
		words := strings.Fields(ni.name)
		for k := 1; k+2 < len(words); k++ {
			if !innerParticles[words[k]] || !isCapitalised(words[k-1]) || !isCapitalised(words[k+1]) || !isCapitalised(words[k+2]) {
				continue
			}
			key := WordsKey(words[k] + " " + words[k+1])
			if _, ok := shorts[key]; ok && !slices.ContainsFunc(owners[key], func(j int) bool { return c.uf.find(j) == c.uf.find(i) }) {
				owners[key] = append(owners[key], i)
			}
		}
	}
	for key, os := range owners {
		_, given, _ := strings.Cut(key, " ")
		if len(os) == 1 && !surnames[tokenKey(given)] {
			c.uf.union(shorts[key], os[0])
		}
	}
}

package identity

import (
	"sort"
	"strings"

	"newsbot/extract/doc"
)

// foundingVerbs make their subject the founder of the organisation after
// them: "Okafor founded Vantor".
var foundingVerbs = wordSet(`founded co-founded cofounded`)

// subjectPronouns stand for the person named last: "she founded Vantor".
var subjectPronouns = wordSet(`he she`)

// founders returns a founder's role for each organisation a person, or a
// pronoun standing for the person named last before it, founded: "Three
// years later she founded Vantor" after "Mira Okafor was 19" makes Mira
// Okafor the founder of Vantor.
func founders(text string, mentions []doc.Mention) []Role {
	if !foundingCue(text, mentions) {
		return nil // the common case, told before the mentions are sorted
	}
	order := make([]doc.Mention, 0, len(mentions))
	for _, m := range mentions {
		if m.Start >= 0 && m.Start < m.End && m.End <= len(text) {
			order = append(order, m)
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return order[a].Start < order[b].Start })
	var out []Role
	for k, m := range order {
		if m.Type != doc.Org {
			continue
		}
		verb, vs := lastWord(text[:m.Start])
		if !foundingVerbs[strings.ToLower(verb)] {
			continue
		}
		subj, ss := lastWord(text[:vs])
		p, ok := founderOf(order[:k], subj, ss)
		if !ok {
			continue
		}
		org := m.Canonical
		if org == "" {
			org = m.Text
		}
		out = append(out, Role{Name: p, Text: "founder of " + org, Norm: "founder of " + normRole(org), Head: "founder",
			Evidence: doc.Span{Start: ss, End: m.End}, Clause: true})
	}
	return out
}

// foundingCue reports whether one of the organisations among mentions
// has a founding verb right before it, as every role founders finds
// does.
func foundingCue(text string, mentions []doc.Mention) bool {
	var buf [16]byte // the longest founding verb fits: no allocation
	for i := range mentions {
		m := &mentions[i]
		if m.Type != doc.Org || m.Start < 0 || m.Start >= m.End || m.End > len(text) {
			continue
		}
		// lowerBytes lowers as strings.ToLower does.
		if verb, _ := lastWord(text[:m.Start]); foundingVerbs[string(lowerBytes(buf[:0], verb))] {
			return true
		}
	}
	return false
}

// founderOf returns the person a founding verb has as its subject subj at
// byte ss: the person whose name ends in subj, or for a pronoun the person
// named last before it.
func founderOf(before []doc.Mention, subj string, ss int) (string, bool) {
	pronoun := subjectPronouns[strings.ToLower(subj)]
	for k := len(before) - 1; k >= 0; k-- {
		m := before[k]
		if m.Type != doc.Person {
			continue
		}
		if pronoun && m.End <= ss || !pronoun && m.End == ss+len(subj) {
			if m.Canonical != "" {
				return m.Canonical, true
			}
			return m.Text, true
		}
		if !pronoun && m.End < ss {
			break
		}
	}
	return "", false
}

// lastWord returns the last word of s and its byte offset.
func lastWord(s string) (string, int) {
	t := strings.TrimRight(s, " \t\n")
	i := strings.LastIndexAny(t, " \t\n") + 1
	return t[i:], i
}

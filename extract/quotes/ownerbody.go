package quotes

import (
	"strings"

	"newsbot/extract/doc"
)

// commonOwner reports whether a word is the possessive of a common noun
// in lower case ("agency's"): a body's office named after it ("the
// agency's Leeds office") is no body's name.
func commonOwner(t token) bool {
	return t.kind == tkWord && !t.upper && t.ment < 0 && possessive(t.low)
}

// maxOwnerModifiers bounds the lower-case words before a body's noun in
// the phrase that owns an office ("the weather service's").
const maxOwnerModifiers = 3

// ownerBodyNamed resolves an office of a body called by the lower-case
// words of its name ("the weather service's Leeds office" after "the
// National Weather Service") to that body: the one organisation named
// before whose name holds every word of "weather service". Words is the
// phrase from the owner's noun on ("service's Leeds office"), from its
// first token in toks. A noun alone ("the agency's office") tells too
// little and is left unresolved.
func (a *analysis) ownerBodyNamed(e *event, toks []token, from int, words []token) *event {
	if len(words) < 2 || !commonOwner(words[0]) {
		return e
	}
	noun := strings.TrimSuffix(strings.TrimSuffix(words[0].low, "'s"), "’s")
	if !orgNouns[noun] && !businessNouns[noun] {
		return e
	}
	owner := []string{noun}
	k := from
	for k > 0 && from-k < maxOwnerModifiers {
		u := toks[k-1]
		if u.kind != tkWord || u.upper || u.ment >= 0 || npStops[u.low] || determiners[u.low] || possessive(u.low) {
			break
		}
		owner = append(owner, u.low)
		k--
	}
	if len(owner) < 2 || k == 0 || toks[k-1].low != "the" {
		return e
	}
	m, ok := a.soleOrgBy("owner\x00"+strings.Join(owner, " "), e.pos, func(m doc.Mention) bool {
		for _, w := range owner {
			if !nameHasWord(m.Name(), w) {
				return false
			}
		}
		return true
	})
	if !ok {
		return e
	}
	return a.mentionEvent(e, m)
}

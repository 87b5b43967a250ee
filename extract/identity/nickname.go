package identity

import (
	"strings"
)

// nicknameAliases finds the forms that name a person by the nickname a
// fuller form gives in quotation marks: `Robert "Bobby" Keane Jr.` is the
// man the headline calls "Bobby Keane" and a friend "Bobby". It maps each such form to the
// fuller one. A form is taken only when it writes the nickname itself: a
// plain "Robert Keane" could be his father, Robert Keane Sr.
func nicknameAliases(forms []*form, byKey map[string]*form) map[*form]*form {
	var out map[*form]*form
	for _, f := range forms {
		nick, rest, ok := nicknameOf(f.display)
		if !ok {
			continue
		}
		// "Bobby Keane" in the headline, "Bobby" alone in a friend's
		// quote.
		for _, k := range []string{Key(nick + " " + rest), Key(nick)} {
			alias := byKey[k]
			if alias == nil || alias == f || !writesNickname(alias, nick) {
				continue
			}
			if out == nil {
				out = map[*form]*form{}
			}
			out[alias] = f
		}
	}
	return out
}

// nicknameOf splits a name with a quoted nickname into the nickname and
// the surname after it, its generational suffix left out: `Robert "Bobby"
// Keane Jr.` gives "Bobby" and "Keane".
func nicknameOf(name string) (nick, rest string, ok bool) {
	fs := strings.Fields(name)
	for len(fs) > 1 && nameSuffixes[bare(fs[len(fs)-1])] {
		fs = fs[:len(fs)-1]
	}
	for i := 1; i < len(fs)-1; i++ {
		if isNickname(fs[i]) {
			return strings.Trim(fs[i], `"'“”‘’`), strings.Join(fs[i+1:], " "), true
		}
	}
	return "", "", false
}

func writesNickname(f *form, nick string) bool {
	for s := range f.surfaces {
		if first, _, _ := strings.Cut(s, " "); strings.EqualFold(first, nick) {
			return true
		}
	}
	return false
}

// mergeForm moves everything counted for form from into form to.
func mergeForm(to, from *form) {
	for s, n := range from.surfaces {
		to.surfaces[s] += n
	}
	for t, n := range from.votes {
		to.votes[t] += n
	}
	to.count += from.count
	to.first = min(to.first, from.first)
}

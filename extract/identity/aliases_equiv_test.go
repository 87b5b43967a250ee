package identity

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// refDropNonSpellings is dropNonSpellings as written before its early
// return for aliases of several words only.
func refDropNonSpellings(name string, aliases []string) []string {
	toks := nameTokens(name)
	words := strings.Fields(name)
	n := len(words)
	if len(toks) < 2 || len(aliases) == 0 || chineseName(toks) {
		return aliases
	}
	given, surname, tail := Key(toks[0]), Key(toks[len(toks)-1]), ""
	if n >= 3 && particles[words[n-2]] {
		tail = Key(words[n-1])
	}
	bySurname := slices.ContainsFunc(aliases, func(a string) bool { return Key(a) == surname })
	return slices.DeleteFunc(aliases, func(a string) bool {
		if strings.Contains(a, " ") {
			return false
		}
		k := Key(a)
		return k != "" && (k == tail || k == given && bySurname)
	})
}

// refWithNicknames is withNicknames as written before it stopped copying
// the name and aliases it reads.
func refWithNicknames(name string, aliases []string) []string {
	for _, s := range append([]string{name}, aliases...) {
		if nick, _, ok := nicknameOf(s); ok && nick != name && !slices.Contains(aliases, nick) {
			aliases = append(aliases, nick)
		}
	}
	return aliases
}

// TestAliasFiltersMatchReference checks dropNonSpellings and
// withNicknames against their former forms on names with and without
// aliases of one word, particles, nicknames and Chinese names.
func TestAliasFiltersMatchReference(t *testing.T) {
	names := []string{"Jean-Luc de la Croix", "Tomás Herrera", "Wang Yi", "Liu Yang", `Danny "Boots" Okonkwo`,
		"Ann Berg", "Madonna", "Ursula von der Leyen", `Robert "Bobby" Keane Jr.`}
	aliasSets := [][]string{nil, {}, {"Croix"}, {"de la Croix", "Jean-Luc Croix"}, {"Tomás", "Herrera"}, {"Tomás"},
		{"Wang"}, {"Yi", "Wang Yi"}, {"Liu"}, {`Danny "Boots" Okonkwo`, "Boots"}, {"Boots Okonkwo"},
		{"Berg", "Ann"}, {"Ann Berg", "A. Berg"}, {"Leyen", "von der Leyen"}, {`Bobby Keane`, "Keane"}}
	for _, name := range names {
		for _, as := range aliasSets {
			got := dropNonSpellings(name, slices.Clone(as))
			want := refDropNonSpellings(name, slices.Clone(as))
			if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", want) || (got == nil) != (want == nil) {
				t.Errorf("dropNonSpellings(%q, %q) = %q, want %q", name, as, got, want)
			}
			got = withNicknames(name, slices.Clone(as))
			want = refWithNicknames(name, slices.Clone(as))
			if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", want) || (got == nil) != (want == nil) {
				t.Errorf("withNicknames(%q, %q) = %q, want %q", name, as, got, want)
			}
		}
	}
}

package identity

import (
	"strings"
	"testing"

	"newsbot/extract/doc"
)

// TestSeedsLive runs the live segmenter and tagger on the seed articles and
// checks properties that should hold whatever the tagger's exact output.
func TestSeedsLive(t *testing.T) {
	seeds := loadSeeds(t)
	var ents []DocEntity
	var roles []Role
	for _, a := range seeds {
		ms := Resolve(a.text, a.mentions)
		t.Run(a.name+" mentions address their text and carry a canonical name", func(t *testing.T) {
			for _, m := range ms {
				if a.text[m.Start:m.End] != m.Text || m.Canonical == "" {
					t.Errorf("bad mention %+v", m)
				}
			}
		})
		t.Run(a.name+" a surname alone is resolved when one full name has it", func(t *testing.T) {
			full := map[string]map[string]bool{}
			for _, m := range ms {
				if m.Type == doc.Person && len(nameTokens(m.Canonical)) >= 2 {
					k := lastTokenKey(m.Canonical)
					if full[k] == nil {
						full[k] = map[string]bool{}
					}
					full[k][m.Canonical] = true
				}
			}
			for _, m := range ms {
				if m.Type == doc.Person && len(nameTokens(m.Canonical)) == 1 && len(full[lastTokenKey(m.Canonical)]) == 1 {
					t.Errorf("%q left unresolved though the article names %v", m.Text, full[lastTokenKey(m.Canonical)])
				}
			}
		})
		ents = append(ents, docEntities(a.name, ms)...)
		roles = append(roles, Roles(a.text, a.sents, ms)...)
	}
	t.Run("descriptions outlets give are harvested", func(t *testing.T) {
		want := [][2]string{
			{"Peskov", "spokes"}, {"Ushakov", "aide"}, {"Witkoff", "envoy"}, {"Sybiha", "foreign minister"},
			{"Rubio", "secretary of state"}, {"Martin", "taoiseach"}, {"Lukashenko", "dictator"},
			{"Townsend", "fellow"}, {"Merz", "chancellor"}, {"Ryabkov", "deputy foreign minister"},
			{"Kushner", "son-in-law"}, {"Zakharova", "spokesperson"},
		}
		found := 0
		for _, w := range want {
			ok := false
			for _, r := range roles {
				if strings.Contains(r.Name, w[0]) && strings.Contains(r.Norm, w[1]) {
					ok = true
				}
			}
			if ok {
				found++
			} else {
				t.Logf("no role %q for %s", w[1], w[0])
			}
		}
		// The tagger may miss a name now and then; most must be found.
		if found*10 < len(want)*8 {
			t.Errorf("found %d of %d expected roles", found, len(want))
		}
	})
	t.Run("spelling variants across outlets are one entity", func(t *testing.T) {
		clusters := Cluster(ents)
		for _, stem := range []string{"Zelensk", "Witkoff", "Martin"} {
			seen := map[int]bool{}
			for ci, c := range clusters {
				for _, m := range c.Members {
					if ents[m].Type == doc.Person && strings.Contains(ents[m].Name, stem) {
						seen[ci] = true
					}
				}
			}
			if len(seen) != 1 {
				t.Errorf("%s spellings fall into %d entities", stem, len(seen))
			}
		}
	})
}

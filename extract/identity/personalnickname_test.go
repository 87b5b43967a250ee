package identity

import (
	"testing"

	"newsbot/extract/doc"
)

// TestResolvePersonalNicknames: a nickname given by words only a person
// is given one with is that person's, whatever the tagger took it for; a
// name after the same words that goes on ("Germany's"), or one known to
// a place's locals, is not.
func TestResolvePersonalNicknames(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		mentions []string
		want     map[string]string
		types    map[string]doc.EntityType
	}{
		{
			name:     "known to teammates as",
			text:     `Steaua sold striker Radu Popescu on Monday. The 22-year-old, known to teammates as "Rudi", signed a contract. "Rudi is fast," the coach said.`,
			mentions: []string{"ORG:Steaua", "PERSON:Radu Popescu", "OTHER:Rudi", "OTHER:Rudi#2"},
			want:     map[string]string{"Steaua": "Steaua", "Radu Popescu": "Radu Popescu", "Rudi": "Radu Popescu"},
			types:    map[string]doc.EntityType{"Rudi": doc.Person},
		},
		{
			name:     "whom almost everyone calls",
			text:     "At its heart was Iain Rennie, a docker from Leith whom almost everyone calls Dod. Rennie has led the union since 2015.",
			mentions: []string{"PERSON:Iain Rennie", "PLACE:Leith", "ORG:Dod", "PERSON:Rennie#2"},
			want:     map[string]string{"Iain Rennie": "Iain Rennie", "Leith": "Leith", "Dod": "Iain Rennie", "Rennie": "Iain Rennie"},
			types:    map[string]doc.EntityType{"Dod": doc.Person},
		},
		{
			name:     "a name going on after the words is no nickname",
			text:     "Anna Weber, whom analysts call Germany's toughest negotiator, spoke.",
			mentions: []string{"PERSON:Anna Weber", "PLACE:Germany"},
			want:     map[string]string{"Anna Weber": "Anna Weber", "Germany": "Germany"},
			types:    map[string]doc.EntityType{"Germany": doc.Place},
		},
		{
			name:     "a name known to locals is a place's",
			text:     "Mark Lee lives in the district known to locals as Brickfield, near the docks.",
			mentions: []string{"PERSON:Mark Lee", "PLACE:Brickfield"},
			want:     map[string]string{"Mark Lee": "Mark Lee", "Brickfield": "Brickfield"},
			types:    map[string]doc.EntityType{"Brickfield": doc.Place},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, m := range Resolve(tc.text, nthMentions(t, tc.text, tc.mentions)) {
				if want, ok := tc.want[m.Text]; !ok || m.Canonical != want {
					t.Errorf("%q: canonical %q, want %q", m.Text, m.Canonical, want)
				}
				if wt, ok := tc.types[m.Text]; ok && m.Type != wt {
					t.Errorf("%q: type %s, want %s", m.Text, m.Type, wt)
				}
			}
		})
	}
}

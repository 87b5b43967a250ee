package identity

import (
	"reflect"
	"slices"
	"testing"

	"newsbot/extract/doc"
)

// TestResolvePlaceNamedAfterOf: a one-word name opening an
// organisation's is the town when the article names a place after it
// with "of" ("the Port of Tarnmouth"); without that it stays the
// organisation's short name.
func TestResolvePlaceNamedAfterOf(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		mentions []string
		want     map[string]string
		types    map[string]doc.EntityType
	}{
		{
			name:     "the town of a port's name is not its chamber of commerce",
			text:     "Talks on the Tarnmouth port strike failed. Dockers walked out at the Port of Tarnmouth. The Tarnmouth Chamber of Commerce counts the losses.",
			mentions: []string{"ORG:Tarnmouth", "PLACE:Port of Tarnmouth", "ORG:Tarnmouth Chamber of Commerce"},
			want:     map[string]string{"Tarnmouth": "Tarnmouth", "Port of Tarnmouth": "Port of Tarnmouth", "Tarnmouth Chamber of Commerce": "Tarnmouth Chamber of Commerce"},
			types:    map[string]doc.EntityType{"Tarnmouth": doc.Place},
		},
		{
			name:     "without a place named after it the word is the organisation's",
			text:     "Talks on the Tarnmouth port strike failed. The Tarnmouth Chamber of Commerce counts the losses.",
			mentions: []string{"ORG:Tarnmouth", "ORG:Tarnmouth Chamber of Commerce"},
			want:     map[string]string{"Tarnmouth": "Tarnmouth Chamber of Commerce", "Tarnmouth Chamber of Commerce": "Tarnmouth Chamber of Commerce"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, m := range Resolve(tc.text, nthMentions(t, tc.text, tc.mentions)) {
				if want := tc.want[m.Text]; m.Canonical != want {
					t.Errorf("%q: canonical %q, want %q", m.Text, m.Canonical, want)
				}
				if wt, ok := tc.types[m.Text]; ok && m.Type != wt {
					t.Errorf("%q: type %s, want %s", m.Text, m.Type, wt)
				}
			}
		})
	}
}

func place(article, name string) DocEntity {
	return DocEntity{Article: article, Name: name, Type: doc.Place, Surfaces: []string{name}, Mentions: 1}
}

// TestClusterDropsPlaceOpeners: an organisation's alias that is a town
// opening its name goes when the corpus writes the town as a place for
// sure (a dateline, "Port of" it) in more articles; a word only tagged
// a place now and then stays the organisation's alias.
func TestClusterDropsPlaceOpeners(t *testing.T) {
	club := func(article string) DocEntity {
		e := org(article, "Tarnmouth Rovers")
		e.Surfaces, e.Mentions = []string{"Tarnmouth Rovers", "Tarnmouth"}, 2
		return e
	}
	firm := func(article string) DocEntity {
		e := org(article, "Kestrel Aircraft Corp")
		e.Surfaces, e.Mentions = []string{"Kestrel Aircraft Corp", "Kestrel"}, 2
		return e
	}
	tests := []struct {
		name  string
		ents  []DocEntity
		owner string
		want  []string
	}{
		{
			name:  "a town of datelines is no short form of its club",
			ents:  []DocEntity{club("a"), place("b", "TARNMOUTH"), place("c", "Tarnmouth"), place("d", "Port of Tarnmouth"), place("e", "Tarnmouth")},
			owner: "Tarnmouth Rovers",
			want:  []string{},
		},
		{
			name:  "a word tagged a place now and then stays the firm's",
			ents:  []DocEntity{firm("a"), place("b", "Kestrel"), place("c", "Kestrel"), place("d", "Kestrel")},
			owner: "Kestrel Aircraft Corp",
			want:  []string{"Kestrel"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Cluster(tc.ents)
			i := slices.IndexFunc(got, func(e Entity) bool { return e.Name == tc.owner })
			if i < 0 {
				t.Fatalf("no entity %q in %+v", tc.owner, got)
			}
			if !reflect.DeepEqual(append([]string{}, got[i].Aliases...), tc.want) {
				t.Errorf("aliases %q, want %q", got[i].Aliases, tc.want)
			}
		})
	}
}

package identity

import (
	"reflect"
	"testing"
)

// withRoles gives an entity the roles its article gives it.
func withRoles(e DocEntity, roles ...string) DocEntity {
	e.Roles = roles
	return e
}

// lateSurnameCorpus is a union leader named "Peter Callan" in two
// articles, "Boots Callan" in three and `Peter "Boots" Callan` in one,
// each beside his union, and "Callan" alone, given role, in a seventh.
func lateSurnameCorpus(role string) []DocEntity {
	var ents []DocEntity
	for i, name := range []string{"Peter Callan", "Peter Callan", "Boots Callan", "Boots Callan", "Boots Callan", `Peter "Boots" Callan`} {
		a := string(rune('a' + i))
		ents = append(ents, withRoles(person(a, name), "union general secretary"), org(a, "Dockers Union"))
	}
	return append(ents, withRoles(person("g", "Callan"), role))
}

// TestClusterLateSurnames: a bare surname that two full names bore when
// surnames were joined joins them once a nickname made them one person,
// unless its role sets it apart; a surname two people still bear stays
// apart.
func TestClusterLateSurnames(t *testing.T) {
	tests := []struct {
		name string
		ents []DocEntity
		want [][]string
	}{
		{
			name: "a surname alone joins the two names a nickname made one person",
			ents: lateSurnameCorpus("general secretary"),
			want: [][]string{{"Boots Callan", "Boots Callan", "Boots Callan", "Callan", `Peter "Boots" Callan`, "Peter Callan", "Peter Callan"},
				{"Dockers Union", "Dockers Union", "Dockers Union", "Dockers Union", "Dockers Union", "Dockers Union"}},
		},
		{
			name: "a surname alone given another role stays apart",
			ents: lateSurnameCorpus("striker"),
			want: [][]string{{"Boots Callan", "Boots Callan", "Boots Callan", `Peter "Boots" Callan`, "Peter Callan", "Peter Callan"}, {"Callan"},
				{"Dockers Union", "Dockers Union", "Dockers Union", "Dockers Union", "Dockers Union", "Dockers Union"}},
		},
		{
			name: "a surname two people still bear stays apart",
			ents: []DocEntity{
				person("a", "Oleg Marchenko", "Marchenko"), person("b", "Oleg Marchenko"),
				person("c", "Ivan Marchenko", "Marchenko"), person("d", "Marchenko"),
			},
			want: [][]string{{"Ivan Marchenko"}, {"Marchenko"}, {"Oleg Marchenko", "Oleg Marchenko"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := groupsOf(tc.ents, Cluster(tc.ents)); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

package kb

import (
	"fmt"
	"testing"
)

func TestNameSetsOf(t *testing.T) {
	row := func(art int64, name, typ string, mentions int) docEntityRaw {
		return docEntityRaw{article: art, name: name, typ: typ, mentions: mentions}
	}
	tests := []struct {
		name                     string
		rows                     []docEntityRaw
		stories, casts, subjects string
	}{
		{"the most mentioned organisation is the story and the subject",
			[]docEntityRaw{row(1, "Zeta Air", "ORG", 3), row(1, "Oslo", "PLACE", 5), row(1, "Ann Berg", "PERSON", 1)},
			"map[1:[Zeta Air]]", "map[1:[Ann Berg Oslo Zeta Air]]", "map[1:[Zeta Air]]"},
		{"a person mentioned most is the story, no subject",
			[]docEntityRaw{row(2, "Ann Berg", "PERSON", 4), row(2, "Zeta Air", "ORG", 2)},
			"map[2:[Ann Berg]]", "map[2:[Ann Berg Zeta Air]]", "map[]"},
		{"names mentioned as often are the story in byte order, and no one is the subject",
			[]docEntityRaw{row(3, "bank", "ORG", 2), row(3, "Bank", "ORG", 2), row(3, "Ann", "PERSON", 2)},
			"map[3:[Ann Bank bank]]", "map[3:[Ann Bank bank]]", "map[]"},
		{"more names than a story holds are none",
			[]docEntityRaw{row(4, "A", "ORG", 2), row(4, "B", "ORG", 2), row(4, "C", "PERSON", 2), row(4, "D", "PERSON", 2)},
			"map[]", "map[4:[A B C D]]", "map[]"},
		{"one mention makes no story",
			[]docEntityRaw{row(5, "Zeta Air", "ORG", 1)},
			"map[]", "map[5:[Zeta Air]]", "map[]"},
		{"other types are in no set; a name twice is cast twice",
			[]docEntityRaw{row(6, "Monday", "DATE", 9), row(6, "Kiev", "PLACE", 1), row(6, "Kiev", "PLACE", 1)},
			"map[]", "map[6:[Kiev Kiev]]", "map[]"},
		{"articles apart, rows in any order",
			[]docEntityRaw{row(8, "Yara", "ORG", 2), row(7, "Xeno", "ORG", 3), row(8, "Bo", "PERSON", 1), row(7, "Al", "PERSON", 1)},
			"map[7:[Xeno] 8:[Yara]]", "map[7:[Al Xeno] 8:[Bo Yara]]", "map[7:[Xeno] 8:[Yara]]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := nameSetsOf(tt.rows)
			for _, c := range []struct {
				what string
				m    map[int64][]string
				want string
			}{{"stories", got.stories, tt.stories}, {"casts", got.casts, tt.casts}, {"subjects", got.subjects, tt.subjects}} {
				if s := fmt.Sprint(c.m); s != c.want {
					t.Errorf("%s = %s, want %s", c.what, s, c.want)
				}
			}
		})
	}
}

func TestDropRows(t *testing.T) {
	rows := []docEntityRaw{
		{id: 1, article: 1, name: "REUTER", typ: "ORG", mentions: 3},
		{id: 2, article: 1, name: "Zeta Air", typ: "ORG", mentions: 2},
		{id: 3, article: 2, name: "Yara", typ: "ORG", mentions: 2},
	}
	tests := []struct {
		name     string
		dropped  []int64
		ids      string
		subjects string
	}{
		{"nothing dropped", nil, "[1 2 3]", "map[1:[REUTER] 2:[Yara]]"},
		{"the article that lost its top name has another subject", []int64{1}, "[2 3]", "map[1:[Zeta Air] 2:[Yara]]"},
		{"an article that lost every name has none", []int64{3}, "[1 2]", "map[1:[REUTER]]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			names := nameSetsOf(rows)
			kept := dropRows(rows, tt.dropped, names)
			var ids []int64
			for _, r := range kept {
				ids = append(ids, r.id)
			}
			if got := fmt.Sprint(ids); got != tt.ids {
				t.Errorf("kept %s, want %s", got, tt.ids)
			}
			if got := fmt.Sprint(names.subjects); got != tt.subjects {
				t.Errorf("subjects %s, want %s", got, tt.subjects)
			}
		})
	}
}

package kb

import (
	"slices"
	"testing"
)

func TestRoleQueryStripsArticlesAndPastWords(t *testing.T) {
	tests := []struct {
		name, query string
		role        string
		former      bool
	}{
		{"an article is dropped", "the Interior Minister", "interior minister", false},
		{"former asks for a past holder", "the former prime minister", "prime minister", true},
		{"outgoing asks for a past holder", "the outgoing premier", "prime minister", true},
		{"ex- asks for a past holder", "ex-chancellor", "chancellor", true},
		{"a name is left alone", "Halvorsen Dairy", "halvorsen dairy", false},
		{"only past words are no role", "the former", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			role, former := roleQuery(tt.query)
			if role != tt.role || former != tt.former {
				t.Errorf("roleQuery(%q) = %q, %v; want %q, %v", tt.query, role, former, tt.role, tt.former)
			}
		})
	}
}

func TestLatestHolderAnswersOnlyForOneOffice(t *testing.T) {
	tests := []struct {
		role string
		want bool
	}{
		{"prime minister", true},
		{"chief executive of halcyon", true},
		{"governor", false},
		{"chief executive", false},
		{"spokesman", false},
	}
	for _, tt := range tests {
		if got := latestAnswers(tt.role); got != tt.want {
			t.Errorf("latestAnswers(%q) = %v, want %v", tt.role, got, tt.want)
		}
	}
}

func TestPickHoldersKeepsThoseStillInOffice(t *testing.T) {
	h := func(id int64, last string, former bool) roleHolder {
		return roleHolder{ref: EntityRef{ID: id}, last: last, former: former}
	}
	tests := []struct {
		name    string
		holders []roleHolder
		former  bool
		want    []int64
	}{
		{"holders of two places are both offered, newest first", []roleHolder{h(1, "2026-06-12", false), h(2, "2026-06-17", false)}, false, []int64{2, 1}},
		{"a holder succeeded is no current one", []roleHolder{h(1, "2026-06-20", true), h(2, "2026-06-17", false)}, false, []int64{2}},
		{"a past holder is one succeeded", []roleHolder{h(1, "2026-06-12", true), h(2, "2026-06-17", false)}, true, []int64{1}},
		{"a holder still in office is no past one", []roleHolder{h(1, "2026-06-12", false)}, true, nil},
		{"undated holders are all offered", []roleHolder{h(1, "", false), h(2, "", false)}, false, []int64{1, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []int64
			for _, r := range pickHolders(tt.holders, tt.former) {
				got = append(got, r.ID)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("pickHolders = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestOwnedOfficesPreferTheOfficeAsAsked(t *testing.T) {
	office := func(id int64, norm string) roleHit { return roleHit{ref: EntityRef{ID: id}, norm: norm, office: true} }
	other := func(id int64, norm string) roleHit { return roleHit{ref: EntityRef{ID: id}, norm: norm} }
	tests := []struct {
		name, role string
		hits       []roleHit
		want       []int64
	}{
		{"the office and the office of a place count", "prime minister", []roleHit{office(1, "prime minister"), office(2, "prime minister of france")}, []int64{1, 2}},
		{"a people's office counts when no other", "interior minister", []roleHit{other(1, "hungarian interior minister")}, []int64{1}},
		{"a people's office gives way to the office as asked", "interior minister", []roleHit{other(1, "slovak interior minister"), office(2, "interior minister")}, []int64{2}},
		{"a rank of the office is another office", "interior minister", []roleHit{other(1, "deputy interior minister")}, nil},
		{"a role only typed so is no office", "manager", []roleHit{other(1, "former manager of hartfield rovers")}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []int64
			for _, h := range ownedOffices(tt.hits, tt.role) {
				got = append(got, h.ref.ID)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("ownedOffices = %v, want %v", got, tt.want)
			}
		})
	}
}

package kb

import (
	"context"
	"slices"
	"strings"
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
		{"a gendered role is looked up as stored", "the club spokeswoman", "club spokesperson", false},
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

func TestTypedHoldersFindABareRoleByItsHead(t *testing.T) {
	hit := func(id int64, norm string, typed bool) roleHit {
		return roleHit{ref: EntityRef{ID: id}, norm: norm, typed: typed, outlets: 1, articles: 1}
	}
	tests := []struct {
		name   string
		hits   []roleHit
		role   string
		former bool
		want   []int64
	}{
		{"a role of something is headed by the noun asked", []roleHit{hit(1, "coach of ferrano junior team", false)}, "coach", false, []int64{1}},
		{"a role ending in the noun asked is headed by it", []roleHit{hit(1, "education minister", false)}, "minister", false, []int64{1}},
		{"a role of the same office held of something is offered too", []roleHit{hit(1, "general secretary", true), hit(2, "general secretary of national teachers' union", false)}, "general secretary", false, []int64{1, 2}},
		{"a rank below the office is another office", []roleHit{hit(1, "governor", true), hit(2, "deputy governor", false), hit(3, "assistant district attorney", false)}, "governor", false, []int64{1}},
		{"a shadow office is another office", []roleHit{hit(1, "shadow environment secretary", false)}, "environment secretary", false, nil},
		{"a role a relative clause gives is matched as typed only", []roleHit{{ref: EntityRef{ID: 1}, norm: "leader of liberal democrat group", clause: true}}, "leader", false, nil},
		{"a noun after 'of' heads nothing", []roleHit{hit(1, "brother-in-law of mayor", false)}, "mayor", false, nil},
		{"a past holder is no present one", []roleHit{hit(1, "environment secretary", true), hit(2, "former environment secretary", false)}, "environment secretary", false, []int64{1}},
		{"a past holder is asked for as typed", []roleHit{hit(1, "environment secretary", false), hit(2, "former environment secretary", true), hit(3, "former riverton environment secretary", false)}, "environment secretary", true, []int64{2}},
		{"a past holder is found by the office a verb says they left", []roleHit{{ref: EntityRef{ID: 1}, norm: "former general secretary of union", clause: true}}, "general secretary", true, []int64{1}},
		{"too many holders of roles it heads leave those holding it as typed", []roleHit{hit(1, "head", true), hit(2, "imf head", false), hit(3, "world bank head", false),
			hit(4, "opec head", false), hit(5, "fed head", false), hit(6, "ecb head", false)}, "head", false, []int64{1}},
		{"a role of something asked for is matched as typed", []roleHit{hit(1, "chief executive of veltrane", false)}, "chief executive of halcyon", false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []int64
			for _, r := range typedHolders(tt.hits, tt.role, tt.former) {
				got = append(got, r.ID)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("typedHolders(%q) = %v, want %v", tt.role, got, tt.want)
			}
		})
	}
}

func TestLeftOfficesAreFormer(t *testing.T) {
	role := func(norm, published string, clause bool) rankedRole {
		r := rankedRole{norm: norm, clause: clause}
		r.Text = norm
		r.Evidence.Article.Published = published
		return r
	}
	tests := []struct {
		name  string
		roles []rankedRole
		want  []string
	}{
		{"an office the entity retired from is former", []rankedRole{role("general secretary", "2026-05-01", false), role("former general secretary of union", "2026-05-01", true)},
			[]string{"former general secretary", "former general secretary of union"}},
		{"an office left before a later article gives it again is held", []rankedRole{role("chairman", "2026-05-02", false), role("former chairman", "2026-05-01", true)},
			[]string{"chairman", "former chairman"}},
		{"a past office a noun gives leaves the office held", []rankedRole{role("president", "2026-05-01", false), role("former president", "2026-05-01", false)},
			[]string{"president", "former president"}},
		{"an office a later article's noun calls former is former", []rankedRole{role("prime minister", "2026-01-29", false), role("former prime minister", "2026-02-10", false)},
			[]string{"former prime minister", "former prime minister"}},
		{"an office an earlier article's noun called former is held again", []rankedRole{role("president", "2026-05-02", false), role("former president", "2026-05-01", false)},
			[]string{"president", "former president"}},
		{"another office left leaves this one held", []rankedRole{role("chairman of bank", "2026-05-01", false), role("former chairman of club", "2026-05-01", true)},
			[]string{"chairman of bank", "former chairman of club"}},
		{"an office a later article calls former by its abbreviation is former", []rankedRole{role("chief executive officer of halcyon", "2026-11-02", false), role("former ceo of halcyon", "2026-11-10", false)},
			[]string{"former chief executive officer of halcyon", "former ceo of halcyon"}},
		{"another company office left by abbreviation leaves this one held", []rankedRole{role("chief financial officer", "2026-11-02", false), role("former ceo", "2026-11-10", false)},
			[]string{"chief financial officer", "former ceo"}},
		{"an office left without saying whose leaves that office of a company", []rankedRole{role("chief executive of halcyon", "2026-03-16", false), role("former chief executive officer", "2026-04-17", true)},
			[]string{"former chief executive of halcyon", "former chief executive officer"}},
		{"an office left of its owner named in more words is former", []rankedRole{role("chief executive of halcyon", "2026-03-16", false), role("former chief executive of halcyon systems", "2026-04-20", false)},
			[]string{"former chief executive of halcyon", "former chief executive of halcyon systems"}},
		{"an office left of another company whose name opens with the owner's leaves it held", []rankedRole{role("chairman of american", "2026-03-12", false), role("former chairman of american financial corp", "2026-04-20", false)},
			[]string{"chairman of american", "former chairman of american financial corp"}},
		{"an office left of an owner whose name only starts alike leaves it held", []rankedRole{role("chief executive of halcyon", "2026-03-16", false), role("former chief executive of halcyonic", "2026-04-20", false)},
			[]string{"chief executive of halcyon", "former chief executive of halcyonic"}},
		{"another office left without saying whose leaves an office of a company held", []rankedRole{role("chief executive of halcyon", "2026-03-16", false), role("former chairman", "2026-04-20", false)},
			[]string{"chief executive of halcyon", "former chairman"}},
		{"an interim office a later article confirms is former", []rankedRole{role("interim president of athletics federation", "2026-03-05", false), role("president", "2026-03-10", false)},
			[]string{"former interim president of athletics federation", "president"}},
		{"an interim office a later permanent one confirms is former", []rankedRole{role("interim director of finance of council", "2026-02-10", false), role("permanent director of finance", "2026-03-27", false)},
			[]string{"former interim director of finance of council", "permanent director of finance"}},
		{"an interim office given after the office is held", []rankedRole{role("interim president", "2026-03-10", false), role("president", "2026-03-05", false)},
			[]string{"interim president", "president"}},
		{"a designate who later holds the office is designate no more", []rankedRole{role("prime minister-designate", "2026-11-06", false), role("prime minister", "2026-11-10", false)},
			[]string{"former prime minister-designate", "prime minister"}},
		{"an interim office is not confirmed by an office to come", []rankedRole{role("interim president", "2026-03-05", false), role("president", "2026-03-10", true)},
			[]string{"interim president", "president"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			leftOffices(tt.roles)
			var got []string
			for _, r := range tt.roles {
				got = append(got, r.Text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("leftOffices = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestByRoleFindsARoleItsOwnerFollows(t *testing.T) {
	s := storeOf(t, map[string]string{
		"fires.txt": "Fires\n\nSpain's environment minister, Teresa Llorente Ruiz, said on Monday that a new law would follow.\n" +
			"Health Minister Jean Marais visited the burned area on Tuesday.\n",
		"club.txt": "Rovers\n\nUnder-21 coach Kwame Mensah will take charge as caretaker for Saturday's game, the club said on Sunday.\n",
	})
	tests := []struct {
		query string
		want  []string
	}{
		{"the minister", []string{"Jean Marais", "Teresa Llorente Ruiz"}},
		{"the environment minister", []string{"Teresa Llorente Ruiz"}},
		{"the caretaker", []string{"Kwame Mensah"}},
	}
	for _, tc := range tests {
		refs, err := s.ByRole(context.Background(), tc.query)
		if err != nil {
			t.Fatal(err)
		}
		got := refNames(refs)
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("ByRole(%q) = %q, want %q", tc.query, got, tc.want)
		}
	}
}

func TestByRoleFindsAPersonByAge(t *testing.T) {
	s := storeOf(t, map[string]string{
		"coach.txt": "Rovers sack coach\n\nWestbridge Rovers have sacked head coach Stefan Hallam after nine games without a win.\n\n" +
			"The 47-year-old was appointed in June 2024.\n",
		"court.txt": "Court\n\nPolice said 33-year-old Maria Lopez was arrested on Monday. A 52-year-old man was also held.\n",
	})
	tests := []struct {
		query string
		want  []string
	}{
		{"the 47-year-old", []string{"Stefan Hallam"}},
		{"33-year-old", []string{"Maria Lopez"}},
		{"the 52-year-old", nil},
		{"the 60-year-old", nil},
	}
	for _, tc := range tests {
		wantByRole(t, s, tc.query, tc.want)
	}
}

func TestRoleShapeFitsARoleByItsHeadAndModifiers(t *testing.T) {
	tests := []struct {
		name, query, norm string
		want              bool
	}{
		{"a role with a complement is headed by its noun", "special envoy", "special envoy for arctic affairs", true},
		{"a complement of an owner after it fits", "special envoy", "special envoy for arctic affairs of united nations", true},
		{"a modifier the role lacks does not fit", "special envoy", "envoy of un", false},
		{"a possessive pronoun says nothing of the role", "her lawyer", "lawyer for the families", true},
		{"a noun before the head may be the role's owner after it", "museum director", "director of museum", true},
		{"a place before the office may be its owner", "portugal trade minister", "trade minister of portugal", true},
		{"a possessor narrows the role", "the watchdog's safety chief", "safety chief of transport watchdog", true},
		{"a complement asked for must be there", "fifa head of legal affairs", "head of legal affairs at the fifa", true},
		{"a complement asked for that is not there does not fit", "fifa head of legal affairs", "head of communications at the fifa", false},
		{"a nationality fits the place it names", "the arbitrator", "danish arbitrator", true},
		{"a rank below the office is another office", "foreign minister", "deputy foreign minister", false},
		{"a rank asked for fits", "deputy foreign minister", "russian deputy foreign minister", true},
		{"another head does not fit", "chief economist", "chief executive of bank", false},
		{"one who will hold the office does not hold it", "prime minister", "next prime minister of norway", false},
		{"the incoming holder is the next one", "the incoming prime minister", "next prime minister of norway", true},
		{"a noun after the complement heads nothing", "mayor", "brother-in-law of mayor", false},
		{"the city's stands for the place the role names", "the city's mayor", "mayor of lyon", true},
		{"a city before the role still narrows it", "city mayor", "mayor of lyon", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			role, _ := roleQuery(tt.query)
			sh, ok := shapeOf(role)
			if !ok {
				t.Fatalf("shapeOf(%q) read no role", role)
			}
			if got := sh.fits(tt.norm); got != tt.want {
				t.Errorf("shapeOf(%q).fits(%q) = %v, want %v", tt.query, tt.norm, got, tt.want)
			}
		})
	}
}

func TestByRoleFindsARoleByItsHeadAndModifiers(t *testing.T) {
	s := storeOf(t, map[string]string{
		"talks.txt": "Talks\n\nThe talks were chaired by Olga Brandt, the United Nations special envoy for Arctic affairs, on Monday.\n" +
			"Tomas Lind, chief economist at the Baltic Policy Institute, said prices would rise.\n" +
			"Portugal's trade minister, Rui Pacheco, said he would wait.\n",
	})
	tests := []struct {
		query string
		want  []string
	}{
		{"special envoy", []string{"Olga Brandt"}},
		{"the chief economist", []string{"Tomas Lind"}},
		{"Portugal trade minister", []string{"Rui Pacheco"}},
		{"the deputy trade minister", nil},
	}
	for _, tc := range tests {
		wantByRole(t, s, tc.query, tc.want)
	}
}

func TestOfficeSupportCountsTheOfficeInOtherWords(t *testing.T) {
	role := func(norm string, outlets int, clause bool) rankedRole {
		r := rankedRole{norm: norm, clause: clause}
		r.Outlets = outlets
		return r
	}
	tests := []struct {
		name  string
		roles []rankedRole
		want  []int
	}{
		{"an office with more words before it supports the office, and the office it",
			[]rankedRole{role("candidate to succeed berg", 1, false), role("liberal party leader", 1, false), role("party leader", 1, false)}, []int{1, 2, 2}},
		{"an office a clause gives supports none", []rankedRole{role("leader", 1, false), role("party leader", 1, true)}, []int{1, 2}},
		{"another office supports none", []rankedRole{role("party leader", 2, false), role("party leader of greens", 1, false)}, []int{2, 1}},
		{"an abbreviation supports the office spelled out", []rankedRole{role("ceo", 1, false), role("halcyon chief executive", 1, false)}, []int{2, 2}},
		{"the office in its fuller title supports it", []rankedRole{role("chief financial officer", 2, false), role("interim chief executive", 1, false), role("interim chief executive officer", 1, false)}, []int{2, 2, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			officeSupport(tt.roles)
			var got []int
			for _, r := range tt.roles {
				got = append(got, r.support)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("officeSupport = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestByRoleFindsAPastHolderTheArticlesCallSo(t *testing.T) {
	s := storeOf(t, map[string]string{
		"bridge.txt": "Bridge\n\nTomas Berg, the former prime minister, said on Monday that the bridge would last.\n" +
			"Prime Minister Tomas Berg opened the bridge in 2019.\n",
	})
	for _, q := range []string{"the former prime minister", "former prime minister"} {
		refs, err := s.ByRole(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if got := refNames(refs); !slices.Equal(got, []string{"Tomas Berg"}) {
			t.Errorf("ByRole(%q) = %q, want Tomas Berg", q, got)
		}
	}
}

func TestWithoutPresentWord(t *testing.T) {
	tests := []struct {
		query, want string
		ok          bool
	}{
		{"the new transport minister", "transport minister", true},
		{"current coach", "coach", true},
		{"the transport minister", "", false},
		{"new zealand", "zealand", false},
		{"the new", "", false},
	}
	for _, tt := range tests {
		got, ok := withoutPresentWord(tt.query)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("withoutPresentWord(%q) = %q, %v; want %q, %v", tt.query, got, ok, tt.want, tt.ok)
		}
	}
}

func TestPersonsOwnNarrowsAPersonalPossessive(t *testing.T) {
	hits := []roleHit{{ref: EntityRef{ID: 1}, norm: "solicitor"}, {ref: EntityRef{ID: 2}, norm: "solicitor of council"}}
	tests := []struct {
		role string
		want []int64
	}{
		{"his solicitor", []int64{1}},
		{"the solicitor", []int64{1, 2}},
	}
	for _, tt := range tests {
		var got []int64
		for _, h := range personsOwn(tt.role, hits) {
			got = append(got, h.ref.ID)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("personsOwn(%q) = %v, want %v", tt.role, got, tt.want)
		}
	}
	if only := personsOwn("her solicitor", hits[1:]); len(only) != 1 {
		t.Errorf("a possessive with only an organisation's holder keeps it, got %v", only)
	}
}

func TestRoleMatchEndingIsNoOtherRolesComplement(t *testing.T) {
	m := newRoleMatch("governor", "the governor")
	tests := []struct {
		norm string
		want bool
	}{
		{"governor", true},
		{"state governor", true},
		{"vice-chairman and governor", true},
		{"spokesperson for the governor", false},
		{"spokesperson of governor", false},
		{"adviser to the governor", false},
	}
	for _, tc := range tests {
		if got := m.matches(roleEntry{norm: tc.norm, text: tc.norm}); got != tc.want {
			t.Errorf("matches(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}

func TestRoleMatchTakesAStandInForTheOffice(t *testing.T) {
	m := newRoleMatch("chief executive of halcyon", "chief executive of halcyon")
	tests := []struct {
		norm string
		want bool
	}{
		{"interim chief executive of halcyon", true},
		{"acting chief executive of halcyon", true},
		{"chief executive of halcyon", true},
		{"deputy chief executive of halcyon", false},
		{"interim chief executive of orbis", false},
	}
	for _, tc := range tests {
		if got := m.hit(roleEntry{norm: tc.norm, text: tc.norm}).office; got != tc.want {
			t.Errorf("hit(%q).office = %v, want %v", tc.norm, got, tc.want)
		}
	}
}

func TestMarkLeftMakesFormerTheOfficesAPersonLeft(t *testing.T) {
	e := func(id int64, norm, last string) roleEntry {
		return roleEntry{ref: EntityRef{ID: id}, norm: norm, text: norm, last: last}
	}
	tests := []struct {
		name    string
		entries []roleEntry
		want    []string
	}{
		{"an office a later article calls former is former",
			[]roleEntry{e(1, "chief executive of halcyon", "2026-11-02"), e(1, "former chief executive of halcyon", "2026-11-10")},
			[]string{"former chief executive of halcyon", "former chief executive of halcyon"}},
		{"an office given again after it was called former is held",
			[]roleEntry{e(1, "chief executive of halcyon", "2026-11-12"), e(1, "former chief executive of halcyon", "2026-11-10")},
			[]string{"chief executive of halcyon", "former chief executive of halcyon"}},
		{"another person's past office leaves the office held",
			[]roleEntry{e(1, "chief executive of halcyon", "2026-11-02"), e(2, "former chief executive of halcyon", "2026-11-10")},
			[]string{"chief executive of halcyon", "former chief executive of halcyon"}},
		{"the office left of a body makes the bare office former",
			[]roleEntry{e(1, "general secretary", "2026-05-01"), e(1, "former general secretary of union", "2026-05-03")},
			[]string{"former general secretary", "former general secretary of union"}},
		{"the bare office left makes the office of a company former",
			[]roleEntry{e(1, "chief executive of halcyon", "2026-03-16"), e(1, "former chief executive", "2026-10-26")},
			[]string{"former chief executive of halcyon", "former chief executive"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			markLeft(tt.entries)
			var got []string
			for _, v := range tt.entries {
				got = append(got, v.norm)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("markLeft = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestByRoleFindsACompanyOfficeByItsAbbreviationAndItsSuccessor(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.jsonl": `{"id":"a","title":"Halcyon cuts","source":"Wire","published":"2026-11-02","text":"Halcyon will cut 900 jobs.\n\"Costs will fall,\" said Jo Bell, Chief Executive Officer of Halcyon.\nThe company's CFO, Ana Ruiz, said savings would follow."}` + "\n" +
			`{"id":"b","title":"Halcyon boss quits","source":"Herald","published":"2026-11-10","text":"Halcyon chief executive Jo Bell resigned on Monday.\nThe board has named chief operating officer Tom Reed as interim chief executive."}` + "\n" +
			`{"id":"c","title":"Fire","source":"Herald","published":"2026-10-22","text":"The lawsuit is led by Miguel Sosa, a walnut grower who lost his barn."}` + "\n",
	})
	tests := []struct {
		query string
		want  []string
	}{
		{"Halcyon CEO", []string{"Tom Reed"}},
		{"the chief executive of Halcyon", []string{"Tom Reed"}},
		{"chief executive officer of Halcyon", []string{"Tom Reed"}},
		{"former Halcyon CEO", []string{"Jo Bell"}},
		{"chief financial officer", []string{"Ana Ruiz"}},
		{"CFO", []string{"Ana Ruiz"}},
		{"COO", []string{"Tom Reed"}},
		{"walnut grower", []string{"Miguel Sosa"}},
		{"the walnut grower", []string{"Miguel Sosa"}},
		{"Halvorsen Daiy", nil},
	}
	for _, tc := range tests {
		wantByRole(t, s, tc.query, tc.want)
	}
	for name, lead := range map[string]string{"Tom Reed": "interim chief executive", "Jo Bell": "former "} {
		if got := leadRole(t, s, name); !strings.HasPrefix(got, lead) {
			t.Errorf("profile of %s leads with %q; want %q", name, got, lead)
		}
	}
}

func TestByRoleFindsTheStandInAfterTheHolderStepsDown(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.jsonl": `{"id":"a","title":"Halcyon apologises","source":"Wire","published":"2026-03-16","text":"Halcyon chief executive Jo Bell apologised on Monday.\nChief financial officer Tom Reed said costs would rise."}` + "\n" +
			`{"id":"b","title":"Leadership change","source":"Halcyon Systems","published":"2026-04-17","text":"Halcyon Systems today announced that Jo Bell has stepped down as Chief Executive Officer with immediate effect.\nThe board appointed Tom Reed, currently Chief Financial Officer, as Interim Chief Executive Officer."}` + "\n" +
			`{"id":"c","title":"Halcyon fined","source":"Herald","published":"2026-10-26","text":"Jo Bell, the former chief executive, now advises a start-up.\nInterim chief executive Tom Reed said the company had recovered."}` + "\n" +
			`{"id":"d","title":"Halcyon boss quits","source":"Wire","published":"2026-04-20","text":"Halcyon Systems chief executive Jo Bell quit on Friday.\nChief financial officer Tom Reed was named interim chief executive."}` + "\n",
	})
	tests := []struct {
		query string
		want  []string
	}{
		{"Halcyon chief executive", []string{"Tom Reed"}},
		{"chief executive of Halcyon", []string{"Tom Reed"}},
		{"chief executive of Halcyon Systems", []string{"Tom Reed"}},
		{"former Halcyon chief executive", []string{"Jo Bell"}},
	}
	for _, tc := range tests {
		wantByRole(t, s, tc.query, tc.want)
	}
	for name, lead := range map[string]string{"Tom Reed": "interim chief executive", "Jo Bell": "former "} {
		if got := leadRole(t, s, name); !strings.Contains(strings.ToLower(got), lead) {
			t.Errorf("profile of %s leads with %q; want %q", name, got, lead)
		}
	}
}

func TestASuccessorSwornInEndsTheCaretakersOfficeAndKinComesLast(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.jsonl": `{"id":"a","title":"Talks resume","source":"Wire","published":"2026-10-29","text":"Caretaker Prime Minister Anna Berg met the unions on Tuesday.\nLena Holm, who is the mother of two children, was charged.\nLena Holm, 47, a former finance director, denies the charge."}` + "\n" +
			`{"id":"b","title":"Reed sworn in","source":"Herald","published":"2026-11-09","text":"Tom Reed was sworn in as Valdonia's prime minister on Monday.\nAnna Berg handed over the office in the afternoon."}` + "\n",
	})
	for name, lead := range map[string]string{"Anna Berg": "former caretaker", "Tom Reed": "prime minister", "Lena Holm": "finance director"} {
		if got := leadRole(t, s, name); !strings.Contains(strings.ToLower(got), lead) {
			t.Errorf("profile of %s leads with %q; want %q", name, got, lead)
		}
	}
}

func TestHeadOfficeIsAHeldOfficeNoRankBelowIt(t *testing.T) {
	tests := []struct {
		norm   string
		former bool
		want   bool
	}{
		{"interim chief executive of halcyon", false, true},
		{"mayor of getafe", false, true},
		{"us treasury secretary", false, true},
		{"chief financial officer", false, false},
		{"miti vice president", false, false},
		{"deputy mayor of getafe", false, false},
		{"vice-chairman", false, false},
		{"chief executive of halcyon", true, false},
	}
	for _, tt := range tests {
		if got := (rankedRole{norm: tt.norm, former: tt.former}).headOffice(); got != tt.want {
			t.Errorf("headOffice(%q, former %v) = %v, want %v", tt.norm, tt.former, got, tt.want)
		}
	}
}

func TestDropFormerTwinsShowsAFormerOfficeOnce(t *testing.T) {
	tests := []struct {
		name  string
		roles []rankedRole
		want  []string
	}{
		{"an office made former beside its former wording is one role", []rankedRole{twinRole("transport minister", "former Transport Minister", true, false), twinRole("former transport minister", "Former transport minister", true, false)},
			[]string{"Former transport minister"}},
		{"an office held stays beside its former wording", []rankedRole{twinRole("president", "President", false, false), twinRole("former president", "former president", true, false)},
			[]string{"President", "former president"}},
		{"an office made former by abbreviation is one role", []rankedRole{twinRole("chief executive officer of halcyon", "former CEO of Halcyon", true, false), twinRole("former ceo of halcyon", "former Halcyon CEO", true, false)},
			[]string{"former Halcyon CEO"}},
		{"an office made former beside another former office stays", []rankedRole{twinRole("chairman", "former chairman", true, false), twinRole("former chairman of club", "former club chairman", true, false)},
			[]string{"former chairman", "former club chairman"}},
		{"a verb's wording of leaving is no twin", []rankedRole{twinRole("general secretary", "former general secretary", true, false), twinRole("former general secretary", "retired as general secretary", true, true)},
			[]string{"former general secretary", "retired as general secretary"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := roleTexts(dropFormerTwins(tt.roles))
			if !slices.Equal(got, tt.want) {
				t.Errorf("dropFormerTwins = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDropBareTwinsKeepsTheFullerRole(t *testing.T) {
	tests := []struct {
		name  string
		roles []rankedRole
		want  []string
	}{
		{"a bare noun beside an office headed by it goes", []rankedRole{twinRole("leader", "leader", false, false), twinRole("leader of civic union", "Civic Union leader", false, false)},
			[]string{"Civic Union leader"}},
		{"a bare rank beside the office it ranks goes", []rankedRole{twinRole("deputy leader of tla", "TLA deputy leader", false, false), twinRole("deputy", "deputy", false, false)},
			[]string{"TLA deputy leader"}},
		{"a bare office held stays beside a former one", []rankedRole{twinRole("president", "President", false, false), twinRole("former president of senate", "former Senate president", true, false)},
			[]string{"President", "former Senate president"}},
		{"a bare noun no other role holds stays", []rankedRole{twinRole("coach", "coach", false, false), twinRole("leader of civic union", "Civic Union leader", false, false)},
			[]string{"coach", "Civic Union leader"}},
		{"an office of several words beside the same office with its owner goes", []rankedRole{twinRole("chief operating officer", "chief operating officer", false, false), twinRole("chief operating officer of tarn rail", "Tarn Rail's chief operating officer", false, false)},
			[]string{"Tarn Rail's chief operating officer"}},
		{"an office of several words beside a longer office stays", []rankedRole{twinRole("finance director", "finance director", false, false), twinRole("deputy finance director of tarn rail", "Tarn Rail deputy finance director", false, false)},
			[]string{"finance director", "Tarn Rail deputy finance director"}},
		{"a bare noun beside only a clause's wording stays", []rankedRole{twinRole("leader", "leader", false, false), twinRole("leader of civic union", "who leads the Civic Union", false, true)},
			[]string{"leader", "who leads the Civic Union"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := roleTexts(dropBareTwins(tt.roles))
			if !slices.Equal(got, tt.want) {
				t.Errorf("dropBareTwins = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestBareLeftMakesAnOfficeFormer(t *testing.T) {
	role := func(norm, text, published string) rankedRole {
		r := rankedRole{norm: norm, former: strings.HasPrefix(norm, "former ")}
		r.Text, r.Evidence.Article.Published = text, published
		return r
	}
	tests := []struct {
		name  string
		roles []rankedRole
		want  []string
	}{
		{"a later former bare noun ends the office holding it", []rankedRole{role("interim coach", "interim coach", "2026-05-03"), role("former interim", "former interim", "2026-05-20")},
			[]string{"former interim coach", "former interim"}},
		{"an earlier former bare noun leaves the office", []rankedRole{role("interim coach", "interim coach", "2026-05-20"), role("former interim", "former interim", "2026-05-03")},
			[]string{"interim coach", "former interim"}},
		{"a later former noun not among the office's words leaves it alone", []rankedRole{role("interim coach", "interim coach", "2026-05-03"), role("former player", "former player", "2026-05-20")},
			[]string{"interim coach", "former player"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, r := range bareLeft(tt.roles) {
				got = append(got, r.Text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("bareLeft = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDropSameWordingShowsAWordingOnce(t *testing.T) {
	tests := []struct {
		name  string
		roles []string
		want  []string
	}{
		{"a wording given twice is shown once", []string{"Dalmont Rovers forward", "Dalmont Rovers forward"}, []string{"Dalmont Rovers forward"}},
		{"a wording differing in case is shown once, at its best rank", []string{"former Transport Minister", "Transport Minister", "Former transport minister"}, []string{"former Transport Minister", "Transport Minister"}},
		{"other wordings stay", []string{"forward", "Chinese forward"}, []string{"forward", "Chinese forward"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var in []RoleHit
			for _, r := range tt.roles {
				in = append(in, RoleHit{Text: r})
			}
			var got []string
			for _, r := range dropSameWording(in) {
				got = append(got, r.Text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("dropSameWording = %q, want %q", got, tt.want)
			}
		})
	}
}

// wantByRole checks the people a role look-up finds, in order.
func wantByRole(t *testing.T, s *Store, query string, want []string) {
	t.Helper()
	refs, err := s.ByRole(context.Background(), query)
	if err != nil {
		t.Fatal(err)
	}
	if got := refNames(refs); !slices.Equal(got, want) {
		t.Errorf("ByRole(%q) = %q, want %q", query, got, want)
	}
}

// leadRole returns the role the profile of the one entity called name
// leads with; a failed look-up or a profile with no role fails the test.
func leadRole(t *testing.T, s *Store, name string) string {
	t.Helper()
	l, err := s.Find(context.Background(), name)
	if err != nil || len(l.Matches) != 1 {
		t.Fatalf("Find(%q) = %+v, %v", name, l, err)
	}
	p, err := s.Profile(context.Background(), l.Matches[0].ID)
	if err != nil || len(p.Roles) == 0 {
		t.Fatalf("profile of %s: roles %+v, %v", name, p.Roles, err)
	}
	return p.Roles[0].Text
}

// twinRole is a ranked role of the normal form norm written text.
func twinRole(norm, text string, former, clause bool) rankedRole {
	r := rankedRole{norm: norm, former: former, clause: clause}
	r.Text = text
	return r
}

// roleTexts returns the wording of each role.
func roleTexts(rs []rankedRole) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Text)
	}
	return out
}

func TestOwnedTwinsMarksTheOfficeWithItsOwner(t *testing.T) {
	tests := []struct {
		name  string
		roles []rankedRole
		want  []string
	}{
		{"an office with its country beside the bare office", []rankedRole{twinRole("foreign minister", "Foreign Minister", false, false), twinRole("foreign minister of tarsland", "Tarsland's foreign minister", false, false), twinRole("tarslandi foreign minister", "Tarslandi foreign minister", false, false)},
			[]string{"tarslandi foreign minister"}},
		{"a former office is no twin of one held", []rankedRole{twinRole("foreign minister", "Foreign Minister", false, false), twinRole("former tarslandi foreign minister", "former Tarslandi foreign minister", true, false)},
			nil},
		{"a clause's wording is no twin", []rankedRole{twinRole("coach", "coach", false, true), twinRole("head coach", "head coach", false, false)},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for norm, ok := range ownedTwins(tt.roles) {
				if ok {
					got = append(got, norm)
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("ownedTwins = %q, want %q", got, tt.want)
			}
		})
	}
}

package identity

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestRolesFromTitlesGroupsAndOwners(t *testing.T) {
	tests := []roleCase{
		{
			name:     "a plural after of is the field of an office in an apposition closing a quote",
			text:     "\"We looked carefully at the concerns,\" said Rebecca Lowe, the CMA's executive director of mergers.",
			mentions: []string{"PERSON:Rebecca Lowe", "ORG:CMA"},
			want:     []string{"Rebecca Lowe: CMA's executive director of mergers"},
		},
		{
			name:     "a gerund after of is the field of an office",
			text:     "Jo Park, the lender's head of marketing, said so.",
			mentions: []string{"PERSON:Jo Park"},
			want:     []string{"Jo Park: head of marketing"},
		},
		{
			name:     "an abbreviated title is a role and the role before it too",
			text:     "Council leader Cllr Sandra Okafor (Labour) said the sale would go ahead.",
			mentions: []string{"PERSON:Sandra Okafor", "ORG:Labour"},
			want:     []string{"Sandra Okafor: Councillor", "Sandra Okafor: Council leader"},
		},
		{
			name:     "police ranks written as initials spell out their title",
			text:     "DCI Ann Garrow said the inquiry went on.",
			mentions: []string{"PERSON:Ann Garrow"},
			want:     []string{"Ann Garrow: Detective Chief Inspector"},
		},
		{
			name:     "a chief's abbreviation before a rank is part of the title",
			text:     "Det Ch Insp Garrow said the case was complex.",
			mentions: []string{"PERSON:Garrow"},
			want:     []string{"Garrow: Detective Chief Inspector"},
		},
		{
			name:     "a constable's abbreviation after a detective's is part of the title",
			text:     "Det. Con. Amy Garrow gave evidence.",
			mentions: []string{"PERSON:Amy Garrow"},
			want:     []string{"Amy Garrow: Detective Constable"},
		},
		{
			name:     "initials in lower case before a name are no rank",
			text:     "Ann di Garrow said the inquiry went on.",
			mentions: []string{"PERSON:Ann di Garrow"},
			want:     nil,
		},
		{
			name:     "a seat and the ward a relative clause says it represents are a role",
			text:     "Cllr Tom Price, who has represented the Riverside ward since 1998, said the sale was wrong.",
			mentions: []string{"PERSON:Tom Price"},
			want:     []string{"Tom Price: Councillor", "Tom Price: Councillor for the Riverside ward"},
		},
		{
			name:     "post-nominal letters and the constituency represented are a role",
			text:     "Jane Hollis MP, who represents Leeds Central, said so.",
			mentions: []string{"PERSON:Jane Hollis", "PLACE:Leeds Central"},
			want:     []string{"Jane Hollis: MP", "Jane Hollis: MP for Leeds Central"},
		},
		{
			name:     "whom a person without a seat represents is a clause role",
			text:     "Ann Lee, who represents the family, said so.",
			mentions: []string{"PERSON:Ann Lee"},
			want:     []string{"Ann Lee: represents the family"},
		},
		{
			name:     "an abbreviated title after a kinship apposition is a role of its own",
			text:     "His daughter, Cllr Megan Price, who was elected for the neighbouring Abbey ward in 2022, backed the plan.",
			mentions: []string{"PERSON:Megan Price", "PLACE:Abbey"},
			want:     []string{"Megan Price: Councillor", "Megan Price: daughter"},
		},
		{
			name:     "abbreviated ranks spell out together",
			text:     "Lt. Col. Ana Ribeiro said the search went on.",
			mentions: []string{"PERSON:Ana Ribeiro"},
			want:     []string{"Ana Ribeiro: Lieutenant Colonel"},
		},
		{
			name:     "a rank before an abbreviation is part of the title",
			text:     "Atty. Gen. Edwin Meese and Vice Adm. John Poindexter met.",
			mentions: []string{"PERSON:Edwin Meese", "PERSON:John Poindexter"},
			want:     []string{"Edwin Meese: Attorney General", "John Poindexter: Vice Admiral"},
		},
		{
			name:     "a title alone before a name leaves the apposition before it to the name",
			text:     "The council's leader, Councillor Graham Pettifer, said so.",
			mentions: []string{"PERSON:Graham Pettifer"},
			want:     []string{"Graham Pettifer: Councillor", "Graham Pettifer: the council's leader"},
		},
		{
			name:     "one of a group of office holders is one of them",
			text:     "Mrs Justice Eleanor Vance, one of the longest-serving judges of the High Court's Family Division, will retire.",
			mentions: []string{"PERSON:Eleanor Vance", "ORG:High Court", "ORG:Family Division"},
			want:     []string{"Eleanor Vance: judge", "Eleanor Vance: judge of the High Court's Family Division"},
		},
		{
			name:     "an appeal judge's title stays as written",
			text:     "Lord Justice Brennan dismissed the appeal.",
			mentions: []string{"PERSON:Brennan"},
			want:     []string{"Brennan: Lord Justice"},
		},
		{
			name:     "one of a group keeps the words of the office but not the rank",
			text:     "Tom Hale, one of the most senior Conservative MPs, said so.",
			mentions: []string{"PERSON:Tom Hale"},
			want:     []string{"Tom Hale: senior Conservative MP"},
		},
		{
			name:     "one of a family is no role",
			text:     "Robert Bass, one of the Bass brothers of Fort Worth, bought the stake.",
			mentions: []string{"PERSON:Robert Bass", "PLACE:Fort Worth"},
			want:     nil,
		},
		{
			name:     "one of a group of people who hold no office is no role",
			text:     "Tom Hale, one of the few who voted, said so.",
			mentions: []string{"PERSON:Tom Hale"},
			want:     nil,
		},
		{
			name:     "the words describing an owner before a role stay in it",
			text:     "The central bank's chief economist, Aaron Fitch, told a conference in Toronto.",
			mentions: []string{"PERSON:Aaron Fitch", "PLACE:Toronto"},
			want:     []string{"Aaron Fitch: the central bank's chief economist"},
		},
		{
			name:     "the words describing an owner in an apposition stay in the role",
			text:     "Aaron Fitch, the state broadcaster's chief executive, said so.",
			mentions: []string{"PERSON:Aaron Fitch"},
			want:     []string{"Aaron Fitch: state broadcaster's chief executive"},
		},
		{
			name:     "a year after an office is no part of it",
			text:     "Dubois, a former Bank of Montreal executive, became finance minister in 2024.",
			mentions: []string{"PERSON:Dubois", "ORG:Bank of Montreal"},
			want:     []string{"Dubois: finance minister", "Dubois: former Bank of Montreal executive"},
		},
		{
			name:     "a stretch of time after an office is no part of it",
			text:     "Ruth Cole was appointed chief executive at the time.",
			mentions: []string{"PERSON:Ruth Cole"},
			want:     []string{"Ruth Cole: chief executive"},
		},
		{
			name:     "a counted stretch of time after an apposition's office is no part of it",
			text:     "Mrs Sarah Linley, headteacher of St Aidan's Primary School for 18 years, will retire.",
			mentions: []string{"PERSON:Sarah Linley", "ORG:St Aidan's Primary School"},
			want:     []string{"Sarah Linley: headteacher of St Aidan's Primary School"},
		},
		{
			name:     "an occupation opening the sentence before a name is a role",
			text:     "The library has been closed since July. Librarian Fiona Castellan said the corner would open.",
			mentions: []string{"PERSON:Fiona Castellan"},
			want:     []string{"Fiona Castellan: Librarian"},
		},
		{
			name:     "a stretch of time counted in words after an office is no part of it",
			text:     "Ruth Cole, chief executive for three decades, said so.",
			mentions: []string{"PERSON:Ruth Cole"},
			want:     []string{"Ruth Cole: chief executive"},
		},
		{
			name:     "a time phrase closing a relative clause is no part of its role",
			text:     "Pettifer, who has led the council since 2021, said so.",
			mentions: []string{"PERSON:Pettifer"},
			want:     []string{"Pettifer: led the council"},
		},
	}
	checkRoles(t, tests)
}

func TestRolesListedAfterThoseWrittenOut(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		mentions []string
		want     []string // "Name: role text (clause)"
	}{
		{
			name:     "an abbreviated title and a bare kinship noun come after a role written out",
			text:     "His daughter, Cllr Megan Price, backed the plan. Council leader Cllr Sandra Okafor did not.",
			mentions: []string{"PERSON:Megan Price", "PERSON:Sandra Okafor"},
			want:     []string{"Megan Price: Councillor (true)", "Megan Price: daughter (true)", "Sandra Okafor: Councillor (true)", "Sandra Okafor: Council leader (false)"},
		},
		{
			name:     "an office still to come comes after the office held",
			text:     "Ana Sousa, Brightwater's chief financial officer, will become finance director of the enlarged group.",
			mentions: []string{"PERSON:Ana Sousa", "ORG:Brightwater"},
			want:     []string{"Ana Sousa: finance director of the enlarged group (true)", "Ana Sousa: Brightwater's chief financial officer (false)"},
		},
		{
			name:     "a stand-in's office to come is held at once",
			text:     "Ana Sousa, the bank's treasurer, will serve as acting finance director.",
			mentions: []string{"PERSON:Ana Sousa"},
			want:     []string{"Ana Sousa: acting finance director (false)", "Ana Sousa: treasurer (false)"},
		},
		{
			name:     "an office taken is held",
			text:     "Ana Sousa became finance director of the group.",
			mentions: []string{"PERSON:Ana Sousa"},
			want:     []string{"Ana Sousa: finance director of the group (false)"},
		},
		{
			name:     "a seat's letters come after the role written before the name",
			text:     "Her deputy, Owen Pryce MP, told the house so.",
			mentions: []string{"PERSON:Owen Pryce"},
			want:     []string{"Owen Pryce: MP (true)", "Owen Pryce: deputy (false)"},
		},
		{
			name:     "a title written out replaces the same title abbreviated",
			text:     "Sen. Bob Dole spoke first. Senator Dole said so.",
			mentions: []string{"PERSON:Bob Dole", "PERSON:Dole#2"},
			want:     []string{"Bob Dole: Senator (false)"},
		},
		{
			name:     "a professor's title right before the name, even with its university, comes after a role written out",
			text:     "Kelbury University's Professor Ines Valde opened the session. Ines Valde, a physicist, spoke later.",
			mentions: []string{"ORG:Kelbury University", "PERSON:Ines Valde", "PERSON:Ines Valde#2"},
			want:     []string{"Ines Valde: Kelbury University's Professor (true)", "Ines Valde: physicist (false)"},
		},
		{
			name:     "representing a person named is a role a clause gives",
			text:     "\"We will appeal,\" said Rui Costa, who represents Ana Ruiz in Portugal.",
			mentions: []string{"PERSON:Rui Costa", "PERSON:Ana Ruiz", "PLACE:Portugal"},
			want:     []string{"Rui Costa: represents Ana Ruiz in Portugal (true)"},
		},
		{
			name:     "the firm on a transcript's question line is the asker's, after a role written out",
			text:     "Ola Berg, CFO: Net income rose.\n\nQuestion, Ines Valde, Kelbury Partners: Can you say more?\n\nQ, Ida Holm, Tarn Capital: Thanks.",
			mentions: []string{"PERSON:Ola Berg", "PERSON:Ines Valde", "ORG:Kelbury Partners", "PERSON:Ida Holm", "ORG:Tarn"},
			want:     []string{"Ola Berg: CFO (false)", "Ines Valde: Kelbury Partners (true)", "Ida Holm: Tarn Capital (true)"},
		},
		{
			name:     "the outlet on a reporter's question turn is the asker's",
			text:     "Mayor: We will rebuild.\n\nIda Holm, Tarn Courier: Mayor, when will the bridge reopen?\n\nOla Berg, Tarn Capital: Sales rose.",
			mentions: []string{"PERSON:Ida Holm", "ORG:Tarn Courier", "PERSON:Ola Berg", "ORG:Tarn Capital"},
			want:     []string{"Ida Holm: Tarn Courier (true)"},
		},
		{
			name:     "a role of a moment or a relation comes after an occupation",
			text:     "Lars Holm, a survivor of the crash, spoke. Danish cyclist Lars Holm won. His teammate, Ida Berg, waited.",
			mentions: []string{"PERSON:Lars Holm", "PERSON:Lars Holm#2", "PERSON:Ida Berg"},
			want:     []string{"Lars Holm: survivor of the crash (true)", "Lars Holm: Danish cyclist (false)", "Ida Berg: teammate (true)"},
		},
		{
			name:     "a kinship noun with its relative named is a role written out",
			text:     "Trump's son-in-law, Jared Kushner, said so.",
			mentions: []string{"PERSON:Trump", "PERSON:Jared Kushner"},
			want:     []string{"Jared Kushner: Trump's son-in-law (false)"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := Resolve(tc.text, nthMentions(t, tc.text, tc.mentions))
			var got []string
			for _, r := range Roles(tc.text, nil, ms) {
				got = append(got, fmt.Sprintf("%s: %s (%v)", r.Name, r.Text, r.Clause))
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// spelledIn reports whether the evidence holds the role: as written, or
// with its words spelled out from an abbreviated title ("Cllr") or a
// plural ("judges"), joined by "for" or "of".
func spelledIn(ev, role string) bool {
	if strings.Contains(ev, role) {
		return true
	}
	lev := strings.ToLower(ev)
	for _, w := range strings.Fields(strings.ToLower(role)) {
		// "former" is what a verb of dismissal in the evidence says.
		// An owner's possessive is what the evidence names the owner by
		// ("Velmark was represented by Trade Minister ...").
		if w == "for" || w == "of" || w == "former" || strings.Contains(lev, w) || strings.Contains(lev, strings.TrimSuffix(w, "'s")) {
			continue
		}
		// Counsel is what a courtroom's words around a party say.
		spelled := w == "counsel" && slices.ContainsFunc(strings.Fields(lev), func(f string) bool { return counselCues[bare(f)] }) ||
			w == "minister" && strings.Contains(lev, ":") // a cabinet list's portfolio
		for abbr, full := range rankInitialRoles {
			spelled = spelled || slices.Contains(strings.Fields(full), w) && strings.Contains(ev, abbr)
		}
		for _, titles := range []map[string]string{titleRoles, benchTitles, passiveRoleVerbs, professorTitles, counselLetters, rankLinks} {
			for abbr, full := range titles {
				spelled = spelled || full == w && strings.Contains(lev, abbr)
			}
		}
		if !spelled {
			return false
		}
	}
	return true
}

func TestRolesNameAPossessorDescribedByARole(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		mentions []string
		want     []string
	}{
		{
			name:     "the singer's is the one singer's",
			text:     "Singer Lola Brandt sued. The singer's ex-agent Piet Mol will testify.",
			mentions: []string{"PERSON:Lola Brandt", "PERSON:Piet Mol"},
			want:     []string{"Lola Brandt: singer", "Piet Mol: Brandt's ex-agent"},
		},
		{
			name:     "a possessor two people fit stays as written",
			text:     "Singer Lola Brandt sued. Singer Ada Kim did not. The singer's ex-agent Piet Mol will testify.",
			mentions: []string{"PERSON:Lola Brandt", "PERSON:Ada Kim", "PERSON:Piet Mol"},
			want:     []string{"Lola Brandt: singer", "Ada Kim: singer", "Piet Mol: the singer's ex-agent"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := Resolve(tc.text, nthMentions(t, tc.text, tc.mentions))
			var got []string
			for _, r := range Roles(tc.text, sentencesOf(tc.text), ms) {
				got = append(got, r.Name+": "+r.Text)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

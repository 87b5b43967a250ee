package identity

import "testing"

func TestResolveDeclaredSpellingsAndOrgTails(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		mentions []string
		want     map[string]string // bare mention text → canonical and type, "Name/TYPE"
	}{
		{
			name:     "a spelling in quotation marks after or, as outlets write him, is the person's",
			text:     `And what of Anatoly Sharipov? The party leader - or "Charipov", as some papers insist on writing him - has few friends.`,
			mentions: []string{"PERSON:Anatoly Sharipov", "OTHER:Charipov"},
			want:     map[string]string{"Anatoly Sharipov": "Anatoly Sharipov/PERSON", "Charipov": "Anatoly Sharipov/PERSON"},
		},
		{
			name:     "a name in quotation marks after or with no word of spelling stays apart",
			text:     `And what of Anatoly Sharipov? The party leader - or "Charipov", as the town is called - has few friends.`,
			mentions: []string{"PERSON:Anatoly Sharipov", "PLACE:Charipov"},
			want:     map[string]string{"Anatoly Sharipov": "Anatoly Sharipov/PERSON", "Charipov": "Charipov/PLACE"},
		},
		{
			name:     "a full name given after whose full name is joins the name the article uses",
			text:     "Zezinho scored twice. The 22-year-old, whose full name is José Carlos Amaral, was applauded. Zezinho said he was happy. José thanked the fans.",
			mentions: []string{"PERSON:Zezinho", "ORG:José Carlos Amaral", "PERSON:Zezinho#2", "PERSON:José"},
			want:     map[string]string{"Zezinho": "Zezinho/PERSON", "José Carlos Amaral": "Zezinho/PERSON", "José": "Zezinho/PERSON"},
		},
		{
			name:     "another spelling after spell the name is the person's of a near spelling",
			text:     "Zezinho scored twice. Zezinho said he was happy. Some outlets spell the name Zesinho.",
			mentions: []string{"PERSON:Zezinho", "PERSON:Zezinho#2", "ORG:Zesinho"},
			want:     map[string]string{"Zezinho": "Zezinho/PERSON", "Zesinho": "Zezinho/PERSON"},
		},
		{
			name:     "a name after spell the name far from every person's stays apart",
			text:     "Zezinho scored twice. Some outlets spell the name Marquinhos.",
			mentions: []string{"PERSON:Zezinho", "PERSON:Marquinhos"},
			want:     map[string]string{"Zezinho": "Zezinho/PERSON", "Marquinhos": "Marquinhos/PERSON"},
		},
		{
			name:     "a wrong spelling a correction names after misspelled the name of is the person's",
			text:     "Councillor Rosa Delaine voted no. Delaine said the plan was rushed. Correction: this article misspelled the name of Councillor Rosa Delane as Delaine.",
			mentions: []string{"PERSON:Rosa Delaine", "PERSON:Delaine#2", "PERSON:Rosa Delane", "PERSON:Delaine#3"},
			want:     map[string]string{"Rosa Delaine": "Rosa Delane/PERSON", "Delaine": "Rosa Delane/PERSON", "Rosa Delane": "Rosa Delane/PERSON"},
		},
		{
			name:     "a name after misspelled and as far from the other's spelling stays apart",
			text:     "Rosa Delane voted no. Correction: this article misspelled the name of Rosa Delane as Marwick.",
			mentions: []string{"PERSON:Rosa Delane", "PERSON:Rosa Delane#2", "PERSON:Marwick"},
			want:     map[string]string{"Rosa Delane": "Rosa Delane/PERSON", "Marwick": "Marwick/PERSON"},
		},
		{
			name:     "a name after a person and as with no correction stays apart",
			text:     "Rosa Delane voted no. She named Rosa Delane as Delaine's deputy. Delaine agreed.",
			mentions: []string{"PERSON:Rosa Delane", "PERSON:Rosa Delane#2", "PERSON:Delaine", "PERSON:Delaine#2"},
			want:     map[string]string{"Rosa Delane": "Rosa Delane/PERSON", "Delaine": "Delaine/PERSON"},
		},
		{
			name:     "a wrong spelling a correction rejects after not is the person's",
			text:     "Councillor Rosa Delaine voted no. Correction: the councillor is Rosa Delane, not Rosa Delaine.",
			mentions: []string{"PERSON:Rosa Delaine", "PERSON:Rosa Delane", "PERSON:Rosa Delaine#2"},
			want:     map[string]string{"Rosa Delaine": "Rosa Delane/PERSON", "Rosa Delane": "Rosa Delane/PERSON"},
		},
		{
			name:     "another person after not stays apart",
			text:     "The winner is Rosa Delane, not Rosa Marwick.",
			mentions: []string{"PERSON:Rosa Delane", "PERSON:Rosa Marwick"},
			want:     map[string]string{"Rosa Delane": "Rosa Delane/PERSON", "Rosa Marwick": "Rosa Marwick/PERSON"},
		},
		{
			name:     "a short given name the person was known by is the person's",
			text:     "Former governor Benedict Harrow denies fraud. Ben Harrow, as he was widely known in the capital, resigned in 2020.",
			mentions: []string{"PERSON:Benedict Harrow", "PERSON:Ben Harrow"},
			want:     map[string]string{"Benedict Harrow": "Benedict Harrow/PERSON", "Ben Harrow": "Benedict Harrow/PERSON"},
		},
		{
			name:     "a name as someone was known with another surname stays apart",
			text:     "Former governor Benedict Harrow denies fraud. Ben Coyle, as he was known, resigned in 2020.",
			mentions: []string{"PERSON:Benedict Harrow", "PERSON:Ben Coyle"},
			want:     map[string]string{"Benedict Harrow": "Benedict Harrow/PERSON", "Ben Coyle": "Ben Coyle/PERSON"},
		},
		{
			name:     "a spelling given after a dash and whose name is also spelled is the person's",
			text:     "Striker Taras Hrytsenko moved in May. Hrytsenko - whose name is also spelled Gritsenko in some papers - scored twice.",
			mentions: []string{"PERSON:Taras Hrytsenko", "PERSON:Hrytsenko#2", "PERSON:Gritsenko"},
			want:     map[string]string{"Taras Hrytsenko": "Taras Hrytsenko/PERSON", "Hrytsenko": "Taras Hrytsenko/PERSON", "Gritsenko": "Taras Hrytsenko/PERSON"},
		},
		{
			name:     "a word taken for a surname that ends the one organisation's name is that organisation",
			text:     "Sporting Varnholt made an offer. Varnholt had agreed a fee. Varnholt walked away.",
			mentions: []string{"ORG:Sporting Varnholt", "PERSON:Varnholt", "PERSON:Varnholt#2"},
			want:     map[string]string{"Sporting Varnholt": "Sporting Varnholt/ORG", "Varnholt": "Varnholt/ORG"},
		},
		{
			name:     "a surname ending an organisation's name that opens with a given name stays a person",
			text:     "Gordon Varnholt filed an application. Varnholt was refused. Varnholt appealed.",
			mentions: []string{"ORG:Gordon Varnholt", "PERSON:Varnholt", "PERSON:Varnholt#2"},
			want:     map[string]string{"Gordon Varnholt": "Gordon Varnholt/ORG", "Varnholt": "Varnholt/PERSON"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Resolve(tc.text, nthMentions(t, tc.text, tc.mentions))
			for _, m := range got {
				if want, ok := tc.want[m.Text]; !ok || m.Canonical+"/"+string(m.Type) != want {
					t.Errorf("%q: %q, want %q", m.Text, m.Canonical+"/"+string(m.Type), want)
				}
			}
		})
	}
}

func TestResolveLedBodies(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		mentions []string
		want     string // type of the first mention
	}{
		{"a name before leader and a person is a body", "Blue Horizon leader Ana Kovac arrived.", []string{"PERSON:Blue Horizon", "PERSON:Ana Kovac"}, "ORG"},
		{"a name after the and before leader is a body", "Ana Kovac, the Blue Horizon leader, arrived.", []string{"PERSON:Blue Horizon", "PERSON:Ana Kovac"}, "ORG"},
		{"a name with its initials in brackets only stays a person", "Blue Horizon (BH) won 12 seats.", []string{"PERSON:Blue Horizon"}, "PERSON"},
		{"a person elected leader stays a person", "The party elected Tobiah Brask leader on Monday.", []string{"PERSON:Tobiah Brask"}, "PERSON"},
		{"a name with a known given name before leader stays a person", "Party members called Anna Kovac leader Tomas Brask's rival.", []string{"PERSON:Anna Kovac", "PERSON:Tomas Brask"}, "PERSON"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Resolve(tc.text, nthMentions(t, tc.text, tc.mentions))
			if len(got) == 0 || string(got[0].Type) != tc.want {
				t.Errorf("got %v, want the first mention typed %s", got, tc.want)
			}
		})
	}
}

package identity

import (
	"slices"
	"strings"
	"testing"

	"newsbot/extract/doc"
)

func TestTrimRange(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		person bool
		want   string
	}{
		{"a nationality and title go", "U.S. President Donald Trump’s", true, "Donald Trump"},
		{"a hyphenated title goes", "Secretary-General António Guterres", true, "António Guterres"},
		{"a royal title goes", "Crown Prince Mohammed bin Salman", true, "Mohammed bin Salman"},
		{"a generational suffix stays", "Martin Luther King Jr.", true, "Martin Luther King Jr."},
		{"a regnal number stays", "Queen Elizabeth II", true, "Elizabeth II"},
		{"an abbreviated honorific goes", "Dr. Anthony Fauci", true, "Anthony Fauci"},
		{"a lower-case description goes", "former U.S. national security adviser John Bolton", true, "John Bolton"},
		{"a possessor in front of a description goes", "Trump's envoy Steve Witkoff", true, "Steve Witkoff"},
		{"an office after of goes", "Minister for Foreign Affairs Penny Wong", true, "Penny Wong"},
		{"a surname that is a title word stays", "John Major", true, "John Major"},
		{"a title word that is a given name right before the surname stays", "caretaker manager Dean Halloran", true, "Dean Halloran"},
		{"a title word that is a given name before a given name goes", "Dean Maria Lopez", true, "Maria Lopez"},
		{"a naval rank goes", "Commodore Elena Varga", true, "Elena Varga"},
		{"born opening a sentence before a full name goes", "Born Elena Maria Varga", true, "Elena Maria Varga"},
		{"a surname Born stays", "Max Born", true, "Max Born"},
		{"a rank's abbreviation after a civilian title is a given name", "Mayor Col Varga", true, "Col Varga"},
		{"a rank's abbreviation after a military rank goes", "Lt Col Elena Varga", true, "Elena Varga"},
		{"a councillor's short title goes", "Cr Elena Varga", true, "Elena Varga"},
		{"a rank's abbreviation alone is a given name", "Col", true, "Col"},
		{"a baroness's title goes", "Baroness Imelda Crowther", true, "Imelda Crowther"},
		{"a countess's title goes", "Countess Ann Cole", true, "Ann Cole"},
		{"a viscount's title goes", "Viscount Tom Reyes", true, "Tom Reyes"},
		{"a rank after a role goes", "navy spokesman Corporal Tom Reyes", true, "Tom Reyes"},
		{"a title word after an honorific is the surname", "Mr King", true, "King"},
		{"a hyphenated particle surname stays", "Bashar al-Assad", true, "Bashar al-Assad"},
		{"quotes and commas around a name go", "“Zelensky,", true, "Zelensky"},
		{"a detached possessive goes", "Putin ‘s", true, "Putin"},
		{"a trailing lower-case word goes", "Trump administration", true, "Trump"},
		{"a King's Counsel's letters go", "Jonathan Reid KC", true, "Jonathan Reid"},
		{"a member of parliament's letters go", "Jane Hollis MP,", true, "Jane Hollis"},
		{"an honour after a seat goes with it", "Sir Ian Kettle MP OBE", true, "Ian Kettle"},
		{"a doctorate goes", "Ana Ruiz PhD", true, "Ana Ruiz"},
		{"an epithet after the name goes", "Willem van de Velde the Younger", true, "Willem van de Velde"},
		{"an epithet after one name goes", "Pliny the Elder", true, "Pliny"},
		{"an epithet alone after the is no name", "the Younger", true, "Younger"},
		{"letters written as a word stay", "Tom Kc", true, "Tom Kc"},
		{"letters alone stay", "KC", true, "KC"},
		{"a descriptor noun before a full name goes", "Listener Joan Pettigrew", true, "Joan Pettigrew"},
		{"a witness before a full name goes", "Witness Carl Aubrey Dent", true, "Carl Aubrey Dent"},
		{"a descriptor noun that is a surname stays", "Fan Lixin", true, "Fan Lixin"},
		{"a bare title is nothing", "President", true, ""},
		{"two titles are nothing", "Prime Minister", true, ""},
		{"a lower-case article goes from an organisation", "the Kremlin", false, "Kremlin"},
		{"an organisation keeps its title-like words", "President Hotel", false, "President Hotel"},
		{"a dotted abbreviation keeps its last period", "U.S.", false, "U.S."},
		{"a place loses its possessive", "Russia’s", false, "Russia"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, b := trimRange(tc.in, tc.person)
			got := ""
			if a < b {
				got = tc.in[a:b]
			}
			if got != tc.want {
				t.Errorf("trimRange(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestTrimMentionOpeningThe(t *testing.T) {
	tests := []struct {
		name, text, mention, want string
		typ                       doc.EntityType
	}{
		{"a capitalised The opening a sentence goes from an organisation", "It was hit. The Information Commissioner's Office said so.",
			"The Information Commissioner's Office", "Information Commissioner's Office", doc.Org},
		{"a The opening a line goes from an organisation", "The Monetary Policy Committee will vote.",
			"The Monetary Policy Committee", "Monetary Policy Committee", doc.Org},
		{"a capitalised The inside a sentence is the name's own", "She told The Washington Post so.",
			"The Washington Post", "The Washington Post", doc.Org},
		{"a name of The and one word keeps it", "The Times reported it.", "The Times", "The Times", doc.Org},
		{"a place keeps its The", "The Hague Tribunal sat.", "The Hague Tribunal", "The Hague Tribunal", doc.Place},
		{"a saint's place keeps its possessive", "Voters in St Jude's decide.", "St Jude's", "St Jude's", doc.Place},
		{"another place loses its possessive", "Dunmore's mayor spoke.", "Dunmore's", "Dunmore", doc.Place},
		{"a saint's name as a person loses its possessive", "On St Jude's day we met.", "St Jude's", "St Jude", doc.Person},
		{"a rank's abbreviation after a civilian title before the mention is a given name", "We met Mayor Col Varga there.", "Col Varga", "Col Varga", doc.Person},
		{"an amount opening a name goes", "the £210m Harbour scheme", "210m Harbour", "Harbour", doc.Other},
		{"a number and a capital letter keep the name", "shares in 3M Co rose", "3M Co", "3M Co", doc.Org},
		{"a rank's abbreviation after a military rank before the mention goes", "We met Lt Col Varga there.", "Col Varga", "Varga", doc.Person},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := strings.Index(tc.text, tc.mention)
			m := doc.Mention{Span: doc.Span{Start: start, End: start + len(tc.mention)}, Type: tc.typ, Text: tc.mention}
			got, ok := trimMention(tc.text, m)
			if !ok || got.Text != tc.want || tc.text[got.Start:got.End] != tc.want {
				t.Errorf("trimMention(%q) = %q (ok %v), want %q", tc.mention, got.Text, ok, tc.want)
			}
		})
	}
}

func TestLastFieldsAreTheLastOfFields(t *testing.T) {
	tests := []struct {
		s string
		n int
	}{
		{"", 8},
		{"   ", 8},
		{"Minister of Water and ", 8},
		{"The Minister\u00a0of Water and\n", 2},
		{"one two three four five six seven eight nine ten ", 8},
		{"a  b\tc", 3},
		{"trailing\xffbyte of", 8},
	}
	for _, tt := range tests {
		all := strings.Fields(tt.s)
		want := all[max(0, len(all)-tt.n):]
		if got := lastFields(tt.s, tt.n); !slices.Equal(got, want) {
			t.Errorf("lastFields(%q, %d) = %q, want %q", tt.s, tt.n, got, want)
		}
	}
}

func TestSquash(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Friedrich Merz", "Friedrich Merz"},
		{" Friedrich Merz", "Friedrich Merz"},
		{"Friedrich Merz ", "Friedrich Merz"},
		{"Friedrich  Merz", "Friedrich Merz"},
		{"Friedrich\nMerz", "Friedrich Merz"},
		{"Friedrich\tMerz", "Friedrich Merz"},
		{"Micheál Martin", "Micheál Martin"},
		{"Micheál\u00a0Martin", "Micheál Martin"},
		{"Micheál  Martin\n", "Micheál Martin"},
		{" ", ""},
	}
	for _, tt := range tests {
		if got := squash(tt.in); got != tt.want {
			t.Errorf("squash(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

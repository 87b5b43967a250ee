package identity

import (
	"strings"
	"testing"
	"unicode"

	"newsbot/extract/doc"
)

func TestResolveNames(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		mentions []string
		want     map[string]string // bare mention text → canonical
	}{
		{
			name:     "a He in front of a tagged name is the surname, not the pronoun",
			text:     "Bessent will meet Chinese Vice Premier He Lifeng. He said so.",
			mentions: []string{"PERSON:Lifeng"},
			want:     map[string]string{"He Lifeng": "He Lifeng"},
		},
		{
			name:     "a She or The in front of a name is not taken for the surname He",
			text:     "TShe Lifeng spoke and THE Lifeng left.",
			mentions: []string{"PERSON:Lifeng", "PERSON:Lifeng#2"},
			want:     map[string]string{"Lifeng": "Lifeng"},
		},
		{
			name:     "a given name the tagger dropped between a title and the name is put back",
			text:     "Mayor José Luis Martínez-Almeida said so. Martínez-Almeida left.",
			mentions: []string{"PERSON:Mayor", "PERSON:Luis Martínez-Almeida", "PERSON:Martínez-Almeida#2"},
			want:     map[string]string{"José Luis Martínez-Almeida": "José Luis Martínez-Almeida", "Martínez-Almeida": "José Luis Martínez-Almeida"},
		},
		{
			name:     "a title or a date word before a name is not put back into it",
			text:     "Prime Minister Starmer spoke. Chancellor Monday Merz left.",
			mentions: []string{"PERSON:Starmer", "PERSON:Merz"},
			want:     map[string]string{"Starmer": "Starmer", "Merz": "Merz"},
		},
		{
			name:     "a title that ends the sentence before does not pull in the next line's first word",
			text:     "Rates held at levels ruling then.\n    The Reagan administration, facing a trade bill, spoke.",
			mentions: []string{"PERSON:Reagan"},
			want:     map[string]string{"Reagan": "Reagan"},
		},
		{
			name:     "a word closing the sentence after a title is not put back into the next name",
			text:     "The appeal went to the Crown Court. Halvorsen, who denies it, was bailed.",
			mentions: []string{"ORG:Crown Court", "PERSON:Halvorsen"},
			want:     map[string]string{"Crown Court": "Crown Court", "Halvorsen": "Halvorsen"},
		},
		{
			name:     "an initial after a title is still put back into the name",
			text:     "Mayor J. Halvorsen spoke.",
			mentions: []string{"PERSON:Mayor", "PERSON:Halvorsen"},
			want:     map[string]string{"J. Halvorsen": "J. Halvorsen"},
		},
		{
			name:     "a leading article is not part of a personal name",
			text:     "The Reagan administration said no.",
			mentions: []string{"PERSON:The Reagan"},
			want:     map[string]string{"Reagan": "Reagan"},
		},
		{
			name:     "an abbreviated honorific with a period still marks the given name",
			text:     "Then Mr. José Luis Martínez-Almeida spoke.",
			mentions: []string{"PERSON:Luis Martínez-Almeida"},
			want:     map[string]string{"José Luis Martínez-Almeida": "José Luis Martínez-Almeida"},
		},
		{
			name:     "a family name alone joins the surname-first name it opens",
			text:     "Foreign Minister Wang Yi warned Beijing would act. Wang said last week it would.",
			mentions: []string{"PERSON:Wang Yi", "PERSON:Wang#2"},
			want:     map[string]string{"Wang Yi": "Wang Yi", "Wang": "Wang Yi"},
		},
		{
			name:     "a family name typed as a body joins the Chinese name it opens",
			text:     "Rovers signed Liu Yang. Liu passed a medical and Yang is happy. Liu starts on Saturday.",
			mentions: []string{"PERSON:Liu Yang", "ORG:Liu#2", "PERSON:Yang#2", "ORG:Liu#3"},
			want:     map[string]string{"Liu Yang": "Liu Yang", "Liu": "Liu Yang", "Yang": "Liu Yang"},
		},
		{
			name:     "a body named as the first word of a name that is not Chinese stays apart",
			text:     "Ford Fraker spoke. Ford shares rose.",
			mentions: []string{"PERSON:Ford Fraker", "ORG:Ford#2"},
			want:     map[string]string{"Ford Fraker": "Ford Fraker", "Ford": "Ford"},
		},
		{
			name:     "a family name typed as a body opening two Chinese names joins neither",
			text:     "Wang Yi met Wang Wentao. Wang shares rose.",
			mentions: []string{"PERSON:Wang Yi", "PERSON:Wang Wentao", "ORG:Wang#3"},
			want:     map[string]string{"Wang Yi": "Wang Yi", "Wang Wentao": "Wang Wentao", "Wang": "Wang"},
		},
		{
			name:     "an epithet ends a painter's name and names no one",
			text:     "a storm scene by Willem van de Velde the Younger was taken",
			mentions: []string{"PERSON:Willem van de Velde the Younger"},
			want:     map[string]string{"Willem van de Velde": "Willem van de Velde"},
		},
		{
			name:     "a family name opening two names joins neither",
			text:     "Wang Yi met Wang Wentao. Wang said no.",
			mentions: []string{"PERSON:Wang Yi", "PERSON:Wang Wentao", "PERSON:Wang#3"},
			want:     map[string]string{"Wang Yi": "Wang Yi", "Wang Wentao": "Wang Wentao", "Wang": "Wang"},
		},
		{
			name:     "a word that is the surname of another name does not join by its first word",
			text:     "Li Qiang met Yang Li. Li said no.",
			mentions: []string{"PERSON:Li Qiang", "PERSON:Yang Li", "PERSON:Li#3"},
			want:     map[string]string{"Li Qiang": "Li Qiang", "Yang Li": "Yang Li", "Li": "Yang Li"},
		},
		{
			name:     "a dateline in capitals gives way to the mixed-case spelling",
			text:     "KYIV — Zelenskyy said on Thursday that Kyiv would not cede land.",
			mentions: []string{"PLACE:KYIV", "PERSON:Zelenskyy", "PLACE:Kyiv"},
			want:     map[string]string{"KYIV": "Kyiv", "Kyiv": "Kyiv", "Zelenskyy": "Zelenskyy"},
		},
		{
			name:     "a storm's bare name is the storm the article names in full",
			text:     "Hurricane Delia made landfall. Delia is expected to weaken. Delia moved inland.",
			mentions: []string{"OTHER:Hurricane Delia", "PERSON:Delia", "PERSON:Delia#2"},
			want:     map[string]string{"Hurricane Delia": "Hurricane Delia", "Delia": "Hurricane Delia"},
		},
		{
			name:     "a surname's particles capitalised both ways are one surname",
			text:     "Jean-Marc De la Fosse conceded. De La Fosse, 61, spoke later.",
			mentions: []string{"PERSON:Jean-Marc De la Fosse", "PERSON:De La Fosse"},
			want:     map[string]string{"Jean-Marc De la Fosse": "Jean-Marc De la Fosse", "De La Fosse": "Jean-Marc De la Fosse"},
		},
		{
			name:     "a foreign word of address is no part of the name",
			text:     "Anouk van der Meer spoke. \"Madame van der Meer is wrong,\" he said.",
			mentions: []string{"PERSON:Anouk van der Meer", "PERSON:Madame van der Meer"},
			want:     map[string]string{"Anouk van der Meer": "Anouk van der Meer", "van der Meer": "Anouk van der Meer"},
		},
		{
			name:     "an acronym in capitals only stays as written",
			text:     "NATO met. NATO said so.",
			mentions: []string{"ORG:NATO", "ORG:NATO#2"},
			want:     map[string]string{"NATO": "NATO"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Resolve(tc.text, nthMentions(t, tc.text, tc.mentions))
			for _, m := range got {
				if tc.text[m.Start:m.End] != m.Text {
					t.Errorf("span [%d,%d) is %q, Text is %q", m.Start, m.End, tc.text[m.Start:m.End], m.Text)
				}
				if want, ok := tc.want[m.Text]; !ok || m.Canonical != want {
					t.Errorf("%q: canonical %q, want %q", m.Text, m.Canonical, want)
				}
			}
		})
	}
}

func TestClusterPrefersMixedCaseToCapitals(t *testing.T) {
	place := func(article, name string) DocEntity {
		return DocEntity{Article: article, Name: name, Type: doc.Place, Surfaces: []string{name}, Mentions: 1}
	}
	ents := []DocEntity{place("a", "KYIV"), place("b", "KYIV"), place("c", "KYIV"), place("d", "Kyiv"), place("e", "ANKARA"), place("f", "UAE")}
	var names []string
	for _, e := range Cluster(ents) {
		names = append(names, e.Name)
	}
	// A place only ever written in capitals (a dateline's) is shown in
	// title case, a short one as the acronym it may be.
	want := map[string]bool{"Kyiv": true, "Ankara": true, "UAE": true}
	if len(names) != 3 || !want[names[0]] || !want[names[1]] || !want[names[2]] {
		t.Errorf("names %q, want Kyiv, Ankara and UAE", names)
	}
}

func TestLastFieldsReadAsStringsFieldsDoes(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"empty", ""},
		{"white space only", " \t\n"},
		{"one word", "Kremlin"},
		{"one word in spaces", "  Kremlin  "},
		{"two words", "Mill Street"},
		{"trailing space", "stake in "},
		{"non-breaking space and line break", "shares\u00a0in\nNordvik"},
		{"invalid byte", "a\xffb in"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := strings.Fields(tt.in)
			rest, last := lastField(tt.in)
			_, prev := lastField(rest)
			wantLast, wantPrev := "", ""
			if n := len(fs); n > 0 {
				wantLast = fs[n-1]
			}
			if n := len(fs); n > 1 {
				wantPrev = fs[n-2]
			}
			if last != wantLast || prev != wantPrev {
				t.Errorf("lastField(%q) gives %q then %q, want %q then %q", tt.in, last, prev, wantLast, wantPrev)
			}
			if got, ok := lastOfSeveral(tt.in); ok != (len(fs) > 1) || ok && got != wantLast {
				t.Errorf("lastOfSeveral(%q) = %q, %v", tt.in, got, ok)
			}
		})
	}
}

// TestCheapTestsAgreeWithPatterns checks the literal tests and the ASCII
// paths that stand in for patterns and for bare's general path.
func TestCheapTestsAgreeWithPatterns(t *testing.T) {
	before := []string{
		"his debut album, ", "the novel ", "the albums ", "the film", "a filmLP ",
		"Xalbum ", "the symphony,  ", "the record, ", "", " ", "sold the book  ",
	}
	for _, s := range before {
		if got, want := workNounBefore(s), workBefore.MatchString(s); got != want {
			t.Errorf("workNounBefore(%q) = %v, want %v", s, got, want)
		}
	}
	after := []string{" (1979)", "(2019) and", " (1948–2026)", "  (1979)", "", " ", "1979)"}
	for _, s := range after {
		if got, want := yearAfter(s), workYear.MatchString(s); got != want {
			t.Errorf("yearAfter(%q) = %v, want %v", s, got, want)
		}
	}
	words := []string{"Mr.", "\"Bobby\"", "JR", "(Ltd)", "--", "", "Café", "İstanbul", "O'Brien's", "bin", "Al-"}
	for _, w := range words {
		want := strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
		if got := bare(w); got != want {
			t.Errorf("bare(%q) = %q, want %q", w, got, want)
		}
		if got := string(bareBytes(nil, w)); got != want {
			t.Errorf("bareBytes(%q) = %q, want %q", w, got, want)
		}
	}
	sentences := []string{
		"An earlier version of this article said she was ambassador.",
		"AN EARLIER VERSION OF THIS ARTICLE SAID",
		"A previous VeRsIoN of the story",
		"The version was final.", "No correction here.", "",
	}
	for _, s := range sentences {
		if strings.Contains(strings.ToLower(s), "vers") && !hasVers(s) {
			t.Errorf("hasVers(%q) = false", s)
		}
	}
}

// TestRankedSurnamesDottedCapital checks that a rank noun opening with a
// capital beyond ASCII that lowers to its letter still counts.
func TestRankedSurnamesDottedCapital(t *testing.T) {
	for _, s := range []string{"Group Commander Okafor described", "Group İnspector Okafor said"} {
		if got := rankedSurnames(s, nil); len(got) != 1 || got[0].Text != "Okafor" {
			t.Errorf("rankedSurnames(%q) = %v, want Okafor", s, got)
		}
	}
}

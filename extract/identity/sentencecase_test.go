package identity

import "testing"

func TestDropSentenceCase(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		mentions []string
		want     []string // texts of the mentions kept
	}{
		{"a word the article writes in lower case is no name at a sentence's start",
			"Power company Coastline Energy said 350,000 customers had lost power.",
			[]string{"ORG:Power", "ORG:Coastline Energy"}, []string{"Coastline Energy"}},
		{"a name the article never writes in lower case stays",
			"Apple shares fell. Investors sold.",
			[]string{"ORG:Apple"}, []string{"Apple"}},
		{"a name also met inside a sentence stays",
			"Shell cut jobs. Workers at Shell said the shell company was empty.",
			[]string{"ORG:Shell", "ORG:Shell#2"}, []string{"Shell", "Shell"}},
		{"a person's name stays",
			"Hope said no. They had little hope.",
			[]string{"PERSON:Hope"}, []string{"Hope"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range dropSentenceCase(tc.text, nthMentions(t, tc.text, tc.mentions)) {
				got = append(got, m.Text)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("kept %q, want %q", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("kept %q, want %q", got, tc.want)
				}
			}
		})
	}
}

package quotes

import (
	"slices"
	"strings"
	"testing"

	"newsbot/extract/doc"
)

func TestPersonBeforeAffiliation(t *testing.T) {
	tests := []struct {
		name string
		text string
		typ  doc.EntityType
		want []string // Text|TYPE of the mentions that come back
	}{
		{"a given name, a surname and of split into person and employer", "Jeffrey Leeds of Chemical Bank", doc.Org,
			[]string{"Jeffrey Leeds|PERSON", "Chemical Bank|ORG"}},
		{"a middle name stays with the person", "John Paul Smith at Lehman Brothers Inc", doc.Org,
			[]string{"John Paul Smith|PERSON", "Lehman Brothers Inc|ORG"}},
		{"a firm named after a person is left alone", "Philip Morris Cos Inc", doc.Org,
			[]string{"Philip Morris Cos Inc|ORG"}},
		{"an unknown given name is left alone", "Dana Johnson of First Chicago", doc.Org,
			[]string{"Dana Johnson of First Chicago|ORG"}},
		{"a place is split the same way", "Robert Lee of Investment Management", doc.Place,
			[]string{"Robert Lee|PERSON", "Investment Management|PLACE"}},
		{"a person is left alone", "Jeffrey Leeds of Chemical Bank", doc.Person,
			[]string{"Jeffrey Leeds of Chemical Bank|PERSON"}},
		{"a name ending in of keeps the whole mention", "Jeffrey Leeds of", doc.Org,
			[]string{"Jeffrey Leeds of|ORG"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "Then " + tt.text + " said so."
			m := doc.Mention{Span: doc.Span{Start: 5, End: 5 + len(tt.text)}, Type: tt.typ, Text: tt.text}
			var got []string
			for _, o := range personBeforeAffiliation(text, m) {
				if o.Text != text[o.Start:o.End] {
					t.Errorf("mention text %q is not text[%d:%d]", o.Text, o.Start, o.End)
				}
				got = append(got, o.Text+"|"+string(o.Type))
			}
			if strings.Join(got, ", ") != strings.Join(tt.want, ", ") {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestTitledPerson(t *testing.T) {
	tests := []struct {
		name, text string
		typ        doc.EntityType
		want       string // Text|TYPE of the mention that comes back
	}{
		{"a title and a known given name make a person", "Chancellor Ulrike Brandt", doc.Org, "Ulrike Brandt|PERSON"},
		{"a title and an unknown given name are left alone", "Cardinal Dana Nichols", doc.Org, "Cardinal Dana Nichols|ORG"},
		{"a firm named with a title word is left alone", "Cardinal Health Inc", doc.Org, "Cardinal Health Inc|ORG"},
		{"a person is left alone", "President Emmanuel Macron", doc.Person, "President Emmanuel Macron|PERSON"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "Then " + tt.text + " said so."
			m := doc.Mention{Span: doc.Span{Start: 5, End: 5 + len(tt.text)}, Type: tt.typ, Text: tt.text}
			got := repairMention(text, m)
			if len(got) != 1 || got[0].Text+"|"+string(got[0].Type) != tt.want || got[0].Text != text[got[0].Start:got[0].End] {
				t.Errorf("got %+v, want %s", got, tt.want)
			}
		})
	}
}

func TestHonorificOfTheOtherSexKeepsTheSurname(t *testing.T) {
	tests := []struct {
		name, text, canonical, want string
	}{
		{"Mrs before a man's full name keeps the surname", "said Mrs Patel.", "Raj Patel", "Patel"},
		{"Mr before a man's full name keeps the full name", "said Mr Patel.", "Raj Patel", "Raj Patel"},
		{"an unknown given name keeps the full name", "said Mrs Patel.", "Kiran Patel", "Kiran Patel"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := strings.Index(tt.text, "Patel")
			m := doc.Mention{Span: doc.Span{Start: i, End: i + 5}, Type: doc.Person, Text: "Patel", Canonical: tt.canonical}
			got := repairMention(tt.text, m)
			if len(got) != 1 || got[0].Canonical != tt.want {
				t.Errorf("got %+v, want canonical %q", got, tt.want)
			}
		})
	}
}

func TestPublicationIsNoPerson(t *testing.T) {
	tests := []struct {
		name, text, mention string
		want                doc.EntityType
	}{
		{"a name after magazine is an outlet", "in the Kuwait magazine Al-Majalis said", "Al-Majalis", doc.Org},
		{"a name after the daily is an outlet", "the daily\nPravda wrote", "Pravda", doc.Org},
		{"a name after a role stays a person", "magazine editor Anna Berg said", "Anna Berg", doc.Person},
		{"a name at the start stays a person", "Anna Berg said", "Anna Berg", doc.Person},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := strings.Index(tt.text, tt.mention)
			m := doc.Mention{Span: doc.Span{Start: i, End: i + len(tt.mention)}, Type: doc.Person, Text: tt.mention}
			got := repairMention(tt.text, m)
			if len(got) != 1 || got[0].Type != tt.want {
				t.Errorf("got %+v, want one %s", got, tt.want)
			}
		})
	}
}

// TestCheapTestsAgreeWithPatterns checks the tests that spare the kin and
// speaker-label patterns most inputs.
func TestCheapTestsAgreeWithPatterns(t *testing.T) {
	kin := []string{
		"Savchuk's mother, ", "his wife,", "her late husband ,  ", "their son", "our fiancée, ",
		"the mother, ", "Paris, ", "", ",", "my sister,, ",
	}
	for _, s := range kin {
		if got, want := kinBefore(s), kinApposition.MatchString(s); got != want {
			t.Errorf("kinBefore(%q) = %v, want %v", s, got, want)
		}
	}
	paras := []string{
		"Brandt: We will.", "Helena Brandt:\tYes.", "Q: Why?", "A:  Because.",
		"He said: no", "No colon here", "", "Brandt:", "Brandt: ", "Dr. O'Neil-Smith: Fine.",
	}
	for _, p := range paras {
		got := speakerLabel.FindStringSubmatchIndex(labelHead(p))
		want := speakerLabel.FindStringSubmatchIndex(p)
		if !slices.Equal(got, want) {
			t.Errorf("label of %q = %v, want %v", p, got, want)
		}
	}
	for _, s := range []string{"", " ", "a b c", "a b c d", " a\tb\nc  d ", "a\u00a0b c d"} {
		if got, want := hasFields(s, 4), len(strings.Fields(s)) >= 4; got != want {
			t.Errorf("hasFields(%q, 4) = %v, want %v", s, got, want)
		}
	}
}

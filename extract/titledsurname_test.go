package extract

import (
	"strings"
	"testing"

	"newsbot/extract/doc"
)

// personsOf returns the text of the person mentions of ms.
func personsOf(text string, ms []doc.Mention) []string {
	var out []string
	for _, m := range ms {
		if m.Type == doc.Person {
			out = append(out, text[m.Start:m.End])
		}
	}
	return out
}

// tagged returns mentions of type typ for each of names, at their first
// occurrence in text.
func tagged(text string, typ doc.EntityType, names ...string) []doc.Mention {
	var ms []doc.Mention
	for _, n := range names {
		i := strings.Index(text, n)
		ms = append(ms, doc.Mention{Span: doc.Span{Start: i, End: i + len(n)}, Type: typ, Text: n})
	}
	return ms
}

func TestAddedPeopleAndOrganisations(t *testing.T) {
	tests := []struct {
		name, text string
		people     []string // what the tagger found as people
		add        func(string, []doc.Mention) []doc.Mention
		want       []string // the people afterwards
	}{
		{"a titled surname of a person named in full is theirs",
			"Its head, Morfudd Ap-Ifan, spoke. \"We are scared,\" Mrs Ap-Ifan said.",
			[]string{"Morfudd Ap-Ifan"}, withTitledSurnames, []string{"Morfudd Ap-Ifan", "Ap-Ifan"}},
		{"a titled surname two people share is left",
			"Owen Ap-Ifan and Morfudd Ap-Ifan spoke. \"We are scared,\" Mrs Ap-Ifan said.",
			[]string{"Owen Ap-Ifan", "Morfudd Ap-Ifan"}, withTitledSurnames, []string{"Owen Ap-Ifan", "Morfudd Ap-Ifan"}},
		{"a title of the other sex than the given name is left",
			"Margaret Holt spoke. Later Mr Holt said no.",
			[]string{"Margaret Holt"}, withTitledSurnames, []string{"Margaret Holt"}},
		{"a surname in capitals in titled labels with an office in brackets is a person",
			"Mr HOLT (Minister for Trade): I will.\n\nDr BRANE (Chair, Trade Committee): On a point of order.\n",
			nil, withBracketLabelPeople, []string{"HOLT", "BRANE"}},
		{"a lone titled label with an office in brackets is no transcript",
			"Dr BRANE (Chair, Trade Committee): On a point of order.\n",
			nil, withBracketLabelPeople, nil},
		{"a name opened by a school word of another language is no person",
			"Pupils of Ysgol Glan Llyn returned.",
			[]string{"Ysgol Glan Llyn"}, func(_ string, ms []doc.Mention) []doc.Mention { return withInstitutionsAsOrgs(ms) }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := personsOf(tt.text, tt.add(tt.text, tagged(tt.text, doc.Person, tt.people...)))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("people %q, want %q", got, tt.want)
			}
		})
	}
}

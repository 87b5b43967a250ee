package identity

import (
	"testing"

	"newsbot/extract/doc"
)

func TestTitledPerson(t *testing.T) {
	tests := []struct {
		name string
		in   doc.Mention
		want doc.EntityType
	}{
		{"a title before a full personal name", doc.Mention{Text: "Federal Emergency Chief Olusegun Bankole-Adeyemi", Type: doc.Org}, doc.Person},
		{"a minister's title before the name", doc.Mention{Text: "Water Minister Ana Silva", Type: doc.Other}, doc.Person},
		{"an office title stays an organisation", doc.Mention{Text: "Chief Medical Officer", Type: doc.Org}, doc.Org},
		{"a company after a title word stays one", doc.Mention{Text: "General Dynamics Land Systems", Type: doc.Org}, doc.Org},
		{"a single word after the title may be a company's", doc.Mention{Text: "Director Films", Type: doc.Org}, doc.Org},
		{"a place keeps its type", doc.Mention{Text: "President Kennedy Airport", Type: doc.Place}, doc.Place},
		{"a body after a title stays a body", doc.Mention{Text: "Governor Smith Foundation Trust", Type: doc.Org}, doc.Org},
		{"an academic title before a surname", doc.Mention{Text: "Professor Hallgren", Type: doc.Org}, doc.Person},
		{"an honorific before a surname", doc.Mention{Text: "Mrs. Okonjo", Type: doc.Other}, doc.Person},
		{"an academic title before a body's head stays a body", doc.Mention{Text: "Professor Institute", Type: doc.Org}, doc.Org},
		{"an academic title before a firm's word stays a firm", doc.Mention{Text: "Professor Enterprises", Type: doc.Org}, doc.Org},
		{"an honorific before a title word stays as it is", doc.Mention{Text: "Mr Speaker", Type: doc.Other}, doc.Other},
		{"a league's possessive after a title word stays a body", doc.Mention{Text: "Southern Premier Rugby League's", Type: doc.Org}, doc.Org},
		{"a company's possessive after a title word stays a body", doc.Mention{Text: "Chief Harbour Corp's", Type: doc.Org}, doc.Org},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := titledPerson(tc.in).Type; got != tc.want {
				t.Errorf("titledPerson(%q) = %s, want %s", tc.in.Text, got, tc.want)
			}
		})
	}
}

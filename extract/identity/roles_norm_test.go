package identity

import (
	"reflect"
	"testing"
)

func TestRolesNorms(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		mentions []string
		want     []string // "Name: normalised role"
	}{
		{
			name:     "an office given with as is current and the apposition before the name former",
			text:     "Brightlane named its chief financial officer, Chloé Dubois, as interim chief executive on Monday.",
			mentions: []string{"ORG:Brightlane", "PERSON:Chloé Dubois"},
			want:     []string{"Chloé Dubois: former chief financial officer", "Chloé Dubois: interim chief executive"},
		},
		{
			name:     "an office given with as after the name is a role",
			text:     "The board appointed Chloé Dubois as chief executive.",
			mentions: []string{"PERSON:Chloé Dubois"},
			want:     []string{"Chloé Dubois: chief executive"},
		},
		{
			name:     "as after a name with no verb of appointment gives no office",
			text:     "The board praised Chloé Dubois as chief executive material.",
			mentions: []string{"PERSON:Chloé Dubois"},
			want:     nil,
		},
		{
			name:     "a minister's portfolio of two fields is one role",
			text:     "The deal was signed by Turkey's Minister of Agriculture and Forestry, Mehmet Yılmaz.",
			mentions: []string{"PLACE:Turkey", "PERSON:Mehmet Yılmaz"},
			want:     []string{"Mehmet Yılmaz: minister of agriculture and forestry of turkey"},
		},
		{
			name:     "an apposition with a possessive and a lexicon noun is a role",
			text:     "She founded the firm with Zhang Xiaoming, her co-founder, in 2011.",
			mentions: []string{"PERSON:Zhang Xiaoming"},
			want:     []string{"Zhang Xiaoming: co-founder"},
		},
		{
			name:     "a noun after a kinship apposition is the relative's role",
			text:     "He founded a school with his wife, the French guide Élodie Marchand.",
			mentions: []string{"OTHER:French", "PERSON:Élodie Marchand"},
			want:     []string{"Élodie Marchand: french guide"},
		},
		{
			name:     "a nationality before a noun a relative clause describes is part of the role",
			text:     "Alejandro Ruiz, the Basque mountaineer who climbed all fourteen peaks, has died.",
			mentions: []string{"PERSON:Alejandro Ruiz", "OTHER:Basque"},
			want:     []string{"Alejandro Ruiz: basque mountaineer"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := Resolve(tc.text, nthMentions(t, tc.text, tc.mentions))
			var got []string
			for _, r := range Roles(tc.text, nil, ms) {
				got = append(got, r.Name+": "+r.Norm)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

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
			name:     "an office a club dismissed the person from is a former office of the club",
			text:     "Dunmore Rovers have sacked manager Stefan Brandt. Hale City fired coach Tom Reed.",
			mentions: []string{"ORG:Dunmore Rovers", "PERSON:Stefan Brandt", "ORG:Hale City", "PERSON:Tom Reed"},
			want:     []string{"Stefan Brandt: former manager of dunmore rovers", "Tom Reed: former coach of hale city"},
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
		{
			name:     "a role opened by the employer's name takes the of form",
			text:     "Bank of England Governor Andrew Bailey said on Thursday that rates would hold.",
			mentions: []string{"ORG:Bank of England", "PERSON:Andrew Bailey"},
			want:     []string{"Andrew Bailey: governor of bank of england"},
		},
		{
			name:     "a lower-case role after an employer's name takes the of form",
			text:     "Cal Fire director Joe Tyler said the fire was contained.",
			mentions: []string{"ORG:Cal Fire", "PERSON:Joe Tyler"},
			want:     []string{"Joe Tyler: director of cal fire"},
		},
		{
			name:     "a role of rank and field opening a sentence is whole",
			text:     "Chief information officer Priya Raman told reporters that names had been copied.",
			mentions: []string{"PERSON:Priya Raman"},
			want:     []string{"Priya Raman: chief information officer"},
		},
		{
			name:     "the company's role is of the organisation the article named before",
			text:     "Marlowe's said hackers got in. The company's chief information officer, Priya Raman, said so.",
			mentions: []string{"ORG:Marlowe's", "PERSON:Priya Raman"},
			want:     []string{"Priya Raman: chief information officer of marlowe's"},
		},
		{
			name:     "a referee is a role",
			text:     "Referee Martin Oakes awarded the spot kick in the 88th minute.",
			mentions: []string{"PERSON:Martin Oakes"},
			want:     []string{"Martin Oakes: referee"},
		},
		{
			name:     "an office stepped down from is former and one stayed on in after but she is current",
			text:     "Okafor stepped down as chief executive, handing the role to Sato, but she stayed on as chair.",
			mentions: []string{"PERSON:Okafor", "PERSON:Sato"},
			want:     []string{"Okafor: former chief executive", "Okafor: chair"},
		},
		{
			name:     "a clause after another person named outside an aside is not the subject's",
			text:     "Okafor stepped down as chief executive and Sato said she stayed on as chair.",
			mentions: []string{"PERSON:Okafor", "PERSON:Sato"},
			want:     []string{"Okafor: former chief executive"},
		},
		{
			name:     "a pronoun that founded an organisation makes the person named last its founder",
			text:     "Mira Okafor was 19 then. Three years later she founded Vantor, a payments start-up.",
			mentions: []string{"PERSON:Mira Okafor", "ORG:Vantor"},
			want:     []string{"Mira Okafor: founder of vantor"},
		},
		{
			name:     "a person that co-founded an organisation is its founder",
			text:     "Mira Okafor said it. Okafor co-founded Lumen in 2020.",
			mentions: []string{"PERSON:Mira Okafor", "PERSON:Okafor#2", "ORG:Lumen"},
			want:     []string{"Mira Okafor: founder of lumen"},
		},
		{
			name:     "an organisation founded by no person named gives no founder",
			text:     "The bank founded Lumen in 2020.",
			mentions: []string{"ORG:Lumen"},
			want:     nil,
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

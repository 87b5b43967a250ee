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
			want:     []string{"Chloé Dubois: former chief financial officer of brightlane", "Chloé Dubois: interim chief executive"},
		},
		{
			name:     "an office a club dismissed the person from is a former office of the club",
			text:     "Dunmore Rovers have sacked manager Stefan Brandt. Hale City fired coach Tom Reed.",
			mentions: []string{"ORG:Dunmore Rovers", "PERSON:Stefan Brandt", "ORG:Hale City", "PERSON:Tom Reed"},
			want:     []string{"Stefan Brandt: former manager of dunmore rovers", "Tom Reed: former coach of hale city"},
		},
		{
			name:     "an office named without its owner is the office the article says another left",
			text:     "Halcyon chief executive Jo Bell resigned on Monday. The board has named chief operating officer Tom Reed as interim chief executive.",
			mentions: []string{"ORG:Halcyon", "PERSON:Jo Bell", "PERSON:Tom Reed"},
			want: []string{"Jo Bell: former chief executive of halcyon", "Tom Reed: chief operating officer",
				"Tom Reed: interim chief executive of halcyon"},
		},
		{
			name:     "an office named without its owner takes the owner of another's office in its abbreviation",
			text:     "Orbis CEO Ann Lee will retire. The board appointed Tom Reed as chief executive.",
			mentions: []string{"ORG:Orbis", "PERSON:Ann Lee", "PERSON:Tom Reed"},
			want:     []string{"Ann Lee: ceo of orbis", "Tom Reed: chief executive of orbis"},
		},
		{
			name:     "an office named without its owner stays so when others hold it of two owners",
			text:     "Orbis CEO Ann Lee and Halcyon CEO Jo Bell spoke. The board appointed Tom Reed as chief executive.",
			mentions: []string{"ORG:Orbis", "PERSON:Ann Lee", "ORG:Halcyon", "PERSON:Jo Bell", "PERSON:Tom Reed"},
			want:     []string{"Ann Lee: ceo of orbis", "Jo Bell: ceo of halcyon", "Tom Reed: chief executive"},
		},
		{
			name:     "an office named beside an office of something keeps that owner, not another's",
			text:     "Ann Lee, president of Orbis Europe, said Tom Reed was named president and chief executive of Orbis.",
			mentions: []string{"PERSON:Ann Lee", "ORG:Orbis Europe", "PERSON:Tom Reed", "ORG:Orbis"},
			want:     []string{"Ann Lee: president of orbis europe", "Tom Reed: president", "Tom Reed: chief executive of orbis"},
		},
		{
			name:     "a word saying how an office is held is no owner of it, though tagged as a name",
			text:     "Interim chief executive Marcus Oyelaran said sales rose. Acting Governor Ann Lee agreed.",
			mentions: []string{"ORG:Interim", "PERSON:Marcus Oyelaran", "ORG:Acting", "PERSON:Ann Lee"},
			want:     []string{"Marcus Oyelaran: interim chief executive", "Ann Lee: acting governor"},
		},
		{
			name:     "an abbreviated company office before a name is a role",
			text:     "CFO Ana Ruiz said savings would follow.",
			mentions: []string{"PERSON:Ana Ruiz"},
			want:     []string{"Ana Ruiz: cfo"},
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
			name:     "the bank's role is of the bank the article named before, not of a body named later",
			text:     "The state took over Aldmark Bank. Reeves spoke outside the Treasury. The bank's chief executive, Maria van der Berg, resigned.",
			mentions: []string{"ORG:Aldmark Bank", "PERSON:Reeves", "ORG:Treasury", "PERSON:Maria van der Berg"},
			want:     []string{"Maria van der Berg: former chief executive of aldmark bank"},
		},
		{
			name:     "the company's role is of the one organisation the article names after it",
			text:     "The company's chief executive, Kwame Osei, said the firm would launch again. He said Veltra had a backlog.",
			mentions: []string{"PERSON:Kwame Osei", "ORG:Veltra"},
			want:     []string{"Kwame Osei: chief executive of veltra"},
		},
		{
			name:     "the company's role stays the company's when the article names several",
			text:     "The company's chief executive, Kwame Osei, said so. Veltra and Norvik had a backlog.",
			mentions: []string{"PERSON:Kwame Osei", "ORG:Veltra", "ORG:Norvik"},
			want:     []string{"Kwame Osei: chief executive of company"},
		},
		{
			name:     "the commission's role is of the commission the article described before",
			text:     "The electoral commission ordered a recount. \"The result stands,\" the commission's chairwoman, Ingrid Aalto, said.",
			mentions: []string{"PERSON:Ingrid Aalto"},
			want:     []string{"Ingrid Aalto: chairwoman of electoral commission"},
		},
		{
			name:     "the regulator's role is of the regulator the article named, not of the last company",
			text:     "The Data Regulator fined Halden Stores. The regulator's director, Paul Otieno, said so.",
			mentions: []string{"ORG:Data Regulator", "ORG:Halden Stores", "PERSON:Paul Otieno"},
			want:     []string{"Paul Otieno: director of data regulator"},
		},
		{
			name:     "its role is of the organisation named in the sentence before",
			text:     "Salvage company Marine Rescue Group said it would pump the oil. Its managing director, Pieter de Vries, said divers had found a gash.",
			mentions: []string{"ORG:Marine Rescue Group", "PERSON:Pieter de Vries"},
			want:     []string{"Pieter de Vries: managing director of marine rescue group"},
		},
		{
			name:     "its role is of the body the sentence before describes in lower case",
			text:     "Halden Stores was fined. The data protection regulator said the fine was its largest. Its director, Paul Otieno, said so.",
			mentions: []string{"ORG:Halden Stores", "PERSON:Paul Otieno"},
			want:     []string{"Paul Otieno: director of data protection regulator"},
		},
		{
			name:     "its role after a country is the country's office, no organisation's",
			text:     "NATO met on Monday. Russia said its foreign minister, Sergei Lavrov, would attend.",
			mentions: []string{"ORG:NATO", "PLACE:Russia", "PERSON:Sergei Lavrov"},
			want:     []string{"Sergei Lavrov: foreign minister"},
		},
		{
			name:     "the company's role is of no public body the article names alone",
			text:     "The company's chief executive, Kwame Osei, said so. The Electoral Commission had warned it.",
			mentions: []string{"PERSON:Kwame Osei", "ORG:Electoral Commission"},
			want:     []string{"Kwame Osei: chief executive of company"},
		},
		{
			name:     "its role in the same sentence is of the organisation before it",
			text:     "Halden Stores said its chairwoman Elena Marek would step down.",
			mentions: []string{"ORG:Halden Stores", "PERSON:Elena Marek"},
			want:     []string{"Elena Marek: chairwoman of halden stores"},
		},
		{
			name:     "a governor is of the one central bank the article names",
			text:     "The Bank of Eastmark cut its main rate. Governor Greta Lind said the bank would move carefully.",
			mentions: []string{"ORG:Bank of Eastmark", "PERSON:Greta Lind"},
			want:     []string{"Greta Lind: governor of bank of eastmark"},
		},
		{
			name:     "a governor in an article naming no central bank keeps the role",
			text:     "Governor Helen Marsh said the state would pay for housing.",
			mentions: []string{"PERSON:Helen Marsh"},
			want:     []string{"Helen Marsh: governor"},
		},
		{
			name:     "a trade in -ing before a role noun is part of the role",
			text:     "A court approved the extradition of shipping magnate Viktor Dahl to Norway.",
			mentions: []string{"PERSON:Viktor Dahl", "PLACE:Norway"},
			want:     []string{"Viktor Dahl: shipping magnate"},
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
			name:     "an office the apposition calls previous is former",
			text:     "The previous deputy governor, Pål Longva, stepped down last month.",
			mentions: []string{"PERSON:Pål Longva"},
			want:     []string{"Pål Longva: former deputy governor"},
		},
		{
			name:     "an office called outgoing before the name is former",
			text:     "The outgoing chief executive Mark Dunn said the plan was sound.",
			mentions: []string{"PERSON:Mark Dunn"},
			want:     []string{"Mark Dunn: former chief executive"},
		},
		{
			name:     "an apposition's office held previously is former",
			text:     "Dr. Lars Meyer, previously head of research, has been named acting chief scientist.",
			mentions: []string{"PERSON:Lars Meyer"},
			want:     []string{"Lars Meyer: acting chief scientist", "Lars Meyer: former head of research"},
		},
		{
			name:     "the body after a professor's name is the professor's, not the apposition's",
			text:     "The panel chair, Professor Maja Lind of the University of Kelbury, said the vote was close.",
			mentions: []string{"PERSON:Maja Lind", "ORG:University of Kelbury"},
			want:     []string{"Maja Lind: professor of university of kelbury", "Maja Lind: panel chair"},
		},
		{
			name:     "the body after a doctor's name is the doctor's, not the apposition's",
			text:     "The other co-chair, Dr Efua Mensimah of Kelbury University, said the data were thin.",
			mentions: []string{"PERSON:Efua Mensimah", "ORG:Kelbury University"},
			want:     []string{"Efua Mensimah: co-chair"},
		},
		{
			name:     "the firm after a mister's name is his, not the apposition's",
			text:     "The inquiry's deputy chair, Mr Tomas Arvid of Brennholt Partners, declined to comment.",
			mentions: []string{"PERSON:Tomas Arvid", "ORG:Brennholt Partners"},
			want:     []string{"Tomas Arvid: deputy chair of inquiry"},
		},
		{
			name:     "an office written with ex- is former",
			text:     "The ex-governor, Anna Berg, said the plan was sound.",
			mentions: []string{"PERSON:Anna Berg"},
			want:     []string{"Anna Berg: former governor"},
		},
		{
			name:     "a compound role noun opening a sentence is a role",
			text:     "Mountain guide Søren Kierkegaard-Holm said the snow had been unstable for days.",
			mentions: []string{"PERSON:Søren Kierkegaard-Holm"},
			want:     []string{"Søren Kierkegaard-Holm: mountain guide"},
		},
		{
			name:     "the federation's role is of the congress the article named before",
			text:     "The Trades Union Congress said workers stayed home. \"We have no choice,\" said the federation's secretary-general, Joshua Ansah.",
			mentions: []string{"ORG:Trades Union Congress", "PERSON:Joshua Ansah"},
			want:     []string{"Joshua Ansah: secretary-general of trades union congress"},
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

func TestOfficeFormSpellsOutACompanyOffice(t *testing.T) {
	tests := []struct{ norm, want string }{
		{"ceo", "chief executive"},
		{"former ceo of acme", "former chief executive of acme"},
		{"chief executive officer of acme", "chief executive of acme"},
		{"interim cfo", "interim chief financial officer"},
		{"coo", "chief operating officer"},
		{"cto of orbis", "chief technology officer of orbis"},
		{"ex-ceo", "ex-chief executive"},
		{"chief financial officer", "chief financial officer"},
		{"executive officer", "executive officer"},
		{"walnut grower", "walnut grower"},
	}
	for _, tt := range tests {
		if got := OfficeForm(tt.norm); got != tt.want {
			t.Errorf("OfficeForm(%q) = %q, want %q", tt.norm, got, tt.want)
		}
	}
}

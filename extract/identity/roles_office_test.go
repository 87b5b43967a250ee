package identity

import (
	"reflect"
	"strings"
	"testing"

	"newsbot/extract/doc"
)

func TestRolesOfficesTitlesAndDescriptions(t *testing.T) {
	checkRoles(t, []roleCase{
		{
			name:     "a sentence's opening capital is no part of an occupation before a name",
			text:     "Singer Lea Moss posted a tribute on Monday.",
			mentions: []string{"PERSON:Lea Moss"},
			want:     []string{"Lea Moss: singer"},
		},
		{
			name:     "fellow before an occupation relates the person to another",
			text:     "Fellow painter Ida Berg, who shared a studio with him, wept.",
			mentions: []string{"PERSON:Ida Berg"},
			want:     []string{"Ida Berg: painter"},
		},
		{
			name:     "a title opening a sentence keeps its capitals",
			text:     "Senator Ana Ruiz voted no. Interior Minister Ola Berg abstained.",
			mentions: []string{"PERSON:Ana Ruiz", "PERSON:Ola Berg"},
			want:     []string{"Ana Ruiz: Senator", "Ola Berg: Interior Minister"},
		},
		{
			name:     "a cabinet office opening a sentence keeps its capital",
			text:     "Treasurer Ida Holm forecast slower growth.",
			mentions: []string{"PERSON:Ida Holm"},
			want:     []string{"Ida Holm: Treasurer"},
		},
		{
			name:     "an office opening a sentence keeps its capital",
			text:     "Interior Minister Ola Berg abstained.",
			mentions: []string{"PERSON:Ola Berg"},
			want:     []string{"Ola Berg: Interior Minister"},
		},
		{
			name:     "a country represented by a titled person owns the title",
			text:     "At the summit Velmark was represented by Trade Minister Ola Berg, who flew in on Friday.",
			mentions: []string{"PLACE:Velmark", "PERSON:Ola Berg"},
			want:     []string{"Ola Berg: Velmark's Trade Minister"},
		},
		{
			name:     "an office a person is confirmed as is a role",
			text:     "Émilie Fournier was confirmed as France's prime minister on Tuesday.",
			mentions: []string{"PERSON:Émilie Fournier", "PLACE:France"},
			want:     []string{"Émilie Fournier: France's prime minister"},
		},
		{
			name:     "a noun naming the field of an office between its rank and its head is part of it",
			text:     `"Rates will fall," said Olivia Brandt, chief market strategist at Teagan Hale Investments.`,
			mentions: []string{"PERSON:Olivia Brandt", "ORG:Teagan Hale Investments"},
			want:     []string{"Olivia Brandt: chief market strategist at Teagan Hale Investments"},
		},
		{
			name:     "a field of an office reaches over the employer common nouns describe",
			text:     `"Be careful," said Martin Ekwueme, head of fraud prevention at the consumer charity FairPay Trust.`,
			mentions: []string{"PERSON:Martin Ekwueme", "ORG:FairPay Trust"},
			want:     []string{"Martin Ekwueme: head of fraud prevention at the consumer charity FairPay Trust"},
		},
		{
			name:     "an office before a name that a headline's passive ends is a former one",
			text:     "Estonian prime minister Kask toppled in confidence vote",
			mentions: []string{"PERSON:Kask"},
			want:     []string{"Kask: former Estonian prime minister"},
		},
		{
			name:     "an office before a name whose holder resigned is a former one",
			text:     "Last week the health minister, Liis Tamm, resigned over the hospital scandal.",
			mentions: []string{"PERSON:Liis Tamm"},
			want:     []string{"Liis Tamm: former health minister"},
		},
		{
			name:     "an office after a name whose holder resigned is a former one",
			text:     "Liis Tamm, the health minister, resigned on Monday.",
			mentions: []string{"PERSON:Liis Tamm"},
			want:     []string{"Liis Tamm: former health minister"},
		},
		{
			name:     "a kinship stays after its holder resigns",
			text:     "Anna Kask said her husband, Jaan Kask, resigned on Monday.",
			mentions: []string{"PERSON:Anna Kask", "PERSON:Jaan Kask"},
			want:     []string{"Jaan Kask: husband of Anna Kask"},
		},
		{
			name:     "quitting something named is no leaving of the office",
			text:     "Health Minister Liis Tamm quit Facebook in protest.",
			mentions: []string{"PERSON:Liis Tamm", "ORG:Facebook"},
			want:     []string{"Liis Tamm: Health Minister"},
		},
		{
			name:     "an office before a person moved to another is a former one",
			text:     "Ashdown reshuffled her cabinet, moving Finance Minister Helena Varga to the Foreign Office.",
			mentions: []string{"PERSON:Ashdown", "PERSON:Helena Varga", "ORG:Foreign Office"},
			want:     []string{"Helena Varga: former Finance Minister"},
		},
		{
			name:     "an office before a person moved from one place to another is a former one",
			text:     "The coach is moving captain Ruth Wanjiru from the wing to full-back.",
			mentions: []string{"PERSON:Ruth Wanjiru"},
			want:     []string{"Ruth Wanjiru: former captain"},
		},
		{
			name:     "an office before a person a move names without a destination stays",
			text:     "The decision moved Finance Minister Helena Varga deeply.",
			mentions: []string{"PERSON:Helena Varga"},
			want:     []string{"Helena Varga: Finance Minister"},
		},
		{
			name:     "an office after the gerund of a dismissal is a former one",
			text:     "Ashdown surprised Westminster by sacking Transport Minister Gareth Pennock.",
			mentions: []string{"PERSON:Ashdown", "PERSON:Gareth Pennock"},
			want:     []string{"Gareth Pennock: former Transport Minister"},
		},
		{
			name:     "the office a successor replaces a person in is the person's former office",
			text:     "Helena Varga replaces Sir Roland Beckett as foreign minister.",
			mentions: []string{"PERSON:Helena Varga", "PERSON:Roland Beckett"},
			want:     []string{"Helena Varga: foreign minister", "Roland Beckett: former foreign minister"},
		},
		{
			name:     "the office a successor succeeds a person as is the person's former office",
			text:     "Ana Vela, 52, succeeds Tomás Ruiz as chairman of the bank.",
			mentions: []string{"PERSON:Ana Vela", "PERSON:Tomás Ruiz"},
			want:     []string{"Ana Vela: chairman of the bank", "Tomás Ruiz: former chairman of the bank"},
		},
		{
			name:     "the office a person is replaced in ends before the successor",
			text:     "The company said it replaced Brian Shaw as president with Stephen Fischer.",
			mentions: []string{"PERSON:Brian Shaw", "PERSON:Stephen Fischer"},
			want:     []string{"Brian Shaw: former president"},
		},
		{
			name:     "an apposition held until a time is a former office",
			text:     "Tomasz Reilly, until today a junior minister at the Treasury, has been promoted to finance minister.",
			mentions: []string{"PERSON:Tomasz Reilly", "ORG:Treasury"},
			want:     []string{"Tomasz Reilly: finance minister", "Tomasz Reilly: former junior minister at the Treasury"},
		},
		{
			name:     "an office a person is promoted from is a former one, the one promoted to the current one",
			text:     "Meera Joshi, who was promoted from chief financial officer to president on March 3, said sales rose.",
			mentions: []string{"PERSON:Meera Joshi"},
			want:     []string{"Meera Joshi: president", "Meera Joshi: promoted from chief financial officer"},
		},
		{
			name:     "an office another person formerly held gives no owner to an appointment",
			text:     "The company named Ines Paul, formerly president of Orvana Labs, vice chairman, while Tor Berg has been named president.",
			mentions: []string{"PERSON:Ines Paul", "ORG:Orvana Labs", "PERSON:Tor Berg"},
			want:     []string{"Ines Paul: formerly president of Orvana Labs", "Tor Berg: president"},
		},
		{
			name:     "a copula's office held until a time set off by commas is a former office",
			text:     "Tom Reilly was, until Monday morning, a junior minister at the Treasury.",
			mentions: []string{"PERSON:Tom Reilly", "ORG:Treasury"},
			want:     []string{"Tom Reilly: former junior minister at the Treasury"},
		},
		{
			name:     "an office after a noun of leaving is a former one",
			text:     "The resignation last month of Health Minister Liis Tamm shook the coalition.",
			mentions: []string{"PERSON:Liis Tamm"},
			want:     []string{"Liis Tamm: former Health Minister"},
		},
		{
			name:     "a resignation others demand is no departure",
			text:     "Protesters marched through the capital demanding the resignation of President Arno Vale.",
			mentions: []string{"PERSON:Arno Vale"},
			want:     []string{"Arno Vale: President"},
		},
		{
			name:     "a resignation called for is no departure either",
			text:     "The union called for the immediate resignation of Finance Minister Ida Ruud.",
			mentions: []string{"PERSON:Ida Ruud"},
			want:     []string{"Ida Ruud: Finance Minister"},
		},
		{
			name:     "a resignation accepted is a departure",
			text:     "The board accepted the resignation of President Ivo Lind on Monday.",
			mentions: []string{"PERSON:Ivo Lind"},
			want:     []string{"Ivo Lind: former President"},
		},
		{
			name:     "the resignation of an office holder's coalition is not the holder's",
			text:     "The king accepted the resignation of Prime Minister Jan Maes' coalition and asked him to form a new government.",
			mentions: []string{"PERSON:Jan Maes"},
			want:     []string{"Jan Maes: Prime Minister"},
		},
		{
			name:     "an office before a name whose holder resigns in a timeline is a former one",
			text:     "February 2026: Prime Minister Lena Dorn resigns; Karl Vos is sworn in.",
			mentions: []string{"PERSON:Lena Dorn", "PERSON:Karl Vos"},
			want:     []string{"Lena Dorn: former Prime Minister"},
		},
		{
			name:     "an office whose holder resigns only on a condition is held",
			text:     "The party will quit the government unless Prime Minister Lena Dorn resigns, sources said.",
			mentions: []string{"PERSON:Lena Dorn"},
			want:     []string{"Lena Dorn: Prime Minister"},
		},
		{
			name:     "a predecessor who resigned stays the predecessor",
			text:     "He took office after his predecessor, Lena Dorn, resigned over the defeat.",
			mentions: []string{"PERSON:Lena Dorn"},
			want:     []string{"Lena Dorn: predecessor"},
		},
		{
			name:     "an office a relative clause's verb of appointment gives is a role, without the time after it",
			text:     "The plan was drawn up by Nora Pell, who was appointed the council's permanent director of finance earlier this month.",
			mentions: []string{"PERSON:Nora Pell"},
			want:     []string{"Nora Pell: permanent director of finance"},
		},
		{
			name:     "a relative clause of appointment may close before the main verb",
			text:     "Tom Hale, who was named chief executive in 2019, said profits rose.",
			mentions: []string{"PERSON:Tom Hale"},
			want:     []string{"Tom Hale: chief executive"},
		},
		{
			name:     "an office ends before the season it was given in",
			text:     "Tom Hale, who was named head coach in the spring of 2022, said the squad was thin. Ada Brook was elected chair in the autumn.",
			mentions: []string{"PERSON:Tom Hale", "PERSON:Ada Brook"},
			want:     []string{"Tom Hale: head coach", "Ada Brook: chair"},
		},
		{
			name:     "a season qualifying the field of an office stays in it",
			text:     "Tom Hale, who was named head of summer camps, said the squad was thin.",
			mentions: []string{"PERSON:Tom Hale"},
			want:     []string{"Tom Hale: head of summer camps"},
		},
		{
			name:     "a relative clause of no appointment is an aside before the verb of appointment",
			text:     "Ion Rusu, who had run the federation on an interim basis since December, was confirmed as president at the weekend.",
			mentions: []string{"PERSON:Ion Rusu"},
			want:     []string{"Ion Rusu: president"},
		},
		{
			name:     "how an office is held is not part of it",
			text:     "Tom Hale, who has been serving as president on an interim basis, will stay.",
			mentions: []string{"PERSON:Tom Hale"},
			want:     []string{"Tom Hale: president"},
		},
		{
			name:     "an office a vote removed is a former one, and so is the same office elsewhere in the article",
			text:     "Lawmakers voted on Friday to oust Prime Minister Jaan Kask. Kask, 58, became prime minister in 2023.",
			mentions: []string{"PERSON:Jaan Kask", "PERSON:Kask#2"},
			want:     []string{"Jaan Kask: former Prime Minister"},
		},
		{
			name:     "a verb of dismissal with an object is the holder's act, not their leaving",
			text:     "Chief Judge Mart Saar dismissed the appeal.",
			mentions: []string{"PERSON:Mart Saar"},
			want:     []string{"Mart Saar: Chief Judge"},
		},
		{
			name:     "a plan to remove someone leaves the office held",
			text:     "The opposition plans to remove Mayor Jaan Kask.",
			mentions: []string{"PERSON:Jaan Kask"},
			want:     []string{"Jaan Kask: Mayor"},
		},
		{
			name:     "a founder who steps down stays the founder",
			text:     "Founder Erik Sand stepped down on Monday.",
			mentions: []string{"PERSON:Erik Sand"},
			want:     []string{"Erik Sand: founder"},
		},
		{
			name:     "an apposition with a participle phrase after the role is a role",
			text:     "Mara Lind, the Swedish 400m runner suspended for two years for meldonium, lodged an appeal.",
			mentions: []string{"PERSON:Mara Lind"},
			want:     []string{"Mara Lind: Swedish 400m runner"},
		},
		{
			name:     "one of a group of plaintiffs is a plaintiff",
			text:     "Jonas Berg, 17, one of the six young plaintiffs, said the ruling was fair.",
			mentions: []string{"PERSON:Jonas Berg"},
			want:     []string{"Jonas Berg: plaintiff"},
		},
		{
			name:     "an office a person is appointed as is a role",
			text:     "Tom Hale was appointed as chief executive in May.",
			mentions: []string{"PERSON:Tom Hale"},
			want:     []string{"Tom Hale: chief executive"},
		},
		{
			name:     "an office a person retired from on a day is a former one",
			text:     "Bernadette McAllister retired on Thursday as general secretary of the union after four decades.",
			mentions: []string{"PERSON:Bernadette McAllister"},
			want:     []string{"Bernadette McAllister: retired on Thursday as general secretary of the union"},
		},
		{
			name:     "an office a person stepped down from last month is a former one",
			text:     "Tom Hale stepped down last month as chief executive.",
			mentions: []string{"PERSON:Tom Hale"},
			want:     []string{"Tom Hale: stepped down last month as chief executive"},
		},
		{
			name:     "a retired person named with no office has none",
			text:     "Tom Hale retired on Thursday after four decades.",
			mentions: []string{"PERSON:Tom Hale"},
			want:     nil,
		},
		{
			name:     "a person who confirms something gets no office",
			text:     "Tom Hale confirmed the chief executive would stay.",
			mentions: []string{"PERSON:Tom Hale"},
			want:     nil,
		},
		{
			name:     "a judge's title after the noun judge gives the judge",
			text:     "Sentencing him, the judge, Mrs Justice Harriet Okafor, said he had shown no remorse.",
			mentions: []string{"PERSON:Harriet Okafor"},
			want:     []string{"Harriet Okafor: judge"},
		},
		{
			name:     "a judge's title alone gives a judge",
			text:     "Mr Justice Peter Hale told him a life sentence was inevitable.",
			mentions: []string{"PERSON:Peter Hale"},
			want:     []string{"Peter Hale: judge"},
		},
		{
			name:     "an office an active verb names a person as is a role",
			text:     "The board named finance chief Priya Raman as interim CEO on Monday.",
			mentions: []string{"PERSON:Priya Raman"},
			want:     []string{"Priya Raman: finance chief", "Priya Raman: interim CEO"},
		},
		{
			name:     "an office a person set off by commas is named as is a role",
			text:     "The board named Priya Raman, its finance chief, as interim CEO on Monday.",
			mentions: []string{"PERSON:Priya Raman"},
			want:     []string{"Priya Raman: interim CEO", "Priya Raman: finance chief"},
		},
		{
			name:     "an office a person set off by a description that is no role is named as is a role",
			text:     "The governor on Friday named Tomas Ekberg, the strategist behind her second campaign, as her chief of staff.",
			mentions: []string{"PERSON:Tomas Ekberg"},
			want:     []string{"Tomas Ekberg: chief of staff"},
		},
		{
			name:     "a description too long for an apposition gives no office after as",
			text:     "The club named Tomas Ekberg, who had spent eleven long and difficult seasons playing abroad in three leagues, as captain.",
			mentions: []string{"PERSON:Tomas Ekberg"},
			want:     nil,
		},
		{
			name:     "a royal title after a rank is the role",
			text:     "Crown Prince Mohammed bin Salman telephoned both leaders.",
			mentions: []string{"PERSON:Mohammed bin Salman"},
			want:     []string{"Mohammed bin Salman: Crown Prince"},
		},
		{
			name:     "a sentence-initial article of a role is written small",
			text:     "The bank's chief economist, Huw Pill, was more cautious.",
			mentions: []string{"PERSON:Huw Pill"},
			want:     []string{"Huw Pill: the bank's chief economist"},
		},
		{
			name:     "the person an organisation is led by leads it",
			text:     "The Social Democrats, led by Jürgen Weber, came second with 22.1%.",
			mentions: []string{"OTHER:Social Democrats", "PERSON:Jürgen Weber"},
			want:     []string{"Jürgen Weber: leader of the Social Democrats"},
		},
		{
			name:     "a march led by a person gives no role",
			text:     "The march, led by Anna Kowal, ended peacefully.",
			mentions: []string{"PERSON:Anna Kowal"},
			want:     nil,
		},
		{
			name:     "a nationality and a veteran before an agent noun is a role",
			text:     "The talks were facilitated by Jean Croix, a veteran French mediator with the Centre for Dialogue.",
			mentions: []string{"PERSON:Jean Croix", "ORG:Centre for Dialogue"},
			want:     []string{"Jean Croix: veteran French mediator with the Centre for Dialogue"},
		},
		{
			name:     "a royal title after an office is no role",
			text:     "Saudi Foreign Minister Prince Faisal bin Farhan said the talks would go on.",
			mentions: []string{"PERSON:Faisal bin Farhan"},
			want:     []string{"Faisal bin Farhan: Saudi Foreign Minister"},
		},
		{
			name:     "a royal title after an office set off by a comma is no role",
			text:     "According to Saudi Arabia's foreign minister, Prince Faisal bin Farhan, the talks would go on.",
			mentions: []string{"PLACE:Saudi Arabia", "PERSON:Faisal bin Farhan"},
			want:     []string{"Faisal bin Farhan: Saudi Arabia's foreign minister"},
		},
		{
			name:     "the chair of a committee is a role",
			text:     "Dr Jack Fletcher, chair of the BMA's resident doctors committee, said the union would put the offer to members.",
			mentions: []string{"PERSON:Jack Fletcher", "ORG:BMA"},
			want:     []string{"Jack Fletcher: chair of the BMA's resident doctors committee"},
		},
		{
			name:     "a kin noun after a possessive pronoun names the subject",
			text:     "Anna Kowal ran against Ivan Petrov after her husband, Piotr Kowal, was jailed.",
			mentions: []string{"PERSON:Anna Kowal", "PERSON:Ivan Petrov", "PERSON:Piotr Kowal"},
			want:     []string{"Piotr Kowal: husband of Anna Kowal"},
		},
		{
			name:     "his is no woman the sentence names before as a wife",
			text:     "He is survived by his wife, Elin, whom he married in 1973, by Gareth and by his daughter, Rhiannon.",
			mentions: []string{"PERSON:Elin", "PERSON:Gareth", "PERSON:Rhiannon"},
			want:     []string{"Elin: wife", "Rhiannon: daughter"},
		},
		{
			name:     "her is no man the article titles Mr",
			text:     "Mr Darek Kowal said he was proud. Kowal thanked Ivan Petrov, and her sister, Ola Nowak, wept.",
			mentions: []string{"PERSON:Darek Kowal", "PERSON:Kowal", "PERSON:Ivan Petrov", "PERSON:Ola Nowak"},
			want:     []string{"Ola Nowak: sister"},
		},
		{
			name:     "a title before a surname alone may be a spouse's and tells no sex",
			text:     "President Reagan denied that his wife, Nancy, ran the government. The president and Mrs Reagan were married in 1952.",
			mentions: []string{"PERSON:Reagan", "PERSON:Nancy", "PERSON:Reagan"},
			want:     []string{"Reagan: President", "Nancy: wife of Reagan"},
		},
		{
			name:     "his is no woman of a female given name",
			text:     "Anna Kowal ran against Ivan Petrov after his brother, Piotr Kowal, was jailed.",
			mentions: []string{"PERSON:Anna Kowal", "PERSON:Ivan Petrov", "PERSON:Piotr Kowal"},
			want:     []string{"Piotr Kowal: brother"},
		},
		{
			name:     "a kin noun after a pronoun names a subject the article gives no other sex",
			text:     "Mrs Kowal said she was proud. Kowal thanked Ivan Petrov, and her sister, Ola Nowak, wept.",
			mentions: []string{"PERSON:Kowal", "PERSON:Kowal", "PERSON:Ivan Petrov", "PERSON:Ola Nowak"},
			want:     []string{"Ola Nowak: sister of Kowal"},
		},
		{
			name:     "a specialist in a field at a body is the role",
			text:     "\"The risk is small,\" said Professor Ilse Marten, a specialist in product liability at Kelbury University.",
			mentions: []string{"PERSON:Ilse Marten", "ORG:Kelbury University"},
			want:     []string{"Ilse Marten: Professor", "Ilse Marten: specialist in product liability at Kelbury University"},
		},
		{
			name:     "an expert in a field is the role",
			text:     "Dr Ilse Marten, an expert in toxicology, agreed.",
			mentions: []string{"PERSON:Ilse Marten"},
			want:     []string{"Ilse Marten: expert in toxicology"},
		},
	})
}

func TestWithoutLegalForm(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a legal form is dropped", "Castlegate Pharma plc", "Castlegate Pharma"},
		{"a form with a full stop is dropped", "Acme Corp.", "Acme"},
		{"forms one after another are dropped", "Aquarand Holdings Ltd", "Aquarand"},
		{"a partnership's form is dropped", "Harker Lyle LLP", "Harker Lyle"},
		{"a limited partnership's form is dropped", "Cedar Fair LP", "Cedar Fair"},
		{"forms of a proprietary company are dropped", "Rank Xerox South Africa Pty Ltd", "Rank Xerox South Africa"},
		{"a name without a form is kept", "Castlegate Pharma", "Castlegate Pharma"},
		{"one word is kept", "Inc", "Inc"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := WithoutLegalForm(tt.in); got != tt.want {
				t.Errorf("WithoutLegalForm(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSoleOffice(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"prime minister", true},
		{"prime minister of france", true},
		{"chief executive of halcyon", true},
		{"minister", false},
		{"minister of state", true},
		{"former prime minister", false},
		{"lawyer", false},
		{"spokesman of ministry", false},
	}
	for _, tt := range tests {
		t.Run(tt.norm, func(t *testing.T) {
			if got := SoleOffice(tt.norm); got != tt.want {
				t.Errorf("SoleOffice(%q) = %v, want %v", tt.norm, got, tt.want)
			}
		})
	}
}

func TestRolesOfASentenceOpeningWithADescription(t *testing.T) {
	tests := []roleCase{
		{
			name:     "a sentence opening with a people and a role noun describes the one person named before",
			text:     "Brighton beat Villa 3-1 as Tomás Vela scored twice. The Spanish forward, signed from Betis in August, opened the scoring.",
			mentions: []string{"ORG:Brighton", "ORG:Villa", "PERSON:Tomás Vela", "ORG:Betis"},
			want:     []string{"Tomás Vela: Spanish forward"},
		},
		{
			name:     "a sentence opening with a role noun after two people named describes neither",
			text:     "Tomás Vela and Ollie Watkins scored. The Spanish forward, signed from Betis, opened the scoring.",
			mentions: []string{"PERSON:Tomás Vela", "PERSON:Ollie Watkins", "ORG:Betis"},
			want:     nil,
		},
		{
			name:     "the founder of a named organisation speaking is the one person named before",
			text:     "Investor Nadia Holt has bought the club. Speaking on Monday, the Ardent Labs founder said the deal was done.",
			mentions: []string{"PERSON:Nadia Holt", "ORG:Ardent Labs"},
			want:     []string{"Nadia Holt: investor", "Nadia Holt: Ardent Labs founder"},
		},
		{
			name:     "a spokesman of a named organisation speaking is no one named before",
			text:     "Nadia Holt has bought the club. The Ardent Labs spokesman said the deal was done.",
			mentions: []string{"PERSON:Nadia Holt", "ORG:Ardent Labs"},
			want:     nil,
		},
		{
			name:     "a description after a labelled line is the role of the person it introduces",
			text:     "WINNER: Tom Reilly. The new finance minister was, until Monday, a junior minister.",
			mentions: []string{"PERSON:Tom Reilly"},
			want:     []string{"Tom Reilly: finance minister"},
		},
		{
			name:     "a description after a labelled line with a title is the role of the person it introduces",
			text:     "NEUTRAL: Sir Roland Beckett. The outgoing foreign minister leaves on his own terms.",
			mentions: []string{"PERSON:Roland Beckett"},
			want:     []string{"Roland Beckett: outgoing foreign minister"},
		},
		{
			name:     "a description after a sentence that is no labelled line is no role",
			text:     "Voters backed Tom Reilly. The new finance minister was not on the ballot.",
			mentions: []string{"PERSON:Tom Reilly"},
			want:     nil,
		},
		{
			name:     "a description after a labelled line that goes on past the name is no role",
			text:     "WINNER: Tom Reilly and his team. The finance minister was absent.",
			mentions: []string{"PERSON:Tom Reilly"},
			want:     nil,
		},
		{
			name:     "a sentence opening with a former office describes the one person named before",
			text:     "LOSER: Gareth Pennock. The former transport minister was sacked after fourteen months.",
			mentions: []string{"PERSON:Gareth Pennock"},
			want:     []string{"Gareth Pennock: former transport minister"},
		},
		{
			name:     "a sentence opening with a former office after two people named describes neither",
			text:     "Ana Vela met Gareth Pennock. The former transport minister was sacked in May.",
			mentions: []string{"PERSON:Ana Vela", "PERSON:Gareth Pennock"},
			want:     nil,
		},
		{
			name:     "a sentence opening with someone a former office owns describes no one",
			text:     "Gareth Pennock spoke first. The former transport minister's adviser was sacked in May.",
			mentions: []string{"PERSON:Gareth Pennock"},
			want:     nil,
		},
		{
			name:     "a role an earlier version of the article gave is withdrawn, and the correction after it gives the role",
			text:     "Correction: An earlier version of this article said Lars Holm was a former Kaltrian ambassador. He was Morvania's ambassador to Ostrel.",
			mentions: []string{"PERSON:Lars Holm", "PLACE:Morvania", "PLACE:Ostrel"},
			want:     []string{"Lars Holm: Morvania's former ambassador to Ostrel"},
		},
		{
			name:     "a correction of a name's spelling withdraws no role",
			text:     "An earlier version of this article misspelled the name of Finance Minister Anna Berg.",
			mentions: []string{"PERSON:Anna Berg"},
			want:     []string{"Anna Berg: Finance Minister"},
		},
		{
			name:     "a sentence opening with a pronoun and a copula after no correction describes no one",
			text:     "Lars Holm spoke first. He was Morvania's ambassador to Ostrel.",
			mentions: []string{"PERSON:Lars Holm", "PLACE:Morvania", "PLACE:Ostrel"},
			want:     nil,
		},
		{
			name:     "a sentence opening with a bare role noun describes no one",
			text:     "Tomás Vela was charged on Monday. The victim, a 34-year-old woman, died in hospital.",
			mentions: []string{"PERSON:Tomás Vela"},
			want:     nil,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := Resolve(tc.text, nthMentions(t, tc.text, tc.mentions))
			var got []string
			for _, r := range Roles(tc.text, sentencesOf(tc.text), ms) {
				got = append(got, r.Name+": "+r.Text)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// sentencesOf splits text after each full stop followed by a space.
func sentencesOf(text string) []doc.Sentence {
	var out []doc.Sentence
	start := 0
	for start < len(text) {
		end := len(text)
		if i := strings.Index(text[start:], ". "); i >= 0 {
			end = start + i + 1
		}
		out = append(out, doc.Sentence{Span: doc.Span{Start: start, End: end}})
		start = end + 1
	}
	return out
}

package identity

import (
	"reflect"
	"strings"
	"testing"

	"newsbot/extract/doc"
)

// roleCase is one text, its tagged mentions and the roles expected of
// it, as "Name: role text".
type roleCase struct {
	name     string
	text     string
	mentions []string
	want     []string
}

// checkRoles runs role cases, each role's evidence holding its text.
func checkRoles(t *testing.T, tests []roleCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := Resolve(tc.text, nthMentions(t, tc.text, tc.mentions))
			var got []string
			for _, r := range Roles(tc.text, nil, ms) {
				got = append(got, r.Name+": "+r.Text)
				if ev := tc.text[r.Evidence.Start:r.Evidence.End]; !spelledIn(ev, r.Text) {
					t.Errorf("evidence %q does not hold role %q", ev, r.Text)
				}
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestRoles(t *testing.T) {
	tests := []roleCase{
		{
			name:     "a plural before the head of an apposition is the field of the role",
			text:     "Mia Sorel, a bonds strategist at Harwell Partners, said yields would fall.",
			mentions: []string{"PERSON:Mia Sorel", "ORG:Harwell Partners"},
			want:     []string{"Mia Sorel: bonds strategist at Harwell Partners"},
		},
		{
			name:     "an employer referred back to by its noun ends a field role",
			text:     "\"Costs are rising,\" said Omar Pell, director of policy at the federation.",
			mentions: []string{"PERSON:Omar Pell"},
			want:     []string{"Omar Pell: director of policy at the federation"},
		},
		{
			name:     "a noun after the employer's noun goes on with the clause",
			text:     "Omar Pell, director of policy at the federation building, spoke.",
			mentions: []string{"PERSON:Omar Pell"},
			want:     nil,
		},
		{
			name:     "a foreman set off by commas is a role",
			text:     "The site foreman, Jon Abbey, was among those hurt.",
			mentions: []string{"PERSON:Jon Abbey"},
			want:     []string{"Jon Abbey: site foreman"},
		},
		{
			name:     "a staffer after an office is a second role",
			text:     "Lena Dorr, an economist at Fenwick Bank and a former treasury staffer, said so.",
			mentions: []string{"PERSON:Lena Dorr", "ORG:Fenwick Bank"},
			want:     []string{"Lena Dorr: economist at Fenwick Bank"},
		},
		{
			name:     "an office over a field before the name is a role",
			text:     "The bid was prepared by head of recruitment Sam Ohri and his staff.",
			mentions: []string{"PERSON:Sam Ohri"},
			want:     []string{"Sam Ohri: head of recruitment"},
		},
		{
			name:     "a capitalised office over a field opening the sentence is a role",
			text:     "Director of rugby Alan Voss said the squad was fit.",
			mentions: []string{"PERSON:Alan Voss"},
			want:     []string{"Alan Voss: director of rugby"},
		},
		{
			name:     "a trade in -ing opening the sentence is the field of the role",
			text:     "Shipping safety consultant Nora Pike said the hull was sound.",
			mentions: []string{"PERSON:Nora Pike"},
			want:     []string{"Nora Pike: Shipping safety consultant"},
		},
		{
			name:     "a verb in -ing opening the sentence is no part of the role",
			text:     "Citing safety consultant Nora Pike, the board halted work.",
			mentions: []string{"PERSON:Nora Pike"},
			want:     []string{"Nora Pike: consultant"},
		},
		{
			name:     "a graduate of an academy is a role",
			text:     "The club relies on academy graduate Leo Marsh.",
			mentions: []string{"PERSON:Leo Marsh"},
			want:     []string{"Leo Marsh: academy graduate"},
		},
		{
			name:     "a word in -ing after a word of rank is the field of the office",
			text:     "The plan was drafted by chief restructuring officer Lena Ostrow, the filing said.",
			mentions: []string{"PERSON:Lena Ostrow"},
			want:     []string{"Lena Ostrow: chief restructuring officer"},
		},
		{
			name:     "a professor's title between an office and the name is no part of the office",
			text:     "Vice-rector Professor Ines Valde opened the session.",
			mentions: []string{"PERSON:Ines Valde"},
			want:     []string{"Ines Valde: Vice-rector"},
		},
		{
			name:     "a pro-vice-chancellor is a role",
			text:     "Prof Omar Reyes, pro-vice-chancellor for teaching at Dunmere University, spoke first.",
			mentions: []string{"PERSON:Omar Reyes", "ORG:Dunmere University"},
			want:     []string{"Omar Reyes: pro-vice-chancellor for teaching at Dunmere University"},
		},
		{
			name:     "the subject a lecturer teaches and the university after it are the lecturer's",
			text:     "Ada Okoro, a lecturer in medieval history at the University of Tarnby, wrote the report.",
			mentions: []string{"PERSON:Ada Okoro", "ORG:University of Tarnby"},
			want:     []string{"Ada Okoro: lecturer in medieval history at the University of Tarnby"},
		},
		{
			name:     "an editor-in-chief is one role",
			text:     "Tom Hale, editor-in-chief of the Tarnby Gazette, declined to comment.",
			mentions: []string{"PERSON:Tom Hale", "ORG:Tarnby Gazette"},
			want:     []string{"Tom Hale: editor-in-chief of the Tarnby Gazette"},
		},
		{
			name:     "the airline's chief is the carrier's, not a regulator's or a trade paper's",
			text:     "Bluewing Airways cancelled flights after the Northern Aviation Directorate acted, Aviation Weekly reported. The airline's chief executive, Ola Berg, apologised.",
			mentions: []string{"ORG:Bluewing Airways", "ORG:Northern Aviation Directorate", "ORG:Aviation Weekly", "PERSON:Ola Berg"},
			want:     []string{"Ola Berg: chief executive of Bluewing Airways"},
		},
		{
			name:     "its after a body and the place it met in stands for the body",
			text:     "The Tarnby Tenants Union held its first meeting on Monday in Kelbury. Its chair, Ines Valde, spoke.",
			mentions: []string{"ORG:Tarnby Tenants Union", "PLACE:Kelbury", "PERSON:Ines Valde"},
			want:     []string{"Ines Valde: chair of the Tarnby Tenants Union"},
		},
		{
			name:     "an office's words joined by for after of stay in the office",
			text:     "Omar Reyes, Tarsland's minister of state for trade, spoke first.",
			mentions: []string{"PERSON:Omar Reyes", "PLACE:Tarsland"},
			want:     []string{"Omar Reyes: Tarsland's minister of state for trade"},
		},
		{
			name:     "an office's words joined by for after of stay in the office before the name",
			text:     "The session was chaired by Tarsland's minister of state for trade, Omar Reyes.",
			mentions: []string{"PERSON:Omar Reyes", "PLACE:Tarsland"},
			want:     []string{"Omar Reyes: Tarsland's minister of state for trade"},
		},
		{
			name:     "leading the company named elsewhere is no role of its own",
			text:     "Ola Berg, who has led the company since 2019, said refunds would follow.",
			mentions: []string{"PERSON:Ola Berg"},
			want:     nil,
		},
		{
			name:     "an alleged or suspected role in apposition is a role, so qualified",
			text:     "Ivo Brandt, the alleged ringleader, was held. Ada Okoro, the suspected mastermind of the fraud, fled.",
			mentions: []string{"PERSON:Ivo Brandt", "PERSON:Ada Okoro"},
			want:     []string{"Ivo Brandt: alleged ringleader", "Ada Okoro: suspected mastermind of the fraud"},
		},
		{
			name:     "a patient at a hospital in apposition is a role",
			text:     "Ada Okoro, a patient at Dunmere Royal Infirmary, said the wait was long.",
			mentions: []string{"PERSON:Ada Okoro", "ORG:Dunmere Royal Infirmary"},
			want:     []string{"Ada Okoro: patient at Dunmere Royal Infirmary"},
		},
		{
			name:     "an office set off by a comma before a title and a surname is a role",
			text:     "The Director of Housing, Mr Brandt, presented the report.",
			mentions: []string{"PERSON:Brandt"},
			want:     []string{"Brandt: Director of Housing"},
		},
		{
			name:     "a bond to the one addressed is no role",
			text:     "Ivo Brandt was your friend and colleague for years.",
			mentions: []string{"PERSON:Ivo Brandt"},
			want:     nil,
		},
		{
			name:     "a bond to the speaker is no role",
			text:     "Mira Kalt is my sister.",
			mentions: []string{"PERSON:Mira Kalt"},
			want:     nil,
		},
		{
			name:     "a trade after my stays a role",
			text:     "Mira Kalt is my lawyer.",
			mentions: []string{"PERSON:Mira Kalt"},
			want:     []string{"Mira Kalt: lawyer"},
		},
		{
			name:     "an office in brackets right after a name is a role",
			text:     "Present: Cllr Ada Okoro (Chair), Ivo Brandt (Director of Housing), Mira Kalt (Labour).",
			mentions: []string{"PERSON:Ada Okoro", "PERSON:Ivo Brandt", "ORG:Labour", "PERSON:Mira Kalt"},
			want:     []string{"Ada Okoro: Chair", "Ada Okoro: Councillor", "Ivo Brandt: Director of Housing"},
		},
		{
			name:     "a field before a rank word stays in the role",
			text:     "He will step down, handing the job to operating chief Ada Okoro.",
			mentions: []string{"PERSON:Ada Okoro"},
			want:     []string{"Ada Okoro: operating chief"},
		},
		{
			name:     "a headline's present verb of dismissal is no part of the role and ends it",
			text:     "Dalton Athletic sack coach Ivo Brandt after cup exit",
			mentions: []string{"ORG:Dalton Athletic", "PERSON:Ivo Brandt"},
			want:     []string{"Ivo Brandt: former Dalton Athletic coach"},
		},
		{
			name:     "a headline's present verb of appointment is no part of the role",
			text:     "Dalton Athletic appoint coach Ivo Brandt on two-year deal",
			mentions: []string{"ORG:Dalton Athletic", "PERSON:Ivo Brandt"},
			want:     []string{"Ivo Brandt: coach"},
		},
		{
			name:     "a noun of the field before a role noun is no verb",
			text:     "County fire chief Ivo Brandt said the blaze was out.",
			mentions: []string{"PERSON:Ivo Brandt"},
			want:     []string{"Ivo Brandt: County fire chief"},
		},
		{
			name:     "the one replaced holds the role no more",
			text:     "Mira Kalt replaces caretaker Ivo Brandt, who led the side for a month.",
			mentions: []string{"PERSON:Mira Kalt", "PERSON:Ivo Brandt"},
			want:     []string{"Ivo Brandt: former caretaker"},
		},
		{
			name:     "a trade of the one replaced stays theirs",
			text:     "Mira Kalt replaces economist Ivo Brandt, who left on Friday.",
			mentions: []string{"PERSON:Mira Kalt", "PERSON:Ivo Brandt"},
			want:     []string{"Ivo Brandt: economist"},
		},
		{
			name:     "a role before the name of one who is now another is held no more",
			text:     "Deputy editor Ivo Brandt is now acting editor.",
			mentions: []string{"PERSON:Ivo Brandt"},
			want:     []string{"Ivo Brandt: former Deputy editor", "Ivo Brandt: acting editor"},
		},
		{
			name:     "a name taken for a person's opening the sentence before the role noun stays in the role",
			text:     "Blue Horizon leader Ivo Brandt said the party would abstain.",
			mentions: []string{"PERSON:Blue Horizon", "PERSON:Ivo Brandt"},
			want:     []string{"Ivo Brandt: Blue Horizon leader"},
		},
		{
			name:     "an office whose field has a word before its plural is apposed",
			text:     "The review is led by the fund's head of player operations, Ivo Brandt, who joined last year.",
			mentions: []string{"PERSON:Ivo Brandt"},
			want:     []string{"Ivo Brandt: the fund's head of player operations"},
		},
		{
			name:     "an operator of a machine is a role",
			text:     "Crane operator Ivo Brandt, 52, was hurt.",
			mentions: []string{"PERSON:Ivo Brandt"},
			want:     []string{"Ivo Brandt: Crane operator"},
		},
		{
			name:     "kin after whose is the kin of the person before it",
			text:     "Mira Kalt, whose sister-in-law Ana Kalt was hurt, said so.",
			mentions: []string{"PERSON:Mira Kalt", "PERSON:Ana Kalt"},
			want:     []string{"Ana Kalt: sister-in-law of Mira Kalt"},
		},
		{
			name:     "an acronym in brackets after the organisation ends an apposed role",
			text:     `"This is a political decision," said Oskar Brandt, chief economist at the Valdorian Chamber of Commerce (VCC).`,
			mentions: []string{"PERSON:Oskar Brandt", "ORG:Valdorian Chamber of Commerce", "ORG:VCC"},
			want:     []string{"Oskar Brandt: chief economist at the Valdorian Chamber of Commerce"},
		},
		{
			name:     "a clause in brackets after an apposed phrase is no end of it",
			text:     `said Oskar Brandt, chief economist at the chamber (which he joined in 2019) and a former banker.`,
			mentions: []string{"PERSON:Oskar Brandt"},
			want:     nil,
		},
		{
			name:     "a second role sharing the apposition's article is a role too",
			text:     `Prof Dame Helen Achebe, an epidemiologist and former chief medical adviser to the government, said outbreaks were "predictable".`,
			mentions: []string{"PERSON:Helen Achebe"},
			want:     []string{"Helen Achebe: epidemiologist", "Helen Achebe: former chief medical adviser to the government"},
		},
		{
			name:     "a second role sharing a former office's article is held no more too",
			text:     "Haig, a former general and NATO chief, said so.",
			mentions: []string{"PERSON:Haig", "ORG:NATO"},
			want:     []string{"Haig: former general", "Haig: former NATO chief"},
		},
		{
			name:     "a name after an apposition's second role is no role's",
			text:     `Ann Reid, a lawyer and former judge Tom Hale said it.`,
			mentions: []string{"PERSON:Ann Reid", "PERSON:Tom Hale"},
			want:     []string{"Tom Hale: former judge"},
		},
		{
			name:     "a role a relative clause follows before the name is the name's",
			text:     "The inquest heard that the junior doctor who first assessed her, Dr Kwame Mensah, had raised concerns about staffing.",
			mentions: []string{"PERSON:Kwame Mensah"},
			want:     []string{"Kwame Mensah: junior doctor"},
		},
		{
			name:     "a relative clause naming a person leaves the name after it without the role",
			text:     "The nurse who treated Jo Hart, Ann Lee, said so.",
			mentions: []string{"PERSON:Jo Hart", "PERSON:Ann Lee"},
			want:     nil,
		},
		{
			name:     "a KC for a party is counsel for it",
			text:     "Rupert Vance KC, for Marlow Shipping, told the court that the fine was unlawful.",
			mentions: []string{"PERSON:Rupert Vance", "ORG:Marlow Shipping"},
			want:     []string{"Rupert Vance: counsel for Marlow Shipping"},
		},
		{
			name:     "a KC for a client the tagger took for a person is counsel for the client as named",
			text:     "Rupert Vance KC, for Marlow, told the court that the fine was unlawful.",
			mentions: []string{"PERSON:Rupert Vance", "PERSON:Marlow"},
			want:     []string{"Rupert Vance: counsel for Marlow"},
		},
		{
			name:     "a name after for that runs on into the clause is no client",
			text:     "Rupert Vance KC, for Marlow fans everywhere, told the court so.",
			mentions: []string{"PERSON:Rupert Vance", "PERSON:Marlow"},
			want:     []string{"Rupert Vance: KC"},
		},
		{
			name:     "a financier before a name after by is a role",
			text:     "Keller, founded in 2011 by financier Lin Hao, owns stakes in ports.",
			mentions: []string{"ORG:Keller", "PERSON:Lin Hao"},
			want:     []string{"Lin Hao: financier"},
		},
		{
			name:     "a body named before its kind and led by a person gives the person its lead",
			text:     "The liberal Renewal party, led by Ion Vasile, won 12 seats.",
			mentions: []string{"ORG:Renewal", "PERSON:Ion Vasile"},
			want:     []string{"Ion Vasile: leader of Renewal party"},
		},
		{
			name:     "a common noun after by with no body named gives no lead",
			text:     "The liberal party, led by Ion Vasile, won 12 seats.",
			mentions: []string{"PERSON:Ion Vasile"},
			want:     nil,
		},
		{
			name:     "a region after the field of an office is part of it",
			text:     "\"Food is short,\" said Mira Holt, the Relief Alliance's head of operations for Asia.",
			mentions: []string{"PERSON:Mira Holt", "ORG:Relief Alliance", "PLACE:Asia"},
			want:     []string{"Mira Holt: Relief Alliance's head of operations for Asia"},
		},
		{
			name:     "a time after the field of an office is not",
			text:     "Mira Holt, head of operations in March, said so.",
			mentions: []string{"PERSON:Mira Holt"},
			want:     []string{"Mira Holt: head of operations"},
		},
		{
			name:     "a QC for the prosecution is counsel for it",
			text:     "Jane Hollis QC, for the prosecution, said the evidence was clear.",
			mentions: []string{"PERSON:Jane Hollis"},
			want:     []string{"Jane Hollis: counsel for the prosecution"},
		},
		{
			name:     "a sentence opening with for a party before a name speaking of a client or the court makes the name counsel",
			text:     "For Mrs Tolley, Imogen Carver said her client had acted under pressure. For the prosecution, Jane Hollis told the jury the evidence was clear. For Apple, Tim Cook said sales rose.",
			mentions: []string{"PERSON:Tolley", "PERSON:Imogen Carver", "PERSON:Jane Hollis", "ORG:Apple", "PERSON:Tim Cook"},
			want:     []string{"Imogen Carver: counsel for Mrs Tolley", "Jane Hollis: counsel for the prosecution"},
		},
		{
			name:     "a name for a party without counsel's letters has no role",
			text:     "Rupert Vance, for Marlow Shipping, said the fine was unlawful.",
			mentions: []string{"PERSON:Rupert Vance", "ORG:Marlow Shipping"},
			want:     nil,
		},
		{
			name:     "the force a commander led stays in the role",
			text:     "The tribunal on Wednesday convicted former militia commander Milan Petrovic of war crimes.",
			mentions: []string{"PERSON:Milan Petrovic"},
			want:     []string{"Milan Petrovic: former militia commander"},
		},
		{
			name:     "a capitalised title after an owner's possessive is a role",
			text:     `Greg Tillotson, Halvren's Chief Medical Officer, added: "We are pleased."`,
			mentions: []string{"PERSON:Greg Tillotson", "ORG:Halvren"},
			want:     []string{"Greg Tillotson: Halvren's Chief Medical Officer"},
		},
		{
			name:     "a noun of agent at an organisation is a role",
			text:     "Prof Martin Elsworth, an oceanographer at Kestrel University who was not involved in the study, said it.",
			mentions: []string{"PERSON:Martin Elsworth", "ORG:Kestrel University"},
			want:     []string{"Martin Elsworth: oceanographer at Kestrel University"},
		},
		{
			name:     "a noun of agent with no organisation after it is no role",
			text:     "Martin Elsworth, a regular at weekend markets, said it.",
			mentions: []string{"PERSON:Martin Elsworth"},
		},
		{
			name:     "a role joined to a second one by and stands",
			text:     "Dr Samuel Mensah, a marine biogeochemist at the Royal Institute of Marine Sciences and a co-author, said it.",
			mentions: []string{"PERSON:Samuel Mensah", "ORG:Royal Institute of Marine Sciences"},
			want:     []string{"Samuel Mensah: marine biogeochemist at the Royal Institute of Marine Sciences"},
		},
		{
			name:     "a professor of a university is a professor there",
			text:     "The researchers, led by Prof Helen Achterberg of the University of Lindmouth, took cores.",
			mentions: []string{"PERSON:Helen Achterberg", "ORG:University of Lindmouth"},
			want:     []string{"Helen Achterberg: professor of the University of Lindmouth"},
		},
		{
			name:     "a professor of a body that is no school has no post there",
			text:     "The panel, led by Prof Helen Achterberg of the Treasury, met.",
			mentions: []string{"PERSON:Helen Achterberg", "ORG:Treasury"},
		},
		{
			name:     "the employer after a name set off after its role joins the role",
			text:     "Another analyst, Tom Haldane of Ruskin & Vale, was more sanguine.",
			mentions: []string{"PERSON:Tom Haldane", "ORG:Ruskin & Vale"},
			want:     []string{"Tom Haldane: analyst of Ruskin & Vale"},
		},
		{
			name:     "the start of an appointment is no part of the office",
			text:     "The Board has appointed Rajiv Doshi, currently Chief Financial Officer, as her successor with effect from 1 January 2027.",
			mentions: []string{"ORG:Board", "PERSON:Rajiv Doshi"},
			want:     []string{"Rajiv Doshi: successor", "Rajiv Doshi: Chief Financial Officer"},
		},
		{
			name:     "an apposition with an article and a complement is a role",
			text:     "Yuri Ushakov, an aide to Putin, said the talks were useful.",
			mentions: []string{"PERSON:Yuri Ushakov", "PERSON:Putin"},
			want:     []string{"Yuri Ushakov: aide to Putin"},
		},
		{
			name:     "a previous office is written as former",
			text:     "The previous deputy governor, Pål Longva, stepped down last month.",
			mentions: []string{"PERSON:Pål Longva"},
			want:     []string{"Pål Longva: former deputy governor"},
		},
		{
			name:     "a place taken for a person after 'Former' says whose office it was",
			text:     "Former Riverton mayor Erik Halvorsen was found guilty on Thursday.",
			mentions: []string{"PERSON:Riverton", "PERSON:Erik Halvorsen"},
			want:     []string{"Erik Halvorsen: Former Riverton mayor"},
		},
		{
			name:     "the company's role names the one company the article names",
			text:     "The company's chief executive, Kwame Osei, said the firm would launch again. He said Veltra had a backlog.",
			mentions: []string{"PERSON:Kwame Osei", "ORG:Veltra"},
			want:     []string{"Kwame Osei: chief executive of Veltra"},
		},
		{
			name:     "the club's role names the club, not the bidder named after it",
			text:     "Stonebridge Rovers have agreed a sale to Crestline Partners. The deal was led by Crestline Partners. The club's president, Ivo Marten, welcomed it.",
			mentions: []string{"ORG:Stonebridge Rovers", "ORG:Crestline Partners", "ORG:Crestline Partners", "PERSON:Ivo Marten"},
			want:     []string{"Ivo Marten: president of Stonebridge Rovers"},
		},
		{
			name:     "the airline's role names the airline, never the board that investigates it",
			text:     "A Northwind Air jet landed hard. The Civil Aviation Safety Board opened an inquiry. The airline's boss, Lena Strand, apologised.",
			mentions: []string{"ORG:Northwind Air", "ORG:Civil Aviation Safety Board", "PERSON:Lena Strand"},
			want:     []string{"Lena Strand: boss of Northwind Air"},
		},
		{
			name:     "a co-star in a named show set off by commas is a role",
			text:     "Marlow's co-star in Tidewater, Jonah Reyes, who came to court, said she was honest.",
			mentions: []string{"PERSON:Marlow", "OTHER:Tidewater", "PERSON:Jonah Reyes"},
			want:     []string{"Jonah Reyes: Marlow's co-star in Tidewater"},
		},
		{
			name:     "the incumbent set off by commas is a role",
			text:     "She beat the incumbent, Rhona Keir of the Green List, by nine votes.",
			mentions: []string{"PERSON:Rhona Keir", "ORG:Green List"},
			want:     []string{"Rhona Keir: incumbent"},
		},
		{
			name:     "a role noun and -elect is a role",
			text:     "Fraser, the member-elect, thanked his agent.",
			mentions: []string{"PERSON:Fraser"},
			want:     []string{"Fraser: member-elect"},
		},
		{
			name:     "an apposition after a verb keeps its field in -ing and its rank",
			text:     "Lund named the deputy farming minister, Eva Brandt, to the panel.",
			mentions: []string{"PERSON:Lund", "PERSON:Eva Brandt"},
			want:     []string{"Eva Brandt: deputy farming minister"},
		},
		{
			name:     "the choice of a person as an office gives them the office",
			text:     "Lund defended his choice of Eva Brandt as mining minister, a week after the vote.",
			mentions: []string{"PERSON:Lund", "PERSON:Eva Brandt"},
			want:     []string{"Eva Brandt: mining minister"},
		},
		{
			name:     "a field in -ing closes the complement of a role",
			text:     "The memo went to the director general of rural housing, Ines Varga.",
			mentions: []string{"PERSON:Ines Varga"},
			want:     []string{"Ines Varga: director general of rural housing"},
		},
		{
			name:     "a role near a place keeps the place",
			text:     "Pavel Rusu, a sheep farmer near Brasov, said the grass had burnt.",
			mentions: []string{"PERSON:Pavel Rusu", "PLACE:Brasov"},
			want:     []string{"Pavel Rusu: sheep farmer near Brasov"},
		},
		{
			name:     "its role names the body a place owns",
			text:     "Norway's coastal rescue agency said the boats were out. Its director, Siv Lund, said so.",
			mentions: []string{"PLACE:Norway", "PERSON:Siv Lund"},
			want:     []string{"Siv Lund: director of the coastal rescue agency"},
		},
		{
			name:     "the city's role names the place just named",
			text:     "Floods hit Ravenna on Monday, and the city's mayor, Aldo Neri, closed the schools.",
			mentions: []string{"PLACE:Ravenna", "PERSON:Aldo Neri"},
			want:     []string{"Aldo Neri: mayor of Ravenna"},
		},
		{
			name:     "its role names the organisation of the sentence before",
			text:     "Marine Rescue Group said it would pump the oil. Its managing director, Pieter de Vries, said so.",
			mentions: []string{"ORG:Marine Rescue Group", "PERSON:Pieter de Vries"},
			want:     []string{"Pieter de Vries: managing director of Marine Rescue Group"},
		},
		{
			name:     "its role names the organisation before the quote, not a name inside it",
			text:     "The tenants' union Woonbelang said it would sue. \"Ask Vantor for your money back,\" said its chair, Ruud Allema.",
			mentions: []string{"ORG:Woonbelang", "ORG:Vantor", "PERSON:Ruud Allema"},
			want:     []string{"Ruud Allema: chair of Woonbelang"},
		},
		{
			name:     "its role names the subject, not a company whose rival the subject is",
			text:     "Pellucid, Norvane's closest rival, said demand rose. Its chief executive, Odile Marchetti, was cautious.",
			mentions: []string{"ORG:Pellucid", "ORG:Norvane", "PERSON:Odile Marchetti"},
			want:     []string{"Odile Marchetti: chief executive of Pellucid"},
		},
		{
			name:     "its role names a company named only in a possessive",
			text:     "Norvane's shares fell sharply. Its chief executive, Odile Marchetti, was cautious.",
			mentions: []string{"ORG:Norvane", "PERSON:Odile Marchetti"},
			want:     []string{"Odile Marchetti: chief executive of Norvane"},
		},
		{
			name:     "the commission's role names the commission described before",
			text:     "The electoral commission ordered a recount. The commission's chairwoman, Ingrid Aalto, said so.",
			mentions: []string{"PERSON:Ingrid Aalto"},
			want:     []string{"Ingrid Aalto: chairwoman of the electoral commission"},
		},
		{
			name:     "a governor's title names the one central bank",
			text:     "The Bank of Eastmark cut its rate. Governor Greta Lind said the bank would move carefully.",
			mentions: []string{"ORG:Bank of Eastmark", "PERSON:Greta Lind"},
			want:     []string{"Greta Lind: Governor of the Bank of Eastmark"},
		},
		{
			name:     "a team principal in apposition is a role",
			text:     "His team principal, Hannelore Brandt, said the team would not appeal.",
			mentions: []string{"PERSON:Hannelore Brandt"},
			want:     []string{"Hannelore Brandt: team principal"},
		},
		{
			name:     "a team principal before the name is a role",
			text:     "Team principal Hannelore Brandt told reporters the team accepted the decision.",
			mentions: []string{"PERSON:Hannelore Brandt"},
			want:     []string{"Hannelore Brandt: Team principal"},
		},
		{
			name:     "a school principal is a role",
			text:     "The school principal, Ann Lee, said classes would resume.",
			mentions: []string{"PERSON:Ann Lee"},
			want:     []string{"Ann Lee: school principal"},
		},
		{
			name:     "a principal alone heads no role",
			text:     "The principal, Ann Lee, said classes would resume.",
			mentions: []string{"PERSON:Ann Lee"},
			want:     nil,
		},
		{
			name:     "offices given by a verb of appointment are roles, and the office of the person replaced is a former one",
			text:     "Former Foreign Secretary David Lammy was appointed Justice Secretary and Deputy Prime Minister, replacing Angela Rayner as deputy.",
			mentions: []string{"PERSON:David Lammy", "ORG:Justice Secretary", "PERSON:Angela Rayner"},
			want:     []string{"David Lammy: Former Foreign Secretary", "David Lammy: Justice Secretary", "David Lammy: Deputy Prime Minister", "David Lammy: deputy", "Angela Rayner: former deputy"},
		},
		{
			name:     "an office after an aside is the subject's role",
			text:     "Shabana Mahmood, who had been Justice Secretary since July 2024, became Home Secretary.",
			mentions: []string{"PERSON:Shabana Mahmood"},
			want:     []string{"Shabana Mahmood: Home Secretary"},
		},
		{
			name:     "an office after a from phrase is the role of the person moved",
			text:     "Keir Starmer carried out a reshuffle, moving Yvette Cooper from the Home Office to become Foreign Secretary.",
			mentions: []string{"PERSON:Keir Starmer", "PERSON:Yvette Cooper", "ORG:Home Office"},
			want:     []string{"Yvette Cooper: Foreign Secretary"},
		},
		{
			name:     "an office taken away is a former role",
			text:     "Lucy Powell was sacked as Leader of the House of Commons on Friday.",
			mentions: []string{"PERSON:Lucy Powell", "ORG:House of Commons"},
			want:     []string{"Lucy Powell: sacked as Leader of the House of Commons"},
		},
		{
			name:     "a noun a relative clause describes in an apposition is a role",
			text:     "Bud Fontaine, the trumpeter whose solos carried jazz into the charts, has died.",
			mentions: []string{"PERSON:Bud Fontaine"},
			want:     []string{"Bud Fontaine: trumpeter"},
		},
		{
			name:     "the trade in an obituary's closing line is a role",
			text:     "The funeral is on Friday.\n\nSir Alun Tremaine, singer and songwriter, born 9 March 1948; died 2 November 2026",
			mentions: []string{"PERSON:Alun Tremaine"},
			want:     []string{"Alun Tremaine: singer and songwriter"},
		},
		{
			name:     "a closing line without a role noun gives no role",
			text:     "The funeral is on Friday.\n\nAlun Tremaine, of Pennick, born 9 March 1948; died 2 November 2026",
			mentions: []string{"PERSON:Alun Tremaine"},
			want:     nil,
		},
		{
			name:     "a lexicon role before whose is a role",
			text:     "Ana Ruiz, the singer whose voice filled the hall, said so.",
			mentions: []string{"PERSON:Ana Ruiz"},
			want:     []string{"Ana Ruiz: singer"},
		},
		{
			name:     "a plain person noun before who is no role",
			text:     "Ann Cole, the woman who found the dog, said she was glad.",
			mentions: []string{"PERSON:Ann Cole"},
			want:     nil,
		},
		{
			name:     "an ordinal before who is no role",
			text:     "Ann Cole, the first who arrived, said she was glad.",
			mentions: []string{"PERSON:Ann Cole"},
			want:     nil,
		},
		{
			name:     "a noun before a role head at the edge of the clause is part of the role",
			text:     "\"It was worth the wait,\" mission manager Elena Castelli told reporters.",
			mentions: []string{"PERSON:Elena Castelli"},
			want:     []string{"Elena Castelli: mission manager"},
		},
		{
			name:     "a noun before a role head after a reporting verb is part of the role",
			text:     "The launch is delayed, said mission manager Elena Castelli.",
			mentions: []string{"PERSON:Elena Castelli"},
			want:     []string{"Elena Castelli: mission manager"},
		},
		{
			name:     "an unknown word after another keeps out of the role",
			text:     "The mayor thanked jazz band leader Sam Price.",
			mentions: []string{"PERSON:Sam Price"},
			want:     []string{"Sam Price: leader"},
		},
		{
			name:     "a role before a name with post-nominal letters is a role",
			text:     "His barrister, Jonathan Reid KC, said his client would appeal.",
			mentions: []string{"PERSON:Jonathan Reid"},
			want:     []string{"Jonathan Reid: KC", "Jonathan Reid: barrister"},
		},
		{
			name:     "a role before a peer's title and a name set off by commas is a role",
			text:     "The trust's chair, Baroness Imelda Crowther, thanked him for his service.",
			mentions: []string{"PERSON:Imelda Crowther"},
			want:     []string{"Imelda Crowther: the trust's chair"},
		},
		{
			name:     "a role before a peer's title and a surname set off by commas is a role",
			text:     "The bank's chairman, Lord Kettle, said the bank would appeal.",
			mentions: []string{"PERSON:Kettle"},
			want:     []string{"Kettle: the bank's chairman"},
		},
		{
			name:     "a role before a countess set off by commas is a role",
			text:     "The gallery's director, Countess Ann Cole, opened the show.",
			mentions: []string{"PERSON:Ann Cole"},
			want:     []string{"Ann Cole: the gallery's director"},
		},
		{
			name:     "an office before a peer's title is a role",
			text:     "Former chancellor Lord Lamont said the pound would recover.",
			mentions: []string{"PERSON:Lamont"},
			want:     []string{"Lamont: Former chancellor"},
		},
		{
			name:     "a role before an appeal judge's title set off by commas is a role besides the title",
			text:     "The court's president, Lord Justice Brennan, said the appeal failed.",
			mentions: []string{"PERSON:Brennan"},
			want:     []string{"Brennan: Lord Justice", "Brennan: the court's president"},
		},
		{
			name:     "a role before titles and a name set off by commas is a role besides the titles",
			text:     "His successor, former senator Howard Baker, was in the room.",
			mentions: []string{"PERSON:Howard Baker"},
			want:     []string{"Howard Baker: former senator", "Howard Baker: successor"},
		},
		{
			name:     "an apposition after a dame's name is a role",
			text:     "Dame Ann Cole, the chair of the trust, said so.",
			mentions: []string{"PERSON:Ann Cole"},
			want:     []string{"Ann Cole: chair of the trust"},
		},
		{
			name:     "a peer's title after a comma with no role before it gives none",
			text:     "Asked about the report, Lord Kettle said nothing.",
			mentions: []string{"PERSON:Kettle"},
			want:     nil,
		},
		{
			name:     "a role before a name with a barrister's letters is a role besides the rank",
			text:     "Prosecutor Fenella Okafor KC is expected to open the Crown's case on Tuesday.",
			mentions: []string{"PERSON:Fenella Okafor"},
			want:     []string{"Fenella Okafor: KC", "Fenella Okafor: prosecutor"},
		},
		{
			name:     "a barrister's letters alone are the rank at the bar",
			text:     "For the defence, Sir Anthony Ward KC argued that his client had cooperated.",
			mentions: []string{"PERSON:Anthony Ward"},
			want:     []string{"Anthony Ward: KC"},
		},
		{
			name:     "a QC's letters alone are the rank at the bar",
			text:     "Mark Dunne QC declined to comment.",
			mentions: []string{"PERSON:Mark Dunne"},
			want:     []string{"Mark Dunne: QC"},
		},
		{
			name:     "an honour's letters alone are no role",
			text:     "Mark Dunne OBE declined to comment.",
			mentions: []string{"PERSON:Mark Dunne"},
			want:     nil,
		},
		{
			name:     "an honour's letters are no role",
			text:     "Ann Cole OBE, the head teacher, said so.",
			mentions: []string{"PERSON:Ann Cole"},
			want:     []string{"Ann Cole: head teacher"},
		},
		{
			name:     "an apposition after post-nominal letters is a role",
			text:     "Jane Hollis MP, the shadow health secretary, said so.",
			mentions: []string{"PERSON:Jane Hollis"},
			want:     []string{"Jane Hollis: MP", "Jane Hollis: shadow health secretary"},
		},
		{
			name:     "the party a person represents is a role",
			text:     "Clare Whitfield, representing the US government, told the court the charges were serious.",
			mentions: []string{"PERSON:Clare Whitfield", "PLACE:US"},
			want:     []string{"Clare Whitfield: representing the US government"},
		},
		{
			name:     "representing without an object ending the clause is no role",
			text:     "Clare Whitfield, representing herself in court, said nothing.",
			mentions: []string{"PERSON:Clare Whitfield"},
			want:     nil,
		},
		{
			name:     "a person who names someone gets no office",
			text:     "Maria Lind named a new chairman on Monday.",
			mentions: []string{"PERSON:Maria Lind"},
			want:     nil,
		},
		{
			name:     "an occupation in front of a name is a role",
			text:     "Lerwick skipper Magnus Jamieson said the deal came too late.",
			mentions: []string{"PERSON:Magnus Jamieson"},
			want:     []string{"Magnus Jamieson: Lerwick skipper"},
		},
		{
			name:     "a copula with a bare title that ends the sentence is a role",
			text:     "Founder Erik Sand stepped down in 2023. Sand remains chairman.",
			mentions: []string{"PERSON:Erik Sand", "PERSON:Sand#2"},
			want:     []string{"Erik Sand: founder", "Erik Sand: chairman"},
		},
		{
			name:     "a role before a name with an honorific is a role",
			text:     "Its area flood risk manager, Dr. Priya Raghunathan, said the scheme worked.",
			mentions: []string{"PERSON:Priya Raghunathan"},
			want:     []string{"Priya Raghunathan: area flood risk manager"},
		},
		{
			name:     "a courtesy title is no role, the apposition before it is",
			text:     "Macron thanked the emir, Sheikh Tamim bin Hamad Al Thani, in a post.",
			mentions: []string{"PERSON:Macron", "PERSON:Tamim bin Hamad Al Thani"},
			want:     []string{"Tamim bin Hamad Al Thani: emir"},
		},
		{
			name:     "a local office in front of a name is a role",
			text:     "Ventura County Supervisor Matt LaVere said a third shelter would open.",
			mentions: []string{"PERSON:Supervisor Matt LaVere"},
			want:     []string{"Matt LaVere: Ventura County Supervisor"},
		},
		{
			name:     "an apposition keeps the place after its institution",
			text:     "Ahmed bin Khalid, a cardiologist at King Saud University in Riyadh who led the study, spoke.",
			mentions: []string{"PERSON:Ahmed bin Khalid", "ORG:King Saud University", "PLACE:Riyadh"},
			want:     []string{"Ahmed bin Khalid: cardiologist at King Saud University in Riyadh"},
		},
		{
			name:     "a relative clause with a role verb is a role",
			text:     "Tom Baker, who heads the Sleep Council, welcomed it. Maria Lindqvist, who led the study, said so. Ana Ruiz, who founded Brightwater Marine in 2009, left.",
			mentions: []string{"PERSON:Tom Baker", "ORG:Sleep Council", "PERSON:Maria Lindqvist", "PERSON:Ana Ruiz", "ORG:Brightwater Marine"},
			want:     []string{"Tom Baker: heads the Sleep Council", "Maria Lindqvist: led the study", "Ana Ruiz: founded Brightwater Marine"},
		},
		{
			name:     "a role verb with another verb or a person after it is no role",
			text:     "Kim Lee, who runs quickly, won. Jo Park, who led Kim Lee to victory, smiled. Al Fox, who heads home tonight, waved.",
			mentions: []string{"PERSON:Kim Lee", "PERSON:Jo Park", "PERSON:Kim Lee#2", "PERSON:Al Fox"},
			want:     nil,
		},
		{
			name:     "a number's thousands comma ends no role verb's object",
			text:     "Ama Boateng, who led the 3,200-patient trial, said so.",
			mentions: []string{"PERSON:Ama Boateng"},
			want:     []string{"Ama Boateng: led the 3,200-patient trial"},
		},
		{
			name:     "a copula with an adjective is no role",
			text:     "Sand remains confident. Putin is ready.",
			mentions: []string{"PERSON:Sand", "PERSON:Putin"},
			want:     nil,
		},
		{
			name:     "a sports position in front of a name is a role",
			text:     "Egyptian winger Mohammed Al-Sayed has joined Valmont.",
			mentions: []string{"PERSON:Mohammed Al-Sayed", "ORG:Valmont"},
			want:     []string{"Mohammed Al-Sayed: Egyptian winger"},
		},
		{
			name:     "an institution before a title belongs to the role",
			text:     "Electoral commission chairman Ignacio Pardo said turnout was high.",
			mentions: []string{"PERSON:Ignacio Pardo"},
			want:     []string{"Ignacio Pardo: Electoral commission chairman"},
		},
		{
			name:     "a possessive apposition is a role",
			text:     "Yuri Ushakov, Putin's foreign policy aide, said so.",
			mentions: []string{"PERSON:Yuri Ushakov", "PERSON:Putin"},
			want:     []string{"Yuri Ushakov: Putin's foreign policy aide"},
		},
		{
			name:     "a role before the name set off by commas is a role",
			text:     "Ukraine’s foreign minister, Andrii Sybiha, said it.",
			mentions: []string{"PLACE:Ukraine", "PERSON:Andrii Sybiha"},
			want:     []string{"Andrii Sybiha: Ukraine’s foreign minister"},
		},
		{
			name:     "an article before a comma role is left out of the text",
			text:     "Earlier, the Kremlin spokesperson, Dmitry Peskov, cautioned against haste.",
			mentions: []string{"ORG:Kremlin", "PERSON:Dmitry Peskov"},
			want:     []string{"Dmitry Peskov: Kremlin spokesperson"},
		},
		{
			name:     "pre-modifiers with a title are roles and the titles leave the name",
			text:     "US Secretary of State Marco Rubio met Taoiseach Micheál Martin and Kremlin spokesman Dmitry Peskov.",
			mentions: []string{"PERSON:US Secretary of State Marco Rubio", "PERSON:Taoiseach Micheál Martin", "PERSON:Dmitry Peskov", "ORG:Kremlin"},
			want:     []string{"Marco Rubio: US Secretary of State", "Micheál Martin: Taoiseach", "Dmitry Peskov: Kremlin spokesman"},
		},
		{
			name:     "a possessor is part of a pre-modifier role",
			text:     "Putin met Trump's special envoy Steve Witkoff on Tuesday.",
			mentions: []string{"PERSON:Putin", "PERSON:Trump", "PERSON:Steve Witkoff"},
			want:     []string{"Steve Witkoff: Trump's special envoy"},
		},
		{
			name:     "a list of names is not an apposition",
			text:     "The meeting brought together Putin, Trump’s special envoy Steve Witkoff, and Jared Kushner.",
			mentions: []string{"PERSON:Putin", "PERSON:Trump", "PERSON:Steve Witkoff", "PERSON:Jared Kushner"},
			want:     []string{"Steve Witkoff: Trump’s special envoy"},
		},
		{
			name:     "a participle clause is not a role",
			text:     "Trump, speaking earlier in Washington, called the conflict a mess.",
			mentions: []string{"PERSON:Trump", "PLACE:Washington"},
			want:     nil,
		},
		{
			name:     "a copula with a noun phrase is a role",
			text:     "Witkoff is a real estate developer. Putin is ready to talk.",
			mentions: []string{"PERSON:Witkoff", "PERSON:Putin"},
			want:     []string{"Witkoff: real estate developer"},
		},
		{
			name:     "a relative clause with a copula is a role, one with a verb is not",
			text:     "Peskov, who is the Kremlin spokesman, said no. Elizabeth Tsurkov, who was freed in September, spoke.",
			mentions: []string{"PERSON:Peskov", "PERSON:Elizabeth Tsurkov", "ORG:Kremlin"},
			want:     []string{"Peskov: Kremlin spokesman"},
		},
		{
			name:     "a verb before a role noun ends the role",
			text:     "The Kremlin hosted envoy Steve Witkoff.",
			mentions: []string{"ORG:Kremlin", "PERSON:Steve Witkoff"},
			want:     []string{"Steve Witkoff: envoy"},
		},
		{
			name:     "a courtesy title is not a role",
			text:     "Mr Putin said so.",
			mentions: []string{"PERSON:Mr Putin"},
			want:     nil,
		},
		{
			name:     "organisations and places get no roles",
			text:     "Reuters, a news agency, reported it.",
			mentions: []string{"ORG:Reuters"},
			want:     nil,
		},
		{
			name:     "an apposition after the name at the end of the sentence is a role",
			text:     "He met the Belarusian dictator, Alexander Lukashenko, a Moscow ally.",
			mentions: []string{"PERSON:Alexander Lukashenko", "PLACE:Moscow"},
			want:     []string{"Alexander Lukashenko: Belarusian dictator", "Alexander Lukashenko: Moscow ally"},
		},
		{
			name:     "a complement naming an organisation is kept whole",
			text:     "Jim Townsend, a senior fellow at the Center for a New American Security, told Al Jazeera.",
			mentions: []string{"PERSON:Jim Townsend", "ORG:New American Security", "ORG:Al Jazeera"},
			want:     []string{"Jim Townsend: senior fellow at the Center for a New American Security"},
		},
		{
			name:     "an age between the name and the apposition is skipped",
			text:     "Jane Doe, 45, a lawyer from Ohio, said.",
			mentions: []string{"PERSON:Jane Doe", "PLACE:Ohio"},
			want:     []string{"Jane Doe: lawyer from Ohio"},
		},
		{
			name:     "a role with a complement before a comma and the name is a role",
			text:     "A spokesman for the Kremlin, Dmitry Peskov, said no.",
			mentions: []string{"ORG:Kremlin", "PERSON:Dmitry Peskov"},
			want:     []string{"Dmitry Peskov: spokesman for the Kremlin"},
		},
		{
			name:     "a clause before a comma and the name is not a role",
			text:     "After talks in the Kremlin, Dmitry Peskov said no.",
			mentions: []string{"ORG:Kremlin", "PERSON:Dmitry Peskov"},
			want:     nil,
		},
		{
			name:     "a name alone is never a role",
			text:     "Witkoff, Kushner, and Secretary of State Marco Rubio met.",
			mentions: []string{"PERSON:Witkoff", "PERSON:Kushner", "PERSON:Secretary of State Marco Rubio"},
			want:     []string{"Marco Rubio: Secretary of State"},
		},
		{
			name:     "a role with a plural field before a comma and the name is the role",
			text:     "CRI's director of operations, Hannah Oduya, said the charity had suspended work.",
			mentions: []string{"ORG:CRI", "PERSON:Hannah Oduya"},
			want:     []string{"Hannah Oduya: CRI's director of operations"},
		},
		{
			name:     "a role with a field of a noun and a plural after the name is the role",
			text:     "The review will take months, said Anneliese Varga, the agency's deputy director for bank applications.",
			mentions: []string{"PERSON:Anneliese Varga"},
			want:     []string{"Anneliese Varga: deputy director for bank applications"},
		},
		{
			name:     "a hyphenated director-general is a role",
			text:     "The CSRO's director-general, Matthias Oyelowo-Brandt, said the agency would decide.",
			mentions: []string{"ORG:CSRO", "PERSON:Matthias Oyelowo-Brandt"},
			want:     []string{"Matthias Oyelowo-Brandt: CSRO's director-general"},
		},
		{
			name:     "a relative clause's verb over a possessed body gives the role",
			text:     "Liesbeth Varga, who chairs parliament's health committee, said the committee would meet.",
			mentions: []string{"PERSON:Liesbeth Varga"},
			want:     []string{"Liesbeth Varga: chairs parliament's health committee"},
		},
		{
			name:     "a role before a complement naming another office is the role",
			text:     "A spokesman for the governor, Eli Brandt, said the memo was never seen.",
			mentions: []string{"PERSON:Eli Brandt"},
			want:     []string{"Eli Brandt: spokesman for the governor"},
		},
		{
			name:     "a kinship apposition gives the name the role of the noun it names",
			text:     "Keane was born in 1941 in Tupelo, Mississippi, the son of a Baptist preacher, Robert Keane Sr.",
			mentions: []string{"PERSON:Keane", "GPE:Tupelo", "GPE:Mississippi", "OTHER:Baptist", "PERSON:Robert Keane Sr."},
			want:     []string{"Robert Keane Sr.: Baptist preacher"},
		},
		{
			name:     "a kinship apposition without a role noun gives no role",
			text:     "She was raised in Leeds, the daughter of a tram driver, John Hale.",
			mentions: []string{"GPE:Leeds", "PERSON:John Hale"},
			want:     nil,
		},
		{
			name:     "an office of a body whose name holds a plural possessive is a role",
			text:     "Carla Mendes, secretary-general of the General Workers' Confederation, told a rally: \"No.\"",
			mentions: []string{"PERSON:Carla Mendes", "ORG:General Workers"},
			want:     []string{"Carla Mendes: secretary-general of the General Workers' Confederation"},
		},
		{
			name:     "a comma after a plural word is no possessive",
			text:     "In reporting lower earnings, chairman Allan Taylor said costs rose.",
			mentions: []string{"PERSON:Allan Taylor"},
			want:     []string{"Allan Taylor: chairman"},
		},
		{
			name:     "an apposition with a possessor and former is a role",
			text:     "Nathan Pryce, the bank's former chief financial officer, is accused of hiding losses.",
			mentions: []string{"PERSON:Nathan Pryce"},
			want:     []string{"Nathan Pryce: former chief financial officer"},
		},
		{
			name:     "an office held until a time in a relative clause is a former role",
			text:     "Labour Minister Sofia Ramalho, who was finance minister until last year, called the strike political.",
			mentions: []string{"PERSON:Sofia Ramalho"},
			want:     []string{"Sofia Ramalho: Labour Minister", "Sofia Ramalho: finance minister until last year"},
		},
		{
			name:     "an office after a verb of dismissal is a former role",
			text:     "Dunmore Rovers sacked head coach Stefan Brandt on Monday.",
			mentions: []string{"PERSON:Stefan Brandt"},
			want:     []string{"Stefan Brandt: former head coach"},
		},
		{
			name:     "a field and the employer after the head are one role",
			text:     "\"It was a surprise,\" said Anna Berg, head of currency strategy at Meridian Capital. Tom Reed, director of research at Halden Bank, agreed.",
			mentions: []string{"PERSON:Anna Berg", "ORG:Meridian Capital", "PERSON:Tom Reed", "ORG:Halden Bank"},
			want:     []string{"Anna Berg: head of currency strategy at Meridian Capital", "Tom Reed: director of research at Halden Bank"},
		},
		{
			name:     "a company's bank takes no article in the role, a central bank does",
			text:     "Aldmark Bank was rescued. The bank's chief executive, Maria Berg, resigned. The European Central Bank met. The bank's chief economist, Tom Reed, spoke.",
			mentions: []string{"ORG:Aldmark Bank", "PERSON:Maria Berg", "ORG:European Central Bank", "PERSON:Tom Reed"},
			want:     []string{"Maria Berg: former chief executive of Aldmark Bank", "Tom Reed: chief economist of the European Central Bank"},
		},
		{
			name:     "a place's based word before an appositive's trade is no part of the role",
			text:     "Søren Holm, a Copenhagen-based banking analyst at Nordvik Securities, said so. Copenhagen-based analyst Tom Reed agreed.",
			mentions: []string{"PERSON:Søren Holm", "MISC:Copenhagen-based", "ORG:Nordvik Securities", "PERSON:Tom Reed"},
			want:     []string{"Søren Holm: banking analyst at Nordvik Securities", "Tom Reed: analyst"},
		},
		{
			name:     "an age between an appositive and the name",
			text:     "The youngest miner, 22-year-old Tom Reed, was taken to hospital.",
			mentions: []string{"PERSON:Tom Reed"},
			want:     []string{"Tom Reed: youngest miner"},
		},
		{
			name:     "taking charge as an office puts it ahead",
			text:     "Assistant coach Tom Reed will take charge as interim manager. Anna Berg took over as chair in May.",
			mentions: []string{"PERSON:Tom Reed", "PERSON:Anna Berg"},
			want:     []string{"Tom Reed: Assistant coach", "Tom Reed: interim manager", "Anna Berg: chair"},
		},
		{
			name:     "being sworn in or taking the oath of office as an office gives it",
			text:     "Anna Berg was sworn in as Valdonia's prime minister on Monday. Tom Reed, the party leader, took the oath of office as president. Lena Holm was sworn in on Friday as interior minister.",
			mentions: []string{"PERSON:Anna Berg", "PLACE:Valdonia", "PERSON:Tom Reed", "PERSON:Lena Holm"},
			want:     []string{"Anna Berg: Valdonia's prime minister", "Tom Reed: president", "Tom Reed: party leader", "Lena Holm: interior minister"},
		},
		{
			name:     "an aside naming a party a tagger took for a person after the comes before the verb",
			text:     "Tom Reed, leader of the Stronnictwo Demokratyczne, took the oath of office as prime minister on Monday.",
			mentions: []string{"PERSON:Tom Reed", "PERSON:Stronnictwo Demokratyczne"},
			want:     []string{"Tom Reed: prime minister", "Tom Reed: leader of the Stronnictwo Demokratyczne"},
		},
		{
			name:     "one who swears in another is not sworn in",
			text:     "President Tom Reed has sworn in the cabinet as a caretaker government.",
			mentions: []string{"PERSON:Tom Reed"},
			want:     []string{"Tom Reed: President"},
		},
		{
			name:     "names after a verb of appointment with the verb left out take their offices",
			text:     "Anna Berg was sworn in as finance minister, Tom Reed as foreign minister and Lena Holm as deputy prime minister and climate minister. The board named Ola Dahl as chairman and Per Lund as chief executive.",
			mentions: []string{"PERSON:Anna Berg", "PERSON:Tom Reed", "PERSON:Lena Holm", "PERSON:Ola Dahl", "PERSON:Per Lund"},
			want: []string{"Anna Berg: finance minister", "Tom Reed: foreign minister", "Lena Holm: deputy prime minister", "Lena Holm: climate minister",
				"Ola Dahl: chairman", "Per Lund: chief executive"},
		},
		{
			name:     "a name before as with no verb of appointment before it takes no office",
			text:     "Critics see Anna Berg as a liability, and Tom Reed as a future leader.",
			mentions: []string{"PERSON:Anna Berg", "PERSON:Tom Reed"},
			want:     nil,
		},
		{
			name:     "an office whose tenure a sentence says ended is a former role",
			text:     "The ceremony brought an end to Anna Berg's 23 days as caretaker prime minister. The vote ended Tom Reed's ten years as chairman. Lena Holm's two years as chair were a success.",
			mentions: []string{"PERSON:Anna Berg", "PERSON:Tom Reed", "PERSON:Lena Holm"},
			want:     []string{"Anna Berg: 23 days as caretaker prime minister", "Tom Reed: ten years as chairman"},
		},
		{
			name:     "an office with no article after who remains is a role",
			text:     "Anna Berg, who remains leader of the Civic Alliance, promised a fight. Tom Reed, who is chairman, agreed.",
			mentions: []string{"PERSON:Anna Berg", "ORG:Civic Alliance", "PERSON:Tom Reed"},
			want:     []string{"Anna Berg: leader of the Civic Alliance"},
		},
		{
			name:     "in a list of names with ages each apposition is its own name's, and its stands for the organisation named before",
			text:     "LONDON (Britwire) - The jury retired.\n\nClifford Ashdown, 52, former chief executive of the Brightwater Children's Trust, Marianne Tolley, 47, its former finance director, and Gareth Pryce, 39, deny all charges.",
			mentions: []string{"PLACE:LONDON", "ORG:Britwire", "PERSON:Clifford Ashdown", "OTHER:Brightwater Children's Trust", "PERSON:Marianne Tolley", "PERSON:Gareth Pryce"},
			want:     []string{"Clifford Ashdown: former chief executive of the Brightwater Children's Trust", "Marianne Tolley: former finance director of the Brightwater Children's Trust"},
		},
		{
			name:     "an apposition joined by and to one of a group gives both roles",
			text:     "\"It is closing,\" said Professor Sunniva Ekdahl, a climate physicist at the University of Bergen and one of the report's two co-chairs.",
			mentions: []string{"PERSON:Sunniva Ekdahl", "ORG:University of Bergen"},
			want:     []string{"Sunniva Ekdahl: Professor", "Sunniva Ekdahl: climate physicist at the University of Bergen", "Sunniva Ekdahl: co-chair"},
		},
		{
			name:     "an organisation named after the runs to the end of its name",
			text:     "Political scientist Dr Halina Borkowska of the University of Krasnik said the walkout was brinkmanship.",
			mentions: []string{"PERSON:Halina Borkowska", "ORG:University of Krasnik"},
			want:     []string{"Halina Borkowska: Political scientist of the University of Krasnik"},
		},
		{
			name:     "a line of a cabinet list gives the portfolio's minister",
			text:     "The prime minister named his cabinet.\nForeign affairs: Tom Reed (PLU), the party's leader\nInterior: Anna Berg (SDP)\nContact: Lena Holm\nDeputy PM and climate: Ola Dahl (Greens)",
			mentions: []string{"PERSON:Tom Reed", "ORG:PLU", "PERSON:Anna Berg", "ORG:SDP", "PERSON:Lena Holm", "PERSON:Ola Dahl", "ORG:Greens"},
			want:     []string{"Tom Reed: foreign minister", "Anna Berg: interior minister"},
		},
		{
			name:     "an organisation that dismisses a person held the office",
			text:     "Dunmore Rovers have sacked manager Stefan Brandt on Monday.",
			mentions: []string{"ORG:Dunmore Rovers", "PERSON:Stefan Brandt"},
			want:     []string{"Stefan Brandt: former Dunmore Rovers manager"},
		},
		{
			name:     "an office a relative clause says was held previously is a former role",
			text:     "David Lammy, who was previously shadow foreign secretary, met the king. John Reed, who was once a finance minister, spoke.",
			mentions: []string{"PERSON:David Lammy", "PERSON:John Reed"},
			want:     []string{"David Lammy: previously shadow foreign secretary", "John Reed: once a finance minister"},
		},
		{
			name:     "a nationality before a noun of agent and a name is a role",
			text:     "Kenyan sprinter Ruth Wanjiru was banned for four years.",
			mentions: []string{"OTHER:Kenyan", "PERSON:Ruth Wanjiru"},
			want:     []string{"Ruth Wanjiru: Kenyan sprinter"},
		},
		{
			name:     "a nationality of two words before two nouns after a preposition is a role",
			text:     "The court upheld a ban on South African marathon runner Tatjana Smith.",
			mentions: []string{"OTHER:South African", "PERSON:Tatjana Smith"},
			want:     []string{"Tatjana Smith: South African marathon runner"},
		},
		{
			name:     "a modifier of rank before a nationality is part of the role",
			text:     "Veteran Norwegian skier Petter Northug retired. Former Brazilian footballer Ronaldo Nazario spoke.",
			mentions: []string{"OTHER:Norwegian", "PERSON:Petter Northug", "OTHER:Brazilian", "PERSON:Ronaldo Nazario"},
			want:     []string{"Petter Northug: Veteran Norwegian skier", "Ronaldo Nazario: Former Brazilian footballer"},
		},
		{
			name:     "a nationality before a lexicon role keeps the role",
			text:     "British cyclist Tom Ellis won. Veteran Italian goalkeeper Marco Rossi saved it. US tech billionaire Jane Doe paid. Former French president Nicolas Sarkozy came.",
			mentions: []string{"OTHER:British", "PERSON:Tom Ellis", "OTHER:Italian", "PERSON:Marco Rossi", "PLACE:US", "PERSON:Jane Doe", "OTHER:French", "PERSON:Nicolas Sarkozy"},
			want:     []string{"Tom Ellis: British cyclist", "Marco Rossi: Veteran Italian goalkeeper", "Jane Doe: US tech billionaire", "Nicolas Sarkozy: Former French president"},
		},
		{
			name:     "a nationality before a noun that names no agent is no role",
			text:     "Under Kenyan law Ruth Wanjiru may appeal. The Kenyan woman Ruth Wanjiru won.",
			mentions: []string{"OTHER:Kenyan", "PERSON:Ruth Wanjiru", "OTHER:Kenyan#2", "PERSON:Ruth Wanjiru#2"},
			want:     nil,
		},
		{
			name:     "a place before a verb and an adverb is no origin of a role",
			text:     "The meeting at the Kremlin brought together Putin and the envoys.",
			mentions: []string{"PLACE:Kremlin", "PERSON:Putin"},
			want:     nil,
		},
		{
			name:     "a plain noun before a name without a nationality is no role",
			text:     "The upheld sprinter Ruth Wanjiru ban stands.",
			mentions: []string{"PERSON:Ruth Wanjiru"},
			want:     nil,
		},
	}
	checkRoles(t, tests)
}

func TestRoleHeads(t *testing.T) {
	text := "Irish prime minister Micheal Martin met US Secretary of State Marco Rubio and Yuri Ushakov, an aide to Putin, and Kremlin spokesman Dmitry Peskov."
	ms := Resolve(text, nthMentions(t, text, []string{"PERSON:Micheal Martin", "PERSON:Marco Rubio", "PERSON:Yuri Ushakov", "PERSON:Putin", "PERSON:Dmitry Peskov"}))
	want := map[string]string{"Micheal Martin": "prime minister", "Marco Rubio": "secretary of state", "Yuri Ushakov": "aide", "Dmitry Peskov": "spokesperson"}
	got := map[string]string{}
	for _, r := range Roles(text, nil, ms) {
		got[r.Name] = r.Head
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("heads %v, want %v", got, want)
	}
}

func TestRolesSkipsBoilerplate(t *testing.T) {
	text := "Kremlin spokesman Dmitry Peskov said so."
	ms := Resolve(text, nthMentions(t, text, []string{"PERSON:Dmitry Peskov"}))
	sents := []doc.Sentence{{Span: doc.Span{Start: 0, End: len(text)}, Boilerplate: true}}
	if got := Roles(text, sents, ms); len(got) != 0 {
		t.Errorf("got %+v from a boilerplate sentence", got)
	}
}

func TestNormRole(t *testing.T) {
	tests := []struct{ in, want string }{
		{"the Kremlin spokesman", "kremlin spokesperson"},
		{"U.S. President", "us president"},
		{"Trump’s special  envoy,", "special envoy of trump"},
		{"The trust's chief executive", "chief executive of trust"},
		{"chief executive of the trust", "chief executive of trust"},
		{"the Lions' head coach", "head coach of lions"},
		{"Lions' head coach", "head coach of lions"},
		{"Redbridge's director of football", "director of football of redbridge"},
		{"Trump's", "trump's"},
		{"formerly Trump's envoy", "former envoy of trump"},
		{"previously head of research", "former head of research"},
		{"formerly a director of the bank", "former director of bank"},
		{"senior advisor", "senior adviser"},
		{"leader of the Food Workers' Union", "leader of food workers' union"},
		{"judge of the High Court's Family Division", "judge of high court's family division"},
	}
	for _, tc := range tests {
		if got := normRole(tc.in); got != tc.want {
			t.Errorf("normRole(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func FuzzRoles(f *testing.F) {
	f.Add("Yuri Ushakov, an aide to Putin, said.", 0, 12, 29, 34)
	f.Add("Ukraine’s foreign minister, Andrii Sybiha, said", 29, 42, 0, 7)
	f.Add("\xff, the ‘s envoy", 0, 1, 3, 9)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d int) {
		var ms []doc.Mention
		for _, sp := range [][2]int{{a, b}, {c, d}} {
			if sp[0] < 0 || sp[1] > len(text) || sp[0] >= sp[1] {
				continue
			}
			ms = append(ms, doc.Mention{Span: doc.Span{Start: sp[0], End: sp[1]}, Type: doc.Person, Text: text[sp[0]:sp[1]]})
		}
		raw := make([]doc.Mention, len(ms))
		for i, m := range ms {
			raw[i] = m
			raw[i].Text = ""
		}
		half := len(text) / 2
		// Mentions straight from a tagger, without Resolve, must not
		// break Roles either.
		Roles(text, nil, raw)
		ms = Resolve(text, ms)
		sents := []doc.Sentence{{Span: doc.Span{Start: 0, End: half}}, {Span: doc.Span{Start: half, End: len(text)}}}
		for _, r := range Roles(text, sents, ms) {
			if r.Evidence.Start < 0 || r.Evidence.End > len(text) || r.Evidence.Start >= r.Evidence.End {
				t.Fatalf("bad evidence %+v", r.Evidence)
			}
			if !spelledIn(text[r.Evidence.Start:r.Evidence.End], r.Text) || r.Norm == "" {
				t.Fatalf("role %+v not in its evidence", r)
			}
		}
	})
}

func TestRolesOnAHugeArticleWithoutSentences(t *testing.T) {
	const unit = "Kremlin spokesman Dmitry Peskov said so. "
	text := strings.Repeat(unit, 20000)
	var ms []doc.Mention
	for i := 0; i < 20000; i++ {
		s := i*len(unit) + strings.Index(unit, "Dmitry")
		ms = append(ms, doc.Mention{Span: doc.Span{Start: s, End: s + len("Dmitry Peskov")}, Type: doc.Person, Text: "Dmitry Peskov"})
	}
	ms = Resolve(text, ms)
	got := Roles(text, nil, ms)
	if len(got) != 1 || got[0].Norm != "kremlin spokesperson" {
		t.Errorf("got %d roles, want the one role once: %+v", len(got), got[:min(len(got), 3)])
	}
}

func TestHasRoleHead(t *testing.T) {
	tests := []struct {
		query string
		want  bool
	}{
		{"the coach", true},
		{"the team principal", true},
		{"school principal", true},
		{"the principal", false},
		{"Halvorsen Dairy", false},
	}
	for _, tt := range tests {
		if got := HasRoleHead(tt.query); got != tt.want {
			t.Errorf("HasRoleHead(%q) = %v, want %v", tt.query, got, tt.want)
		}
	}
}

func TestRoleEvidenceStaysInItsSentence(t *testing.T) {
	tests := []struct {
		name, text string
		mentions   []string
		want       string // the evidence
	}{
		{"an owner named in an earlier sentence is left out of the evidence",
			"The Data Regulator fined Halden Stores. Others agreed. The regulator's director, Paul Otieno, said so.",
			[]string{"ORG:Data Regulator", "ORG:Halden Stores", "PERSON:Paul Otieno"},
			"The regulator's director, Paul Otieno"},
		{"an owner named in the sentence is part of the evidence",
			"Halden Stores said its chairwoman Elena Marek would step down.",
			[]string{"ORG:Halden Stores", "PERSON:Elena Marek"},
			"Halden Stores said its chairwoman Elena Marek"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rs := Roles(tc.text, sentencesOf(tc.text), Resolve(tc.text, nthMentions(t, tc.text, tc.mentions)))
			if len(rs) != 1 {
				t.Fatalf("got %d roles, want 1: %+v", len(rs), rs)
			}
			if ev := tc.text[rs[0].Evidence.Start:rs[0].Evidence.End]; ev != tc.want {
				t.Errorf("evidence %q, want %q", ev, tc.want)
			}
		})
	}
}

func TestRolesFromTheArticlesOwnVoice(t *testing.T) {
	checkRoles(t, []roleCase{
		{
			name:     "a speaker's praise inside a quotation is no role",
			text:     `"Maria is the most patient scientist I have ever met," said Professor Ken Ito.`,
			mentions: []string{"PERSON:Maria", "PERSON:Ken Ito"},
			want:     []string{"Ken Ito: Professor"},
		},
		{
			name:     "a typographic quotation is no role either",
			text:     "“Maria, a brilliant chemist, never gave up,” Ito said.",
			mentions: []string{"PERSON:Maria", "PERSON:Ito"},
			want:     nil,
		},
		{
			name:     "a title written before a name inside a quotation is kept",
			text:     `"I am ready to meet President Trump," he said.`,
			mentions: []string{"PERSON:Trump"},
			want:     []string{"Trump: President"},
		},
		{
			name:     "a copula after the quotation closes is the article's",
			text:     `"We won," she said. Maria is a chemist at Oxford.`,
			mentions: []string{"PERSON:Maria"},
			want:     []string{"Maria: chemist at Oxford"},
		},
	})
}

func TestRolesOfferedByTheSentenceAroundTheName(t *testing.T) {
	checkRoles(t, []roleCase{
		{
			name:     "a verb and its subject before former are not part of the role",
			text:     "A jury found former Ridgeport mayor Ana Ruiz guilty of bribery on Friday.",
			mentions: []string{"PERSON:Ana Ruiz"},
			want:     []string{"Ana Ruiz: former Ridgeport mayor"},
		},
		{
			name:     "a trade in -ing after a possessive is part of the role",
			text:     "The club's sporting director, Marco Ricci, said the search had begun.",
			mentions: []string{"PERSON:Marco Ricci"},
			want:     []string{"Marco Ricci: the club's sporting director"},
		},
		{
			name:     "the club's role is not a club named before a team the tagger took for a place",
			text:     "Harbourne United signed a striker on Friday. Earlier, Kestrel City were linked with a rival bid, a claim the club's director of football Marcus Lindqvist denied.",
			mentions: []string{"ORG:Harbourne United", "PLACE:Kestrel City", "PERSON:Marcus Lindqvist"},
			want:     []string{"Marcus Lindqvist: the club's director of football"},
		},
		{
			name:     "an ordinal counting the person in a series is no role",
			text:     "Hallam becomes the fifth manager in the division to lose his job this season.",
			mentions: []string{"PERSON:Hallam"},
			want:     nil,
		},
		{
			name:     "an ordinal number counting the person is no role either",
			text:     "Hallam, the 20th minister to resign this year, said he was sorry.",
			mentions: []string{"PERSON:Hallam"},
			want:     nil,
		},
		{
			name:     "an ordinal before an office of something is kept",
			text:     "Bachelet became the first president of Chile to be re-elected.",
			mentions: []string{"PERSON:Bachelet"},
			want:     []string{"Bachelet: first president of Chile"},
		},
		{
			name:     "will serve as gives an office to come",
			text:     "Bakker will serve as deputy prime minister, the parties said.",
			mentions: []string{"PERSON:Bakker"},
			want:     []string{"Bakker: deputy prime minister"},
		},
	})
}

func TestRolesOfNeighbouringNamesAndDescriptions(t *testing.T) {
	tests := []roleCase{
		{
			name:     "an apposition between two names introduces the second",
			text:     "According to Berg, the Austrian envoy, Markus Feldbauer, \"carried messages\" for months.",
			mentions: []string{"PERSON:Berg", "PERSON:Markus Feldbauer"},
			want:     []string{"Markus Feldbauer: Austrian envoy"},
		},
		{
			name:     "names in a list each keep their own apposition",
			text:     "The talks included Ushakov, a Kremlin aide, Witkoff, the US envoy, and Kushner.",
			mentions: []string{"PERSON:Ushakov", "PERSON:Witkoff", "PERSON:Kushner"},
			want:     []string{"Ushakov: Kremlin aide", "Witkoff: US envoy"},
		},
		{
			name:     "a title's bank is the one named after the name, not another the article names",
			text:     "Governor Samuel Achterberg of the Dutch central bank said the bank was watching. The European Central Bank said so.",
			mentions: []string{"PERSON:Samuel Achterberg", "ORG:European Central Bank"},
			want:     []string{"Samuel Achterberg: Governor of the Dutch central bank"},
		},
		{
			name:     "a party named after a mayor's name is no part of the office",
			text:     "Mayor Ann Lee of the Civic Union conceded on Sunday.",
			mentions: []string{"PERSON:Ann Lee", "ORG:Civic Union"},
			want:     []string{"Ann Lee: Mayor"},
		},
		{
			name:     "a union named after a governor's name is the office's",
			text:     "Governor Ann Lee of the Harbour Union said so.",
			mentions: []string{"PERSON:Ann Lee", "ORG:Harbour Union"},
			want:     []string{"Ann Lee: Governor of the Harbour Union"},
		},
		{
			name:     "a title alone takes the one central bank the article names",
			text:     "Governor Samuel Achterberg said the bank was watching. The European Central Bank said so.",
			mentions: []string{"PERSON:Samuel Achterberg", "ORG:European Central Bank"},
			want:     []string{"Samuel Achterberg: Governor of the European Central Bank"},
		},
		{
			name:     "an organisation's name after the name completes the role before it",
			text:     "Chief economist Li Wei of Meridian Capital said so.",
			mentions: []string{"PERSON:Li Wei", "ORG:Meridian Capital"},
			want:     []string{"Li Wei: Chief economist of Meridian Capital"},
		},
		{
			name:     "an owner ranking a group goes with the rank",
			text:     "Marco Bellandi, one of Europe's most respected football referees, will retire.",
			mentions: []string{"PERSON:Marco Bellandi", "PLACE:Europe"},
			want:     []string{"Marco Bellandi: football referee"},
		},
		{
			name:     "an owner of an office in a group stays",
			text:     "Ruth Cole, one of Aldmark Bank's senior economists, said so.",
			mentions: []string{"PERSON:Ruth Cole", "ORG:Aldmark Bank"},
			want:     []string{"Ruth Cole: Aldmark Bank's senior economist"},
		},
		{
			name:     "a description the sentence names someone as is their role",
			text:     "The engineer, named by local media as Piotr Zawadzki, 46, signed off the inspection.",
			mentions: []string{"PERSON:Piotr Zawadzki"},
			want:     []string{"Piotr Zawadzki: engineer"},
		},
		{
			name:     "a description the sentence names someone as with an adverb is their role",
			text:     "The driver, named locally as Owen Tate, was treated at the scene.",
			mentions: []string{"PERSON:Owen Tate"},
			want:     []string{"Owen Tate: driver"},
		},
		{
			name:     "the description a passive naming verb puts a name to is a role",
			text:     "The Dunmore farmer who has been missing since Friday night has been named as Tom Hale, 58.",
			mentions: []string{"PLACE:Dunmore", "PERSON:Tom Hale"},
			want:     []string{"Tom Hale: Dunmore farmer"},
		},
		{
			name:     "the description a passive identifying verb puts a name to is a role",
			text:     "A nurse injured in the crash was identified as Ada Brook.",
			mentions: []string{"PERSON:Ada Brook"},
			want:     []string{"Ada Brook: nurse"},
		},
		{
			name:     "a naming verb after no role noun gives no role",
			text:     "The man was named as Ivo Kern.",
			mentions: []string{"PERSON:Ivo Kern"},
			want:     nil,
		},
		{
			name:     "a description a naming verb leaves with another person named in its clause gives no role",
			text:     "The nurse who treated Ivo Kern was named as Ada Brook.",
			mentions: []string{"PERSON:Ivo Kern", "PERSON:Ada Brook"},
			want:     nil,
		},
		{
			name:     "a naming verb after a name in mid-sentence gives no role",
			text:     "Police said the suspect, a man named as Jan Nowak, was held.",
			mentions: []string{"PERSON:Jan Nowak"},
			want:     nil,
		},
		{
			name:     "a traveller before a name is a role",
			text:     "Passenger Ewa Kowalczyk, stranded in Madrid, says she will miss the wedding.",
			mentions: []string{"PERSON:Ewa Kowalczyk", "PLACE:Madrid"},
			want:     []string{"Ewa Kowalczyk: passenger"},
		},
		{
			name:     "an apposition with an indefinite article is a role",
			text:     "Piotr Zawadzki, a senior structural engineer, was arrested.",
			mentions: []string{"PERSON:Piotr Zawadzki"},
			want:     []string{"Piotr Zawadzki: senior structural engineer"},
		},
	}
	checkRoles(t, tests)
}

func TestKinRoleOfThePersonTheSentenceBeforeNames(t *testing.T) {
	tests := []struct {
		name, text string
		mentions   []string
		want       []string
	}{
		{"a pronoun opening a sentence stands for the one person the sentence before names",
			"Piotr Nowak was freed on Monday. His wife, Ewa, said she was relieved.",
			[]string{"PERSON:Piotr Nowak", "PERSON:Ewa"},
			[]string{"Ewa: wife of Piotr Nowak"}},
		{"a pronoun after a sentence naming two people stays bare",
			"Piotr Nowak met Adam Lis on Monday. His wife, Ewa, said she was relieved.",
			[]string{"PERSON:Piotr Nowak", "PERSON:Adam Lis", "PERSON:Ewa"},
			[]string{"Ewa: wife"}},
		{"a pronoun of the other sex stays bare",
			"Maria Nowak was freed on Monday. His wife, Ewa, said she was relieved.",
			[]string{"PERSON:Maria Nowak", "PERSON:Ewa"},
			[]string{"Ewa: wife"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, r := range Roles(tc.text, sentencesOf(tc.text), Resolve(tc.text, nthMentions(t, tc.text, tc.mentions))) {
				got = append(got, r.Name+": "+r.Text)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestPreviousSentenceStart(t *testing.T) {
	tests := []struct {
		name, text, at string
		want           int
	}{
		{"the sentence before in the paragraph", "Tom Hale was freed. His wife spoke.", "His", 0},
		{"the sentence after an earlier one", "It rained. Tom Hale was freed. His wife spoke.", "His", 11},
		{"a paragraph break ends the search", "Tom Hale was freed.\n\nHis wife spoke.", "His", -1},
		{"a quotation closing the sentence before", "Tom said: \"I am free.\" His wife spoke.", "His", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := previousSentenceStart(tc.text, strings.Index(tc.text, tc.at)); got != tc.want {
				t.Errorf("previousSentenceStart = %d, want %d", got, tc.want)
			}
		})
	}
}

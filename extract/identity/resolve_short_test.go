package identity

import "testing"

func TestResolveShortFormsOfFullNames(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		mentions []string
		want     map[string]string // bare mention text → "TYPE:canonical"
	}{
		{
			name:     "both surnames of a Spanish name are the person, whatever the tagger typed them",
			text:     "Prime Minister Ana Belén Ortega Ruiz survived a vote. Ortega Ruiz said she would stay.",
			mentions: []string{"PERSON:Ana Belén Ortega Ruiz", "ORG:Ortega Ruiz#2"},
			want:     map[string]string{"Ana Belén Ortega Ruiz": "PERSON:Ana Belén Ortega Ruiz", "Ortega Ruiz": "PERSON:Ana Belén Ortega Ruiz"},
		},
		{
			name:     "the first of a hyphenated double surname is the person, whatever the tagger typed it",
			text:     "The rival's founder, Lucía Ibáñez-Ruiz, was calmer. Ibáñez said sales rose.",
			mentions: []string{"PERSON:Lucía Ibáñez-Ruiz", "PLACE:Ibáñez"},
			want:     map[string]string{"Lucía Ibáñez-Ruiz": "PERSON:Lucía Ibáñez-Ruiz", "Ibáñez": "PERSON:Lucía Ibáñez-Ruiz"},
		},
		{
			name:     "a particle and the second of a compound given name stand for the person",
			text:     "The miner's head, Ana dos Anjos Ferraz Lobo, spoke. Ms dos Anjos said output would recover, dos Anjos added.",
			mentions: []string{"PERSON:Ana dos Anjos Ferraz Lobo", "PERSON:dos Anjos", "ORG:dos Anjos#2"},
			want:     map[string]string{"Ana dos Anjos Ferraz Lobo": "PERSON:Ana dos Anjos Ferraz Lobo", "dos Anjos": "PERSON:Ana dos Anjos Ferraz Lobo"},
		},
		{
			name:     "a particle and a word another person bears as surname stay that person's",
			text:     "Ana da Rocha Ferraz Lobo and Paulo da Rocha met. Mr da Rocha said little.",
			mentions: []string{"PERSON:Ana da Rocha Ferraz Lobo", "PERSON:Paulo da Rocha", "PERSON:da Rocha"},
			want: map[string]string{"Ana da Rocha Ferraz Lobo": "PERSON:Ana da Rocha Ferraz Lobo", "Paulo da Rocha": "PERSON:Paulo da Rocha",
				"da Rocha": "PERSON:Paulo da Rocha"},
		},
		{
			name:     "a hospital's possessive name alone is the hospital, whatever the tagger typed it",
			text:     "Nurses at St Aldhelm's General Hospital struck. She has worked at St Aldhelm's since 2009.",
			mentions: []string{"ORG:St Aldhelm's General Hospital", "PLACE:St Aldhelm's"},
			want:     map[string]string{"St Aldhelm's General Hospital": "ORG:St Aldhelm's General Hospital", "St Aldhelm's": "ORG:St Aldhelm's General Hospital"},
		},
		{
			name:     "a possessive name opening two institutions stays apart",
			text:     "St Aldhelm's School and St Aldhelm's Church shut. St Aldhelm's said so.",
			mentions: []string{"ORG:St Aldhelm's School", "ORG:St Aldhelm's Church", "PLACE:St Aldhelm's"},
			want: map[string]string{"St Aldhelm's School": "ORG:St Aldhelm's School", "St Aldhelm's Church": "ORG:St Aldhelm's Church",
				"St Aldhelm's": "PLACE:St Aldhelm's"},
		},
		{
			name:     "a body's one-word short name it is said to be known as is the body",
			text:     "Crews from the Tellmar Department of Water and Power, known as TellWater, were sent. TellWater said power was back.",
			mentions: []string{"ORG:Tellmar Department of Water and Power", "ORG:TellWater", "ORG:TellWater#2"},
			want: map[string]string{"Tellmar Department of Water and Power": "ORG:Tellmar Department of Water and Power",
				"TellWater": "ORG:Tellmar Department of Water and Power"},
		},
		{
			name:     "a body's short name it is said to be known as with the is the body",
			text:     "Inspectors from the Harbour Safety Commission, known as the HSC, arrived. The HSC said the crane was unsafe.",
			mentions: []string{"ORG:Harbour Safety Commission", "ORG:HSC", "ORG:HSC#2"},
			want: map[string]string{"Harbour Safety Commission": "ORG:Harbour Safety Commission",
				"HSC": "ORG:Harbour Safety Commission"},
		},
		{
			name:     "a given name taken for a body after the person named in full is the person",
			text:     "Coach Ingrid Solheim named her squad. We have Ingrid, a rider said.",
			mentions: []string{"PERSON:Ingrid Solheim", "ORG:Ingrid#2"},
			want:     map[string]string{"Ingrid Solheim": "PERSON:Ingrid Solheim", "Ingrid": "PERSON:Ingrid Solheim"},
		},
		{
			name:     "a given name taken for a thing before a person of that given name is named stays the thing",
			text:     "The rocket carries Ingrid, a small probe. The probe Ingrid was named after the physicist Ingrid Solheim.",
			mentions: []string{"OTHER:Ingrid", "OTHER:Ingrid#2", "PERSON:Ingrid Solheim"},
			want:     map[string]string{"Ingrid Solheim": "PERSON:Ingrid Solheim", "Ingrid": "OTHER:Ingrid"},
		},
		{
			name:     "a given name opening a firm's name stays the firm's",
			text:     "Tiffany Rowe spoke. Tiffany & Co rose, and Tiffany said sales grew.",
			mentions: []string{"PERSON:Tiffany Rowe", "ORG:Tiffany & Co", "ORG:Tiffany#3"},
			want:     map[string]string{"Tiffany Rowe": "PERSON:Tiffany Rowe", "Tiffany & Co": "ORG:Tiffany & Co", "Tiffany": "ORG:Tiffany & Co"},
		},
		{
			name:     "a name taken for a body beside a word for its people is a country",
			text:     "Talks on Kestria opened. The Kestrian government sent envoys, and Kestria's army held fire.",
			mentions: []string{"ORG:Kestria", "OTHER:Kestrian", "ORG:Kestria#2"},
			want:     map[string]string{"Kestria": "PLACE:Kestria", "Kestrian": "OTHER:Kestrian"},
		},
		{
			name:     "a body's name with no word for its people stays a body",
			text:     "Talks at Kestria opened. Kestria's board met.",
			mentions: []string{"ORG:Kestria", "ORG:Kestria#2"},
			want:     map[string]string{"Kestria": "ORG:Kestria"},
		},
		{
			name:     "a surname taken for a place owning a noun after in is the person",
			text:     "What the Hallgren affair shows. Few knew Ivo Hallgren before. The panel sits in Hallgren's absence.",
			mentions: []string{"PLACE:Hallgren", "PERSON:Ivo Hallgren", "PLACE:Hallgren#2"},
			want:     map[string]string{"Hallgren": "PERSON:Ivo Hallgren", "Ivo Hallgren": "PERSON:Ivo Hallgren"},
		},
		{
			name:     "a surname taken for a place after in stays the place",
			text:     "Ivo Hallgren grew up in Hallgren, a mill town.",
			mentions: []string{"PERSON:Ivo Hallgren", "PLACE:Hallgren#2"},
			want:     map[string]string{"Hallgren": "PLACE:Hallgren", "Ivo Hallgren": "PERSON:Ivo Hallgren"},
		},
		{
			name:     "a surname taken for a place after at is left as it is",
			text:     "Ivo Hallgren founded the broker. Analysts at Hallgren were cautious.",
			mentions: []string{"PERSON:Ivo Hallgren", "PLACE:Hallgren#2"},
			want:     map[string]string{"Hallgren": "PLACE:Hallgren", "Ivo Hallgren": "PERSON:Ivo Hallgren"},
		},
		{
			name:     "a surname taken for a place after of stays the place",
			text:     "Ivo Hallgren said the state of Hallgren would pay.",
			mentions: []string{"PERSON:Ivo Hallgren", "PLACE:Hallgren#2"},
			want:     map[string]string{"Hallgren": "PLACE:Hallgren", "Ivo Hallgren": "PERSON:Ivo Hallgren"},
		},
		{
			name:     "the first of a double surname another person bears whole stays apart",
			text:     "Lucía Ibáñez-Ruiz and Tomás Ibáñez met. Ibáñez said sales rose.",
			mentions: []string{"PERSON:Lucía Ibáñez-Ruiz", "PERSON:Tomás Ibáñez", "PERSON:Ibáñez"},
			want:     map[string]string{"Lucía Ibáñez-Ruiz": "PERSON:Lucía Ibáñez-Ruiz", "Tomás Ibáñez": "PERSON:Tomás Ibáñez", "Ibáñez": "PERSON:Tomás Ibáñez"},
		},
		{
			name:     "both surnames typed a place outvote the full name and still give way to it",
			text:     "Íñigo Arrieta Zubizarreta abstained. Arrieta Zubizarreta said so, and Arrieta Zubizarreta left.",
			mentions: []string{"PERSON:Íñigo Arrieta Zubizarreta", "PLACE:Arrieta Zubizarreta#2", "PLACE:Arrieta Zubizarreta#3"},
			want:     map[string]string{"Íñigo Arrieta Zubizarreta": "PERSON:Íñigo Arrieta Zubizarreta", "Arrieta Zubizarreta": "PERSON:Íñigo Arrieta Zubizarreta"},
		},
		{
			name: "a nation's adjective opening a federation's name is no short name of it",
			text: "Moldovan runner Yuliya Savchenko was suspended. Andrei Lupu, president of the Moldovan Athletics Federation, spoke. " +
				"American said fares would rise, American Motors Corp said.",
			mentions: []string{"ORG:Moldovan", "PERSON:Yuliya Savchenko", "PERSON:Andrei Lupu", "ORG:Moldovan Athletics Federation",
				"ORG:American", "ORG:American Motors Corp"},
			want: map[string]string{"Moldovan": "OTHER:Moldovan", "Moldovan Athletics Federation": "ORG:Moldovan Athletics Federation",
				"Yuliya Savchenko": "PERSON:Yuliya Savchenko", "Andrei Lupu": "PERSON:Andrei Lupu",
				"American": "ORG:American Motors Corp", "American Motors Corp": "ORG:American Motors Corp"},
		},
		{
			name:     "a nation's adjective taken for a place or for an organisation no name opens describes",
			text:     "Savchenko, known in Moldovan athletics as Yulka, ran in Moldova. The Kuwaiti dinar fell.",
			mentions: []string{"PERSON:Savchenko", "PLACE:Moldovan", "PLACE:Moldova", "ORG:Kuwaiti"},
			want: map[string]string{"Savchenko": "PERSON:Savchenko", "Moldovan": "OTHER:Moldovan", "Moldova": "PLACE:Moldova",
				"Kuwaiti": "OTHER:Kuwaiti"},
		},
		{
			name:     "a company's first word taken for a place is the company",
			text:     "A blast hit the Tellmar Plastics works. Everyone here knows someone at Tellmar, a neighbour said.",
			mentions: []string{"ORG:Tellmar Plastics", "PLACE:Tellmar#2"},
			want:     map[string]string{"Tellmar Plastics": "ORG:Tellmar Plastics", "Tellmar": "ORG:Tellmar Plastics"},
		},
		{
			name:     "a company's first word after in stays the town",
			text:     "Tellmar Plastics employs 300 people in Tellmar.",
			mentions: []string{"ORG:Tellmar Plastics", "PLACE:Tellmar#2"},
			want:     map[string]string{"Tellmar Plastics": "ORG:Tellmar Plastics", "Tellmar": "PLACE:Tellmar"},
		},
		{
			name:     "a company's first word after to stays the place",
			text:     "Tellmar Plastics said it shipped the resin to Tellmar.",
			mentions: []string{"ORG:Tellmar Plastics", "PLACE:Tellmar#2"},
			want:     map[string]string{"Tellmar Plastics": "ORG:Tellmar Plastics", "Tellmar": "PLACE:Tellmar"},
		},
		{
			name:     "a body's first word tagged as a body after across or before districts is the place",
			text:     "The Brenmoor Care Group runs clinics across Brenmoor. Staff in the Brenmoor districts were told.",
			mentions: []string{"ORG:Brenmoor Care Group", "ORG:Brenmoor#2", "ORG:Brenmoor#3"},
			want:     map[string]string{"Brenmoor Care Group": "ORG:Brenmoor Care Group", "Brenmoor": "PLACE:Brenmoor"},
		},
		{
			name:     "a body's first word before hospitals or police is the place they serve",
			text:     "Strike shuts Brenmoor hospitals. The Brenmoor Care Group said so.",
			mentions: []string{"ORG:Brenmoor", "ORG:Brenmoor Care Group"},
			want:     map[string]string{"Brenmoor Care Group": "ORG:Brenmoor Care Group", "Brenmoor": "PLACE:Brenmoor"},
		},
		{
			name:     "a territory opening a commission's name is the territory",
			text:     "The Dunmore Gaming Commission fined the firm. The Dunmore regulator said Dunmore's parliament would hear it.",
			mentions: []string{"ORG:Dunmore Gaming Commission", "ORG:Dunmore#2", "ORG:Dunmore#3"},
			want:     map[string]string{"Dunmore Gaming Commission": "ORG:Dunmore Gaming Commission", "Dunmore": "PLACE:Dunmore"},
		},
		{
			name:     "a body's first word before other nouns is still the body",
			text:     "The Brenmoor Care Group said so. Brenmoor shares fell.",
			mentions: []string{"ORG:Brenmoor Care Group", "ORG:Brenmoor"},
			want:     map[string]string{"Brenmoor Care Group": "ORG:Brenmoor Care Group", "Brenmoor": "ORG:Brenmoor Care Group"},
		},
		{
			name:     "a company's first word before province stays the place",
			text:     "Tellmar Holdings built a hotel in Ossa, Tellmar\nprovince.",
			mentions: []string{"ORG:Tellmar Holdings", "PLACE:Ossa", "PLACE:Tellmar#2"},
			want:     map[string]string{"Tellmar Holdings": "ORG:Tellmar Holdings", "Ossa": "PLACE:Ossa", "Tellmar": "PLACE:Tellmar"},
		},
		{
			name:     "a company's first word before a comma and a listed place stays the town",
			text:     "Tellmar Holdings Inc, of Tellmar, Texas, bought a bank.",
			mentions: []string{"ORG:Tellmar Holdings Inc", "PLACE:Tellmar#2", "PLACE:Texas"},
			want:     map[string]string{"Tellmar Holdings Inc": "ORG:Tellmar Holdings Inc", "Tellmar": "PLACE:Tellmar", "Texas": "PLACE:Texas"},
		},
		{
			name:     "a listed place opening a company's name stays the place",
			text:     "London Plastics said jobs at London would go.",
			mentions: []string{"ORG:London Plastics", "PLACE:London#2"},
			want:     map[string]string{"London Plastics": "ORG:London Plastics", "London": "PLACE:London"},
		},
		{
			name:     "a town opening a newspaper's name stays the town",
			text:     "The Tellmar Courier said the fire at Tellmar was out.",
			mentions: []string{"ORG:Tellmar Courier", "PLACE:Tellmar#2"},
			want:     map[string]string{"Tellmar Courier": "ORG:Tellmar Courier", "Tellmar": "PLACE:Tellmar"},
		},
		{
			name:     "two words that end no person's name keep their type",
			text:     "Ana Belén Ortega Ruiz met Banco Santander. Banco Santander said no.",
			mentions: []string{"PERSON:Ana Belén Ortega Ruiz", "ORG:Banco Santander", "ORG:Banco Santander#2"},
			want:     map[string]string{"Ana Belén Ortega Ruiz": "PERSON:Ana Belén Ortega Ruiz", "Banco Santander": "ORG:Banco Santander"},
		},
		{
			name:     "a surname spelled with one letter swapped is the person named in full",
			text:     "Navy spokesman Commodore Mateo Perez said 12 were saved. Peres said the search would go on. Mateo Peres thanked the crews.",
			mentions: []string{"PERSON:Commodore Mateo Perez", "PERSON:Peres#2", "PERSON:Mateo Peres"},
			want:     map[string]string{"Mateo Perez": "PERSON:Mateo Perez", "Peres": "PERSON:Mateo Perez", "Mateo Peres": "PERSON:Mateo Perez"},
		},
		{
			name:     "a respelled surname with another given name is another person",
			text:     "Mateo Perez met Lucia Peres on Monday.",
			mentions: []string{"PERSON:Mateo Perez", "PERSON:Lucia Peres"},
			want:     map[string]string{"Mateo Perez": "PERSON:Mateo Perez", "Lucia Peres": "PERSON:Lucia Peres"},
		},
		{
			name:     "the first of two surnames alone is the person",
			text:     "Íñigo Arrieta Zubizarreta may abstain. Arrieta said so.",
			mentions: []string{"PERSON:Íñigo Arrieta Zubizarreta", "PERSON:Arrieta#2"},
			want:     map[string]string{"Íñigo Arrieta Zubizarreta": "PERSON:Íñigo Arrieta Zubizarreta", "Arrieta": "PERSON:Íñigo Arrieta Zubizarreta"},
		},
		{
			name:     "a given name alone is the one person it opens",
			text:     `Alejandro Ruiz de la Fuente died. "Alejandro was careful," Élodie Marchand said.`,
			mentions: []string{"PERSON:Alejandro Ruiz de la Fuente", "PERSON:Alejandro#2", "PERSON:Élodie Marchand"},
			want: map[string]string{"Alejandro Ruiz de la Fuente": "PERSON:Alejandro Ruiz de la Fuente",
				"Alejandro": "PERSON:Alejandro Ruiz de la Fuente", "Élodie Marchand": "PERSON:Élodie Marchand"},
		},
		{
			name:     "a nickname the article gives a person is that person",
			text:     `Tomás Ferreira-Lund, the forward everybody at the club simply calls Tito, scored twice. Tito said he was happy.`,
			mentions: []string{"PERSON:Tomás Ferreira-Lund", "PERSON:Tito", "PERSON:Tito#2"},
			want:     map[string]string{"Tomás Ferreira-Lund": "PERSON:Tomás Ferreira-Lund", "Tito": "PERSON:Tomás Ferreira-Lund"},
		},
		{
			name:     "a name given to something else is no nickname of the person before",
			text:     `Tomás Ferreira-Lund played for Tito Vilanova. Tito said he was happy.`,
			mentions: []string{"PERSON:Tomás Ferreira-Lund", "PERSON:Tito Vilanova", "PERSON:Tito#2"},
			want:     map[string]string{"Tomás Ferreira-Lund": "PERSON:Tomás Ferreira-Lund", "Tito Vilanova": "PERSON:Tito Vilanova", "Tito": "PERSON:Tito Vilanova"},
		},
		{
			name:     "a diminutive of the given name alone is the one person it shortens",
			text:     `Councillor Bernard Whitlock-Haye resigned. "Bernie would have been the fourth vote," Reyes said.`,
			mentions: []string{"PERSON:Bernard Whitlock-Haye", "PERSON:Bernie", "PERSON:Reyes"},
			want: map[string]string{"Bernard Whitlock-Haye": "PERSON:Bernard Whitlock-Haye", "Bernie": "PERSON:Bernard Whitlock-Haye",
				"Reyes": "PERSON:Reyes"},
		},
		{
			name:     "a given name stated another age than the person named in full with it stays apart",
			text:     "Rhoda, 71, waited all day. Rhoda Ekwall, 29, who works nights, was sent home.",
			mentions: []string{"PERSON:Rhoda", "PERSON:Rhoda Ekwall"},
			want:     map[string]string{"Rhoda": "PERSON:Rhoda", "Rhoda Ekwall": "PERSON:Rhoda Ekwall"},
		},
		{
			name:     "a one-word name taken for a place with a stated age is a person",
			text:     "Corran, 19, whose mother works at the mill, was on the surface.",
			mentions: []string{"PLACE:Corran"},
			want:     map[string]string{"Corran": "PERSON:Corran"},
		},
		{
			name:     "a surname before a business's plural head taken for a person is a business",
			text:     "Payments went to Harrow Estates, the family's firm.",
			mentions: []string{"PERSON:Harrow Estates"},
			want:     map[string]string{"Harrow Estates": "ORG:Harrow Estates"},
		},
		{
			name:     "a place with a number after it and no lower-case word stays a place",
			text:     "Scores: Corran, 19, Westby, 12.",
			mentions: []string{"PLACE:Corran", "PLACE:Westby"},
			want:     map[string]string{"Corran": "PLACE:Corran", "Westby": "PLACE:Westby"},
		},
		{
			name:     "a given name stated the age of the person named in full with it is that person",
			text:     "Rhoda Ekwall, 29, was sent home. Rhoda, 29, said she was angry.",
			mentions: []string{"PERSON:Rhoda Ekwall", "PERSON:Rhoda#2"},
			want:     map[string]string{"Rhoda": "PERSON:Rhoda Ekwall", "Rhoda Ekwall": "PERSON:Rhoda Ekwall"},
		},
		{
			name:     "a given name two people share stays apart",
			text:     "Alejandro Ruiz met Alejandro Sanz. Alejandro said no.",
			mentions: []string{"PERSON:Alejandro Ruiz", "PERSON:Alejandro Sanz", "PERSON:Alejandro#3"},
			want:     map[string]string{"Alejandro Ruiz": "PERSON:Alejandro Ruiz", "Alejandro Sanz": "PERSON:Alejandro Sanz", "Alejandro": "PERSON:Alejandro"},
		},
		{
			name:     "a company's first word alone is the company though the tagger took its name for a person",
			text:     "Halvorsen Therapeutics said the drug worked. Halvorsen's shares rose.",
			mentions: []string{"PERSON:Halvorsen Therapeutics", "ORG:Halvorsen"},
			want:     map[string]string{"Halvorsen Therapeutics": "ORG:Halvorsen Therapeutics", "Halvorsen": "ORG:Halvorsen Therapeutics"},
		},
		{
			name:     "a surname that ends company names stays a person's when the article names it alone",
			text:     "said Anne Parker Mills, an analyst. Mills said so.",
			mentions: []string{"PERSON:Anne Parker Mills", "PERSON:Mills#2"},
			want:     map[string]string{"Anne Parker Mills": "PERSON:Anne Parker Mills", "Mills": "PERSON:Anne Parker Mills"},
		},
		{
			name:     "a word tagged a person that opens two companies' names is an organisation",
			text:     "Damon Corp said its unit Damon Labs grew. Damon president Joe Isola said so.",
			mentions: []string{"ORG:Damon Corp", "ORG:Damon Labs", "PERSON:Damon#3", "PERSON:Joe Isola"},
			want: map[string]string{"Damon Corp": "ORG:Damon Corp", "Damon Labs": "ORG:Damon Labs", "Damon": "ORG:Damon",
				"Joe Isola": "PERSON:Joe Isola"},
		},
		{
			name:     "a company's first word stays the person who bears it as a surname",
			text:     "Halvorsen Therapeutics hired Ingrid Halvorsen. Halvorsen said so.",
			mentions: []string{"ORG:Halvorsen Therapeutics", "PERSON:Ingrid Halvorsen", "PERSON:Halvorsen#3"},
			want: map[string]string{"Halvorsen Therapeutics": "ORG:Halvorsen Therapeutics", "Ingrid Halvorsen": "PERSON:Ingrid Halvorsen",
				"Halvorsen": "PERSON:Ingrid Halvorsen"},
		},
		{
			name:     "a plural that calls no party's members stays apart from a body opening with its singular",
			text:     "Lina Roe's Harvest Union finished third. Her rivals offered the Harvests two ministries.",
			mentions: []string{"PERSON:Lina Roe", "ORG:Harvest Union", "ORG:Harvests"},
			want:     map[string]string{"Lina Roe": "PERSON:Lina Roe", "Harvest Union": "ORG:Harvest Union", "Harvests": "ORG:Harvests"},
		},
		{
			name:     "the Greens join the one body whose name opens with Green",
			text:     "Lina Roe's Green Tomorrow finished third. Her rivals offered the Greens two ministries.",
			mentions: []string{"PERSON:Lina Roe", "ORG:Green Tomorrow", "ORG:Greens"},
			want:     map[string]string{"Lina Roe": "PERSON:Lina Roe", "Green Tomorrow": "ORG:Green Tomorrow", "Greens": "ORG:Green Tomorrow"},
		},
		{
			name:     "the Greens stay apart from two bodies whose names open with Green",
			text:     "Green Tomorrow and Green Energy Corp met. The Greens walked out.",
			mentions: []string{"ORG:Green Tomorrow", "ORG:Green Energy Corp", "ORG:Greens"},
			want:     map[string]string{"Green Tomorrow": "ORG:Green Tomorrow", "Green Energy Corp": "ORG:Green Energy Corp", "Greens": "ORG:Greens"},
		},
		{
			name:     "the Republicans are no committee",
			text:     "The Republican National Committee met. The Republicans walked out.",
			mentions: []string{"ORG:Republican National Committee", "ORG:Republicans"},
			want:     map[string]string{"Republican National Committee": "ORG:Republican National Committee", "Republicans": "ORG:Republicans"},
		},
		{
			name:     "the Conservatives are not two parties named together",
			text:     "Conservative and Labour members met. The Conservatives walked out.",
			mentions: []string{"ORG:Conservative and Labour", "ORG:Conservatives"},
			want:     map[string]string{"Conservative and Labour": "ORG:Conservative and Labour", "Conservatives": "ORG:Conservatives"},
		},
		{
			name:     "the Liberals are no Liberal Democrats",
			text:     "The Liberal Democrats met. The Liberals walked out.",
			mentions: []string{"ORG:Liberal Democrats", "ORG:Liberals"},
			want:     map[string]string{"Liberal Democrats": "ORG:Liberal Democrats", "Liberals": "ORG:Liberals"},
		},
		{
			name:     "a party's name with its last word singular and the party's initials join the party",
			text:     "Social Democrat leader Ana Roe spoke. \"Talks with SD continue,\" she said. The Social Democrats won 40 seats.",
			mentions: []string{"ORG:Social Democrat", "PERSON:Ana Roe", "ORG:SD", "ORG:Social Democrats"},
			want: map[string]string{"Social Democrat": "ORG:Social Democrats", "Ana Roe": "PERSON:Ana Roe", "SD": "ORG:Social Democrats",
				"Social Democrats": "ORG:Social Democrats"},
		},
		{
			name:     "two bodies with the same initials leave them apart",
			text:     "Social Democrats and Silver Dawn met. \"Talks with SD continue,\" Ana Roe said.",
			mentions: []string{"ORG:Social Democrats", "ORG:Silver Dawn", "ORG:SD", "PERSON:Ana Roe"},
			want: map[string]string{"Social Democrats": "ORG:Social Democrats", "Silver Dawn": "ORG:Silver Dawn", "SD": "ORG:SD",
				"Ana Roe": "PERSON:Ana Roe"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, m := range Resolve(tc.text, nthMentions(t, tc.text, tc.mentions)) {
				if got, want := string(m.Type)+":"+m.Canonical, tc.want[m.Text]; got != want {
					t.Errorf("%q: %q, want %q", m.Text, got, want)
				}
			}
		})
	}
}

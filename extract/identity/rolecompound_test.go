package identity

import "testing"

func TestRolesKeepOriginsCompoundsAndOrganisations(t *testing.T) {
	tests := []roleCase{
		{
			name:     "a nationality and a noun before a lexicon head at the edge of the clause are part of the role",
			text:     "DOHA (Gulf Wire) - British aid worker Helen Marsh was released on Thursday.",
			mentions: []string{"PLACE:DOHA", "PLACE:Gulf Wire", "OTHER:British", "PERSON:Helen Marsh"},
			want:     []string{"Helen Marsh: British aid worker"},
		},
		{
			name:     "an apposition followed by a participle clause is a role",
			text:     "Helen Marsh, the British aid worker held in Gaza since August, has been freed.",
			mentions: []string{"PERSON:Helen Marsh", "OTHER:British", "PLACE:Gaza"},
			want:     []string{"Helen Marsh: British aid worker"},
		},
		{
			name:     "an apposition followed by an -ing clause is a role",
			text:     "The winning bid came from Ana Ferreira, a Lisbon art adviser acting for an unnamed client.",
			mentions: []string{"PERSON:Ana Ferreira", "PLACE:Lisbon"},
			want:     []string{"Ana Ferreira: Lisbon art adviser"},
		},
		{
			name:     "a date before a compound role is no part of it",
			text:     "In late January group president Francois Ortoli told journalists the slump hurt.",
			mentions: []string{"PERSON:Francois Ortoli"},
			want:     []string{"Francois Ortoli: president"},
		},
		{
			name:     "a verb opening the sentence before a compound role is no part of it",
			text:     "Quoting legendary baseball manager Casey Stengel, Schneider added a warning.",
			mentions: []string{"PERSON:Casey Stengel", "PERSON:Schneider"},
			want:     []string{"Casey Stengel: manager"},
		},
		{
			name:     "names after and before a compound role may end a list and are no part of it",
			text:     "The bank backed a bid by Bank of Hawaii and Philippine sugar trader Antonio Chan.",
			mentions: []string{"ORG:Bank of Hawaii", "OTHER:Philippine", "PERSON:Antonio Chan"},
			want:     []string{"Antonio Chan: trader"},
		},
		{
			name:     "a noun before a role head after and opening the sentence is part of the role",
			text:     "And product manager Karin Brown points to the success.",
			mentions: []string{"PERSON:Karin Brown"},
			want:     []string{"Karin Brown: product manager"},
		},
		{
			name:     "a verb after to before a role head is no part of it",
			text:     "Iran asked France to extradite ex-president Abolhassan Banisadr.",
			mentions: []string{"PLACE:Iran", "PLACE:France", "PERSON:Abolhassan Banisadr"},
			want:     []string{"Abolhassan Banisadr: ex-president"},
		},
		{
			name:     "a noun before a role head after according to is part of the role",
			text:     "The market grew, according to exchange chairman Nicholas Goodison.",
			mentions: []string{"PERSON:Nicholas Goodison"},
			want:     []string{"Nicholas Goodison: exchange chairman"},
		},
		{
			name:     "a participle after a word that modifies a noun does not end an apposition",
			text:     "Marc Dutroux, the chief accused in the case, was questioned.",
			mentions: []string{"PERSON:Marc Dutroux"},
			want:     nil,
		},
		{
			name:     "a participle after a complement does not end an apposition",
			text:     "Ivan Orlov, an analyst with the investment banking for the firm, said so.",
			mentions: []string{"PERSON:Ivan Orlov"},
			want:     nil,
		},
		{
			name:     "a participle without an article after the name is no role",
			text:     "Trump, speaking earlier in Washington, called the conflict a mess.",
			mentions: []string{"PERSON:Trump", "PLACE:Washington"},
			want:     nil,
		},
		{
			name:     "a place taken for a person before a compound role stays in an apposition",
			text:     "The bid came from Ana Lúcia Ferreira, a São Paulo art adviser acting for a client.",
			mentions: []string{"PERSON:Ana Lúcia Ferreira", "PERSON:São Paulo"},
			want:     []string{"Ana Lúcia Ferreira: São Paulo art adviser"},
		},
		{
			name:     "a place taken for a person before a compound role stays before the name",
			text:     "São Paulo art adviser Ana Lúcia Ferreira made the winning bid.",
			mentions: []string{"PERSON:São Paulo", "PERSON:Ana Lúcia Ferreira"},
			want:     []string{"Ana Lúcia Ferreira: São Paulo art adviser"},
		},
		{
			name:     "a person right before a role head is not part of it",
			text:     "Smith, Jones aide Mark Hale said.",
			mentions: []string{"PERSON:Smith", "PERSON:Jones", "PERSON:Mark Hale"},
			want:     []string{"Mark Hale: aide"},
		},
		{
			name:     "a role head a tagger put inside a party's name is a role",
			text:     "The seat was vacated in June when the former Labour MP, Richard Hale, resigned.",
			mentions: []string{"ORG:Labour MP", "PERSON:Richard Hale"},
			want:     []string{"Richard Hale: former Labour MP"},
		},
		{
			name:     "a role head inside a party's name after the person is a role",
			text:     "Richard Hale, the Labour MP, resigned.",
			mentions: []string{"PERSON:Richard Hale", "ORG:Labour MP"},
			want:     []string{"Richard Hale: former Labour MP"},
		},
		{
			name:     "a role noun joined to a prefix by a hyphen is a role head",
			text:     "Green co-leader Zack Polanski and ex-minister John Redwood spoke, and Vice-chair Ann Lee agreed.",
			mentions: []string{"ORG:Green", "PERSON:Zack Polanski", "PERSON:John Redwood", "PERSON:Ann Lee"},
			want:     []string{"Zack Polanski: Green co-leader", "John Redwood: ex-minister", "Ann Lee: Vice-chair"},
		},
		{
			name:     "a noun of agent after an article and before a name is a role",
			text:     "It was consigned by the collector Jonathan Ferris, who bought it in 1995.",
			mentions: []string{"PERSON:Jonathan Ferris"},
			want:     []string{"Jonathan Ferris: collector"},
		},
		{
			name:     "a noun of agent after an article and a modifier is a role",
			text:     "She married the veteran trumpeter Calvin Reese in 1975.",
			mentions: []string{"PERSON:Calvin Reese"},
			want:     []string{"Calvin Reese: veteran trumpeter"},
		},
		{
			name:     "a noun of agent after a modifier opening the sentence is a role",
			text:     "Local plasterer Owen Tate, 54, said work had dried up.",
			mentions: []string{"PERSON:Owen Tate"},
			want:     []string{"Owen Tate: Local plasterer"},
		},
		{
			name:     "a noun of agent after a capitalised word that is no modifier is no role",
			text:     "Bright plasterer Owen Tate said work had dried up.",
			mentions: []string{"PERSON:Owen Tate"},
			want:     nil,
		},
		{
			name:     "a compound whose last part is no agent is no role",
			text:     "Honda added a two-door Ann Legend to the line.",
			mentions: []string{"ORG:Honda", "PERSON:Ann Legend"},
			want:     nil,
		},
		{
			name:     "a comparative before a one-word name is no role",
			text:     "Pemex charged less for the heavier Maya in February.",
			mentions: []string{"ORG:Pemex", "PERSON:Maya"},
			want:     nil,
		},
		{
			name:     "a noun of agent before a one-word name is no role",
			text:     "The board approved the merger Nolan proposed.",
			mentions: []string{"PERSON:Nolan"},
			want:     nil,
		},
		{
			name:     "a name holding the role head is the role, not its owner",
			text:     "David Lomax, Group Economics Adviser at National Westminster Bank, said so.",
			mentions: []string{"PERSON:David Lomax", "ORG:Group Economics Adviser", "ORG:National Westminster Bank"},
			want:     []string{"David Lomax: Group Economics Adviser at National Westminster Bank"},
		},
		{
			name:     "a noun with an agent's ending that names a time is no role",
			text:     "In the summer Jonathan Ferris sold the painting.",
			mentions: []string{"PERSON:Jonathan Ferris"},
			want:     nil,
		},
		{
			name:     "a one-word organisation before a role stands for the organisation named before it",
			text:     "The UK Health Security Agency issued an alert. Agency chief executive Jenny Harries urged calm.",
			mentions: []string{"ORG:UK Health Security Agency", "ORG:Agency#2", "PERSON:Jenny Harries"},
			want:     []string{"Jenny Harries: UK Health Security Agency chief executive"},
		},
		{
			name:     "a one-word organisation that is the complement of a longer name stays as written",
			text:     "The Department of Transportation agreed. Transportation Secretary Elizabeth Dole said so.",
			mentions: []string{"ORG:Department of Transportation", "ORG:Transportation#2", "PERSON:Elizabeth Dole"},
			want:     []string{"Elizabeth Dole: Transportation Secretary"},
		},
		{
			name:     "a name with a possessive is no whole name of a one-word organisation",
			text:     "Ministers backed December's OPEC accord. In Jamaica, OPEC President Rilwanu Lukman spoke.",
			mentions: []string{"ORG:December's OPEC", "PLACE:Jamaica", "ORG:OPEC#2", "PERSON:Rilwanu Lukman"},
			want:     []string{"Rilwanu Lukman: OPEC President"},
		},
		{
			name:     "a one-word name that is no generic noun stays as written",
			text:     "Hapoel Taibe lost. Taibe resident Sameh Haj Yihye was hurt.",
			mentions: []string{"ORG:Hapoel Taibe", "ORG:Taibe#2", "PERSON:Sameh Haj Yihye"},
			want:     []string{"Sameh Haj Yihye: Taibe resident"},
		},
		{
			name:     "a one-word organisation no longer name ends in stays as written",
			text:     "Agency chief executive Jenny Harries urged calm.",
			mentions: []string{"ORG:Agency", "PERSON:Jenny Harries"},
			want:     []string{"Jenny Harries: Agency chief executive"},
		},
	}
	checkRoles(t, tests)
}

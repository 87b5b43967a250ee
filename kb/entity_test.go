package kb

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestFindPeopleByTheirNames(t *testing.T) {
	s := storeOf(t, map[string]string{
		"verdict.txt": "Jury convicts crypto founder\nNEW YORK - A federal jury on Thursday convicted Marcus J. Whitfield Jr., the founder of Ardent Capital, of fraud. " +
			"Whitfield, 39, faces up to 40 years in prison.\n",
		"guilty.txt": "Founder found guilty\nNEW YORK - Marcus Whitfield, who built Ardent Capital, was found guilty on Thursday. Whitfield showed no emotion.\n",
		"hostages.txt": "Hostages freed\nDOHA - Nikolai Petrenko, a Ukrainian water engineer, was freed on Tuesday. Petrenko, 58, appeared thin. " +
			"His wife, Olena Petrenko, said she had not slept.\n",
		"fire.txt": "Fire grows\nVentura County Supervisor Matt LaVere said the county would open a third shelter on Monday.\n",
		"bank.txt": "Rates cut\nLONDON - Governor Margarethe von Stauffenberg-Lind said on Tuesday the bank would cut rates. " +
			"Councillor Chidi Okonkwo-Eze welcomed the cut. Okonkwo-Eze said homeowners would gain.\n",
		"obituary.txt": "Director dies\nMADRID - Ana María de la Vega, the film director, has died at 85. " +
			"De la Vega was born in Salamanca in 1941. She is survived by her son, the producer Miguel de la Vega.\n",
		"merger.txt": "Carmakers merge\nOSLO - Ford Motor Co and Halvorsen Group agreed a merger on Monday. " +
			"Halvorsen Group chief executive Ingrid Halvorsen said it was a good day. Halvorsen said workers would gain. " +
			"Ford shares rose.\n",
		"cabinet.txt": "Minister quits\nVALMONT - The minister quit after meeting Prime Minister Tomas Ford. " +
			"Ford told reporters the minister had lost the confidence of the cabinet.\n",
		"composer.txt": "Composer dies\nVIENNA - Composer Viktor Szabó-Lindgren has died at 85. " +
			"\"He heard music in everything,\" his daughter, Eva Lindgren, said.\n",
		"budget.txt":   "Budget passed\nTHE HAGUE - Finance Minister Anna Berg kept her post. Berg said the budget was balanced.\n",
		"election.txt": "By-election called\nHARWICK - Independent candidate José Luis Ramírez Castillo will stand in the by-election.\n",
		"port.txt":     "Port expands\nSINGAPORE - Transport minister Marcus Teo Kai Ming opened the new berths on Friday.\n",
		"talks.txt": "Talks resume\nBUSAN - President Seo Ji-ho opened the talks on Monday. Seo said both sides wanted a deal. " +
			"He is not to be confused with Deputy Trade Minister Han Min-seo, who led the talks last week.\n",
	})
	tests := []struct {
		name  string
		query string
		want  []string // the people found; several when the reader is asked which
		also  []string // the other people of the name the answer mentions
	}{
		{"a name without its suffix and middle initial finds the person", "Marcus Whitfield", []string{"Marcus J. Whitfield Jr."}, nil},
		{"a name with a suffix the articles wrote otherwise finds the person", "marcus whitfield jr", []string{"Marcus J. Whitfield Jr."}, nil},
		{"a surname finds the one person with it", "Whitfield", []string{"Marcus J. Whitfield Jr."}, nil},
		{"a father's suffix does not find the son", "Marcus Whitfield Sr.", nil, nil},
		{"a surname two people share finds the one the article calls by it", "Petrenko", []string{"Nikolai Petrenko"}, []string{"Olena Petrenko"}},
		{"the first half of a double-barrelled surname finds the person", "Stauffenberg", []string{"Margarethe von Stauffenberg-Lind"}, nil},
		{"the second half of a double-barrelled surname finds the person", "Lind", []string{"Margarethe von Stauffenberg-Lind"}, nil},
		{"a half of a surname the articles also write alone finds the person", "Eze", []string{"Chidi Okonkwo-Eze"}, nil},
		{"a surname without its particles finds the one the article calls by it", "Vega", []string{"Ana María de la Vega"}, []string{"Miguel de la Vega"}},
		{"a surname a person and a company share finds the person and names the company", "Ford", []string{"Tomas Ford"}, []string{"Ford Motor Co"}},
		{"a surname opening a company's name finds the person and names the company", "Halvorsen", []string{"Ingrid Halvorsen"}, []string{"Halvorsen Group"}},
		{"a surname that is half of another's names that person too", "Lindgren", []string{"Eva Lindgren"}, []string{"Viktor Szabó-Lindgren"}},
		{"the first of two surnames finds the person", "Ramirez", []string{"José Luis Ramírez Castillo"}, nil},
		{"a Chinese family name after an English given name finds the person", "Teo", []string{"Marcus Teo Kai Ming"}, nil},
		{"a part of a hyphenated given name is no surname half", "Seo", []string{"Seo Ji-ho"}, nil},
		{"a double surname typed with a space for its hyphen finds the person", "Stauffenberg Lind", []string{"Margarethe von Stauffenberg-Lind"}, nil},
		{"a full name with its double surname typed apart finds the person", "Viktor Szabo Lindgren", []string{"Viktor Szabó-Lindgren"}, nil},
		{"a surname typed with particles no article wrote finds no one", "van der Berg", nil, nil},
		{"a surname typed with its particles finds the people written with them", "de la Vega", []string{"Ana María de la Vega"}, nil},
		{"a name after a job title finds the person", "Matt LaVere", []string{"Matt LaVere"}, nil},
		{"a person named with the place of a title finds the person", "Supervisor Matt LaVere of Ventura County", []string{"Matt LaVere"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := findSorted(t, s, tc.query)
			if got := refNames(l.Matches); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.query, got, tc.want)
			}
			if also := refNames(l.Others); !slices.Equal(also, tc.also) {
				t.Errorf("Find(%q) also names %q, want %q", tc.query, also, tc.also)
			}
		})
	}
}

func TestFindShowsAPersonByTheSpellingMostMentionsUse(t *testing.T) {
	s := storeOf(t, map[string]string{
		"count.txt": "Farmer wins seat\nDUNMORE - Ewan McAlister won the Dunmore seat on Friday. MacAlister thanked voters. " +
			"MacAlister said the count had been fair. MacAlister, 52, keeps sheep.\n",
		"oath.txt":  "New member sworn in\nDUNMORE - Ewan MacAlister took his seat on Monday.\n",
		"fire.txt":  "Mill fire\nKELSO - Station Commander Ilse Brandt said crews fought the blaze at the mill overnight.\n",
		"cause.txt": "Mill fire was arson\nKELSO - Station Commander Brandt told reporters the fire at the mill had been started deliberately.\n",
	})
	tests := []struct {
		name, query, want string
		articles          int
	}{
		{"the surname most mentions spell names the person", "Ewan McAlister", "Ewan MacAlister", 2},
		{"a surname after a rank joins the person named in full", "Brandt", "Ilse Brandt", 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l, err := s.Find(context.Background(), tc.query)
			if err != nil {
				t.Fatal(err)
			}
			if len(l.Matches) != 1 || l.Matches[0].Name != tc.want || l.Matches[0].Articles != tc.articles {
				t.Errorf("Find(%q) = %+v, want %s in %d articles", tc.query, l.Matches, tc.want, tc.articles)
			}
		})
	}
}

func TestFindInstitutionsByTheirNames(t *testing.T) {
	s := storeOf(t, map[string]string{
		"appeal.txt": "Court of Appeal overturns ruling\nThe Court of Appeal on Tuesday overturned a High Court ruling. " +
			"The original ruling was given last March by Judge Alison Tremlett at Birmingham Crown Court's civil division. " +
			"The Court said the judge had erred.\n",
	})
	tests := []struct {
		name  string
		query string
		want  []string
	}{
		{"an institution's full name finds it", "Court of Appeal", []string{"Court of Appeal"}},
		{"another court sharing only the head noun finds no court", "Birmingham Crown Court", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l, err := s.Find(context.Background(), tc.query)
			if err != nil {
				t.Fatal(err)
			}
			if got := refNames(l.Matches); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.query, got, tc.want)
			}
		})
	}
}

func TestFindTellsRelativesApart(t *testing.T) {
	s := storeOf(t, map[string]string{
		"keane.txt": "Keane dies at 84\n\nRobert Keane Jr., the pianist, died on Sunday. His daughter, Louise Keane, said he died peacefully. " +
			"Keane was born in 1941, the son of a preacher, Robert Keane Sr.\n",
		"okafor.txt": "Seat\n\nJames Okafor lost the seat to his wife, Mary Okafor, on Thursday. Mrs Okafor said she was sorry.\n",
	})
	for q, want := range map[string]string{"Keane": "Robert Keane Jr.", "Keane Jr.": "Robert Keane Jr.", "keane sr": "Robert Keane Sr.", "Mrs Okafor": "Mary Okafor", "Mr Okafor": "James Okafor"} {
		l, err := s.Find(context.Background(), q)
		if err != nil || len(l.Matches) != 1 || l.Matches[0].Name != want {
			t.Errorf("Find(%q) = %+v, %v; want %s", q, l.Matches, err, want)
		}
	}
}

func TestFindPicksTheBearerOfTheTitleTyped(t *testing.T) {
	s := storeOf(t, map[string]string{
		"fire.txt": "Fire spreads\n\nFire Chief Dana Alvarez said crews gained ground on Tuesday. " +
			"Among those who lost everything is Miguel Alvarez, a walnut grower. Alvarez said he had ten minutes.\n",
	})
	tests := []struct {
		name, query string
		want        []string
	}{
		{"a title one bearer holds finds that bearer", "Chief Alvarez", []string{"Dana Alvarez"}},
		{"the whole title finds that bearer too", "Fire Chief Alvarez", []string{"Dana Alvarez"}},
		{"a title neither holds leaves the reader to choose", "Mayor Alvarez", []string{"Dana Alvarez", "Miguel Alvarez"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := refNames(findSorted(t, s, tc.query).Matches); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.query, got, tc.want)
			}
		})
	}
}

// findSorted looks query up and sorts its matches by name.
func findSorted(t *testing.T, s *Store, query string) Lookup {
	t.Helper()
	l, err := s.Find(context.Background(), query)
	if err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(l.Matches, func(a, b EntityRef) int { return strings.Compare(a.Name, b.Name) })
	return l
}

func TestFindTheOneNamedFarMoreOften(t *testing.T) {
	s := storeOf(t, map[string]string{
		"mine.txt": "Rescue\n\nMine manager Tomas Novak said on Monday that rescuers had reached the shaft. Tomas Novak said the air was good. " +
			"Rescuers praised Tomas Novak. Later Tomas Novak told reporters the work went on. His brother, Pavel Novak, waited outside.\n",
		"vote.txt": "Vote\n\nAnna Lind and Erik Lind both stood for the council on Tuesday.\n",
	})
	tests := []struct {
		query string
		want  []string
		also  []string
	}{
		{"Novak", []string{"Tomas Novak"}, []string{"Pavel Novak"}},
		{"Lind", []string{"Anna Lind", "Erik Lind"}, nil},
	}
	for _, tc := range tests {
		l, err := s.Find(context.Background(), tc.query)
		if err != nil {
			t.Fatal(err)
		}
		got, also := refNames(l.Matches), refNames(l.Others)
		slices.Sort(got)
		if !slices.Equal(got, tc.want) || !slices.Equal(also, tc.also) {
			t.Errorf("Find(%q) = %q also %q, want %q also %q", tc.query, got, also, tc.want, tc.also)
		}
	}
}

// refNames returns the names of entities found, in their order.
func refNames(refs []EntityRef) []string {
	var out []string
	for _, r := range refs {
		out = append(out, r.Name)
	}
	return out
}

func TestFindNamesTheCompanyBesidePeopleOfItsName(t *testing.T) {
	s := storeOf(t, map[string]string{
		"fleet.txt": "Retailer renews fleet\n\nChief financial officer Daniel Ford said the chain is replacing its fleet with electric vans from Ford. " +
			"\"We signed the Ford contract in June,\" Ford said.\n",
		"prize.txt": "Student wins prize\n\nFormer student Amelia Ford won the award on Monday. Ford said she was proud.\n",
	})
	l, err := s.Find(context.Background(), "Ford")
	if err != nil {
		t.Fatal(err)
	}
	all := append(refNames(l.Matches), refNames(l.Others)...)
	slices.Sort(all)
	if want := []string{"Amelia Ford", "Daniel Ford", "Ford"}; !slices.Equal(all, want) {
		t.Errorf("Find(Ford) names %q, want %q", all, want)
	}
}

func TestFindAsksWhichWhenAFarMoreReportedNameEndsInTheWord(t *testing.T) {
	files := map[string]string{
		"swap.txt": "Oil swap\n\nMcChip Resources Inc said it would exchange its oil properties operated by Reserve Exploration Co for shares. " +
			"Reserve said the deal would close in June.\n",
	}
	for i := range 12 {
		files[fmt.Sprintf("rates%02d.txt", i)] = fmt.Sprintf("Rates\n\nWASHINGTON - The Federal Reserve left interest rates unchanged on Wednesday, meeting %d of the year. "+
			"Economists had expected the Federal Reserve to wait.\n", i+1)
	}
	tests := []struct {
		name  string
		files int // rate stories kept
		want  []string
	}{
		{"a word one company is called by and a far more reported name ends in means either", 12, []string{"Federal Reserve", "Reserve Exploration Co"}},
		{"a name ending in the word reported a few times more leaves the word to the company", 3, []string{"Reserve Exploration Co"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			kept := map[string]string{}
			for name, text := range files {
				if !strings.HasPrefix(name, "rates") || name < fmt.Sprintf("rates%02d", tc.files) {
					kept[name] = text
				}
			}
			l, err := storeOf(t, kept).Find(context.Background(), "Reserve")
			if err != nil {
				t.Fatal(err)
			}
			if got := refNames(l.Matches); !slices.Equal(got, tc.want) {
				t.Errorf("Find(Reserve) = %q, want %q", got, tc.want)
			}
		})
	}
}

// A live blog's entry heading is no sentence to introduce anyone with.
func TestHeadingLine(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Savchenko speaks", true},
		{"Hrytsenko arrives", true},
		{"Truce extended until 23 March", true},
		{"Savchenko has spoken briefly to reporters outside the court.", false},
		{"Al-Rashidi: 'We came back because we gave our word'", false},
		{"Is the truce holding?", false},
		{"The panel heard from the restaurant, it heard from the butcher, and it heard from a veterinary toxicologist and from many others besides", false},
		{"Savchenko\nspeaks", false},
	}
	for _, tt := range tests {
		if got := headingLine(tt.text); got != tt.want {
			t.Errorf("headingLine(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// A line of names and figures only, a live score, is no sentence to
// introduce anyone with.
func TestHasLowerWord(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Ashcombe Rovers 1-0 Kelbury Town.", false},
		{"Ashcombe Rovers 1-2 Kelbury Town (Ellery 23; Okonkwo 61, 88)", false},
		{"FULL TIME: ASHCOMBE ROVERS 1-2 KELBURY TOWN", false},
		{"1-0", false},
		{"Ashcombe Rovers beat Kelbury Town 2-1.", true},
		{"Ashcombe Rovers 1-0 Kelbury Town at half-time.", true},
		{"“Rovers deserved it,” Reyes said.", true},
		{"Élodie Marchand à Paris.", true},
		{"東京 Tokyo", true},
	}
	for _, tt := range tests {
		if got := hasLowerWord(tt.text); got != tt.want {
			t.Errorf("hasLowerWord(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// A sentence that is only a quotation is someone's words, not a line that
// introduces the person it names.
func TestQuoteOnly(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{`"The Reyes plan will fail."`, true},
		{"“The Reyes plan will fail.”", true},
		{`"The Reyes plan will fail".`, true},
		{`"The Reyes plan will fail," Lind said.`, false},
		{`Lind said the Reyes plan would "fail".`, false},
		{`"It will fail," Lind said. "So will the Reyes plan."`, false},
		{`Reyes tabled the plan.`, false},
		{`""`, false},
	}
	for _, tt := range tests {
		if got := quoteOnly(tt.text); got != tt.want {
			t.Errorf("quoteOnly(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

package identity

import (
	"fmt"
	"reflect"
	"sort"
	"testing"

	"newsbot/extract/doc"
)

func org(article, name string) DocEntity {
	return DocEntity{Article: article, Name: name, Type: doc.Org}
}

// thing is a name typed as neither person, place nor organisation,
// mentioned twice.
func thing(article, name string) DocEntity {
	return DocEntity{Article: article, Name: name, Type: doc.Other, Surfaces: []string{name, name}, Mentions: 2}
}

func person(article, name string, surfaces ...string) DocEntity {
	return DocEntity{Article: article, Name: name, Type: doc.Person, Surfaces: append([]string{name}, surfaces...), Mentions: 1 + len(surfaces)}
}

// groupsOf renders Cluster's result as sorted lists of member names, one
// list per entity, for comparison.
func groupsOf(ents []DocEntity, got []Entity) [][]string {
	var out [][]string
	for _, e := range got {
		var names []string
		for _, m := range e.Members {
			names = append(names, ents[m].Name)
		}
		sort.Strings(names)
		out = append(out, names)
	}
	sort.Slice(out, func(i, j int) bool { return fmt.Sprint(out[i]) < fmt.Sprint(out[j]) })
	return out
}

func TestCluster(t *testing.T) {
	tests := []struct {
		name string
		ents []DocEntity
		want [][]string
	}{
		{
			name: "three transliterations of Zelensky are one person",
			ents: []DocEntity{person("a", "Volodymyr Zelensky"), person("b", "Volodymyr Zelenskiy"), person("c", "Volodymyr Zelenskyy"), person("d", "Zelenskyy")},
			want: [][]string{{"Volodymyr Zelenskiy", "Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelenskyy"}},
		},
		{
			name: "a name given as a person's former one elsewhere joins that person, unless two people claim it",
			ents: []DocEntity{person("a", "Marianne Tolley", "Marianne Fenwick"), person("b", "Marianne Fenwick"),
				person("c", "Ann Lee", "Ann Chu"), person("d", "Ann Wong", "Ann Chu"), person("e", "Ann Chu")},
			want: [][]string{{"Ann Chu"}, {"Ann Lee"}, {"Ann Wong"}, {"Marianne Fenwick", "Marianne Tolley"}},
		},
		{
			name: "the place a bank is of is a place, neither the bank nor a person",
			ents: []DocEntity{org("a", "National Bank of Valdonia"), org("a", "NBV"), org("a", "Valdonia"), person("b", "Valdonia"),
				{Article: "c", Name: "Valdonia", Type: doc.Place}, org("d", "Bank of Ostmark"), org("d", "Ostmark"),
				org("e", "Lewis of Philips"), org("e", "Philips"), {Article: "f", Name: "Philips", Type: doc.Place}},
			want: [][]string{{"Bank of Ostmark"}, {"Lewis of Philips"}, {"NBV", "National Bank of Valdonia"}, {"Ostmark"}, {"Philips", "Philips"}, {"Valdonia", "Valdonia", "Valdonia"}},
		},
		{
			name: "an organisation's other name given in one article joins it in another, unless two claim it",
			ents: []DocEntity{{Article: "a", Name: "Social Democratic Party", Type: doc.Org, Surfaces: []string{"Social Democratic Party", "Stronnictwo Demokratyczno-Społeczne"}},
				org("b", "Stronnictwo Demokratyczno-Społeczne"), person("c", "Stronnictwo Demokratyczno-Społeczne"),
				{Article: "d", Name: "Green Party", Type: doc.Org, Surfaces: []string{"Green Party", "Partia Zielonych"}},
				{Article: "e", Name: "Greens Union", Type: doc.Org, Surfaces: []string{"Greens Union", "Partia Zielonych"}}, org("f", "Partia Zielonych")},
			want: [][]string{{"Green Party"}, {"Greens Union"}, {"Partia Zielonych"}, {"Social Democratic Party", "Stronnictwo Demokratyczno-Społeczne", "Stronnictwo Demokratyczno-Społeczne"}},
		},
		{
			name: "an organisation's one-word alias given in one article joins it in another, unless two claim it or it is a word of the name",
			ents: []DocEntity{{Article: "a", Name: "Tellmar Department of Water and Power", Type: doc.Org, Surfaces: []string{"Tellmar Department of Water and Power", "TellWater"}},
				org("b", "TellWater"), org("c", "TellWater"),
				{Article: "d", Name: "Brisco Rail Authority", Type: doc.Org, Surfaces: []string{"Brisco Rail Authority", "BriscoRail"}},
				{Article: "e", Name: "Brisco Rail Holdings", Type: doc.Org, Surfaces: []string{"Brisco Rail Holdings", "BriscoRail"}}, org("f", "BriscoRail"),
				{Article: "g", Name: "Harl Water Board", Type: doc.Org, Surfaces: []string{"Harl Water Board", "Harl"}}, org("h", "Harl")},
			want: [][]string{{"Brisco Rail Authority"}, {"Brisco Rail Holdings"}, {"BriscoRail"}, {"Harl Water Board"}, {"Harl"}, {"TellWater", "TellWater", "Tellmar Department of Water and Power"}},
		},
		{
			name: "a lone word joins the one team named by a pair of sponsors it opens, unless a person, a place or two teams",
			ents: []DocEntity{org("a", "Tolsen–Marrow"), {Article: "b", Name: "Tolsen", Type: doc.Other},
				org("c", "Varde-Kolm"), org("d", "Varde-Brisk"), {Article: "e", Name: "Varde", Type: doc.Other},
				org("f", "Haller-Stad"), person("g", "Haller"), {Article: "h", Name: "Haller", Type: doc.Place}},
			want: [][]string{{"Haller-Stad"}, {"Haller"}, {"Haller"}, {"Tolsen", "Tolsen–Marrow"}, {"Varde-Brisk"}, {"Varde-Kolm"}, {"Varde"}},
		},
		{
			name: "a country's full name joins the place of its short name",
			ents: []DocEntity{{Article: "a", Name: "The Republic of Valdoria", Type: doc.Place}, {Article: "a", Name: "Valdoria", Type: doc.Place},
				{Article: "b", Name: "Kessland Federation", Type: doc.Place}, {Article: "c", Name: "Kessland", Type: doc.Place}},
			want: [][]string{{"Kessland", "Kessland Federation"}, {"The Republic of Valdoria", "Valdoria"}},
		},
		{
			name: "a longer name with republic, a divided state and a body of a federation stay apart",
			ents: []DocEntity{{Article: "a", Name: "People's Republic of China", Type: doc.Place}, {Article: "b", Name: "China", Type: doc.Place},
				{Article: "e", Name: "Republic of China", Type: doc.Place},
				{Article: "c", Name: "Federation of Economic Organisations", Type: doc.Org}, {Article: "d", Name: "Economic Organisations", Type: doc.Place}},
			want: [][]string{{"China"}, {"Economic Organisations"}, {"Federation of Economic Organisations"}, {"People's Republic of China"}, {"Republic of China"}},
		},
		{
			name: "Steve and Steven Witkoff are one person",
			ents: []DocEntity{person("a", "Steve Witkoff"), person("b", "Steven Witkoff"), person("c", "Witkoff")},
			want: [][]string{{"Steve Witkoff", "Steven Witkoff", "Witkoff"}},
		},
		{
			name: "Micheál and Micheal Martin are one person",
			ents: []DocEntity{person("a", "Micheál Martin"), person("b", "Micheal Martin")},
			want: [][]string{{"Micheal Martin", "Micheál Martin"}},
		},
		{
			name: "two Smiths stay distinct and a bare Smith joins neither",
			ents: []DocEntity{person("a", "John Smith"), person("b", "Jane Smith"), person("c", "Smith"), person("d", "Smith")},
			want: [][]string{{"Jane Smith"}, {"John Smith"}, {"Smith", "Smith"}},
		},
		{
			name: "a bare surname joins the full name that clearly dominates the others sharing it",
			ents: []DocEntity{
				person("a", "Ronald Reagan"), person("b", "Ronald Reagan"), person("c", "Ronald Reagan"),
				person("d", "Nancy Reagan"),
				person("e", "Reagan"), person("f", "Reagan"), person("g", "Reagan"), person("h", "Reagan"), person("i", "Reagan"),
			},
			want: [][]string{{"Nancy Reagan"}, {"Reagan", "Reagan", "Reagan", "Reagan", "Reagan", "Ronald Reagan", "Ronald Reagan", "Ronald Reagan"}},
		},
		{
			name: "a bare surname joins the full name with three times the mentions of the others and more articles",
			ents: []DocEntity{
				person("a", "Ronald Reagan", "Reagan", "Reagan"), person("b", "Ronald Reagan", "Reagan", "Reagan"), person("c", "Ronald Reagan", "Reagan", "Reagan"),
				person("d", "Nancy Reagan"), person("e", "Athough Reagan"),
				person("f", "Reagan"),
			},
			want: [][]string{{"Athough Reagan"}, {"Nancy Reagan"}, {"Reagan", "Ronald Reagan", "Ronald Reagan", "Ronald Reagan"}},
		},
		{
			name: "a bare surname stays apart when the leading full name has under three times the others",
			ents: []DocEntity{
				person("a", "James Baker"), person("b", "James Baker"), person("c", "James Baker"),
				person("d", "Howard Baker"), person("e", "Howard Baker"),
				person("f", "Baker"),
			},
			want: [][]string{{"Baker"}, {"Howard Baker", "Howard Baker"}, {"James Baker", "James Baker", "James Baker"}},
		},
		{
			name: "a bare surname joins the only full name with it however rare",
			ents: []DocEntity{person("a", "James Baker"), person("f", "Baker"), person("g", "Baker")},
			want: [][]string{{"Baker", "Baker", "James Baker"}},
		},
		{
			name: "a middle name joins the shorter form",
			ents: []DocEntity{person("a", "Vladimir Putin"), person("b", "Vladimir Vladimirovich Putin"), person("c", "Putin")},
			want: [][]string{{"Putin", "Vladimir Putin", "Vladimir Vladimirovich Putin"}},
		},
		{
			name: "a Jr named beside the same name without it in one article is a different person from the father",
			ents: []DocEntity{person("a", "Donald Trump"), person("b", "Donald Trump Jr."), person("b", "Donald Trump"), person("c", "Trump")},
			want: [][]string{{"Donald Trump", "Donald Trump"}, {"Donald Trump Jr."}, {"Trump"}},
		},
		{
			name: "a suffix and a middle initial split no one",
			ents: []DocEntity{person("a", "Marcus J. Whitfield Jr."), person("b", "Marcus Whitfield"), person("c", "Whitfield"), person("d", "Jonathan Hale Jnr"), person("e", "Jonathan Hale")},
			want: [][]string{{"Jonathan Hale", "Jonathan Hale Jnr"}, {"Marcus J. Whitfield Jr.", "Marcus Whitfield", "Whitfield"}},
		},
		{
			name: "a name used far more often than the same name with a suffix is the father",
			ents: []DocEntity{person("a", "T. Boone Pickens"), person("b", "T. Boone Pickens"), person("c", "T. Boone Pickens"),
				person("d", "T. Boone Pickens"), person("e", "T. Boone Pickens III")},
			want: [][]string{{"T. Boone Pickens III"}, {"T. Boone Pickens", "T. Boone Pickens", "T. Boone Pickens", "T. Boone Pickens"}},
		},
		{
			name: "a Jr and a Sr of one name are father and son, and the name without a suffix could be either",
			ents: []DocEntity{person("a", "Marcus Whitfield Jr."), person("b", "Marcus Whitfield Sr."), person("c", "Marcus Whitfield"), person("d", "Marcus Whitfield Jnr")},
			want: [][]string{{"Marcus Whitfield Jnr", "Marcus Whitfield Jr."}, {"Marcus Whitfield Sr."}, {"Marcus Whitfield"}},
		},
		{
			name: "a surname with and without its Arabic article is one person",
			ents: []DocEntity{person("a", "Bashar al-Assad"), person("b", "Bashar Assad"), person("c", "Assad")},
			want: [][]string{{"Assad", "Bashar Assad", "Bashar al-Assad"}},
		},
		{
			name: "a place never merges with a person",
			ents: []DocEntity{person("a", "George Washington"), {Article: "b", Name: "Washington", Type: doc.Place}, person("c", "Washington")},
			want: [][]string{{"George Washington", "Washington"}, {"Washington"}},
		},
		{
			name: "a name the tagger once called a person joins the place it is everywhere else",
			ents: []DocEntity{{Article: "a", Name: "Kyiv", Type: doc.Place}, {Article: "b", Name: "Kyiv", Type: doc.Place}, {Article: "c", Name: "Kyiv", Type: doc.Place}, {Article: "d", Name: "Kyiv", Type: doc.Place}, {Article: "e", Name: "Kyiv", Type: doc.Place}, person("f", "Kyiv")},
			want: [][]string{{"Kyiv", "Kyiv", "Kyiv", "Kyiv", "Kyiv", "Kyiv"}},
		},
		{
			name: "a name the tagger once called a person joins the company written with a legal form everywhere else",
			ents: []DocEntity{org("a", "Baker Hughes Inc"), org("b", "Baker Hughes Inc"), org("c", "Baker Hughes"), org("d", "Baker Hughes Inc"), org("e", "Baker Hughes Inc"), person("f", "Baker Hughes")},
			want: [][]string{{"Baker Hughes", "Baker Hughes", "Baker Hughes Inc", "Baker Hughes Inc", "Baker Hughes Inc", "Baker Hughes Inc"}},
		},
		{
			name: "a person given a role stays apart from the company named after him",
			ents: []DocEntity{org("a", "Charles Schwab Corp"), org("b", "Charles Schwab Corp"), org("c", "Charles Schwab Corp"), org("d", "Charles Schwab Corp"), org("e", "Charles Schwab Corp"), {Article: "f", Name: "Charles Schwab", Type: doc.Person, Roles: []string{"founder"}}},
			want: [][]string{{"Charles Schwab Corp", "Charles Schwab Corp", "Charles Schwab Corp", "Charles Schwab Corp", "Charles Schwab Corp"}, {"Charles Schwab"}},
		},
		{
			name: "a one-word name another article gives a person as a quoted nickname is that person",
			ents: []DocEntity{person("a", `Danny "Boots" Okonkwo`), person("a", "Sarah Whitlock"), {Article: "b", Name: "Boots", Type: doc.Other}, person("b", "Sarah Whitlock")},
			want: [][]string{{"Boots", `Danny "Boots" Okonkwo`}, {"Sarah Whitlock", "Sarah Whitlock"}},
		},
		{
			name: "a quoted nickname in articles with nothing in common stays apart",
			ents: []DocEntity{person("a", `Danny "Boots" Okonkwo`), {Article: "b", Name: "Boots", Type: doc.Other}},
			want: [][]string{{"Boots"}, {`Danny "Boots" Okonkwo`}},
		},
		{
			name: "a company named like a quoted nickname stays apart",
			ents: []DocEntity{person("a", `Danny "Boots" Okonkwo`), person("a", "Sarah Whitlock"), org("b", "Boots"), person("b", "Sarah Whitlock")},
			want: [][]string{{"Boots"}, {`Danny "Boots" Okonkwo`}, {"Sarah Whitlock", "Sarah Whitlock"}},
		},
		{
			name: "a word already joined to another name stays apart from the person it is the nickname of",
			ents: []DocEntity{person("a", `C. J. "Pete" Silas`), person("a", "Sarah Whitlock"), person("b", "Timothy Pettee"), person("c", "Pete"), person("c", "Sarah Whitlock")},
			want: [][]string{{`C. J. "Pete" Silas`}, {"Pete", "Timothy Pettee"}, {"Sarah Whitlock", "Sarah Whitlock"}},
		},
		{
			name: "a nickname and the surname of the one person given that nickname are that person",
			ents: []DocEntity{person("a", `Danny "Boots" Okonkwo`), person("a", "Sarah Whitlock"), person("b", "Boots Okonkwo"), person("b", "Sarah Whitlock")},
			want: [][]string{{"Boots Okonkwo", `Danny "Boots" Okonkwo`}, {"Sarah Whitlock", "Sarah Whitlock"}},
		},
		{
			name: "a nickname and another surname stay apart",
			ents: []DocEntity{person("a", `Danny "Boots" Okonkwo`), person("a", "Sarah Whitlock"), person("b", "Boots Adeyemi"), person("b", "Sarah Whitlock")},
			want: [][]string{{"Boots Adeyemi"}, {`Danny "Boots" Okonkwo`}, {"Sarah Whitlock", "Sarah Whitlock"}},
		},
		{
			name: "a club's initials and FC are the club",
			ents: []DocEntity{org("a", "Dunford Albion"), org("b", "Dunford Albion"), org("c", "DAFC")},
			want: [][]string{{"DAFC", "Dunford Albion", "Dunford Albion"}},
		},
		{
			name: "a nickname two people are given stays apart",
			ents: []DocEntity{person("a", `Danny "Boots" Okonkwo`), person("a", "Sarah Whitlock"), person("c", `Tom "Boots" Barry`), person("c", "Sarah Whitlock"), {Article: "b", Name: "Boots", Type: doc.Other}, person("b", "Sarah Whitlock")},
			want: [][]string{{"Boots"}, {`Danny "Boots" Okonkwo`}, {"Sarah Whitlock", "Sarah Whitlock", "Sarah Whitlock"}, {`Tom "Boots" Barry`}},
		},
		{
			name: "two spellings of a name given one alias are one person",
			ents: []DocEntity{person("a", "Pavel Hrubenko", "Sh4dow"), person("b", "Pavlo Hrubenka", "Hrubenka", "Sh4dow")},
			want: [][]string{{"Pavel Hrubenko", "Pavlo Hrubenka"}},
		},
		{
			name: "an alias shared by names not spelled alike, or named side by side, joins no one",
			ents: []DocEntity{person("a", "Pavel Hrubenko", "Sh4dow"), person("b", "Marta Hrubenko", "Sh4dow"),
				person("c", "Ivo Dalek", "Nox"), person("c", "Ivan Dalik", "Nox")},
			want: [][]string{{"Ivan Dalik"}, {"Ivo Dalek"}, {"Marta Hrubenko"}, {"Pavel Hrubenko"}},
		},
		{
			name: "a given name and surname read as a place once joins the person two other articles name",
			ents: []DocEntity{person("a", "Jordan Ellery"), person("b", "Jordan Ellery", "Ellery"), {Article: "c", Name: "Jordan Ellery", Type: doc.Place}},
			want: [][]string{{"Jordan Ellery", "Jordan Ellery", "Jordan Ellery"}},
		},
		{
			name: "a name with particles read as another kind once joins the person two other articles name",
			ents: []DocEntity{person("a", "Amélie de Vautrin-Bois"), person("b", "Amélie de Vautrin-Bois"), {Article: "c", Name: "Amélie de Vautrin-Bois", Type: doc.Other}},
			want: [][]string{{"Amélie de Vautrin-Bois", "Amélie de Vautrin-Bois", "Amélie de Vautrin-Bois"}},
		},
		{
			name: "a name with particles read as an organisation stays apart from its person",
			ents: []DocEntity{person("a", "Amélie de Vautrin-Bois"), person("b", "Amélie de Vautrin-Bois"), org("c", "Amélie de Vautrin-Bois")},
			want: [][]string{{"Amélie de Vautrin-Bois", "Amélie de Vautrin-Bois"}, {"Amélie de Vautrin-Bois"}},
		},
		{
			name: "a name read as a person joins the organisation of the name that articles give its initials",
			ents: []DocEntity{{Article: "a", Name: "Blue Horizon", Type: doc.Org, Surfaces: []string{"Blue Horizon", "BH"}}, org("b", "Blue Horizon"), org("c", "Blue Horizon"), person("d", "Blue Horizon"), person("e", "Blue Horizon")},
			want: [][]string{{"Blue Horizon", "Blue Horizon", "Blue Horizon", "Blue Horizon", "Blue Horizon"}},
		},
		{
			name: "a name read as a person stays apart from an organisation of the name without initials",
			ents: []DocEntity{org("a", "Blue Horizon"), org("b", "Blue Horizon"), org("c", "Blue Horizon"), person("d", "Blue Horizon"), person("e", "Blue Horizon")},
			want: [][]string{{"Blue Horizon", "Blue Horizon", "Blue Horizon"}, {"Blue Horizon", "Blue Horizon"}},
		},
		{
			name: "a one-word name read as a person joins its place when the articles name its people",
			ents: []DocEntity{{Article: "a", Name: "Kestria", Type: doc.Place}, {Article: "b", Name: "Kestria", Type: doc.Place}, {Article: "c", Name: "Kestria", Type: doc.Place}, person("d", "Kestria"), {Article: "e", Name: "Kestrian", Type: doc.Other}},
			want: [][]string{{"Kestria", "Kestria", "Kestria", "Kestria"}, {"Kestrian"}},
		},
		{
			name: "a one-word name read as a person stays apart from its place with no word for its people",
			ents: []DocEntity{{Article: "a", Name: "Kestria", Type: doc.Place}, {Article: "b", Name: "Kestria", Type: doc.Place}, {Article: "c", Name: "Kestria", Type: doc.Place}, person("d", "Kestria")},
			want: [][]string{{"Kestria", "Kestria", "Kestria"}, {"Kestria"}},
		},
		{
			name: "a full name read as a place in one article joins the person three others name",
			ents: []DocEntity{person("a", "Ilka Maršálek"), person("b", "Ilka Marsalek"), person("c", "Ilka Maršálek"), {Article: "d", Name: "Ilka Maršálek", Type: doc.Place}},
			want: [][]string{{"Ilka Marsalek", "Ilka Maršálek", "Ilka Maršálek", "Ilka Maršálek"}},
		},
		{
			name: "a long personal name read as an organisation in one article joins its person",
			ents: []DocEntity{person("a", "Omar bin Said al-Rashidi"), person("b", "Omar bin Said al-Rashidi"), person("c", "Omar bin Said al-Rashidi"), org("d", "Omar bin Said al-Rashidi")},
			want: [][]string{{"Omar bin Said al-Rashidi", "Omar bin Said al-Rashidi", "Omar bin Said al-Rashidi", "Omar bin Said al-Rashidi"}},
		},
		{
			name: "a full name read as a person in one article joins the place three others name",
			ents: []DocEntity{{Article: "a", Name: "Passo Arvo", Type: doc.Place}, {Article: "b", Name: "Passo Arvo", Type: doc.Place}, {Article: "c", Name: "Passo Arvo", Type: doc.Place}, person("d", "Passo Arvo")},
			want: [][]string{{"Passo Arvo", "Passo Arvo", "Passo Arvo", "Passo Arvo"}},
		},
		{
			name: "a full name given a role in one article stays apart from the place three others name",
			ents: []DocEntity{{Article: "a", Name: "Passo Arvo", Type: doc.Place}, {Article: "b", Name: "Passo Arvo", Type: doc.Place}, {Article: "c", Name: "Passo Arvo", Type: doc.Place},
				{Article: "d", Name: "Passo Arvo", Type: doc.Person, Surfaces: []string{"Passo Arvo"}, Mentions: 1, Roles: []string{"mayor"}}},
			want: [][]string{{"Passo Arvo", "Passo Arvo", "Passo Arvo"}, {"Passo Arvo"}},
		},
		{
			name: "a known given name and surname read as a person once stays apart from the place three others name",
			ents: []DocEntity{{Article: "a", Name: "Greta Holm", Type: doc.Place}, {Article: "b", Name: "Greta Holm", Type: doc.Place}, {Article: "c", Name: "Greta Holm", Type: doc.Place}, person("d", "Greta Holm")},
			want: [][]string{{"Greta Holm", "Greta Holm", "Greta Holm"}, {"Greta Holm"}},
		},
		{
			name: "a given name and surname read as a person once stays apart from the organisation three others name",
			ents: []DocEntity{org("a", "Ralph Lauren"), org("b", "Ralph Lauren"), org("c", "Ralph Lauren"), person("d", "Ralph Lauren")},
			want: [][]string{{"Ralph Lauren", "Ralph Lauren", "Ralph Lauren"}, {"Ralph Lauren"}},
		},
		{
			name: "a full name read as a place in two articles stays apart from its person",
			ents: []DocEntity{person("a", "Ilka Maršálek"), person("b", "Ilka Maršálek"), person("c", "Ilka Maršálek"), {Article: "d", Name: "Ilka Maršálek", Type: doc.Place}, {Article: "e", Name: "Ilka Maršálek", Type: doc.Place}},
			want: [][]string{{"Ilka Maršálek", "Ilka Maršálek", "Ilka Maršálek"}, {"Ilka Maršálek", "Ilka Maršálek"}},
		},
		{
			name: "a name that lost its given name before bin joins the one person of the longer name",
			ents: []DocEntity{person("a", "Omar bin Said al-Rashidi"), person("b", "bin Said Al-Rashidi"), person("c", "Yusuf bin Ali al-Harthi"), person("c", "Salim bin Ali al-Harthi"), person("d", "bin Ali al-Harthi")},
			want: [][]string{{"Omar bin Said al-Rashidi", "bin Said Al-Rashidi"}, {"Salim bin Ali al-Harthi"}, {"Yusuf bin Ali al-Harthi"}, {"bin Ali al-Harthi"}},
		},
		{
			name: "a given name and surname read as an organisation stays apart from its person",
			ents: []DocEntity{person("a", "Ralph Lauren"), person("b", "Ralph Lauren"), org("c", "Ralph Lauren")},
			want: [][]string{{"Ralph Lauren", "Ralph Lauren"}, {"Ralph Lauren"}},
		},
		{
			name: "a two-word name opening with no given name keeps its place beside a person",
			ents: []DocEntity{person("a", "Harlow Park"), person("b", "Harlow Park"), {Article: "c", Name: "Harlow Park", Type: doc.Place}},
			want: [][]string{{"Harlow Park", "Harlow Park"}, {"Harlow Park"}},
		},
		{
			name: "a given name and surname a person in as many articles as a place stay apart",
			ents: []DocEntity{person("a", "Jordan Ellery"), {Article: "b", Name: "Jordan Ellery", Type: doc.Place}},
			want: [][]string{{"Jordan Ellery"}, {"Jordan Ellery"}},
		},
		{
			name: "a person as often named as the company written after him stays apart",
			ents: []DocEntity{org("a", "Ralph Lauren Corp"), org("b", "Ralph Lauren Corp"), person("c", "Ralph Lauren")},
			want: [][]string{{"Ralph Lauren Corp", "Ralph Lauren Corp"}, {"Ralph Lauren"}},
		},
		{
			name: "a name that is as often a person as an organisation stays two entities",
			ents: []DocEntity{{Article: "a", Name: "Ford", Type: doc.Org}, {Article: "b", Name: "Ford", Type: doc.Org}, person("c", "Ford")},
			want: [][]string{{"Ford", "Ford"}, {"Ford"}},
		},
		{
			name: "an organisation and a place with one key are one entity",
			ents: []DocEntity{{Article: "a", Name: "Kremlin", Type: doc.Org}, {Article: "b", Name: "the Kremlin", Type: doc.Place}, {Article: "c", Name: "Kremlin", Type: doc.Org}},
			want: [][]string{{"Kremlin", "Kremlin", "the Kremlin"}},
		},
		{
			name: "an acronym joins the name an article spelled out with it",
			ents: []DocEntity{{Article: "a", Name: "United States", Type: doc.Place, Surfaces: []string{"United States", "U.S."}}, {Article: "b", Name: "U.S.", Type: doc.Place}, {Article: "c", Name: "US", Type: doc.Place}},
			want: [][]string{{"U.S.", "US", "United States"}},
		},
		{
			name: "an acronym of two different names stays apart",
			ents: []DocEntity{{Article: "a", Name: "Palestinian Authority", Type: doc.Org, Surfaces: []string{"PA"}}, {Article: "b", Name: "Press Association", Type: doc.Org, Surfaces: []string{"PA"}}, {Article: "c", Name: "PA", Type: doc.Org}},
			want: [][]string{{"PA"}, {"Palestinian Authority"}, {"Press Association"}},
		},
		{
			name: "an acronym joins the name of another article with its initials",
			ents: []DocEntity{{Article: "a", Name: "Information Commissioner's Office", Type: doc.Org}, {Article: "b", Name: "ICO", Type: doc.Org}},
			want: [][]string{{"ICO", "Information Commissioner's Office"}},
		},
		{
			name: "a mixed-case acronym in another article joins the name with its initials and of",
			ents: []DocEntity{{Article: "a", Name: "Bank of England", Type: doc.Org}, {Article: "b", Name: "BoE", Type: doc.Org}},
			want: [][]string{{"Bank of England", "BoE"}},
		},
		{
			name: "an acronym that is the initials of two names stays apart",
			ents: []DocEntity{{Article: "a", Name: "Independent Complaints Office", Type: doc.Org}, {Article: "b", Name: "International Coffee Organisation", Type: doc.Org}, {Article: "c", Name: "ICO", Type: doc.Org}},
			want: [][]string{{"ICO"}, {"Independent Complaints Office"}, {"International Coffee Organisation"}},
		},
		{
			name: "a two-letter acronym joins the one name with its initials when their articles name another in common",
			ents: []DocEntity{{Article: "a", Name: "United Nations", Type: doc.Org}, person("a", "Mara Jensen"), {Article: "b", Name: "UN", Type: doc.Org, Surfaces: []string{"UN", "U.N."}}, person("b", "Jensen")},
			want: [][]string{{"Jensen", "Mara Jensen"}, {"UN", "United Nations"}},
		},
		{
			name: "a two-letter acronym with nothing else in common stays apart",
			ents: []DocEntity{{Article: "a", Name: "Canada Zero", Type: doc.Org}, person("a", "Mara Jensen"), {Article: "b", Name: "CZ", Type: doc.Org}, person("b", "Ola Berg")},
			want: [][]string{{"CZ"}, {"Canada Zero"}, {"Mara Jensen"}, {"Ola Berg"}},
		},
		{
			name: "a two-letter acronym an article spelled out does not join another name with its initials",
			ents: []DocEntity{{Article: "a", Name: "Press Association", Type: doc.Org}, person("a", "Mara Jensen"), {Article: "c", Name: "Palestinian Authority", Type: doc.Org, Surfaces: []string{"Palestinian Authority", "PA"}}, {Article: "b", Name: "PA", Type: doc.Org}, person("b", "Jensen")},
			want: [][]string{{"Jensen", "Mara Jensen"}, {"PA", "Palestinian Authority"}, {"Press Association"}},
		},
		{
			name: "a surname-only entity with no full name anywhere stays alone",
			ents: []DocEntity{person("a", "Ushakov"), person("b", "Ushakov")},
			want: [][]string{{"Ushakov", "Ushakov"}},
		},
		{
			name: "empty names are left out",
			ents: []DocEntity{person("a", ""), person("b", "Kaja Kallas")},
			want: [][]string{{"Kaja Kallas"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := groupsOf(tc.ents, Cluster(tc.ents))
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestClusterDisplayNameAndAliases(t *testing.T) {
	ents := []DocEntity{
		person("a", "Volodymyr Zelenskiy", "Zelenskiy", "Zelensky"),
		person("b", "Volodymyr Zelensky", "Zelensky"),
		person("c", "Volodymyr Zelensky"),
		person("d", "Zelenskyy"),
		{Article: "e", Name: "Volodymyr Zelensky", Type: doc.Org, Mentions: 1},
	}
	got := Cluster(ents)
	if len(got) != 2 {
		t.Fatalf("got %d entities, want 2: %+v", len(got), got)
	}
	e := got[0]
	if e.Name != "Volodymyr Zelensky" || e.Type != doc.Person {
		t.Errorf("entity %q %s, want Volodymyr Zelensky PERSON", e.Name, e.Type)
	}
	want := []string{"Volodymyr Zelenskiy", "Zelenskiy", "Zelensky", "Zelenskyy"}
	al := append([]string(nil), e.Aliases...)
	sort.Strings(al)
	if !reflect.DeepEqual(al, want) {
		t.Errorf("aliases %v, want %v", al, want)
	}
	if !reflect.DeepEqual(e.Members, []int{0, 1, 2, 3}) {
		t.Errorf("members %v", e.Members)
	}
}

func TestClusterListsOnlyTheSpellingsReadersUse(t *testing.T) {
	tests := []struct {
		name string
		ents []DocEntity
		want []string
	}{
		{
			name: "the last word of a surname with particles is no spelling",
			ents: []DocEntity{person("a", "Jean-Luc de la Croix", "Croix", "de la Croix")},
			want: []string{"de la Croix"},
		},
		{
			name: "a given name alone is no spelling of a person called by the surname",
			ents: []DocEntity{person("a", "Tomás Rodríguez-Vela", "Rodríguez-Vela", "Tomás")},
			want: []string{"Rodríguez-Vela"},
		},
		{
			name: "the family name of a surname-first name stays a spelling",
			ents: []DocEntity{person("a", "Wang Yi", "Wang")},
			want: []string{"Wang"},
		},
		{
			name: "the family name of a Chinese name stays a spelling beside the given name",
			ents: []DocEntity{person("a", "Liu Yang", "Liu", "Yang")},
			want: []string{"Liu", "Yang"},
		},
		{
			name: "a body's name without the country leading it is a spelling",
			ents: []DocEntity{{Article: "a", Name: "U.S. Food and Drug Administration", Type: doc.Org, Surfaces: []string{"U.S. Food and Drug Administration", "FDA"}, Mentions: 2}},
			want: []string{"FDA", "Food and Drug Administration"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Cluster(tc.ents)
			if len(got) != 1 {
				t.Fatalf("got %d entities, want 1: %+v", len(got), got)
			}
			al := append([]string(nil), got[0].Aliases...)
			sort.Strings(al)
			if !reflect.DeepEqual(al, tc.want) {
				t.Errorf("aliases %q, want %q", al, tc.want)
			}
		})
	}
}

func TestClusterDisplaysTheSpellingMostMentionsUse(t *testing.T) {
	// dated is a person named in an outlet's article of a day.
	dated := func(article, outlet, published, name string, surfaces ...string) DocEntity {
		e := person(article, name, surfaces...)
		e.Source, e.Published = outlet, published
		return e
	}
	governor := func(e DocEntity) DocEntity { e.Roles = []string{"governor"}; return e }
	tests := []struct {
		name string
		ents []DocEntity
		want string
	}{
		{"diacritics the majority drops are kept",
			[]DocEntity{dated("a", "Wire", "2026-01-02", "Jorgen Halvorsen"), dated("b", "Post", "2026-01-03", "Jorgen Halvorsen"),
				dated("c", "Herald", "2026-01-01", "Jørgen Halvorsen")},
			"Jørgen Halvorsen"},
		{"a name's diacritics are kept over a form written more often without them",
			[]DocEntity{dated("a", "Gazette", "2026-11-13", "Zoe O Briain", "O Briain", "Zoe O Briain"),
				dated("b", "Ledger", "2026-11-12", "Zoë Ó Briain", "Zoë")},
			"Zoë Ó Briain"},
		{"diacritics the majority writes are kept",
			[]DocEntity{dated("d", "Wire", "2026-01-01", "Malgorzata Wisniewska"), dated("e", "Post", "2026-01-02", "Małgorzata Wiśniewska"),
				dated("f", "Herald", "2026-01-03", "Małgorzata Wiśniewska")},
			"Małgorzata Wiśniewska"},
		{"a bare surname votes for the full form spelt as it ends",
			[]DocEntity{dated("a", "Wire", "2026-01-01", "Ewan McAlister", "MacAlister", "MacAlister", "MacAlister"),
				dated("b", "Post", "2026-01-02", "Ewan MacAlister", "MacAlister")},
			"Ewan MacAlister"},
		{"a bare surname votes for a full form ending in a suffix",
			[]DocEntity{dated("a", "Wire", "2026-01-02", "Ewan MacAlister Jr.", "MacAlister"), dated("b", "Post", "2026-01-01", "Ewan McAlister")},
			"Ewan MacAlister Jr."},
		{"a surname with its particle capitalised votes for the full forms that write it either way",
			[]DocEntity{dated("a", "Post", "2026-11-03", "Pieter van der Berg", "Van der Berg"), dated("b", "Post", "2026-11-19", "Pieter van der Berg", "Van der Berg"),
				dated("c", "Ledger", "2026-11-10", "Pieter Van der Berg", "Pieter Van der Berg", "Van der Berg")},
			"Pieter van der Berg"},
		{"a surname with its particle in lower case votes only for the full form that writes it so",
			[]DocEntity{dated("a", "Post", "2026-11-10", "Pieter van der Berg", "van der Berg", "van der Berg"), dated("b", "Ledger", "2026-11-03", "Pieter Van der Berg", "Pieter Van der Berg")},
			"Pieter van der Berg"},
		{"a spelling used once loses to one used more, however long",
			[]DocEntity{dated("a", "Wire", "2026-01-01", "Ravi Subramaniam", "Subramaniam"), dated("b", "Post", "2026-01-02", "Ravi Subramaniaam")},
			"Ravi Subramaniam"},
		{"a tie goes to the spelling more outlets use",
			[]DocEntity{dated("a", "Wire", "2026-01-03", "Ravi Subramaniaam"), dated("b", "Post", "2026-01-01", "Ravi Subramaniam"),
				dated("c", "Post", "2026-01-02", "Ravi Subramaniam"), dated("d", "Herald", "2026-01-04", "Ravi Subramaniaam")},
			"Ravi Subramaniaam"},
		{"a family name alone votes for the full form it opens when the given name is hyphenated",
			[]DocEntity{governor(dated("a", "Wire", "2026-01-01", "Park Ji-won", "Park Ji-won", "Park Ji-won")),
				governor(dated("b", "Post", "2026-01-02", "Ji-won Park", "Ji-won Park", "Park", "Park", "Park"))},
			"Park Ji-won"},
		{"a country's short name is shown over its full name",
			[]DocEntity{{Article: "a", Name: "Republic of Valdoria", Type: doc.Place, Mentions: 3}, {Article: "b", Name: "Valdoria", Type: doc.Place, Mentions: 1}},
			"Valdoria"},
		{"then to the earlier article",
			[]DocEntity{dated("a", "Wire", "2026-01-03", "Ravi Subramaniaam"), dated("b", "Post", "2026-01-02", "Ravi Subramaniam")},
			"Ravi Subramaniam"},
		{"an undated article comes after a dated one",
			[]DocEntity{dated("a", "", "", "Ravi Subramaniaam"), dated("b", "Post", "2026-01-02", "Ravi Subramaniam")},
			"Ravi Subramaniam"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Cluster(tc.ents)
			if len(got) != 1 || got[0].Name != tc.want {
				t.Errorf("got %+v, want one entity named %q", got, tc.want)
			}
		})
	}
}

func TestClusterDisplaysANameWithItsHyphens(t *testing.T) {
	tests := []struct {
		name string
		ents []DocEntity
		want string
	}{
		{"one article each", []DocEntity{person("a", "Chidi Okonkwo Eze"), person("b", "Chidi Okonkwo-Eze")}, "Chidi Okonkwo-Eze"},
		{"one article each in the other order", []DocEntity{person("b", "Chidi Okonkwo-Eze"), person("a", "Chidi Okonkwo Eze")}, "Chidi Okonkwo-Eze"},
		{"more articles without the hyphen", []DocEntity{person("a", "Chidi Okonkwo Eze"), person("b", "Chidi Okonkwo-Eze"),
			person("c", "Chidi Okonkwo Eze")}, "Chidi Okonkwo-Eze"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Cluster(tc.ents)
			if len(got) != 1 || got[0].Name != tc.want {
				t.Errorf("got %+v, want one entity named %q", got, tc.want)
			}
		})
	}
}

func TestClusterDominantSurname(t *testing.T) {
	var ents []DocEntity
	for i := range 30 {
		ents = append(ents, person(fmt.Sprint("t", i), "Donald Trump"))
	}
	ents = append(ents, person("m", "Melania Trump"), person("x", "Trump"))
	got := groupsOf(ents, Cluster(ents))
	if len(got) != 2 {
		t.Errorf("a bare surname should join the overwhelmingly covered full name: %v", got)
	}
}

// BenchmarkCluster clusters a synthetic corpus of 100k articles with 20
// entities each, drawn from 50k people whose names come in spelling
// variants, surname-only forms and shared surnames.
func BenchmarkCluster(b *testing.B) {
	ents := syntheticCorpus(100_000, 20)
	b.ResetTimer()
	for b.Loop() {
		Cluster(ents)
	}
}

func syntheticCorpus(articles, perArticle int) []DocEntity {
	given := []string{"Steve", "Steven", "John", "Jane", "Mike", "Michael", "Olena", "Volodymyr", "Yuri", "Dmitry", "Maria", "Kaja", "Micheál", "Micheal"}
	var ents []DocEntity
	seed := uint64(1)
	next := func() uint64 {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		return seed
	}
	for a := range articles {
		art := fmt.Sprintf("%06d.txt", a)
		for range perArticle {
			p := next() % 50_000
			sur := fmt.Sprintf("Surname%dsky", p%20_000)
			if next()%3 == 0 {
				sur = fmt.Sprintf("Surname%dskiy", p%20_000)
			}
			name := given[int(p)%len(given)] + " " + sur
			typ := doc.Person
			switch next() % 10 {
			case 0:
				name = sur
			case 1:
				name = fmt.Sprintf("Agency %d", p%5000)
				typ = doc.Org
			}
			ents = append(ents, DocEntity{Article: art, Source: "s", Name: name, Type: typ, Surfaces: []string{name}, Mentions: 2})
		}
	}
	return ents
}

func TestClusterFoldsCapitalsOnlyIntoMixedCaseInUse(t *testing.T) {
	place := func(article, name string, mentions int) DocEntity {
		return DocEntity{Article: article, Name: name, Type: doc.Place, Surfaces: []string{name}, Mentions: mentions}
	}
	orgN := func(article, name string, mentions int) DocEntity {
		return DocEntity{Article: article, Name: name, Type: doc.Org, Surfaces: []string{name}, Mentions: mentions}
	}
	tests := []struct {
		name string
		ents []DocEntity
		want string
	}{
		{"a dateline in capitals gives way to the usual spelling",
			[]DocEntity{place("a", "KYIV", 1), place("b", "KYIV", 1), place("a", "Kyiv", 3)}, "Kyiv"},
		{"an acronym is not folded into a lower-case slip",
			[]DocEntity{place("a", "U.S.", 5), place("b", "U.S.", 4), place("c", "u.s.", 1)}, "U.S."},
		{"an organisation's acronym stays in capitals when they are its usual spelling",
			[]DocEntity{orgN("a", "OPEC", 9), orgN("b", "OPEC", 8), orgN("c", "Opec", 4)}, "OPEC"},
		{"an organisation's headline capitals give way to its usual spelling",
			[]DocEntity{orgN("a", "GENERAL MOTORS", 1), orgN("b", "General Motors", 6)}, "General Motors"},
		{"an acronym is not folded into a rare mixed-case form",
			[]DocEntity{place("a", "U.S.", 20), place("b", "U.S.", 20), place("c", "Us", 1)}, "U.S."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Cluster(tt.ents)
			if len(got) != 1 || got[0].Name != tt.want {
				t.Fatalf("Cluster gave %+v, want one entity named %q", got, tt.want)
			}
		})
	}
}

func TestClusterGivenNamePrefixesAndLegalForms(t *testing.T) {
	org := func(article, name string) DocEntity {
		return DocEntity{Article: article, Name: name, Type: doc.Org, Surfaces: []string{name}, Mentions: 1}
	}
	tests := []struct {
		name string
		ents []DocEntity
		want [][]string
	}{
		{"a given name a few letters longer is the same person",
			[]DocEntity{person("a", "Thandiwe Mokoena"), person("b", "Thandi Mokoena")},
			[][]string{{"Thandi Mokoena", "Thandiwe Mokoena"}}},
		{"short given names stay apart",
			[]DocEntity{person("a", "Jean Dupont"), person("b", "Jeanne Dupont")},
			[][]string{{"Jean Dupont"}, {"Jeanne Dupont"}}},
		{"a four-letter given name joins the longer one of a surname no one else bears",
			[]DocEntity{person("a", "Tobias Wrenfold"), person("b", "Tobi Wrenfold")},
			[][]string{{"Tobi Wrenfold", "Tobias Wrenfold"}}},
		{"a four-letter given name stays apart when a third name bears the surname",
			[]DocEntity{person("a", "Tobias Wrenfold"), person("b", "Tobi Wrenfold"), person("c", "Anna Wrenfold")},
			[][]string{{"Anna Wrenfold"}, {"Tobi Wrenfold"}, {"Tobias Wrenfold"}}},
		{"a four-letter given name stays apart from a woman's form of it",
			[]DocEntity{person("a", "Paul Wrenfold"), person("b", "Paula Wrenfold")},
			[][]string{{"Paul Wrenfold"}, {"Paula Wrenfold"}}},
		{"a company's trade word before its legal form drops with it",
			[]DocEntity{org("a", "Marvane Global Ltd"), org("b", "Marvane"), org("c", "Marvane Global")},
			[][]string{{"Marvane Global"}, {"Marvane", "Marvane Global Ltd"}}},
		{"a body's office in a town is the body",
			[]DocEntity{org("a", "Coastal Weather Bureau"), org("b", "Coastal Weather Bureau in Port Amble"), org("c", "Weather in Port")},
			[][]string{{"Coastal Weather Bureau", "Coastal Weather Bureau in Port Amble"}, {"Weather in Port"}}},
		{"a given name extending to two names stays apart",
			[]DocEntity{person("a", "Louis Martin"), person("b", "Louise Martin"), person("c", "Louisa Martin")},
			[][]string{{"Louis Martin"}, {"Louisa Martin"}, {"Louise Martin"}}},
		{"a company with and without its legal form is one",
			[]DocEntity{org("a", "Aquarand Holdings"), org("b", "Aquarand"), org("c", "Aquarand Holdings Ltd")},
			[][]string{{"Aquarand", "Aquarand Holdings", "Aquarand Holdings Ltd"}}},
		{"a football club with and without FC is one",
			[]DocEntity{org("a", "Kestrel Town FC"), org("b", "Kestrel Town")},
			[][]string{{"Kestrel Town", "Kestrel Town FC"}}},
		{"a place is no company named after it",
			[]DocEntity{org("a", "Chicago Corp"), org("b", "Chicago"), {Article: "c", Name: "Chicago", Type: doc.Place, Surfaces: []string{"Chicago"}, Mentions: 1},
				{Article: "d", Name: "Chicago", Type: doc.Place, Surfaces: []string{"Chicago"}, Mentions: 1}},
			[][]string{{"Chicago", "Chicago", "Chicago"}, {"Chicago Corp"}}},
		{"a football club with and without its letters is one",
			[]DocEntity{org("a", "Eastport Rovers FC"), org("a", "Eastport Rovers"), org("b", "Eastport Rovers")},
			[][]string{{"Eastport Rovers", "Eastport Rovers", "Eastport Rovers FC"}}},
		{"a legal form alone is not dropped",
			[]DocEntity{org("a", "Holdings"), org("b", "Group")},
			[][]string{{"Group"}, {"Holdings"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := groupsOf(tt.ents, Cluster(tt.ents)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("groups %v, want %v", got, tt.want)
			}
		})
	}
}

func TestWithNicknames(t *testing.T) {
	tests := []struct {
		name, full string
		aliases    []string
		want       []string
	}{
		{"a nickname in the name is an alias", `Danny "Boots" Okonkwo`, []string{"Okonkwo"}, []string{"Okonkwo", "Boots"}},
		{"a nickname in an alias is an alias", "Danny Okonkwo", []string{`Danny "Boots" Okonkwo`}, []string{`Danny "Boots" Okonkwo`, "Boots"}},
		{"a nickname already an alias is not repeated", `Danny "Boots" Okonkwo`, []string{"Boots"}, []string{"Boots"}},
		{"a name without a nickname adds nothing", "Danny Okonkwo", []string{"Okonkwo"}, []string{"Okonkwo"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := withNicknames(tc.full, tc.aliases); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("withNicknames(%q, %q) = %q, want %q", tc.full, tc.aliases, got, tc.want)
			}
		})
	}
}

func TestTransposed(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"two neighbouring letters swapped", "okonkwo", "okonkow", true},
		{"two neighbouring letters swapped inside", "carlson", "carslon", true},
		{"the first two letters swapped are another surname", "bryant", "rbyant", false},
		{"a short surname takes no swap", "stein", "stien", false},
		{"two letters apart swapped are another surname", "okonkwo", "okowkno", false},
		{"one letter changed is no swap", "okonkwo", "okonkwa", false},
		{"one surname is no swap of itself", "okonkwo", "okonkwo", false},
		{"surnames of two lengths are no swap", "okonkwo", "okonkwoo", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := transposed(tc.a, tc.b); got != tc.want {
				t.Errorf("transposed(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

func TestSurnameVariant(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"qv and qu are one surname", "lindqvist", "lindquist", true},
		{"a vowel more inside is one surname", "kasik", "kask", true},
		{"a transliterated letter is one surname", "yerlikaya", "yerlikaja", true},
		{"a vowel more at the end is another surname", "hart", "harte", false},
		{"a final e added to a longer surname is one surname", "renwick", "renwicke", true},
		{"a short surname takes no vowel more", "tan", "tain", false},
		{"another consonant is another surname", "kask", "kark", false},
		{"two vowels more are another surname", "kask", "kaisik", false},
		{"an aspirate h after a consonant is one surname", "raghunathan", "ragunathan", true},
		{"an aspirate h in a double consonant is one surname", "bhatacharya", "batacharya", true},
		{"a final h is another surname", "smith", "smit", false},
		{"an h after a vowel is another surname", "mahler", "maler", false},
		{"a short surname takes no h", "gha", "ga", false},
		{"another vowel in a long surname is one surname", "achterberg", "achterburg", true},
		{"another vowel in a folded double s is one surname", "gunarson", "gunarsen", true},
		{"another vowel in a short surname is another surname", "hansen", "hanson", false},
		{"another vowel first is another surname", "ekerstrom", "akerstrom", false},
		{"two other vowels are another surname", "achterberg", "achtirburg", false},
		{"another vowel for a consonant is another surname", "achterberg", "achterbrrg", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := surnameVariant(tc.a, tc.b); got != tc.want {
				t.Errorf("surnameVariant(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

func TestClusterSpellingVariants(t *testing.T) {
	withRole := func(e DocEntity, roles ...string) DocEntity { e.Roles = roles; return e }
	org := func(article, name string) DocEntity {
		return DocEntity{Article: article, Name: name, Type: doc.Org, Surfaces: []string{name}, Mentions: 1}
	}
	place := func(article, name string) DocEntity {
		return DocEntity{Article: article, Name: name, Type: doc.Place, Surfaces: []string{name}, Mentions: 1}
	}
	tests := []struct {
		name string
		ents []DocEntity
		want [][]string
	}{
		{
			name: "a glide between vowels with a shared role word is one person; without evidence two",
			ents: []DocEntity{withRole(person("a", "Iowane Faleolo"), "mission director"), withRole(person("b", "Ioane Faleolo"), "mission director"),
				person("c", "Iowane Tuilagi"), person("d", "Ioane Tuilagi")},
			want: [][]string{{"Ioane Faleolo", "Iowane Faleolo"}, {"Ioane Tuilagi"}, {"Iowane Tuilagi"}},
		},
		{
			name: "a given name written as it sounds with a shared role word is one person",
			ents: []DocEntity{withRole(person("a", "Sean Brennock"), "night supervisor"), withRole(person("b", "Shaun Brennock"), "night supervisor from ashby")},
			want: [][]string{{"Sean Brennock", "Shaun Brennock"}},
		},
		{
			name: "a given name written with ch or k and a surname with or without its umlaut with a shared role word is one person",
			ents: []DocEntity{withRole(person("a", "Mikaela Sjöberg"), "chief executive"), withRole(person("b", "Michaela Sjoberg"), "chief executive"),
				withRole(person("c", "Mikaela Lindqvist"), "treasurer"), withRole(person("d", "Michaela Lindqvist"), "goalkeeper")},
			want: [][]string{{"Michaela Lindqvist"}, {"Michaela Sjoberg", "Mikaela Sjöberg"}, {"Mikaela Lindqvist"}},
		},
		{
			name: "a given name written as it sounds with only a neighbour in common stays two people",
			ents: []DocEntity{person("a", "Sean Brennock"), org("a", "Ashby Mills"), person("b", "Shaun Brennock"), org("b", "Ashby Mills")},
			want: [][]string{{"Ashby Mills", "Ashby Mills"}, {"Sean Brennock"}, {"Shaun Brennock"}},
		},
		{
			name: "given names of two sexes stay two people whatever their roles",
			ents: []DocEntity{withRole(person("a", "John Pellow"), "teacher"), withRole(person("b", "Joan Pellow"), "teacher")},
			want: [][]string{{"Joan Pellow"}, {"John Pellow"}},
		},
		{
			name: "alike given names with other roles stay two people",
			ents: []DocEntity{withRole(person("a", "Sean Brennock"), "night supervisor"), withRole(person("b", "Shaun Brennock"), "goalkeeper")},
			want: [][]string{{"Sean Brennock"}, {"Shaun Brennock"}},
		},
		{
			name: "given names of other consonants stay two people",
			ents: []DocEntity{withRole(person("a", "Ivana Trellis"), "designer"), withRole(person("b", "Ivanka Trellis"), "designer")},
			want: [][]string{{"Ivana Trellis"}, {"Ivanka Trellis"}},
		},
		{
			name: "alike given names an article names side by side stay two people",
			ents: []DocEntity{withRole(person("a", "Sean Brennock"), "supervisor"), withRole(person("a", "Shaun Brennock"), "supervisor")},
			want: [][]string{{"Sean Brennock"}, {"Shaun Brennock"}},
		},
		{
			name: "a lone given name joins the one person of it when their articles share a person",
			ents: []DocEntity{person("a", "Ines"), place("a", "Marek"), person("a", "Hal Brody"),
				person("b", "Ines Calloway"), person("b", "Marek Dunn"), person("b", "Hal Brody")},
			want: [][]string{{"Hal Brody", "Hal Brody"}, {"Ines", "Ines Calloway"}, {"Marek", "Marek Dunn"}},
		},
		{
			name: "a lone given name an article names beside the person as someone else stays apart",
			ents: []DocEntity{person("a", "Ines"), person("a", "Hal Brody"), person("b", "Ines"), person("b", "Ines Calloway"),
				person("b", "Hal Brody")},
			want: [][]string{{"Hal Brody", "Hal Brody"}, {"Ines Calloway"}, {"Ines", "Ines"}},
		},
		{
			name: "a lone given name named only beside the person of it is that person, whom its article missed",
			ents: []DocEntity{person("b", "Ines"), person("b", "Ines Calloway"), person("c", "Ines Calloway"),
				person("b", "Hal Brody"), person("c", "Hal Brody")},
			want: [][]string{{"Hal Brody", "Hal Brody"}, {"Ines", "Ines Calloway", "Ines Calloway"}},
		},
		{
			name: "a lone given name with only an organisation in common stays apart",
			ents: []DocEntity{person("a", "Ines"), org("a", "Ashby Mills"), person("b", "Ines Calloway"), org("b", "Ashby Mills")},
			want: [][]string{{"Ashby Mills", "Ashby Mills"}, {"Ines Calloway"}, {"Ines"}},
		},
		{
			name: "a lone given name most articles take for a thing stays apart from the person of it",
			ents: []DocEntity{person("a", "Ines"), person("a", "Hal Brody"), thing("b", "Ines"), thing("c", "Ines"),
				thing("e", "Ines"), thing("f", "Ines"), thing("g", "Ines"), person("d", "Ines Calloway"), person("d", "Hal Brody")},
			want: [][]string{{"Hal Brody", "Hal Brody"}, {"Ines Calloway"}, {"Ines", "Ines", "Ines", "Ines", "Ines", "Ines"}},
		},
		{
			name: "a lone given name two people bear stays apart",
			ents: []DocEntity{person("a", "Ines"), person("a", "Hal Brody"), person("b", "Ines Calloway"), person("b", "Hal Brody"),
				person("c", "Ines Marlow"), person("c", "Hal Brody")},
			want: [][]string{{"Hal Brody", "Hal Brody", "Hal Brody"}, {"Ines Calloway"}, {"Ines Marlow"}, {"Ines"}},
		},
		{
			name: "a lone surname taken for a place joins the one person of it when their articles share a person",
			ents: []DocEntity{place("a", "Mbeki"), person("a", "Hal Brody"), person("b", "Tom Mbeki"), person("b", "Hal Brody")},
			want: [][]string{{"Hal Brody", "Hal Brody"}, {"Mbeki", "Tom Mbeki"}},
		},
		{
			name: "a lone surname taken for a place with no person in common stays a place",
			ents: []DocEntity{place("a", "Mbeki"), org("a", "Ashby Mills"), person("b", "Tom Mbeki"), org("b", "Ashby Mills")},
			want: [][]string{{"Ashby Mills", "Ashby Mills"}, {"Mbeki"}, {"Tom Mbeki"}},
		},
		{
			name: "a lone surname taken for a place that two people bear stays a place",
			ents: []DocEntity{place("a", "Mbeki"), person("a", "Hal Brody"), person("b", "Tom Mbeki"), person("b", "Hal Brody"),
				person("c", "Ann Mbeki"), person("c", "Hal Brody")},
			want: [][]string{{"Ann Mbeki"}, {"Hal Brody", "Hal Brody", "Hal Brody"}, {"Mbeki"}, {"Tom Mbeki"}},
		},
		{
			name: "a lone surname taken for a place and elsewhere for an organisation stays apart from the person",
			ents: []DocEntity{place("a", "Mbeki"), person("a", "Hal Brody"), org("c", "Mbeki"), person("b", "Tom Mbeki"), person("b", "Hal Brody")},
			want: [][]string{{"Hal Brody", "Hal Brody"}, {"Mbeki", "Mbeki"}, {"Tom Mbeki"}},
		},
		{
			name: "a lone surname taken for a place sharing a person only with the bare surname stays apart",
			ents: []DocEntity{place("a", "Mbeki"), person("a", "Hal Brody"), person("c", "Mbeki"), person("c", "Hal Brody"),
				person("b", "Tom Mbeki"), person("b", "Sue Paley")},
			want: [][]string{{"Hal Brody", "Hal Brody"}, {"Mbeki", "Tom Mbeki"}, {"Mbeki"}, {"Sue Paley"}},
		},
		{
			name: "a listed place that is a person's surname stays a place",
			ents: []DocEntity{place("a", "London"), person("a", "Hal Brody"), person("b", "Jack London"), person("b", "Hal Brody")},
			want: [][]string{{"Hal Brody", "Hal Brody"}, {"Jack London"}, {"London"}},
		},
		{
			name: "a lone name that is also a surname is no given name",
			ents: []DocEntity{person("a", "Carter"), person("a", "Hal Brody"), person("b", "Carter Lyle"), person("b", "Hal Brody"),
				person("c", "Jo Carter"), person("c", "Sue Paley")},
			want: [][]string{{"Carter", "Jo Carter"}, {"Carter Lyle"}, {"Hal Brody", "Hal Brody"}, {"Sue Paley"}},
		},
		{
			name: "a place opening a name taken for a person's is no given name",
			ents: []DocEntity{place("a", "Qinzhou"), person("a", "Hal Brody"), person("b", "Qinzhou Veltra"), person("b", "Hal Brody")},
			want: [][]string{{"Hal Brody", "Hal Brody"}, {"Qinzhou Veltra"}, {"Qinzhou"}},
		},
		{
			name: "a listed place that is a given name stays the place",
			ents: []DocEntity{place("a", "Paris"), person("a", "Hal Brody"), person("b", "Paris Hendry"), person("b", "Hal Brody")},
			want: [][]string{{"Hal Brody", "Hal Brody"}, {"Paris Hendry"}, {"Paris"}},
		},
		{
			name: "a swapped letter with a shared role word is one person",
			ents: []DocEntity{withRole(person("a", "Ali Yerlikaya"), "interior minister"), withRole(person("b", "Ali Yerlikaja"), "turkish interior minister")},
			want: [][]string{{"Ali Yerlikaja", "Ali Yerlikaya"}},
		},
		{
			name: "an aspirate h dropped with a shared role word is one person",
			ents: []DocEntity{withRole(person("a", "Arvind Raghunathan"), "commander"), withRole(person("b", "Arvind Ragunathan"), "mission commander")},
			want: [][]string{{"Arvind Raghunathan", "Arvind Ragunathan"}},
		},
		{
			name: "another vowel in a long surname with a shared role word is one person",
			ents: []DocEntity{withRole(person("a", "Paul Gunnarsson"), "met office's chief meteorologist"), withRole(person("b", "Paul Gunnarsen"), "chief meteorologist")},
			want: [][]string{{"Paul Gunnarsen", "Paul Gunnarsson"}},
		},
		{
			name: "another vowel in a long surname in unrelated stories stays two people",
			ents: []DocEntity{person("a", "Simon Achterberg"), place("a", "Leeds"), person("b", "Simon Achterburg"), place("b", "York")},
			want: [][]string{{"Leeds"}, {"Simon Achterberg"}, {"Simon Achterburg"}, {"York"}},
		},
		{
			name: "an aspirate h dropped in unrelated stories stays two people",
			ents: []DocEntity{person("a", "Arvind Raghunathan"), place("a", "Chennai"), person("b", "Arvind Ragunathan"), place("b", "Pune")},
			want: [][]string{{"Arvind Raghunathan"}, {"Arvind Ragunathan"}, {"Chennai"}, {"Pune"}},
		},
		{
			name: "a swapped letter with only a place named in both articles stays apart",
			ents: []DocEntity{person("a", "Mehmet Kaya"), place("a", "Malatya"), person("b", "Mehmet Kaja"), place("b", "Malatya")},
			want: [][]string{{"Malatya", "Malatya"}, {"Mehmet Kaja"}, {"Mehmet Kaya"}},
		},
		{
			name: "a swapped letter with a person named in both articles is one person",
			ents: []DocEntity{person("a", "Mehmet Kaya"), person("a", "Recep Tayyip Erdogan"), person("b", "Mehmet Kaja"), person("b", "Recep Tayyip Erdogan")},
			want: [][]string{{"Mehmet Kaja", "Mehmet Kaya"}, {"Recep Tayyip Erdogan", "Recep Tayyip Erdogan"}},
		},
		{
			name: "two letters swapped in a surname the same article also writes right are one person",
			ents: []DocEntity{person("a", "Danny Okonkwo"), person("a", "Sarah Whitlock"), person("b", "Danny Okonkow"), person("b", "Okonkwo"), person("b", "Sarah Whitlock")},
			want: [][]string{{"Danny Okonkow", "Danny Okonkwo", "Okonkwo"}, {"Sarah Whitlock", "Sarah Whitlock"}},
		},
		{
			name: "two letters swapped in a surname an article also spells right for the same person are one person",
			ents: []DocEntity{person("a", "Danny Okonkwo"), person("a", "Sarah Whitlock"), person("b", "Danny Okonkow", "Okonkwo"), person("b", "Sarah Whitlock")},
			want: [][]string{{"Danny Okonkow", "Danny Okonkwo"}, {"Sarah Whitlock", "Sarah Whitlock"}},
		},
		{
			name: "two letters swapped in a surname no article writes both ways stay two people",
			ents: []DocEntity{person("a", "Danny Okonkwo"), person("a", "Sarah Whitlock"), person("b", "Danny Okonkow"), person("b", "Sarah Whitlock")},
			want: [][]string{{"Danny Okonkow"}, {"Danny Okonkwo"}, {"Sarah Whitlock", "Sarah Whitlock"}},
		},
		{
			name: "a hyphenated given name written after the family name and before it with a person named in both is one person",
			ents: []DocEntity{person("a", "Park Ji-won"), person("a", "Lena Brauer"), person("b", "Ji-won Park"), person("b", "Lena Brauer")},
			want: [][]string{{"Ji-won Park", "Park Ji-won"}, {"Lena Brauer", "Lena Brauer"}},
		},
		{
			name: "the same words in the other order with nothing else in common stay two people",
			ents: []DocEntity{person("a", "Park Ji-won"), place("a", "Kelbury"), person("b", "Ji-won Park"), place("c", "Kelbury")},
			want: [][]string{{"Ji-won Park"}, {"Kelbury", "Kelbury"}, {"Park Ji-won"}},
		},
		{
			name: "two names in the other order without a hyphenated given name stay two people",
			ents: []DocEntity{person("a", "Morgan Ellis"), person("a", "Lena Brauer"), person("b", "Ellis Morgan"), person("b", "Lena Brauer")},
			want: [][]string{{"Ellis Morgan"}, {"Lena Brauer", "Lena Brauer"}, {"Morgan Ellis"}},
		},
		{
			name: "two letters swapped in a surname given the same role are one person",
			ents: []DocEntity{{Article: "a", Name: "Danny Okonkwo", Type: doc.Person, Surfaces: []string{"Danny Okonkwo"}, Mentions: 1, Roles: []string{"coroner"}},
				{Article: "b", Name: "Danny Okonkow", Type: doc.Person, Surfaces: []string{"Danny Okonkow"}, Mentions: 1, Roles: []string{"coroner"}}},
			want: [][]string{{"Danny Okonkow", "Danny Okonkwo"}},
		},
		{
			name: "two letters swapped in a surname given different roles stay two people",
			ents: []DocEntity{{Article: "a", Name: "Danny Okonkwo", Type: doc.Person, Surfaces: []string{"Danny Okonkwo"}, Mentions: 1, Roles: []string{"coroner"}},
				{Article: "b", Name: "Danny Okonkow", Type: doc.Person, Surfaces: []string{"Danny Okonkow"}, Mentions: 1, Roles: []string{"striker"}}},
			want: [][]string{{"Danny Okonkow"}, {"Danny Okonkwo"}},
		},
		{
			name: "two letters swapped in a surname written both ways with nothing else in common stay two people",
			ents: []DocEntity{person("a", "Danny Okonkwo"), place("a", "Kelbury"), person("b", "Danny Okonkow"), person("b", "Okonkwo"), place("b", "Kelbury")},
			want: [][]string{{"Danny Okonkow"}, {"Danny Okonkwo", "Okonkwo"}, {"Kelbury", "Kelbury"}},
		},
		{
			name: "a letter more inside a long surname with a shared role word is one person",
			ents: []DocEntity{withRole(person("a", "Dermot Callaghan"), "general secretary of the rmsu"), withRole(person("b", "Dermot Callahan"), "general secretary of the rail, maritime and signalling union")},
			want: [][]string{{"Dermot Callaghan", "Dermot Callahan"}},
		},
		{
			name: "a letter more inside a long surname with only a person named in both articles stays apart",
			ents: []DocEntity{person("a", "Dermot Callaghan"), person("a", "Priya Sandhu"), person("b", "Dermot Callahan"), person("b", "Priya Sandhu")},
			want: [][]string{{"Dermot Callaghan"}, {"Dermot Callahan"}, {"Priya Sandhu", "Priya Sandhu"}},
		},
		{
			name: "a letter more inside a surname whose key folds shorter, with a shared role word, is one person",
			ents: []DocEntity{withRole(person("a", "Martin Reinhart"), "chief executive of orvana"), withRole(person("b", "Martin Reinhardt"), "chief executive")},
			want: [][]string{{"Martin Reinhardt", "Martin Reinhart"}},
		},
		{
			name: "one letter changed in a surname with a shared role word and a body named in both articles is one person",
			ents: []DocEntity{withRole(person("a", "Tobias Dunmarsh"), "chief executive"), org("a", "Orvana"),
				withRole(person("b", "Tobias Dunmarch"), "orvana chief executive"), org("b", "Orvana")},
			want: [][]string{{"Orvana", "Orvana"}, {"Tobias Dunmarch", "Tobias Dunmarsh"}},
		},
		{
			name: "one letter changed in a six-letter surname with a shared role word and a body named in both articles is one person",
			ents: []DocEntity{withRole(person("a", "Hana Brackel"), "spokeswoman"), org("a", "Kelso Union"),
				withRole(person("b", "Hana Brackal"), "spokeswoman for the union"), org("b", "Kelso Union")},
			want: [][]string{{"Hana Brackal", "Hana Brackel"}, {"Kelso Union", "Kelso Union"}},
		},
		{
			name: "one letter added at the end of a six-letter surname with a shared role word and a body named in both articles is one person",
			ents: []DocEntity{withRole(person("a", "Kofi Adjeyo"), "director"), org("a", "Orvana"),
				withRole(person("b", "Kofi Adjeyoh"), "director of the fund"), org("b", "Orvana")},
			want: [][]string{{"Kofi Adjeyo", "Kofi Adjeyoh"}, {"Orvana", "Orvana"}},
		},
		{
			name: "one letter more in a five-letter surname stays two people",
			ents: []DocEntity{withRole(person("a", "Simon Lewis"), "analyst"), org("a", "Orvana"),
				withRole(person("b", "Simon Lewins"), "analyst"), org("b", "Orvana")},
			want: [][]string{{"Orvana", "Orvana"}, {"Simon Lewins"}, {"Simon Lewis"}},
		},
		{
			name: "one letter changed in a surname with a shared role word but nothing else in common stays two people",
			ents: []DocEntity{withRole(person("a", "Tobias Dunmarsh"), "chief executive"), withRole(person("b", "Tobias Dunmarch"), "chief executive")},
			want: [][]string{{"Tobias Dunmarch"}, {"Tobias Dunmarsh"}},
		},
		{
			name: "one letter changed in a surname with no role in common stays two people",
			ents: []DocEntity{withRole(person("a", "Tobias Dunmarsh"), "chief executive"), org("a", "Orvana"),
				withRole(person("b", "Tobias Dunmarch"), "striker"), org("b", "Orvana")},
			want: [][]string{{"Orvana", "Orvana"}, {"Tobias Dunmarch"}, {"Tobias Dunmarsh"}},
		},
		{
			name: "an airline's full name and its short name are one organisation",
			ents: []DocEntity{org("a", "Tarnow Vale Airways"), org("b", "Tarnow Vale"), org("c", "Tarnow Vale")},
			want: [][]string{{"Tarnow Vale", "Tarnow Vale", "Tarnow Vale Airways"}},
		},
		{
			name: "an airline's one-word short name stays apart",
			ents: []DocEntity{org("a", "Granite Airlines"), org("b", "Granite"), org("c", "Granite")},
			want: [][]string{{"Granite Airlines"}, {"Granite", "Granite"}},
		},
		{
			name: "a particle and the second of a compound given name alone are the person named with them in full",
			ents: []DocEntity{person("a", "Ana dos Anjos Ferraz Lobo"), person("b", "dos Anjos"), person("c", "Rui Tavares")},
			want: [][]string{{"Ana dos Anjos Ferraz Lobo", "dos Anjos"}, {"Rui Tavares"}},
		},
		{
			name: "a particle and a word another person bears as surname go to that person",
			ents: []DocEntity{person("a", "Ana da Rocha Ferraz Lobo"), person("b", "da Rocha"), person("c", "Paulo Rocha")},
			want: [][]string{{"Ana da Rocha Ferraz Lobo"}, {"Paulo Rocha", "da Rocha"}},
		},
		{
			name: "a particle and a given name two people share stay apart",
			ents: []DocEntity{person("a", "Ana dos Anjos Ferraz Lobo"), person("b", "dos Anjos"), person("c", "Rita dos Anjos Melo Pinto")},
			want: [][]string{{"Ana dos Anjos Ferraz Lobo"}, {"Rita dos Anjos Melo Pinto"}, {"dos Anjos"}},
		},
		{
			name: "a drugmaker's name without its sector is the company when an article names both",
			ents: []DocEntity{org("a", "Corlen Pharmaceuticals"), org("a", "Corlen"), org("b", "Corlen"), org("c", "Corlen Pharmaceuticals")},
			want: [][]string{{"Corlen", "Corlen", "Corlen Pharmaceuticals", "Corlen Pharmaceuticals"}},
		},
		{
			name: "a drugmaker's short name no article writes beside it stays apart",
			ents: []DocEntity{org("a", "Corlen Pharmaceuticals"), org("b", "Corlen")},
			want: [][]string{{"Corlen Pharmaceuticals"}, {"Corlen"}},
		},
		{
			name: "a short name several drugmakers share stays apart",
			ents: []DocEntity{org("a", "Corlen Pharmaceuticals"), org("a", "Corlen Therapeutics"), org("a", "Corlen Pharma"), org("a", "Corlen")},
			want: [][]string{{"Corlen Pharma"}, {"Corlen Pharmaceuticals"}, {"Corlen Therapeutics"}, {"Corlen"}},
		},
		{
			name: "a drugmaker's short name mostly a place stays the place",
			ents: []DocEntity{org("a", "Corlen Pharmaceuticals"), org("a", "Corlen"), place("b", "Corlen"), place("c", "Corlen")},
			want: [][]string{{"Corlen", "Corlen", "Corlen"}, {"Corlen Pharmaceuticals"}},
		},
		{
			name: "an airline's short name mostly taken for a place stays the place",
			ents: []DocEntity{org("a", "North Dunmore Airlines"), place("b", "North Dunmore"), place("c", "North Dunmore")},
			want: [][]string{{"North Dunmore Airlines"}, {"North Dunmore", "North Dunmore"}},
		},
		{
			name: "initials written together or apart are one person's name",
			ents: []DocEntity{person("a", "J. R. Okoye"), person("b", "J.R. Okoye"), person("c", "Amara Okoye")},
			want: [][]string{{"Amara Okoye"}, {"J. R. Okoye", "J.R. Okoye"}},
		},
		{
			name: "a company's short name written with the full name's ticker joins it",
			ents: []DocEntity{{Article: "a", Name: "Orvana Biosciences", Type: doc.Org, Surfaces: []string{"Orvana Biosciences", "ORV"}},
				{Article: "b", Name: "Orvana", Type: doc.Other, Surfaces: []string{"Orvana", "ORV"}},
				{Article: "c", Name: "Kelso", Type: doc.Org, Surfaces: []string{"Kelso", "KLS"}},
				{Article: "d", Name: "Kelso Mining", Type: doc.Org, Surfaces: []string{"Kelso Mining", "KLS"}},
				{Article: "e", Name: "Kelso Energy", Type: doc.Org, Surfaces: []string{"Kelso Energy", "KLS"}}},
			want: [][]string{{"Kelso Energy"}, {"Kelso Mining"}, {"Kelso"}, {"Orvana", "Orvana Biosciences"}},
		},
		{
			name: "a generic name an article wrote for a brand joins that brand",
			ents: []DocEntity{{Article: "a", Name: "Velostra", Type: doc.Other, Surfaces: []string{"Velostra", "orvimastat"}},
				{Article: "b", Name: "orvimastat", Type: doc.Other, Surfaces: []string{"orvimastat"}},
				{Article: "c", Name: "Velostra", Type: doc.Other, Surfaces: []string{"Velostra"}}},
			want: [][]string{{"Velostra", "Velostra", "orvimastat"}},
		},
		{
			name: "initials spaced apart and together with a letter more in the surname, a shared role and a body in both articles are one person",
			ents: []DocEntity{withRole(person("a", "P.J. Ramasundram"), "trade minister"), org("a", "Delmont Bank"),
				withRole(person("b", "P. J. Ramasundaram"), "trade minister"), org("b", "Delmont Bank")},
			want: [][]string{{"Delmont Bank", "Delmont Bank"}, {"P. J. Ramasundaram", "P.J. Ramasundram"}},
		},
		{
			name: "other initials before a surname a letter apart stay two people",
			ents: []DocEntity{withRole(person("a", "P.J. Ramasundram"), "trade minister"), org("a", "Delmont Bank"),
				withRole(person("b", "P. L. Ramasundaram"), "trade minister"), org("b", "Delmont Bank")},
			want: [][]string{{"Delmont Bank", "Delmont Bank"}, {"P. L. Ramasundaram"}, {"P.J. Ramasundram"}},
		},
		{
			name: "initials before a surname a letter apart with no role in common stay two people",
			ents: []DocEntity{withRole(person("a", "P.J. Ramasundram"), "trade minister"), org("a", "Delmont Bank"),
				withRole(person("b", "P. J. Ramasundaram"), "striker"), org("b", "Delmont Bank")},
			want: [][]string{{"Delmont Bank", "Delmont Bank"}, {"P. J. Ramasundaram"}, {"P.J. Ramasundram"}},
		},
		{
			name: "a letter more inside a short surname stays another surname",
			ents: []DocEntity{withRole(person("a", "Mary Hanlon"), "secretary"), withRole(person("b", "Mary Hannon"), "secretary")},
			want: [][]string{{"Mary Hanlon"}, {"Mary Hannon"}},
		},
		{
			name: "a letter more inside a surname an article names beside the other stays two people",
			ents: []DocEntity{withRole(person("a", "Dermot Callaghan"), "secretary"), withRole(person("a", "Dermot Callahan"), "secretary")},
			want: [][]string{{"Dermot Callaghan"}, {"Dermot Callahan"}},
		},
		{
			name: "a double-barrelled surname holding the other with a shared role word is one person",
			ents: []DocEntity{withRole(person("a", "Sarah Okonjo"), "northvale chief executive"), withRole(person("b", "Sarah Okonjo-Reid"), "chief executive")},
			want: [][]string{{"Sarah Okonjo", "Sarah Okonjo-Reid"}},
		},
		{
			name: "a swapped letter in unrelated stories stays two people",
			ents: []DocEntity{person("a", "Ana Souza"), place("a", "Lisbon"), person("b", "Ana Sousa"), place("b", "Recife")},
			want: [][]string{{"Ana Sousa"}, {"Ana Souza"}, {"Lisbon"}, {"Recife"}},
		},
		{
			name: "another given name stays another person",
			ents: []DocEntity{person("a", "Ana Souza"), place("a", "Lisbon"), person("b", "Rita Sousa"), place("b", "Lisbon")},
			want: [][]string{{"Ana Souza"}, {"Lisbon", "Lisbon"}, {"Rita Sousa"}},
		},
		{
			name: "a letter outlets do not swap for another stays two people",
			ents: []DocEntity{person("a", "Mehmet Kaya"), place("a", "Malatya"), person("b", "Mehmet Kara"), place("b", "Malatya")},
			want: [][]string{{"Malatya", "Malatya"}, {"Mehmet Kara"}, {"Mehmet Kaya"}},
		},
		{
			name: "qv written qu with a shared organisation is one person",
			ents: []DocEntity{withRole(person("a", "Henrik Lindqvist"), "chief executive"), org("a", "Skyline Air"), withRole(person("b", "Henrik Lindquist"), "airline ceo"), org("b", "Skyline Air")},
			want: [][]string{{"Henrik Lindquist", "Henrik Lindqvist"}, {"Skyline Air", "Skyline Air"}},
		},
		{
			name: "a doubled letter and a vowel more with a chair and a chairwoman is one person",
			ents: []DocEntity{withRole(person("a", "Margit Kask"), "chair of the national transport safety board"), withRole(person("b", "Margit Kaasik"), "safety board chairwoman")},
			want: [][]string{{"Margit Kaasik", "Margit Kask"}},
		},
		{
			name: "Mc written apart with a person named in both articles is one person",
			ents: []DocEntity{person("a", "Declan McAllister"), person("a", "Jose Alvarez"), person("b", "Declan Mc Allister"), person("b", "Jose Alvarez")},
			want: [][]string{{"Declan Mc Allister", "Declan McAllister"}, {"Jose Alvarez", "Jose Alvarez"}},
		},
		{
			name: "a surname particle written apart or joined with a person named in both articles is one person",
			ents: []DocEntity{person("a", "Marte Vandenbosch"), person("a", "Jose Alvarez"), person("b", "Marte Van Denbosch"), person("b", "Jose Alvarez")},
			want: [][]string{{"Jose Alvarez", "Jose Alvarez"}, {"Marte Van Denbosch", "Marte Vandenbosch"}},
		},
		{
			name: "a surname particle written apart or joined with nothing in common stays apart",
			ents: []DocEntity{person("a", "Marte Vandenbosch"), person("b", "Marte Van Denbosch")},
			want: [][]string{{"Marte Van Denbosch"}, {"Marte Vandenbosch"}},
		},
		{
			name: "an Arabic name with other vowels and article and a shared role word is one person",
			ents: []DocEntity{withRole(person("a", "Nasser Al Sabahy"), "kuwaiti oil minister"), withRole(person("b", "Nasir al-Sabahi"), "oil minister")},
			want: [][]string{{"Nasir al-Sabahi", "Nasser Al Sabahy"}},
		},
		{
			name: "an Arabic name with and without its patronymic and a shared organisation is one person",
			ents: []DocEntity{person("a", "Omar bin Saeed Al-Kaabi"), org("a", "Gulf Cooperation Council"), person("b", "Umar Al Kaaby"), org("b", "Gulf Cooperation Council")},
			want: [][]string{{"Gulf Cooperation Council", "Gulf Cooperation Council"}, {"Omar bin Saeed Al-Kaabi", "Umar Al Kaaby"}},
		},
		{
			name: "an Arabic name with other vowels in unrelated stories stays two people",
			ents: []DocEntity{person("a", "Nasser Al Sabahy"), place("a", "Kuwait"), person("b", "Nasir al-Sabahi"), place("b", "Kuwait")},
			want: [][]string{{"Kuwait", "Kuwait"}, {"Nasir al-Sabahi"}, {"Nasser Al Sabahy"}},
		},
		{
			name: "two spellings one article names side by side stay two people",
			ents: []DocEntity{withRole(person("a", "Nasser Al Sabahy"), "minister"), withRole(person("a", "Nasir al-Sabahi"), "minister")},
			want: [][]string{{"Nasir al-Sabahi"}, {"Nasser Al Sabahy"}},
		},
		{
			name: "a hyphenated Chinese given name written as one word with a shared person is one person",
			ents: []DocEntity{person("a", "Liu Jian-guo"), person("a", "Helena Voss"), person("b", "Liu Jianguo"), person("b", "Helena Voss")},
			want: [][]string{{"Helena Voss", "Helena Voss"}, {"Liu Jian-guo", "Liu Jianguo"}},
		},
		{
			name: "a Slavic name in German and English spelling with a shared role word is one person",
			ents: []DocEntity{withRole(person("a", "Yuliya Martchenko"), "ukrainian athletics coach"), withRole(person("b", "Yulia Marchenko"), "coach")},
			want: [][]string{{"Yulia Marchenko", "Yuliya Martchenko"}},
		},
		{
			name: "a given name with a silent h and a shared person is one person",
			ents: []DocEntity{person("a", "Mhorag Ross"), person("a", "Callum Reid"), person("b", "Morag Ross"), person("b", "Callum Reid")},
			want: [][]string{{"Callum Reid", "Callum Reid"}, {"Mhorag Ross", "Morag Ross"}},
		},
		{
			name: "a given name with a vowel more and a shared person is one person",
			ents: []DocEntity{person("a", "Pieter Vogel"), person("a", "Callum Reid"), person("b", "Peter Vogel"), person("b", "Callum Reid")},
			want: [][]string{{"Callum Reid", "Callum Reid"}, {"Peter Vogel", "Pieter Vogel"}},
		},
		{
			name: "a given name with another final vowel and a shared person is one person",
			ents: []DocEntity{person("a", "Ilse Maartens"), person("a", "Callum Reid"), person("b", "Ilsa Martens"), person("b", "Callum Reid")},
			want: [][]string{{"Callum Reid", "Callum Reid"}, {"Ilsa Martens", "Ilse Maartens"}},
		},
		{
			name: "a given name with a silent h and a surname with qu for qv and a shared role word is one person",
			ents: []DocEntity{withRole(person("a", "Marta Lindqvist"), "head of communications"), withRole(person("b", "Martha Lindquist"), "head of communications")},
			want: [][]string{{"Marta Lindqvist", "Martha Lindquist"}},
		},
		{
			name: "a given name with another final vowel and nothing shared stays two people",
			ents: []DocEntity{person("a", "Anna Lindgren"), person("b", "Anne Lindgren")},
			want: [][]string{{"Anna Lindgren"}, {"Anne Lindgren"}},
		},
		{
			name: "a given name with a silent h and nothing shared stays two people",
			ents: []DocEntity{person("a", "Sheonag Quist"), person("b", "Seonag Quist")},
			want: [][]string{{"Seonag Quist"}, {"Sheonag Quist"}},
		},
		{
			name: "an h in front makes another given name",
			ents: []DocEntity{person("a", "Anna Lindgren"), person("a", "Callum Reid"), person("b", "Hanna Lindgren"), person("b", "Callum Reid")},
			want: [][]string{{"Anna Lindgren"}, {"Callum Reid", "Callum Reid"}, {"Hanna Lindgren"}},
		},
		{
			name: "two given-name spellings one article names side by side stay two people",
			ents: []DocEntity{person("a", "Mhorag Ross"), person("a", "Morag Ross"), person("b", "Morag Ross"), person("a", "Callum Reid"), person("b", "Callum Reid")},
			want: [][]string{{"Callum Reid", "Callum Reid"}, {"Mhorag Ross"}, {"Morag Ross", "Morag Ross"}},
		},
		{
			name: "a vowel more with only a place shared stays two people",
			ents: []DocEntity{person("a", "Anna Kaasik"), place("a", "Tartu"), person("b", "Anna Kask"), place("b", "Tartu")},
			want: [][]string{{"Anna Kaasik"}, {"Anna Kask"}, {"Tartu", "Tartu"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := groupsOf(tc.ents, Cluster(tc.ents)); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestUnshout(t *testing.T) {
	for in, want := range map[string]string{"TBILISI": "Tbilisi", "NEW YORK": "New York", "USA": "USA", "London": "London", "NATO": "NATO"} {
		if got := unshout(in); got != want {
			t.Errorf("unshout(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestClusterSurnamePairs(t *testing.T) {
	withRole := func(e DocEntity, role string) DocEntity { e.Roles = []string{role}; return e }
	tests := []struct {
		name string
		ents []DocEntity
		want [][]string
	}{
		{
			name: "a double surname written alone without accents joins the full name sharing a role",
			ents: []DocEntity{withRole(person("a", "María José García Márquez"), "opposition leader"), withRole(person("b", "Garcia Marquez"), "opposition leader")},
			want: [][]string{{"Garcia Marquez", "María José García Márquez"}},
		},
		{
			name: "a given name and first surname join the full name sharing a role",
			ents: []DocEntity{withRole(person("a", "Íñigo Arrieta Zubizarreta"), "finance minister"), withRole(person("b", "Íñigo Arrieta"), "minister")},
			want: [][]string{{"Íñigo Arrieta", "Íñigo Arrieta Zubizarreta"}},
		},
		{
			name: "without a shared sign the two stay apart",
			ents: []DocEntity{withRole(person("a", "María José García Márquez"), "opposition leader"), withRole(person("b", "Garcia Marquez"), "novelist")},
			want: [][]string{{"Garcia Marquez"}, {"María José García Márquez"}},
		},
		{
			name: "a pair that shortens two people joins neither",
			ents: []DocEntity{withRole(person("a", "María José García Márquez"), "leader"), withRole(person("b", "Luis García Márquez"), "leader"), withRole(person("c", "Garcia Marquez"), "leader")},
			want: [][]string{{"Garcia Marquez"}, {"Luis García Márquez"}, {"María José García Márquez"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := groupsOf(tt.ents, Cluster(tt.ents)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestClusterOrgLastWords(t *testing.T) {
	org := func(article, name string) DocEntity {
		return DocEntity{Article: article, Name: name, Type: doc.Org, Surfaces: []string{name}, Mentions: 1}
	}
	tests := []struct {
		name string
		ents []DocEntity
		want [][]string
	}{
		{
			name: "a club's last word in the article naming it in full joins it",
			ents: []DocEntity{org("a", "Castleford Rovers"), org("a", "Rovers")},
			want: [][]string{{"Castleford Rovers", "Rovers"}},
		},
		{
			name: "a committee's name without its chamber joins the one name with it",
			ents: []DocEntity{org("a", "Senate Fisheries and Oceans Committee"), org("b", "Fisheries and Oceans Committee")},
			want: [][]string{{"Fisheries and Oceans Committee", "Senate Fisheries and Oceans Committee"}},
		},
		{
			name: "a committee's name without its chamber joins neither of two chambers' committees",
			ents: []DocEntity{org("a", "Senate Budget Committee"), org("b", "House Budget Committee"), org("c", "Budget Committee")},
			want: [][]string{{"Budget Committee"}, {"House Budget Committee"}, {"Senate Budget Committee"}},
		},
		{
			name: "the last word in an article not naming the club stays apart",
			ents: []DocEntity{org("a", "Castleford Rovers"), org("b", "Rovers")},
			want: [][]string{{"Castleford Rovers"}, {"Rovers"}},
		},
		{
			name: "an office's name and the office-holder's title given one acronym are one body",
			ents: []DocEntity{{Article: "a", Name: "Office of the Water Ombudsman", Type: doc.Org, Surfaces: []string{"Office of the Water Ombudsman", "OWO"}},
				{Article: "b", Name: "Water Ombudsman", Type: doc.Org, Surfaces: []string{"Water Ombudsman", "OWO"}}, org("c", "OWO")},
			want: [][]string{{"OWO", "Office of the Water Ombudsman", "Water Ombudsman"}},
		},
		{
			name: "an office's name and the title given no one acronym stay apart",
			ents: []DocEntity{{Article: "a", Name: "Office of the Water Ombudsman", Type: doc.Org, Surfaces: []string{"Office of the Water Ombudsman", "OWO"}},
				org("b", "Water Ombudsman")},
			want: [][]string{{"Office of the Water Ombudsman"}, {"Water Ombudsman"}},
		},
		{
			name: "a word ending two clubs' names joins neither",
			ents: []DocEntity{org("a", "Northfield City"), org("a", "City"), org("b", "Wexley City")},
			want: [][]string{{"City"}, {"Northfield City"}, {"Wexley City"}},
		},
		{
			name: "a generic head noun its article left apart joins no body it ends",
			ents: []DocEntity{org("a", "Fair Trading Board"), org("a", "Board")},
			want: [][]string{{"Board"}, {"Fair Trading Board"}},
		},
		{
			name: "a word in more articles than the longer name is a body of its own",
			ents: []DocEntity{org("a", "New York Fed"), org("a", "Fed"), org("b", "Fed")},
			want: [][]string{{"Fed", "Fed"}, {"New York Fed"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := groupsOf(tt.ents, Cluster(tt.ents)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestClusterDeclaredShortNames(t *testing.T) {
	org := func(article, name string, surfaces ...string) DocEntity {
		return DocEntity{Article: article, Name: name, Type: doc.Org, Surfaces: append([]string{name}, surfaces...), Mentions: 1 + len(surfaces)}
	}
	tests := []struct {
		name string
		ents []DocEntity
		want [][]string
	}{
		{
			name: "a short name one article gave a company joins it in others",
			ents: []DocEntity{org("a", "Calder Ridge Resources", "CRR", "Calder Ridge"), org("b", "Calder Ridge"), org("c", "Calder Ridge Resources")},
			want: [][]string{{"Calder Ridge", "Calder Ridge Resources", "Calder Ridge Resources"}},
		},
		{
			name: "a short name no article gave stays apart",
			ents: []DocEntity{org("a", "Calder Ridge Resources"), org("b", "Calder Ridge")},
			want: [][]string{{"Calder Ridge Resources"}, {"Calder Ridge"}},
		},
		{
			name: "a company sharing only the first word stays apart",
			ents: []DocEntity{org("a", "Calder Ridge Resources", "Calder Ridge"), org("b", "Calder Bank"), org("c", "Calder")},
			want: [][]string{{"Calder Bank"}, {"Calder Ridge Resources"}, {"Calder"}},
		},
		{
			name: "a short name opening two companies' names joins neither",
			ents: []DocEntity{org("a", "Calder Ridge Resources", "Calder Ridge"), org("b", "Calder Ridge Partners", "Calder Ridge"), org("c", "Calder Ridge")},
			want: [][]string{{"Calder Ridge Partners"}, {"Calder Ridge Resources"}, {"Calder Ridge"}},
		},
		{
			name: "a person named like a company's short name stays apart",
			ents: []DocEntity{org("a", "John Lewis Partnership", "John Lewis"), person("b", "John Lewis")},
			want: [][]string{{"John Lewis Partnership"}, {"John Lewis"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := groupsOf(tt.ents, Cluster(tt.ents)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

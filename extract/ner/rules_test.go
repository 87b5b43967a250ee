package ner

import (
	"slices"
	"strings"
	"testing"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// bio parses tags written as "O B-PER I-PER ...".
func bio(t *testing.T, s string) []int {
	t.Helper()
	var out []int
	for _, f := range strings.Fields(s) {
		if f == "O" {
			out = append(out, 0)
			continue
		}
		pre, ty, _ := strings.Cut(f, "-")
		k := -1
		for i, n := range model.TypeNames {
			if n == ty {
				k = i
			}
		}
		if k < 0 {
			t.Fatalf("bad tag %q", f)
		}
		if pre == "B" {
			out = append(out, model.BeginTag(k))
		} else {
			out = append(out, model.InsideTag(k))
		}
	}
	return out
}

func TestRefine(t *testing.T) {
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text, tags, want string
	}{
		{"a name with of before an office's title and a person is an organisation", "Bank of England Governor Andrew Bailey said",
			"O O B-LOC O B-PER I-PER O", "B-ORG I-ORG I-ORG O B-PER I-PER O"},
		{"a longer name with of before an office's title is an organisation", "Reserve Bank of Australia Governor Michele Bullock said",
			"O O O B-LOC O B-PER I-PER O", "B-ORG I-ORG I-ORG I-ORG O B-PER I-PER O"},
		{"an organisation run on over a title and a person is split", "Bank of Japan Governor Kazuo Ueda said",
			"B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O", "B-ORG I-ORG I-ORG O B-PER I-PER O"},
		{"a title before of and a place is no organisation", "Mayor of London Sadiq Khan said",
			"O O B-LOC B-PER I-PER O", "O O B-LOC B-PER I-PER O"},
		{"a name with of and a place but no title after it is left alone", "Duke of York said",
			"O O B-LOC O", "O O B-LOC O"},
		{"a name taken for a person before a role and a person is the employer", "Cal Fire director Joe Tyler said",
			"B-PER I-PER O B-PER I-PER O", "B-ORG I-ORG O B-PER I-PER O"},
		{"a word taken for a person after a word left out before a role and a person is the employer", "Cal Fire director Joe Tyler said",
			"O B-PER O B-PER I-PER O", "B-ORG I-ORG O B-PER I-PER O"},
		{"a person named elsewhere before a role and a person stays a person", "Boris Yeltsin spokesman Sergei Yastrzhembsky said Yeltsin was well",
			"B-PER I-PER O B-PER I-PER O B-PER O O", "B-PER I-PER O B-PER I-PER O B-PER O O"},
		{"a one-word person before a role and a person stays a person", "Yeltsin spokesman Sergei Yastrzhembsky said",
			"B-PER O B-PER I-PER O", "B-PER O B-PER I-PER O"},
		{"the object of founded that an apposition calls a company is an organisation", "By 2015 Vantor was big . She founded Vantor , a payments start-up , in 2007",
			"O O B-PER O O O O O B-PER O O O O O O O", "O O B-ORG O O O O O B-ORG O O O O O O O"},
		{"the object of founded with no company apposition is left alone", "She founded Vantor in 2007",
			"O O B-PER O O", "O O B-PER O O"},
		{"a shouted dateline before a dash is a place", "LOS ANGELES - A jury found the singer guilty of assault on Thursday after a trial",
			"B-ORG I-ORG O O O O O O O O O O O O O O", "B-LOC I-LOC O O O O O O O O O O O O O O"},
		{"an untagged dateline before a dash is a place", "SACRAMENTO - Wildfires burned 1.8 million acres across California this season , more than twice the area",
			"O O O O O O O O B-LOC O O O O O O O O", "B-LOC O O O O O O O B-LOC O O O O O O O O"},
		{"a dateline with a date before its dash is a place", "KESSA , March 10 - Ilse Varga , a former prime minister , finished first in the election",
			"O O O O O B-PER I-PER O O O O O O O O O O O", "B-LOC O O O O B-PER I-PER O O O O O O O O O O O"},
		{"a line shaped like a dateline after the first is a section's label", "GERMANY - Bunds extended losses , flirting with session lows after falling victim to selling .\nEUROBONDS - Primary market activity was sharply lower , as players wound down ahead of the weekend",
			"B-LOC O O O O O O O O O O O O O O O O O O O O O O O O O O O O O O O O", "B-LOC O O O O O O O O O O O O O O O O O O O O O O O O O O O O O O O O"},
		{"a label before a dash and a short note is no dateline", "NOTE - Apic Yamada Corp is a leading maker of leadframes .",
			"O O B-ORG I-ORG I-ORG O O O O O O O", "O O B-ORG I-ORG I-ORG O O O O O O O"},
		{"a shouted headline before a dash is no dateline", "SOCCER - JAPAN GET LATE WIN",
			"O O B-LOC O O O", "O O B-LOC O O O"},
		{"a place named with a club word in a sentence about a match is a club", "Northfield City beat Castleford Rovers in the league",
			"B-LOC I-LOC O B-ORG I-ORG O O O", "B-ORG I-ORG O B-ORG I-ORG O O O"},
		{"a city named with a club word and no match is a place", "Mexico City welcomed Castleford Rovers fans . Mexico City is big",
			"B-LOC I-LOC O B-ORG I-ORG O O B-LOC I-LOC O O", "B-LOC I-LOC O B-ORG I-ORG O O B-LOC I-LOC O O"},
		{"two clubs joined by and are two organisations", "Rovers lost . City host Barnham United and Rovers",
			"B-ORG O O B-ORG O B-ORG I-ORG I-ORG I-ORG", "B-ORG O O B-ORG O B-ORG I-ORG O B-ORG"},
		{"a club's short name taken for a person is the club", "City drew with Barnham . Barnham United lost",
			"B-ORG O O B-PER O B-ORG I-ORG O", "B-ORG O O B-ORG O B-ORG I-ORG O"},
		{"a company named with and stays whole", "Marks and Spencer said . Spencer sold shares",
			"B-ORG I-ORG I-ORG O O B-PER O O", "B-ORG I-ORG I-ORG O O B-PER O O"},
		{"a name after the village of is a place and so is its mention after in", "the village of Ashby Green flooded . Homes in Ashby Green were hit",
			"O O O B-PER I-PER O O O O B-PER I-PER O O", "O O O B-LOC I-LOC O O O O B-LOC I-LOC O O"},
		{"a name before a possessive presidential election is a country", "Veldoria election looms . Veldoria 's presidential election will go to a runoff",
			"B-ORG O O O B-ORG O O O O O O O O", "B-LOC O O O B-LOC O O O O O O O O"},
		{"a place one dropped out of is a school", "she dropped out of Stanford in 2004",
			"O O O O B-LOC O O", "O O O O B-ORG O O"},
		{"a place one moved out of stays a place", "she moved out of Stanford in 2004",
			"O O O O B-LOC O O", "O O O O B-LOC O O"},
		{"an adjective of race before a plural noun is no name", "it diluted the votes of Black residents",
			"O O O O O B-LOC O", "O O O O O O O"},
		{"a surname that is a colour before a verb stays a person", "Black says the plan works",
			"B-PER O O O O", "B-PER O O O O"},
		{"the object of told written with the is an outlet", "Okonkwo told the Courier .",
			"B-PER O O B-LOC O", "B-PER O O B-ORG O"},
		{"a person told by name stays a person", "Okonkwo told Hale .",
			"B-PER O B-PER O", "B-PER O B-PER O"},
		{"an adjective before the object of told stays a thing", "Hincza told the Polish agency .",
			"B-PER O O B-MISC O O", "B-PER O O B-MISC O O"},
		{"a name signed with is an organisation", "he signed with Motown as a player",
			"O O O B-LOC O O O", "O O O B-ORG O O O"},
		{"an untagged name before a role and a person is the employer", "The rocket of Arianespace failed . Arianespace chief executive David Cavaillolès said",
			"O O O O O O O O O B-PER I-PER O", "O O O O O O B-ORG O O B-PER I-PER O"},
		{"a common noun opening a sentence before a role is no employer", "Safety board chairwoman Margit Kaasik said",
			"O O O B-PER I-PER O", "O O O B-PER I-PER O"},
		{"a name the news never writes in lower case opening a sentence is the employer", "Arianespace chief executive David Cavaillolès said",
			"O O O B-PER I-PER O", "B-ORG O O B-PER I-PER O"},
		{"a capitalised word opening a sentence and named nowhere inside one is no employer", "Returning officer Linda Shaw said",
			"O O B-PER I-PER O", "O O B-PER I-PER O"},
		{"a common noun opening a sentence is no employer", "Station manager Kieran McAllister said the station flooded",
			"O O B-PER I-PER O O O O", "O O B-PER I-PER O O O O"},
		{"a word that opens a role is no employer", "Former chief executive David Smith said",
			"O O O B-PER I-PER O", "O O O B-PER I-PER O"},
		{"a generic noun before a role is no employer", "Press spokesman Alexander Barkhatov told reporters",
			"O O B-PER I-PER O O", "O O B-PER I-PER O O"},
		{"half an employer's name stays untagged", "German Foreign Ministry spokesman Martin Erdmann said",
			"B-MISC O O O B-PER I-PER O", "B-MISC O O O B-PER I-PER O"},
		{"a river whose name is tagged a person alone stays a place", "the River Severn rose . Severn said",
			"O B-LOC I-LOC O O B-PER O", "O B-LOC I-LOC O O B-PER O"},
		{"a place whose last word is a person alone is that person", "Sofia Lindqvist said . Lindqvist smiled",
			"B-LOC I-LOC O O B-PER O", "B-PER I-PER O O B-PER O"},
		{"a place whose last word ends other places stays a place", "North Korea and South Korea . Korea said",
			"B-LOC I-LOC O B-LOC I-LOC O B-PER O", "B-LOC I-LOC O B-LOC I-LOC O B-PER O"},
		{"a place after a preposition of place stays a place", "in Sofia Lindqvist . Lindqvist smiled",
			"O B-LOC I-LOC O B-PER O", "O B-LOC I-LOC O B-PER O"},
		{"a leading title leaves a person", "President Vladimir Putin spoke",
			"B-PER I-PER I-PER O", "O B-PER I-PER O"},
		{"a compound title leaves a person", "Secretary of State Marco Rubio spoke",
			"B-PER I-PER I-PER I-PER I-PER O", "O O O B-PER I-PER O"},
		{"an honorific turns another type into a person", "Mr Trump said",
			"B-ORG I-ORG O", "O B-PER O"},
		{"a title alone stays", "Mr spoke", "B-PER O", "B-PER O"},
		{"a month is not a name", "in July sales rose", "O B-PER O O", "O O O O"},
		{"a leading month is dropped", "December Eurodollars fell", "B-MISC I-MISC O", "O B-MISC O"},
		{"a participle opening a sentence is no name", "Born in Oldham , she wrote",
			"B-LOC O B-LOC O O O", "O O B-LOC O O O"},
		{"a name of two words is kept", "Born Free Foundation in Kenya",
			"B-ORG I-ORG I-ORG O B-LOC", "B-ORG I-ORG I-ORG O B-LOC"},
		{"a surname sometimes tagged a person takes the type of the full name",
			"Vladimir Putin met . Putin left . Putin smiled",
			"B-PER I-PER O O B-LOC O O B-PER O", "B-PER I-PER O O B-PER O O B-PER O"},
		{"a titled name of an institution is a person and the institution", "Professor Siobhan Bhriain of University College Dublin said",
			"B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O", "O B-PER I-PER O B-ORG I-ORG I-ORG O"},
		{"a councillor's title is no part of the name", "Cllr Sara O'Donnell said",
			"B-PER I-PER I-PER O", "O B-PER I-PER O"},
		{"an institution's name holds its and", "the Yorkshire Fire and Rescue Service said",
			"O B-ORG I-ORG O B-ORG I-ORG O", "O B-ORG I-ORG I-ORG I-ORG I-ORG O"},
		{"two institutions stay two", "the United Nations and the European Union met",
			"O B-ORG I-ORG O O B-ORG I-ORG O", "O B-ORG I-ORG O O B-ORG I-ORG O"},
		{"a person of an institution stays a person", "Don Penney of the Rochester Fire Department said",
			"B-PER I-PER O O B-ORG I-ORG I-ORG O", "B-PER I-PER O O B-ORG I-ORG I-ORG O"},
		{"a designator tagged alone takes the name before it", "Valmont FC have signed Araujo",
			"O B-ORG O O B-PER", "B-ORG I-ORG O O B-PER"},
		{"a designator takes no preposition or weekday", "On Monday Valmont FC signed",
			"O O O B-ORG O", "O O B-ORG I-ORG O"},
		{"a designator takes no word from the line before", "Transfer\nValmont FC signed",
			"O O B-ORG O", "O B-ORG I-ORG O"},
		{"a designator after a lower-case word stays", "the new FC signed",
			"O O B-ORG O", "O O B-ORG O"},
		{"a name takes its majority type", "Kyiv said . Kyiv and Kyiv",
			"B-ORG O O B-LOC O B-LOC", "B-LOC O O B-LOC O B-LOC"},
		{"a judge's title before a name tagged an organisation leaves a person", "Justice Adaeze Nwosu ruled",
			"B-ORG I-ORG I-ORG O", "O B-PER I-PER O"},
		{"a judge's surname alone after the title is a person", "Judge Okafor ruled",
			"B-ORG I-ORG O", "O B-PER O"},
		{"a court before a justice stays an organisation", "Supreme Court Justice Amy Barrett wrote",
			"B-ORG I-ORG I-ORG I-ORG I-ORG O", "B-ORG I-ORG O B-PER I-PER O"},
		{"a compound judicial title is no part of the name", "Lord Justice Leggatt agreed",
			"B-ORG I-ORG I-ORG O", "O O B-PER O"},
		{"an honorific and a judicial title are no part of the name", "Mr Justice Hargreaves agreed",
			"B-ORG I-ORG I-ORG O", "O O B-PER O"},
		{"a justice department stays an organisation", "the Justice Department declined",
			"O B-ORG I-ORG O", "O B-ORG I-ORG O"},
		{"a justice party stays an organisation", "the Justice Party said",
			"O B-ORG I-ORG O", "O B-ORG I-ORG O"},
		{"a justice minister without a name stays", "the Justice Minister said",
			"O B-ORG I-ORG O", "O B-ORG I-ORG O"},
		{"a ministry of justice stays an organisation", "the Ministry of Justice said",
			"O B-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG O"},
		{"two titled judges joined by and are two people", "with Lady Justice Okafor and Lord Justice Brennan ,",
			"O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O", "O O O B-PER O O O B-PER O"},
		{"three judges joined by and are three people", "Judge Ames and Judge Bell and Judge Cole sat",
			"B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O", "O B-PER O O B-PER O O B-PER O"},
		{"a judge and a body without a judicial title stay one mention", "Judge Ames and Bell Council said",
			"B-ORG I-ORG I-ORG I-ORG I-ORG O", "B-ORG I-ORG I-ORG I-ORG I-ORG O"},
		{"a department of justice and a second word stays one organisation", "the Department of Justice and Equality said",
			"O B-ORG I-ORG I-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG I-ORG I-ORG O"},
		{"the fields of a minister's portfolio are no names", "Turkey 's Minister of Agriculture and Forestry , Mehmet Yilmaz",
			"B-LOC O O O B-LOC O B-ORG O B-PER I-PER", "B-LOC O O O O O O O B-PER I-PER"},
		{"a portfolio tagged a place is no name", "the Secretary for Water Resources said",
			"O O O B-LOC I-LOC O", "O O O O O O"},
		{"a portfolio tagged one organisation is the ministry's name", "the Minister of Trade and Industry said",
			"O O O B-ORG I-ORG I-ORG O", "O O O B-ORG I-ORG I-ORG O"},
		{"a country after a minister's title stays a place", "the Prime Minister of Japan said",
			"O O O O B-LOC O", "O O O O B-LOC O"},
		{"a ministry of a portfolio stays an organisation", "the Ministry of Agriculture said",
			"O B-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG O"},
		{"a word after climbed is a mountain", "and climbed Everest in 2003",
			"O O O O O", "O O B-LOC O O"},
		{"a day after climbed is no mountain", "shares climbed Friday to a record",
			"O O O O O O", "O O O O O O"},
		{"a numbered camp is no name", "descending from Camp 3 at dawn",
			"O O B-ORG O O O", "O O O O O O"},
		{"a trial phase is no name", "The Phase III study ran",
			"O B-ORG I-ORG O O", "O O O O O"},
		{"a name before province is a place", "landfall in Quang Ngai province overnight",
			"O O B-PER I-PER O O", "O O B-LOC I-LOC O O"},
		{"names listed before provinces are places", "across Quang Ngai and Binh Dinh provinces .",
			"O B-PER I-PER O B-PER I-PER O O", "O B-LOC I-LOC O B-LOC I-LOC O O"},
		{"a name before party is an organisation", "Her Union Democratica party holds seats",
			"O B-PER I-PER O O O", "O B-ORG I-ORG O O O"},
		{"an adjective before party stays a thing", "the Republican party said",
			"O B-MISC O O", "O B-MISC O O"},
		{"a river's name before river is a place, also where no cue says so", "sign Tigris treaty . water down the Tigris river ,",
			"O B-ORG O O O O O B-MISC O O", "O B-LOC O O O O O B-LOC O O"},
		{"a name tagged a person after in the is a place", "began climbing in the Picos de Europa as a teenager",
			"O O O O B-PER I-PER I-PER O O O", "O O O O B-LOC I-LOC I-LOC O O O"},
		{"a person after in the before the noun it modifies stays", "in the Clinton administration",
			"O O B-PER O", "O O B-PER O"},
		{"a person after in the before a name it modifies stays", "in the Clinton White House",
			"O O B-PER B-LOC I-LOC", "O O B-PER B-LOC I-LOC"},
		{"a person after in the listed before a noun stays", "in the Marchal and Lambrecks case",
			"O O B-PER O B-PER O", "O O B-PER O B-PER O"},
		{"an organisation after near is a place", "a small museum near Utrecht ;",
			"O O O O B-ORG O", "O O O O B-LOC O"},
		{"a name after summit and a comma is a place", "his first summit , Cho Oyu , in 1996",
			"O O O O B-PER I-PER O O O", "O O O O B-LOC I-LOC O O O"},
		{"a one-word name after insurer and a comma is an organisation", "the museum 's insurer , Achmea , said",
			"O O O O O B-PER O O", "O O O O O B-ORG O O"},
		{"a surname after a phrase of place that opens the sentence stays a person", "At the company , Smith said so",
			"O O O O B-PER O O", "O O O O B-PER O O"},
		{"a place before party stays a place", "a Hollywood party ended",
			"O B-LOC O O", "O B-LOC O O"},
		{"a full name after a company and a comma stays a person", "a spokesman for the company , John Smith , said",
			"O O O O O O B-PER I-PER O O", "O O O O O O B-PER I-PER O O"},
		{"a river is a place", "after the River Calder burst",
			"O O B-ORG I-ORG O", "O O B-LOC I-LOC O"},
		{"a river tagged a person is a place", "homes by River Calder flooded",
			"O O B-PER I-PER O", "O O B-LOC I-LOC O"},
		{"a nickname in quotation marks is inside the name", `Robert "Bobby" Keane Jr. died`,
			"B-PER O B-MISC O B-ORG I-ORG O", "B-PER I-PER I-PER I-PER I-PER I-PER O"},
		{"a quoted word after a name is no nickname when nothing capitalised follows", `Smith "strongly" disagreed`,
			"B-PER O O O O", "B-PER O O O O"},
		{"a possessive inside an organisation's name is part of it", "Dr Susan Kohlhaas of Alzheimer's Research UK said",
			"O B-PER I-PER O B-ORG O B-ORG I-ORG O", "O B-PER I-PER O B-ORG I-ORG I-ORG I-ORG O"},
		{"an untagged word's possessive before an organisation joins it", "the Women's Institute met",
			"O O O B-ORG O", "O B-ORG I-ORG I-ORG O"},
		{"a place's possessive stays apart", "Britain's Labour Party won",
			"B-LOC O B-ORG I-ORG O", "B-LOC O B-ORG I-ORG O"},
		{"an amount after of is no part of a name", "defrauding Harrow Bank of 84 million",
			"O B-ORG I-ORG I-ORG I-ORG O", "O B-ORG I-ORG O O O"},
		{"a flight number is no part of the airline", "Skyline Air Flight 417 crashed",
			"B-ORG I-ORG I-ORG O O", "B-ORG I-ORG O O O"},
		{"a wildfire's name is no organisation", "crews fought the Sulphur Fire overnight",
			"O O O B-ORG I-ORG O", "O O O B-MISC I-MISC O"},
		{"a fire brigade stays an organisation", "the London Fire Brigade said",
			"O B-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG O"},
		{"a storm's name is no person", "Hurricane Katrina struck",
			"B-PER I-PER O", "B-MISC I-MISC O"},
		{"a hall of fame is an organisation", "entered the Music Hall of Fame",
			"O O B-LOC I-LOC I-LOC I-LOC", "O O B-ORG I-ORG I-ORG I-ORG"},
		{"a name listed after a place is a place", "deputies went door to door in Meiners Oaks and Mira Monte",
			"O O O O O O B-LOC I-LOC O B-PER I-PER", "O O O O O O B-LOC I-LOC O B-LOC I-LOC"},
		{"a person listed after a place stays a person when he speaks", "talks in Geneva and John Kerry said",
			"O O B-LOC O B-PER I-PER O", "O O B-LOC O B-PER I-PER O"},
		{"a name opening a clause after a place is no place", "independence from Portugal and Pedro I became emperor",
			"O O B-LOC O B-PER I-PER O O", "O O B-LOC O B-PER I-PER O O"},
		{"the upper part of a place tagged a person is a place", "evacuations for Upper Ojai were ordered",
			"O O B-PER I-PER O O", "O O B-LOC I-LOC O O"},
		{"a club named after a river stays a club", "River Plate beat Boca",
			"B-ORG I-ORG O B-ORG", "B-ORG I-ORG O B-ORG"},
		{"a name ending in a bridge is a place", "floods hit Hebden Bridge",
			"O O B-PER I-PER", "O O B-LOC I-LOC"},
		{"a name before a lower-case valley is a place", "the Calder valley flooded",
			"O B-PER O O", "O B-LOC O O"},
		{"a name after a preposition of place is a place", "Roads in Todmorden closed",
			"O O B-PER O", "O O B-LOC O"},
		{"a full name after in ending like a place is a place", "Residents in Kingsley Heath left",
			"O O B-PER I-PER O", "O O B-LOC I-LOC O"},
		{"a full name after in is a person", "McRae singled in Tyler Houston",
			"B-PER O O B-PER I-PER", "B-PER O O B-PER I-PER"},
		{"a name ending like a place after from is a place", "families from Sileby Green moved",
			"O O B-PER I-PER O", "O O B-LOC I-LOC O"},
		{"a full name after from is a person", "a statement from Gordon Brown",
			"O O O B-PER I-PER", "O O O B-PER I-PER"},
		{"a speech verb after a place is the sentence's", "Police in Calder said",
			"O O B-PER O", "O O B-LOC O"},
		{"a surname ending a person's name keeps the person", "Ted Heath said",
			"B-PER I-PER O", "B-PER I-PER O"},
		{"a person named elsewhere keeps the name a person", "Ted Heath spoke . Homes near Ashby Heath flooded",
			"B-PER I-PER O O O O B-PER I-PER O", "B-PER I-PER O O O O B-PER I-PER O"},
		{"a titled mention keeps the name a person", "Mr Calder left . Roads near Calder shut",
			"O B-PER O O O O B-PER O", "O B-PER O O O O B-PER O"},
		{"a place is a place at its every mention", "Roads near Calder shut . Calder rose",
			"O O B-PER O O B-PER O", "O O B-LOC O O B-LOC O"},
		{"a possessive keeps a person", "in Smith 's view",
			"O B-PER O O", "O B-PER O O"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tok.Split(nil, tt.text, 0, len(tt.text))
			tags := bio(t, tt.tags)
			if len(tags) != len(toks) {
				t.Fatalf("%d tags for %d tokens", len(tags), len(toks))
			}
			refine(tt.text, toks, tags, tg.m.KnownWord)
			if want := bio(t, tt.want); !slices.Equal(tags, want) {
				t.Errorf("refine = %v, want %v", tags, want)
			}
		})
	}
}

func TestLowerInFoldsAsToLower(t *testing.T) {
	set := map[string]bool{"mr": true, "tánaiste": true, strings.Repeat("a", 40): true}
	tests := []struct {
		name, word string
	}{
		{"an ASCII word in capitals", "MR"},
		{"an ASCII word in title case", "Mr"},
		{"an ASCII word not in the set", "Mrs"},
		{"a word with accented capitals", "TÁNAISTE"},
		{"a word longer than the stack buffer", strings.Repeat("A", 40)},
		{"the empty word", ""},
		{"invalid UTF-8", "M\xffR"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := lowerIn(set, tt.word), set[strings.ToLower(tt.word)]; got != want {
				t.Errorf("lowerIn(%q) = %v, want %v", tt.word, got, want)
			}
		})
	}
}

package events

import (
	"slices"
	"testing"
	"time"

	"newsbot/extract/timex"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// TestFindDatesWhatTheClauseReports checks the rows of sentences whose
// time is a season, a bound, a plan given up or a time of a clause on a
// name. A row reads "date|summary", with " planned" after a planned date.
func TestFindDatesWhatTheClauseReports(t *testing.T) {
	thu, tue := day(2026, 9, 17), day(2026, 2, 24)
	tests := []struct {
		name, text string
		published  time.Time
		want       []string
	}{
		{"a year a moment is denied to be dates nothing",
			`"This is not 2008," Ford said. "Banks hold far more capital now."`, day(2026, 10, 13), nil},
		{"a year a moment is likened to dates nothing",
			"It felt like 1929, one trader said.", day(2026, 10, 13), nil},
		{"a year a thing is not due in still dates its clause",
			"The bridge was not finished in 2019.", day(2026, 10, 13),
			[]string{"2019|The bridge was not finished in 2019."}},
		{"a share of the past year after for is a length of time",
			"He said he had been held in solitary confinement for most of the past year.", day(2026, 11, 18), nil},
		{"the past year after throughout is a length of time",
			"Prices climbed throughout the past year.", day(2026, 11, 18), nil},
		{"the past year after in dates its clause",
			"Prices climbed in the past year.", day(2026, 11, 18),
			[]string{"2025|Prices climbed in the past year."}},
		{"last year after for is the year a figure is for",
			"The company reported a loss for last year.", day(2026, 11, 18),
			[]string{"2025|The company reported a loss for last year."}},
		{"an infinitive of purpose looks ahead to the coming winter",
			"The minister has offered doctors a pay rise in a last-ditch attempt to avert strikes over the winter.", day(2026, 11, 19),
			[]string{"2026 planned|The minister has offered doctors a pay rise in a last-ditch attempt to avert strikes over the winter."}},
		{"a participle after an expected infinitive leaves the spring ahead",
			"The chancellor is expected to publish revised departmental plans in the spring.", day(2026, 11, 19),
			[]string{"2027 planned|The chancellor is expected to publish revised departmental plans in the spring."}},
		{"an expectation a figure is compared with dates nothing",
			"Inflation pressures were fading more quickly than we expected in the summer.", day(2026, 11, 19), nil},
		{"a month already over that is expected is next year's",
			"The agency is expected to rule in June.", day(2026, 8, 14),
			[]string{"2027-06 planned|The agency is expected to rule in June."}},
		{"set for looks ahead in a headline",
			"Launch scrubbed after valve fault, new attempt set for Thursday", tue,
			[]string{"2026-02-26 planned|Launch scrubbed after valve fault, new attempt set for Thursday"}},
		{"a match postponed late in the week is the coming one, which is no row",
			"The club postponed Sunday's league match.", thu, nil},
		{"a match postponed early in the week is the one just gone",
			"The club postponed Sunday's league match.", day(2026, 9, 14),
			[]string{"2026-09-13|The club postponed Sunday's league match."}},
		{"what is due before a day is not on it",
			"Rates could fall again before Christmas.", day(2026, 11, 18), nil},
		{"before the end of a year falls inside it",
			"Chen said the company would file for approval before the end of the year.", day(2026, 11, 4),
			[]string{"2026 planned|Chen said the company would file for approval before the end of the year."}},
		{"a plan told in the past perfect was given up",
			"The regulator had been expected to decide in September but ruled early.", day(2026, 8, 14), nil},
		{"a record since a year dates nothing",
			"Turnout was 79%, the highest since 1990.", thu, nil},
		{"a running total since a year dates nothing",
			"The agency had spent 410 million euros on the programme since 2020.", thu, nil},
		{"a change since a month dates nothing",
			"The outlook has changed materially since May.", thu, nil},
		{"a state since a year is dated by its start",
			"She has run the trust since 2021.", thu,
			[]string{"2021|She has run the trust since 2021."}},
		{"a total since a day is dated by the day it started",
			"The attack has forced the cancellation of 400 operations since Saturday.", thu,
			[]string{"2026-09-12|The attack has forced the cancellation of 400 operations since Saturday."}},
		{"a relative clause ending the sentence dates only the name it describes",
			"The new premier takes over from Claire Moreau, who resigned on Friday.", day(2026, 6, 15),
			[]string{"2026-06-12|Claire Moreau, who resigned on Friday"}},
		{"a relative clause ending the sentence that speaks of another keeps the sentence",
			"\"Bobby was the best of us,\" said Van Morrison, who toured with him in 1979.", thu,
			[]string{"1979|\"Bobby was the best of us,\" said Van Morrison, who toured with him in 1979."}},
		{"a clause with a subject of its own after and is a row of its own",
			"The trial began on 1 March 2023 and its last patient visit was on 14 August 2025.", thu,
			[]string{"2023-03-01|The trial began on 1 March 2023", "2025-08-14|its last patient visit was on 14 August 2025."}},
		{"a season parts from a day of it",
			"The bank cut rates on Wednesday and signalled that further easing could follow in the spring.", day(2026, 3, 5),
			[]string{"2026-03-04|The bank cut rates on Wednesday", "2026|signalled that further easing could follow in the spring."}},
		{"a market close overnight is the evening's",
			"The S&P 500 ended flat overnight.", day(2026, 11, 18),
			[]string{"2026-11-17|The S&P 500 ended flat overnight."}},
		{"what ends overnight without a level runs into the morning",
			"The search for the missing had ended overnight.", day(2026, 11, 18),
			[]string{"2026-11-18|The search for the missing had ended overnight."}},
		{"a time in a phrase qualifying a noun dates only the happening it names",
			"A court on Thursday approved the extradition of the magnate to Norway, where he faces fraud charges linked to the collapse of his firm in 2021.", thu,
			[]string{"2026-09-17|A court on Thursday approved the extradition of the magnate to Norway, where he faces fraud charges linked to the collapse of his firm in 2021.",
				"2021|the collapse of his firm in 2021"}},
		{"a time in a phrase a participle leads dates only the happening it names",
			"He faces fraud charges linked to the collapse of his firm in 2021.", thu,
			[]string{"2021|the collapse of his firm in 2021"}},
		{"a finite verb in -ed before the phrase dates the clause",
			"The members voted for the strike in 2019.", thu,
			[]string{"2019|The members voted for the strike in 2019."}},
		{"a bare time after the noun of a happening dates the clause",
			"Mendes said the members voted for the strike last week, and talks resumed on Tuesday.", thu,
			[]string{"2026-09|Mendes said the members voted for the strike last week", "2026-09-15|talks resumed on Tuesday."}},
		{"a time after a bare preposition in a sentence of one time dates the clause",
			"She flew to the summit in 2019.", thu,
			[]string{"2019|She flew to the summit in 2019."}},
		{"what was done in a happening shares its time",
			"The retailer said hackers had stolen data in an attack on its website in 2025.", thu,
			[]string{"2025|The retailer said hackers had stolen data in an attack on its website in 2025."}},
		{"a time after a semicolon dates only its own clause",
			"Its maiden flight ended in failure when the upper stage shut down early; the second flight, in 2025, reached orbit.", thu,
			[]string{"2025|the second flight, in 2025, reached orbit."}},
		{"two predicates of a relative clause on the subject are a row each",
			"Lund, who joined the chain in 2017 and became chief executive the following year, resigned on Tuesday.", thu,
			[]string{"2017|Lund, who joined the chain in 2017 and became chief executive the following year",
				"2018|Lund, who joined the chain in 2017 and became chief executive the following year",
				"2026-09-15|Lund, who joined the chain in 2017 and became chief executive the following year, resigned on Tuesday."}},
		{"a past perfect reported after a dated saying is a row of its own",
			"The retailer said on Monday that hackers had broken into its loyalty-card system in early June.", thu,
			[]string{"2026-09-14|The retailer said on Monday that hackers had broken into its loyalty-card system in early June.",
				"2026-06|hackers had broken into its loyalty-card system in early June."}},
		{"a participle phrase on a noun dates that noun",
			"The commission ordered the recount on Tuesday after the first tally, published overnight on Monday, put the party 412 votes ahead.", thu,
			[]string{"2026-09-15|The commission ordered the recount on Tuesday after the first tally, published overnight on Monday, put the party 412 votes ahead.",
				"2026-09-14|the first tally, published overnight on Monday"}},
		{"a peak a figure fell from dates nothing",
			"Inflation was 2.4% in August, down from a peak of 9.8% in October 2022.", thu,
			[]string{"2026-08|Inflation was 2.4% in August, down from a peak of 9.8% in October 2022."}},
		{"a first to do something since a year is a comparison, not the subject's year",
			"Okonjo is the only sitting governor to be voted out by a recall petition since 1994.", thu, nil},
		{"the end a waiver lasts to dates nothing when the sentence gives the day of the vote",
			"Calder County supervisors on Tuesday approved a $5 million fund, and voted to waive permit fees through the end of next year.", day(2026, 11, 4),
			[]string{"2026-11-03|Calder County supervisors on Tuesday approved a $5 million fund, and voted to waive permit fees through the end of next year."}},
		{"a possessive time naming a thing in the clause of a day does not cut the sentence",
			"Calder County supervisors on Tuesday approved a fund to help residents who lost homes in last month's fire rebuild, and voted to waive permit fees through the end of next year.", day(2026, 11, 4),
			[]string{"2026-11-03|Calder County supervisors on Tuesday approved a fund to help residents who lost homes in last month's fire rebuild, and voted to waive permit fees through the end of next year."}},
		{"a stay until the end of a month from no other time keeps its end",
			"The sugar beet campaign is expected to run until the end of January.", day(2026, 11, 4),
			[]string{"2027-01 planned|The sugar beet campaign is expected to run until the end of January."}},
		{"what will not be ready until the end of a month is due then",
			"The minister said on Tuesday that the documents would not be ready until the end of January.", day(2026, 11, 4),
			[]string{"2026-11-03|The minister said on Tuesday that the documents would not be ready until the end of January.", "2027-01 planned|The minister said on Tuesday that the documents would not be ready until the end of January."}},
		{"a denied future by a feast plans nothing",
			"\"We're not going to get everybody home by Christmas, and I'm not going to pretend we will,\" said Supervisor Linda Marchetti.", day(2026, 11, 4), nil},
		{"a plant that will not reopen in a month plans nothing",
			"The plant will not reopen in March.", day(2026, 11, 4), nil},
		{"a plant that will not reopen until a month reopens then",
			"The plant will not reopen until March.", day(2026, 11, 4),
			[]string{"2027-03 planned|The plant will not reopen until March."}},
		{"a meeting scheduled for a day is planned though someone will not attend",
			"Colombia will not attend a meeting of coffee producers scheduled for this weekend.", day(2026, 11, 4),
			[]string{"2026-11 planned|Colombia will not attend a meeting of coffee producers scheduled for this weekend."}},
		{"a denial does not reach a happening named by the time",
			"A court order will not delay the April 1 merger of the two airlines.", day(2026, 3, 4),
			[]string{"2026-04-01 planned|A court order will not delay the April 1 merger of the two airlines."}},
		{"a denial does not reach a participle on a noun",
			"The commission would not be able to accept offers in a public tender being held today.", day(2026, 3, 4),
			[]string{"2026-03-04|The commission would not be able to accept offers in a public tender being held today."}},
		{"a denied doubt looks ahead",
			"\"I wouldn't be surprised to see a fall-off in December, especially since sales were strong in October,\" he said.", day(2026, 12, 1),
			[]string{"2026-12|\"I wouldn't be surprised to see a fall-off in December, especially since sales were strong in October,\" he said.", "2026-10|sales were strong in October"}},
		{"a possessive time in a rejected claim gives way to the day of the main clause",
			"A regional office of the board on Wednesday certified a union, rejecting the company's claim that organisers had improperly influenced last month's election.", day(2026, 11, 5),
			[]string{"2026-11-04|A regional office of the board on Wednesday certified a union, rejecting the company's claim that organisers had improperly influenced last month's election."}},
		{"a possessive time ahead in a claim stays a plan",
			"Economists said on Monday that no change is likely at next week's meeting.", day(2026, 11, 4),
			[]string{"2026-11-02|Economists said on Monday that no change is likely at next week's meeting.", "2026-11 planned|Economists said on Monday that no change is likely at next week's meeting."}},
		{"a night of a standing arrangement gives way to the week",
			"The museum reopened to the public last week with increased security, including guards in every first-floor gallery overnight.", day(2026, 11, 19),
			[]string{"2026-11|The museum reopened to the public last week with increased security, including guards in every first-floor gallery overnight."}},
		{"a search of every house overnight is dated by the night",
			"Police searched every house in the village overnight.", day(2026, 11, 19),
			[]string{"2026-11-19|Police searched every house in the village overnight."}},
		{"a first since a month dates nothing",
			"The bank cut its main rate to 3.5% on Thursday, its first reduction since March 2024.", thu,
			[]string{"2026-09-17|The bank cut its main rate to 3.5% on Thursday, its first reduction since March 2024."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range Find(tt.text, nil, timex.Find(tt.text, nil, tt.published), nil, tt.published) {
				d := e.Date
				if e.Planned {
					d += " planned"
				}
				got = append(got, d+"|"+tt.text[e.Summary.Start:e.Summary.End])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("events\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

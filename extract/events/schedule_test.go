package events

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

func TestFindSchedulesBylinesAndPossessives(t *testing.T) {
	nov16 := time.Date(2026, 11, 16, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		want       []string // "date planned"
	}{
		{"a date first scheduled is no event and the date it was delayed to a plan",
			"The mission, originally scheduled to lift off from Kourou on 28 October, was first delayed to 14 November because of high winds.",
			[]string{"2026-11-14 true"}},
		{"what was originally planned gives way to what happened",
			"The summit, originally planned for May, was held on 3 June.",
			[]string{"2026-06-03 false"}},
		{"a date a meeting was originally set for is no event",
			"The hearing, originally set for 20 November, will now open on 4 December.",
			[]string{"2026-12-04 true"}},
		{"a first plan and its break keep the later date",
			"The vote was initially due in May but took place on 3 June.",
			[]string{"2026-06-03 false"}},
		{"a date postponed to after publication is a plan",
			"The hearing was postponed until 5 January 2027.",
			[]string{"2027-01-05 true"}},
		{"a date pushed back to is a plan",
			"The opening was pushed back to 20 November.",
			[]string{"2026-11-20 true"}},
		{"moving to a place on a date is no plan",
			"She moved to Lisbon on 3 March 2021.",
			[]string{"2021-03-03 false"}},
		{"a date first scheduled and pushed back is no event",
			"The vote was first scheduled for March 10th but was pushed back when the speaker said the chamber lacked a quorum.",
			nil},
		{"a first scheduled flight that left is an event",
			"The first scheduled flight left on 10 March.",
			[]string{"2026-03-10 false"}},
		{"a new date postponed again is neither plan nor event",
			"It was rescheduled for 17 March and then postponed again after a bomb threat.",
			nil},
		{"a new date that holds is a plan",
			"It was rescheduled for 17 December after a bomb threat.",
			[]string{"2026-12-17 true"}},
		{"a byline with its date is no event",
			"By Staff Reporter | 3 November 2026",
			nil},
		{"an updated byline is no event",
			"By Jane Doe and Sam Okoro, updated 3 November 2026",
			nil},
		{"a published line naming the outlet is no event",
			"Published 2026-11-12 by Westminster Today",
			nil},
		{"a sentence opening with published is an event",
			"Published on 12 November, the report found failings.",
			[]string{"2026-11-12 false"}},
		{"a sentence opening with by and a date is an event",
			"By Monday, rescuers had found 12 bodies.",
			[]string{"2026-11-16 false"}},
		{"a past possessive in a clause about what will happen dates nothing",
			"Last year's winner, Olusegun Adeyemi, will present the prize.",
			nil},
		{"a bare day as the subject of a present copula is a plan",
			"Friday is the last day to register for the ballot.",
			[]string{"2026-11-20 true"}},
		{"a time judged too early is no plan",
			"\"December is too early,\" the analyst said.",
			nil},
		{"the end of a forecast stretch is a plan",
			"Forecasters said showers were likely through Thursday.",
			[]string{"2026-11-19 true"}},
		{"a month of a goal now set is a plan",
			"Lee Brennan said the club's target was now the cup final in December.",
			[]string{"2026-12 true"}},
		{"a fronted day before a modal of possibility is a plan",
			"\"On Saturday, in the final, she can win it all,\" the coach said.",
			[]string{"2026-11-21 true"}},
		{"a year qualifying the object of a past act dates nothing",
			"The regulator has withdrawn a widely cited 2021 study on pesticides.",
			nil},
		{"a year qualifying the object in a relative clause dates nothing",
			"The court that overturned the 2019 ruling sat for two days.",
			nil},
		{"a year qualifying a figure reported dates the figure",
			"The retailer reported a 2021 loss of 40 million euros.",
			[]string{"2021 false"}},
		{"a year after a preposition still dates the act",
			"The regulator withdrew the licence in 2021.",
			[]string{"2021 false"}},
		{"a state in the present until the end of the month is a plan",
			"The exhibition remains open to visitors until the end of the month.",
			[]string{"2026-11 true"}},
		{"a coming possessive in a clause about what will happen is a plan",
			"Lee Brennan will take charge for Saturday's home match.",
			[]string{"2026-11-21 true"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			times := timex.Find(tt.text, nil, nov16)
			var got []string
			for _, e := range Find(tt.text, nil, times, nil, nov16) {
				got = append(got, fmt.Sprintf("%s %v", e.Date, e.Planned))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Find(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestFindNamesTheThingADefiniteNounTakesUp(t *testing.T) {
	bridge := "The death toll from the collapse of the Dunmore river bridge rose to nine on Wednesday. "
	hospital := "Nurses at Riverside University Hospitals walked out on Wednesday. "
	tests := []struct {
		name, first, name1, second string
		want                       []string
	}{
		{"the noun a name was put before takes the name", bridge, "Dunmore", "The central span of the 1974 bridge gave way on Monday evening.", []string{"Dunmore"}},
		{"another noun takes no name", bridge, "Dunmore", "The central span of the old ferry gave way on Monday evening.", nil},
		{"a noun without the takes no name", bridge, "Dunmore", "A bridge upstream gave way on Monday evening.", nil},
		{"a noun of the name takes the name", hospital, "Riverside University Hospitals", "Pickets formed outside both hospital sites on Monday.", []string{"Riverside University Hospitals"}},
		{"the bank takes the name of the bank of a country", "Rates set by the National Bank of Poland rose to six percent on Tuesday. ", "National Bank of Poland", "The bank will publish projections on Monday.", []string{"National Bank of Poland"}},
		{"the storm of a typhoon takes the typhoon's name", "Typhoon Sonca killed 14 people on Tuesday. ", "Typhoon Sonca", "The storm came ashore near the port early on Monday.", []string{"Typhoon Sonca"}},
		{"a noun outside the name takes no name", hospital, "Riverside University Hospitals", "Pickets formed outside the town hall on Monday.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := tt.first + tt.second
			at := strings.Index(text, tt.name1)
			ms := []doc.Mention{{Span: doc.Span{Start: at, End: at + len(tt.name1)}, Type: doc.Org, Text: tt.name1}}
			times := timex.Find(text, nil, wed)
			got := Find(text, sentencesAtStops(text), times, ms, wed)
			if len(got) != 2 {
				t.Fatalf("Find = %+v, want two events", got)
			}
			if !slices.Equal(got[1].Entities, tt.want) {
				t.Errorf("entities %q, want %q", got[1].Entities, tt.want)
			}
		})
	}
}

func TestFindGivesAClauseNamingOthersTheNameOfItsPossessiveSubject(t *testing.T) {
	first := "Fees set by the Tarnby Water Regulation Board rose by six percent on Tuesday. "
	tests := []struct {
		name, second string
		want         []string
	}{
		{"the owner of a possessive subject takes the name", "The board's chair, Ms Quell, will brief the assembly on Monday.", []string{"Ms Quell", "Tarnby Water Regulation Board"}},
		{"the owner of a curly possessive subject takes the name", "The board’s chair, Ms Quell, will brief the assembly on Monday.", []string{"Ms Quell", "Tarnby Water Regulation Board"}},
		{"another owner takes no name", "The city's mayor, Ms Quell, will brief the assembly on Monday.", []string{"Ms Quell"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := first + tt.second
			var ms []doc.Mention
			for _, m := range []doc.Mention{{Type: doc.Org, Text: "Tarnby Water Regulation Board"}, {Type: doc.Person, Text: "Ms Quell"}} {
				at := strings.Index(text, m.Text)
				m.Span = doc.Span{Start: at, End: at + len(m.Text)}
				ms = append(ms, m)
			}
			got := Find(text, sentencesAtStops(text), timex.Find(text, nil, wed), ms, wed)
			if len(got) != 2 {
				t.Fatalf("Find = %+v, want two events", got)
			}
			if !slices.Equal(got[1].Entities, tt.want) {
				t.Errorf("entities %q, want %q", got[1].Entities, tt.want)
			}
		})
	}
}

func TestFindGivesAClauseNamingOthersTheNameOfItsSubject(t *testing.T) {
	text := "Typhoon Sonca killed 14 people on Tuesday. The storm came ashore near Dung Quat early on Monday."
	var ms []doc.Mention
	for _, n := range []string{"Typhoon Sonca", "Dung Quat"} {
		at := strings.Index(text, n)
		ms = append(ms, doc.Mention{Span: doc.Span{Start: at, End: at + len(n)}, Type: doc.Place, Text: n})
	}
	got := Find(text, sentencesAtStops(text), timex.Find(text, nil, wed), ms, wed)
	if len(got) != 2 || !slices.Equal(got[1].Entities, []string{"Dung Quat", "Typhoon Sonca"}) {
		t.Errorf("Find = %+v, want the second event of Dung Quat and Typhoon Sonca", got)
	}
}

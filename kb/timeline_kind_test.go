package kb

import (
	"cmp"
	"context"
	"strings"
	"testing"
)

func TestANameTimelineTakesTheReportsCallingItByItsKind(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.jsonl": `{"id":"a","title":"Storm toll rises","source":"Herald","published":"2026-08-16","text":"Hurricane Delphine made landfall near Port Sabine on Friday, officials said.\nSheriff Dan Okafor said on Saturday that one death first attributed to the storm had been a heart attack.\nThe governor was elected in 2019 and has faced two previous hurricanes in office."}` + "\n",
	})
	l, err := s.Find(context.Background(), "Hurricane Delphine")
	if err != nil || len(l.Matches) != 1 {
		t.Fatalf("Find = %+v, %v", l, err)
	}
	if got := timelineDates(t, s, TimelineQuery{Entity: l.Matches[0].ID, Limit: 10}); got != "2026-08-14 2026-08-15" {
		t.Errorf("Timeline(Hurricane Delphine) dates %q, want the landfall and the sheriff's report on the storm, not the earlier hurricanes", got)
	}
}

func TestANameTimelineTakesTheNamelessReportsOfArticlesAboutIt(t *testing.T) {
	tests := []struct {
		name, text, entity, want string
		source                   string // "Herald" when empty
	}{
		{"an article about an airline gives it the reports naming no one",
			"Pilots at Skyline Air walked out on Friday, and Skyline Air cancelled 460 flights.\nSkyline Air said talks with Aircrew United would resume.\nNormal schedules are expected to resume on Tuesday.",
			"Skyline Air", "2026-11-20 2026-11-24", ""},
		{"an article about a person keeps them to itself",
			"Daniel Ford took over at Harwick Foods on Monday.\nFord said Ford had no plans to sell.\nOperating profit for the three months to September 30 was £41.2 million.",
			"Daniel Ford", "2026-11-16", ""},
		{"an outlet naming itself most tells its reporting, not what it is about",
			"Councillors voted to close the lido, the Ledger can reveal.\nThe Ledger asked the council for comment on Monday.\nThe lido will shut on Friday.",
			"The Harbour Ledger", "2026-11-16", "The Harbour Ledger"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			source := cmp.Or(tt.source, "Herald")
			s := storeOf(t, map[string]string{
				"a.jsonl": `{"id":"a","title":"News","source":"` + source + `","published":"2026-11-21","text":"` + strings.ReplaceAll(tt.text, "\n", `\n`) + `"}` + "\n",
			})
			l, err := s.Find(context.Background(), tt.entity)
			if err != nil || len(l.Matches) != 1 {
				t.Fatalf("Find = %+v, %v", l, err)
			}
			if got := timelineDates(t, s, TimelineQuery{Entity: l.Matches[0].ID, Limit: 10}); got != tt.want {
				t.Errorf("Timeline(%s) dates %q, want %q", tt.entity, got, tt.want)
			}
		})
	}
}

func TestATopicTimelineFindsTheNewsWordsOfItsKind(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.jsonl": `{"id":"a","title":"Gallery raided","source":"Herald","published":"2026-05-08","text":"Burglars broke into the Tessel Gallery on Tuesday and took three drawings.\nThe heist was the gallery's second since 2019."}` + "\n" +
			`{"id":"b","title":"Shoppers take Norvale to court","source":"Herald","published":"2026-05-08","text":"Customers sued Norvale Foods in March over mislabelled honey.\nThe suit was moved to a federal court on Wednesday.\nA lawsuit is a slow road, their lawyer said."}` + "\n" +
			`{"id":"c","title":"Tailor shop opens","source":"Herald","published":"2026-05-08","text":"A new suit shop opened on Thursday in Hale Street."}` + "\n" +
			`{"id":"d","title":"Climbers saved","source":"Herald","published":"2026-05-08","text":"Rescuers reached the stranded climbers on Monday.\nTwo hikers were rescued on 2 May."}` + "\n" +
			`{"id":"e","title":"Retailer hit by data breach","source":"Herald","published":"2026-05-08","text":"Velmar said the data breach began on 20 April.\nAn attacker copied 2 million records on 22 April.\nThe breach was reported to regulators on 24 April."}` + "\n" +
			`{"id":"f","title":"Carmaker to shed staff","source":"Herald","published":"2026-05-08","text":"Orvane said on Monday it would cut 1,100 jobs, a tenth of its workforce.\nThe job cuts follow a slump in orders.\nUnions met managers on 6 May."}` + "\n" +
			`{"id":"g","title":"Budget passed","source":"Herald","published":"2026-05-08","text":"The council voted on Tuesday for tax cuts that could create 300 jobs."}` + "\n" +
			`{"id":"h","title":"Rail boss faces senators","source":"Herald","published":"2026-05-08","text":"The head of Corvan Rail will be questioned by senators on 19 May about the derailment.\nThe hearing was called after a freight train left the tracks on 30 April."}` + "\n" +
			`{"id":"i","title":"Water chief apologises","source":"Herald","published":"2026-05-08","text":"The head of Pellow Water told a parliamentary committee on Thursday that the leaks had been ignored.\nMembers said after the hearing that they would write to the regulator."}` + "\n" +
			`{"id":"j","title":"Suspect held","source":"Herald","published":"2026-05-08","text":"Police questioned a man on Friday about the fire at the depot."}` + "\n",
	})
	tests := []struct{ topic, want string }{
		{"theft", "2019 2026-05-05"},
		// The tailor's suit is no lawsuit: it is in no article of one.
		{"lawsuit", "2026-03 2026-05-06"},
		{"rescue", "2026-05-02 2026-05-04"},
		// The words of a kind's phrase are the kind, and its article's
		// "breach" and "attacker" tell it.
		{"data breach", "2026-04-20 2026-04-22 2026-04-24"},
		{"cyberattack", "2026-04-20 2026-04-22 2026-04-24"},
		// Jobs cut in an article about job cuts are layoffs; jobs a
		// tax cut creates are not.
		{"layoffs", "2026-05-04"},
		// Witnesses questioned or telling a committee, in an article
		// about a hearing, are the hearing's; a suspect questioned in
		// another article is not.
		{"hearing", "2026-04-30 2026-05-07 2026-05-19"},
	}
	for _, tt := range tests {
		t.Run(tt.topic, func(t *testing.T) {
			if got := timelineDates(t, s, TimelineQuery{Topic: tt.topic, Limit: 10}); got != tt.want {
				t.Errorf("Timeline(%s) dates %q, want %s", tt.topic, got, tt.want)
			}
		})
	}
}

func TestATopicTimelineMatchesTheReportsOwnClause(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.jsonl": `{"id":"a","title":"Ministers to meet","source":"Herald","published":"2026-06-10","text":"Ruiz, who took office in January, said ministers would meet in Oslo next Tuesday to agree on tariffs.\nTariffs were last raised in 2019.\nThe bloc said on Monday it would impose tariffs of 20 per cent on steel and glass, taking effect on 1 July 2026, the same day as its rival's."}` + "\n",
	})
	tests := []struct{ topic, want string }{
		// A clause with no subject of its own ("taking effect on 1
		// July") is about what its sentence is about.
		{"tariffs", "2019 2026-06-08 2026-06-16 2026-07-01"},
		// The sentence holds both the office and Oslo; the office's
		// clause does not hold Oslo.
		{"Oslo", "2026-06-16"},
	}
	for _, tt := range tests {
		t.Run(tt.topic, func(t *testing.T) {
			if got := timelineDates(t, s, TimelineQuery{Topic: tt.topic, Limit: 10}); got != tt.want {
				t.Errorf("Timeline(%s) dates %q, want %s", tt.topic, got, tt.want)
			}
		})
	}
}

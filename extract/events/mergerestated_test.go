package events

import (
	"testing"
	"time"

	"newsbot/extract/timex"
)

// restatedRef marks a report as restating the event a stretch counts
// from, as Find marks "two days after the company reported …".
func restatedRef(r Ref) Ref {
	r.Event.Words = append(r.Event.Words, restatedMark)
	return r
}

func TestMergeRestatedAndRoles(t *testing.T) {
	kestrel := []string{"Kestrel Telecom", "Mara Ode", "Tom Hale", "Vodacom"}
	kars := []string{"Kars", "Turkey", "Hakan Demir", "Red Crescent"}
	tests := []struct {
		name   string
		refs   []Ref
		groups int
	}{
		{"a phone call with a prime minister and her concession stay apart", []Ref{
			ref("a", "2026-11-02", "He said he had spoken by phone with both Karl Wendt and Prime Minister Ana Voss on Monday evening", "Karl Wendt", "Ana Voss", "Omar Haddad"),
			ref("b", "2026-11-02", "Ana Voss, who conceded on November 2 but remains prime minister until a new government is sworn in", "Ana Voss"),
		}, 2},
		{"a meeting with a chancellor named by his title and told again without his name is one row", []Ref{
			ref("a", "1987-03-02", "Rocha and Gros are today meeting British Chancellor of the Exchequer Ian Lowe, Foreign Secretary Hugh Dane and Governor of the Bank of England Rob Penn",
				"Carlos Rocha", "Luis Gros", "British", "Ian Lowe", "Hugh Dane", "Bank of England", "Rob Penn"),
			ref("b", "1987-03-02", "The spokesman said the Chancellor had emphasised in talks this morning with Rocha the need for the Brazilian authorities to present a convincing economic program", "Carlos Rocha", "Brazilian"),
		}, 1},
		{"one resignation of a prime minister told twice is one row", []Ref{
			ref("a", "2026-11-02", "Prime Minister Ana Voss resigned on Monday", "Ana Voss"),
			ref("b", "2026-11-02", "Ana Voss, the prime minister, resigned on Monday", "Ana Voss"),
		}, 1},
		{"a plan for next year joins no plan of one of its days told in other words", []Ref{
			coarse(planned(ref("a", "2027", "Finance chief Tom Hale said the company would cut capital spending to 2.2 billion next year", "Tom Hale")), "year"),
			planned(ref("b", "2027-03-03", "He said the company would present a revised strategy at a capital markets day on March 3", "Tom Hale")),
		}, 2},
		{"a plan for next year joins the plan of its day told in the same words", []Ref{
			coarse(planned(ref("a", "2027", "Tom Hale said the company would present a revised strategy to investors next year", "Tom Hale")), "year"),
			planned(ref("b", "2027-03-03", "He said the company would present a revised strategy at a capital markets day on March 3", "Tom Hale")),
		}, 1},
		{"results restated as the day a stretch counts from join the results", []Ref{
			cast(ref("a", "2026-10-28", "Kestrel Telecom on Wednesday reported a 31% fall in third-quarter operating profit and cut its forecast", "Kestrel Telecom"), kestrel...),
			cast(restatedRef(ref("b", "2026-10-28", "two days after the company reported weaker quarterly results", "Mara Ode")), kestrel...),
		}, 1},
		{"a restated day joins nothing in an article of another story", []Ref{
			cast(ref("a", "2026-10-28", "Kestrel Telecom on Wednesday reported a 31% fall in third-quarter operating profit and cut its forecast", "Kestrel Telecom"), kestrel...),
			cast(restatedRef(ref("b", "2026-10-28", "two days after the company reported weaker quarterly results", "Mara Ode")), "Mara Ode", "Ofcom", "Leeds"),
		}, 2},
		{"a restated day sharing no deed stays apart", []Ref{
			cast(ref("a", "2026-10-28", "Kestrel Telecom on Wednesday reported a 31% fall in third-quarter operating profit and cut its forecast", "Kestrel Telecom"), kestrel...),
			cast(restatedRef(ref("b", "2026-10-28", "two days after the company named a new chairman", "Mara Ode")), kestrel...),
		}, 2},
		{"an earthquake restated with a later toll joins the first reports", []Ref{
			cast(ref("a", "2026-11-09", "A magnitude 6.8 earthquake struck the province of Kars on Monday, killing at least 112 people", "Kars"), kars...),
			cast(ref("b", "2026-11-09", "The magnitude 6.8 quake hit Kars province before dawn on Monday", "Kars"), kars...),
			cast(restatedRef(ref("c", "2026-11-09", "four days after a magnitude 6.8 earthquake killed 268 people", "Turkish")), kars...),
			cast(restatedRef(ref("d", "2026-11-09", "two days after the quake", "Hakan Demir")), kars...),
		}, 1},
		{"a restated earthquake of another magnitude stays apart", []Ref{
			cast(ref("a", "2026-11-09", "A magnitude 6.8 earthquake struck the province of Kars on Monday, killing at least 112 people", "Kars"), kars...),
			cast(restatedRef(ref("c", "2026-11-09", "four days after a magnitude 5.1 earthquake killed 268 people", "Turkish")), kars...),
		}, 2},
		{"an earthquake of a town in a year and in a month of it is one row", []Ref{
			coarse(ref("a", "2011", "the town of Tavas, which was devastated by a similar earthquake in 2011", "Tavas"), "year"),
			coarse(ref("b", "2011-10", "Tavas was hit by a magnitude 7.1 quake in October 2011 that killed more than 600 people in the province", "Kars"), "month"),
		}, 1},
		{"earthquakes of two towns in one year stay apart", []Ref{
			coarse(ref("a", "2011", "the town of Tavas, which was devastated by a similar earthquake in 2011", "Tavas"), "year"),
			coarse(ref("b", "2011-10", "Denizli was hit by a magnitude 7.1 quake in October 2011 that killed more than 600 people in the province", "Kars"), "month"),
		}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Merge(tt.refs); len(got) != tt.groups {
				t.Errorf("Merge gave %d groups, want %d: %+v", len(got), tt.groups, got)
			}
		})
	}
}

func TestRestates(t *testing.T) {
	tests := []struct {
		summary string
		want    bool
	}{
		{"two days after the company reported weaker quarterly results.", true},
		{"four days after a magnitude 6.8 earthquake killed 268 people,", true},
		{"just a week before the summit", true},
		{"The company reported weaker results two days after the warning.", false},
		{"Two days of talks ended on Friday.", false},
	}
	for _, tt := range tests {
		if got := restates(tt.summary); got != tt.want {
			t.Errorf("restates(%q) = %v, want %v", tt.summary, got, tt.want)
		}
	}
}

func TestLyKindred(t *testing.T) {
	if n := lyKindred([]string{"weaker", "quarterly"}, []string{"third", "quarter"}); n != 1 {
		t.Errorf("quarterly and quarter: %d, want 1", n)
	}
	if n := lyKindred([]string{"early"}, []string{"ear"}); n != 0 {
		t.Errorf("early and ear: %d, want 0", n)
	}
}

func TestFindRelativeClauseDayDatesNoLaterPartOfDay(t *testing.T) {
	pub := time.Date(2026, 11, 10, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text, date, summary string
	}{
		{"a part of the day after a relative clause's day is not that day",
			"Ana Voss, who conceded on November 2 but remains prime minister until a new government is sworn in, met Ilse Brun in the afternoon.",
			"2026-11-02", "Ana Voss, who conceded on November 2 but remains prime minister until a new government is sworn in"},
		{"a part of the day of the main clause's own day keeps it",
			"Ana Voss conceded on November 2 and met Ilse Brun in the afternoon.",
			"2026-11-02", "Ana Voss conceded on November 2 and met Ilse Brun in the afternoon."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.text, nil, timex.Find(tt.text, nil, pub), nil, pub)
			if len(got) != 1 {
				t.Fatalf("Find gave %d events, want 1: %+v", len(got), got)
			}
			if s := tt.text[got[0].Summary.Start:got[0].Summary.End]; got[0].Date != tt.date || s != tt.summary {
				t.Errorf("event %s %q, want %s %q", got[0].Date, s, tt.date, tt.summary)
			}
		})
	}
}

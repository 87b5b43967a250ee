package events

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"newsbot/extract/timex"
)

// rowsOf returns the rows Find makes of text, as "date planned|summary"
// (planned a "+" or "-").
func rowsOf(text string, published time.Time) []string {
	var rows []string
	for _, e := range Find(text, nil, timex.Find(text, nil, published), nil, published) {
		mark := "-"
		if e.Planned {
			mark = "+"
		}
		rows = append(rows, fmt.Sprintf("%s %s|%s", e.Date, mark, text[e.Summary.Start:e.Summary.End]))
	}
	return rows
}

func TestFindDatesPlansAndTheirSayings(t *testing.T) {
	tue := time.Date(2025, 12, 2, 0, 0, 0, 0, time.UTC)
	fri := time.Date(2026, 5, 22, 0, 0, 0, 0, time.UTC)
	mon := time.Date(2026, 5, 25, 0, 0, 0, 0, time.UTC)
	thu := time.Date(2026, 2, 5, 0, 0, 0, 0, time.UTC)
	gathering := "Delegates from 12 nations will meet in Lisbon on Friday for a three-day conference on fisheries, Portugal's foreign ministry said on Tuesday."
	mission := "The minister said on Sunday that the frigates would sail in August, making Norway the first country to commit ships to the mission agreed in Oslo last week."
	accord := "The accord calls for a joint patrol to begin operating in the Baltic by the end of the year and for a second meeting in Riga in 2027."
	fire := "A man has died after a fire at a warehouse in Leeds on Wednesday, police said on Thursday.\nFirefighters were called to the building on Mill Lane shortly after 10pm, the fire service said."
	tests := []struct {
		name, text string
		published  time.Time
		want       []string
	}{
		{"a count of the subject before a verb is no base figure: the plan keeps its day", gathering, tue, []string{
			"2025-12-05 +|" + gathering, "2025-12-02 -|" + gathering}},
		{"a figure a change is measured from still dates nothing", "Exports fell to 3.1 billion dlrs in March from 4.2 billion dlrs in February.", tue, []string{
			"2025-03 -|Exports fell to 3.1 billion dlrs in March from 4.2 billion dlrs in February."}},
		{"a participle on a noun in a closing present participle dates the noun only", mission, mon, []string{
			"2026-05-24 -|The minister said on Sunday that the frigates would sail in August",
			"2026-08 +|The minister said on Sunday that the frigates would sail in August",
			"2026-05 -|the mission agreed in Oslo last week"}},
		{"a closing present participle with no participle on a noun keeps the reported clause", "The minister said on Sunday that the frigates would sail in August, adding ships to the fleet next month.", mon, []string{
			"2026-05-24 -|The minister said on Sunday that the frigates would sail in August",
			"2026-08 +|The minister said on Sunday that the frigates would sail in August",
			"2026-06 +|adding ships to the fleet next month."}},
		{"a call for an act by a time of the year is a plan, and so is each complement", accord, fri, []string{
			"2026 +|" + accord, "2027 +|" + accord}},
		{"an urged act by the end of the year is a plan", "The report urges councils to publish their accounts by the end of the year.", fri, []string{
			"2026 +|The report urges councils to publish their accounts by the end of the year."}},
		{"a call with no act after it plans nothing", "Critics called the scheme a failure by the end of the year.", fri, []string{
			"2026 -|Critics called the scheme a failure by the end of the year."}},
		{"an evening clock time of a past deed is not the publication day when an earlier day is told", fire, thu, []string{
			"2026-02-04 -|a fire at a warehouse in Leeds on Wednesday",
			"2026-02-05 -|A man has died after a fire at a warehouse in Leeds on Wednesday, police said on Thursday."}},
		{"a clock time of the day keeps the publication day", "A man has died after a fire at a warehouse in Leeds on Wednesday, police said on Thursday.\nFirefighters were called to the building at 10am, the fire service said.", thu, []string{
			"2026-02-04 -|a fire at a warehouse in Leeds on Wednesday",
			"2026-02-05 -|A man has died after a fire at a warehouse in Leeds on Wednesday, police said on Thursday.",
			"2026-02-05 -|Firefighters were called to the building at 10am, the fire service said."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := rowsOf(tt.text, tt.published)
			if !slices.Equal(got, tt.want) {
				t.Errorf("rows\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

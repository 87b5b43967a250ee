package events

import (
	"slices"
	"testing"
	"time"

	"newsbot/extract/timex"
)

func TestFindDatesEachTimeOfASentenceApart(t *testing.T) {
	fri := time.Date(2026, 2, 20, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		published  time.Time
		want       []string // "date|summary"
	}{
		{"a relative clause opened by whose on the subject dates only that clause",
			"Haldane, whose family has farmed the estate since 1952, will sell the land to the council.", wed,
			[]string{"1952|Haldane, whose family has farmed the estate since 1952"}},
		{"a relative clause inside an appositive on the subject dates only that clause",
			"Brannigan, a former nurse who took office in 2021, is due to meet the unions.", wed,
			[]string{"2021|Brannigan, a former nurse who took office in 2021"}},
		{"the date of a record beaten dates no row",
			"The town recorded 41.2C on Tuesday, beating the previous record of 40.8C set in 1995.", wed,
			[]string{"2025-12-02|The town recorded 41.2C on Tuesday, beating the previous record of 40.8C set in 1995."}},
		{"a participle on a noun ending a saying dates only the noun",
			"The union said ministers had refused to improve on a 4% offer made last month.", wed,
			[]string{"2025-11|a 4% offer made last month"}},
		{"a relative clause on a noun ending a present perfect dates only the noun",
			"Teachers have voted to accept a new contract, ending a dispute that saw three strikes in October.", wed,
			[]string{"2025-10|a dispute that saw three strikes in October"}},
		{"a possessive time ending a present perfect dates only its noun, and the day of publication the whole sentence",
			"The council has said it will not reopen the library soon, warning readers of long delays after Sunday's flood damage.", wed,
			[]string{"2025-12-03|The council has said it will not reopen the library soon, warning readers of long delays after Sunday's flood damage."}},
		{"a possessive time of the article's day ending a present perfect stays the clause's",
			"The exchange has asked members to stop the trades after today's opening.", wed,
			[]string{"2025-12-03|The exchange has asked members to stop the trades after today's opening."}},
		{"a possessive time after a dated main clause stays the clause's",
			"The council closed the library on Tuesday after Sunday's flood damage.", wed,
			[]string{"2025-12-02|The council closed the library on Tuesday after Sunday's flood damage."}},
		{"a relative clause on a numbered name dates the name, its clause and the noun phrase it completes",
			"Divers have recovered the data recorder of Flight 318, which crashed on Sunday near the border, killing all 60 people on board.", wed,
			[]string{"2025-11-30|the data recorder of Flight 318, which crashed on Sunday near the border"}},
		{"a relative clause on a numbered name that is an object of a verb dates only the name and its clause",
			"Divers have recovered Flight 318, which crashed on Sunday near the border, from the sea bed.", wed,
			[]string{"2025-11-30|Flight 318, which crashed on Sunday near the border"}},
		{"a who clause after a role and its of phrase opening the sentence keeps the role",
			"The Lagos-born finance director of Corvale Shipping, who joined the group in 2019 after a decade at Unilever, told analysts that costs were rising.", wed,
			[]string{"2019|The Lagos-born finance director of Corvale Shipping, who joined the group in 2019 after a decade at Unilever"}},
		{"a which clause after a noun and its at phrase opening the sentence keeps the noun",
			"The stoppage at Dunmore, which ended on Sunday night, is already being studied by other unions.", wed,
			[]string{"2025-11-30|The stoppage at Dunmore, which ended on Sunday night"}},
		{"a which clause on a place after a verb's in phrase keeps only the place",
			"Officials met in Dunmore, which flooded on Sunday night, to plan the clean-up.", wed,
			[]string{"2025-11-30|Dunmore, which flooded on Sunday night"}},
		{"a relative clause on a noun with its own day is an event of its own",
			"The number of people killed by the earthquake that hit western Nepal on Sunday night has risen to 1,512, officials said on Friday, up from 1,240 two days earlier.", fri,
			[]string{"2026-02-15|the earthquake that hit western Nepal on Sunday night", "2026-02-20|The number of people killed by the earthquake that hit western Nepal on Sunday night has risen to 1,512, officials said on Friday, up from 1,240 two days earlier."}},
		{"a relative clause on a noun and its of phrase counts from the main clause's year",
			"In 2015 she chaired the review of the family courts that led to the creation of a new court network two years later.", wed,
			[]string{"2015|In 2015 she chaired the review of the family courts that led to the creation of a new court network two years later.", "2017|the review of the family courts that led to the creation of a new court network two years later"}},
		{"a relative clause on a noun after a name starts at the name",
			"The court on Wednesday upheld a four-year ban on Ruth Wanjiru, the Kenyan runner who tested positive for trenbolone in 2024.", wed,
			[]string{"2025-12-03|The court on Wednesday upheld a four-year ban on Ruth Wanjiru, the Kenyan runner who tested positive for trenbolone in 2024.", "2024|Ruth Wanjiru, the Kenyan runner who tested positive for trenbolone in 2024"}},
		{"a relative clause on a noun after a quoted title starts at the title's owner",
			`Mendes's "Blue Harbour", the play that was taken off the stage last month, won the top award on Wednesday.`, wed,
			[]string{"2025-11|Mendes's \"Blue Harbour\", the play that was taken off the stage last month", "2025-12-03|Mendes's \"Blue Harbour\", the play that was taken off the stage last month, won the top award on Wednesday."}},
		{"a relative clause holding both times of the sentence dates both",
			"Prosecutors said Okafor took cash from Brightwater Marine, a dredging firm that won three contracts in 2019 and a fourth last year.", wed,
			[]string{"2019|Brightwater Marine, a dredging firm that won three contracts in 2019", "2024|Brightwater Marine, a dredging firm that won three contracts in 2019 and a fourth last year"}},
		{"a relative clause on a noun with a number among its modifiers is an event of its own",
			"The death toll from the magnitude 7.4 earthquake that struck southern Peru on Monday rose to 312 on Wednesday, Interior Minister Rosa Quispe said.", fri,
			[]string{"2026-02-16|the magnitude 7.4 earthquake that struck southern Peru on Monday", "2026-02-18|The death toll from the magnitude 7.4 earthquake that struck southern Peru on Monday rose to 312 on Wednesday, Interior Minister Rosa Quispe said."}},
		{"a relative clause ends at its own date",
			"Flight recorders from the jet that went down outside Tallinn on Sunday were retrieved on Tuesday, investigators said.", wed,
			[]string{"2025-11-30|the jet that went down outside Tallinn on Sunday", "2025-12-02|Flight recorders from the jet that went down outside Tallinn on Sunday were retrieved on Tuesday, investigators said."}},
		{"a relative clause after which the main clause's day comes is no later",
			"The prime minister survived the motion late on Tuesday after a marathon debate that ran overnight, with 172 deputies voting in favour.", wed,
			[]string{"2025-12-02|The prime minister survived the motion late on Tuesday after a marathon debate that ran overnight, with 172 deputies voting in favour."}},
		{"a participle phrase on the subject dates only that phrase",
			"The bridge, built by a local firm and opened in 2017, fell into the river during a charity run on the 3rd.", time.Time{},
			[]string{"2017|The bridge, built by a local firm and opened in 2017"}},
		{"a participle phrase on the subject dates the whole sentence when the main clause has no time",
			"The mine, opened in 1998, employs 600 people.", wed,
			[]string{"1998|The mine, opened in 1998, employs 600 people."}},
		{"a phrase of an irregular participle on the subject dates only that phrase when the main clause has a time",
			"Moreau, born in 1966 in Lyon, joined the foreign service in 1991.", wed,
			[]string{"1966|Moreau, born in 1966 in Lyon", "1991|Moreau, born in 1966 in Lyon, joined the foreign service in 1991."}},
		{"a past verb after a subject and its age is the main verb",
			"Bellandi, 45, refereed his first international in 2004, a friendly between Norway and Wales.", wed,
			[]string{"2004|Bellandi, 45, refereed his first international in 2004, a friendly between Norway and Wales."}},
		{"a clause after a verb of saying is no relative clause",
			"The minister said on Monday that the talks had ended in 2023.", wed,
			[]string{"2025-12-01|The minister said on Monday that the talks had ended in 2023.", "2023|the talks had ended in 2023."}},
		{"a year between a possessive determiner and a noun gives way to the clause's time",
			"World Athletics is expected to strip her of her 2023 national title next week.", wed,
			[]string{"2025-12|World Athletics is expected to strip her of her 2023 national title next week."}},
		{"a year after a possessive name gives way to the clause's time",
			"The federation will strip Wanjiru's 2023 national title next week.", wed,
			[]string{"2025-12|The federation will strip Wanjiru's 2023 national title next week."}},
		{"a year naming a thing alone still dates its clause",
			"Wanjiru won silver at the 2022 Commonwealth Games.", wed,
			[]string{"2022|Wanjiru won silver at the 2022 Commonwealth Games."}},
		{"a bare verb after and shares the modal and the subject",
			"The ballot will open on 1 January 2026 and close on 14 February 2026.", wed,
			[]string{"2026-01-01|The ballot will open on 1 January 2026", "2026-02-14|The ballot will open on 1 January 2026 and close on 14 February 2026."}},
		{"a subject after and is not widened",
			"The ballot will open on 1 January 2026 and voters cast their papers on 14 February 2026.", wed,
			[]string{"2026-01-01|The ballot will open on 1 January 2026", "2026-02-14|voters cast their papers on 14 February 2026."}},
		{"a predicate after and is shown with the subject it shares",
			"The ban is backdated to June 2024 and will expire in June 2028.", wed,
			[]string{"2024-06|The ban is backdated to June 2024", "2028-06|The ban is backdated to June 2024 and will expire in June 2028."}},
		{"a predicate of saying after but is shown with its speaker",
			"Nordvik first learned of the problem in 2023, according to a filing, but said it did not find the cause until earlier this year.", wed,
			[]string{"2023|Nordvik first learned of the problem in 2023, according to a filing", "2025|Nordvik first learned of the problem in 2023, according to a filing, but said it did not find the cause until earlier this year."}},
		{"a phrase after a planned clause names a happening of its own day",
			"Eastbridge Borough Council will vote on Thursday on whether to sell the car park, after a heated committee meeting on Monday night.", wed,
			[]string{"2025-12-04|Eastbridge Borough Council will vote on Thursday on whether to sell the car park", "2025-12-01|a heated committee meeting on Monday night."}},
		{"a clause with a subject of its own is shown alone",
			"Vega Corp stopped production in 1987, and the union called a strike in 1990 over the closure.", wed,
			[]string{"1987|Vega Corp stopped production in 1987", "1990|the union called a strike in 1990 over the closure."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			times := timex.Find(tt.text, nil, tt.published)
			var got []string
			for _, e := range Find(tt.text, nil, times, nil, tt.published) {
				got = append(got, e.Date+"|"+tt.text[e.Summary.Start:e.Summary.End])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("events\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

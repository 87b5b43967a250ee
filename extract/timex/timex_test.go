package timex

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"newsbot/extract/doc"
)

// wed is a Wednesday publication date.
var wed = time.Date(2025, 12, 3, 0, 0, 0, 0, time.UTC)

func TestFind(t *testing.T) {
	tests := []struct {
		name, text, want, typ, value string
		published                    time.Time
	}{
		{"a day month year date is absolute", "Russia invaded on 24 February 2022.", "24 February 2022", "DATE", "2022-02-24", wed},
		{"a month day year date is absolute", "It began February 24, 2022, at dawn.", "February 24, 2022", "DATE", "2022-02-24", wed},
		{"an abbreviated month takes the nearest year", "The vote is on Dec. 3.", "Dec. 3", "DATE", "2025-12-03", wed},
		{"an ordinal day after the month is read", "Talks resume March 1st.", "March 1st", "DATE", "2026-03-01", wed},
		{"a weekday with its day of the month is the last such day in a past clause", "The plumber called on Sunday the 30th, late at night.", "Sunday the 30th", "DATE", "2025-11-30", wed},
		{"a weekday with its day of the month may lie months back", "The ferry last sailed on Thursday the 31st.", "Thursday the 31st", "DATE", "2025-07-31", wed},
		{"a weekday with its day of the month is the next such day in a future clause", "The league resumes on Saturday the 13th.", "Saturday the 13th", "DATE", "2025-12-13", wed},
		{"a part of the day counts from a weekday with its day of the month", "A neighbour phoned on Sunday the 30th, in the evening.", "the evening", "TIME", "2025-11-30TEV", wed},
		{"a day before the month is read", "He arrived on 3 December.", "3 December", "DATE", "2025-12-03", wed},
		{"a possessive weekday a present verb of urging presses towards looks ahead", "The mayor urges residents to attend Saturday's open day.", "Saturday's", "DATE", "2025-12-06", wed},
		{"a possessive weekday one will go to looks ahead", "She says she will be taking her son to Saturday's clinic.", "Saturday's", "DATE", "2025-12-06", wed},
		{"a possessive weekday in a past report stays past", "He took his son to Saturday's clinic.", "Saturday's", "DATE", "2025-11-29", wed},
		{"a weekday joined to an every set recurs too", "The pool will open every Saturday and Sunday until March.", "Sunday", "SET", "XXXX-WXX-7", wed},
		{"a bare year is a year", "The war began in 2022.", "2022", "DATE", "2022", wed},
		{"a month right after a pronoun's past forecast is when it was made", "The firm now sees sales of $2 billion, short of the $3 billion it forecast in June.", "June", "DATE", "2025-06", wed},
		{"a month after a forecast with its object still looks ahead", "Analysts expect the firm to forecast a rebound in June.", "June", "DATE", "2026-06", wed},
		{"since the weekday of publication in a past perfect is the week before", "The square had turned into a memorial since Wednesday.", "Wednesday", "DATE", "2025-11-26", wed},
		{"since the weekday of publication with a part of the day may be the same day", "Trains have been halted since Wednesday morning.", "Wednesday", "DATE", "2025-12-03", wed},
		{"an occasion prepared for looks ahead", "The mayor said on Monday the city was preparing for large crowds at the parade on Saturday.", "Saturday", "DATE", "2025-12-06", wed},
		{"an act prepared to be done looks ahead", "The village prepares to honour the victims at a vigil on Saturday.", "Saturday", "DATE", "2025-12-06", wed},
		{"an act prepared to be done in a past perfect stays past", "The crew had been preparing to sail on Saturday when the storm hit.", "Saturday", "DATE", "2025-11-29", wed},
		{"an occasion prepared for in a past perfect stays past", "The city had been preparing for large crowds at the parade on Saturday when the storm hit.", "Saturday", "DATE", "2025-11-29", wed},
		{"a clock time on the day is that of the day named just before", "The parade is on Saturday.\nThe route will be closed from 7am on the day.", "7am", "TIME", "2025-12-06T07:00", wed},
		{"a clock time on the day with no day named before is undated", "The route will be closed from 7am on the day.", "7am", "TIME", "XXXX-XX-XXT07:00", wed},
		{"a bare clock time far from the day named last is the publication day's", "The treaty was signed on 28 November.\nDelegates applauded.\nThe hall emptied.\nReporters left.\nAn aide said the text had been agreed at 4 a.m.", "4 a.m.", "TIME", "2025-12-03T04:00", wed},
		{"a bare clock time near the day named last continues it", "The treaty was signed on 28 November.\nAn aide said the text had been agreed at 4 a.m.", "4 a.m.", "TIME", "2025-11-28T04:00", wed},
		{"a 24-hour time before a zone is no year", "The meeting was adjourned to 1000 CDT.", "", "", "", wed},
		{"a 24-hour time range before local time is no year", "Sessions run from 1800 to 2100 local Chicago time.", "", "", "", wed},
		{"a year before a zone-like word that is no clock stays a year", "The line opened in 1911 to local acclaim.", "1911", "DATE", "1911", wed},
		{"a date a meeting was adjourned to looks ahead", "The shareholders meeting was adjourned to 1000 CDT June 30.", "June 30", "DATE", "2026-06-30", wed},
		{"a date an event is pencilled in for looks ahead", "The ceremony was pencilled in for 18 June.", "18 June", "DATE", "2026-06-18", wed},
		{"a month a phase is earmarked for looks ahead", "The second phase is earmarked for September.", "September", "DATE", "2026-09", wed},
		{"a date an offer was extended to looks ahead", "The company extended the offer to January 9.", "January 9", "DATE", "2026-01-09", wed},
		{"mid-year keeps the year", "Prices rose in mid-2021.", "mid-2021", "DATE", "2021", wed},
		{"a decade is its first three digits", "It was built in the 1990s.", "the 1990s", "DATE", "199", wed},
		{"an ISO date is read", "Filed 2025-12-02 in court.", "2025-12-02", "DATE", "2025-12-02", wed},
		{"an unambiguous numeric date is read", "Signed on 13/12/2025.", "13/12/2025", "DATE", "2025-12-13", wed},
		{"a day-first article reads its ambiguous numeric date day-first", "Results of 25/09/2022 and 08/11/2025 were confirmed.", "08/11/2025", "DATE", "2025-11-08", wed},
		{"a month-first article reads its ambiguous numeric date month-first", "It opened 08/11/2025 after a delay from 12/25/2024.", "08/11/2025", "DATE", "2025-08-11", wed},
		{"a past numeric date takes the reading not after publication", "The deal closed on 11/12/2025.", "11/12/2025", "DATE", "2025-11-12", wed},
		{"a month a past participle brings in with in is past before a later modal", "The 900 layoffs announced in June would be finished by the spring.", "June", "DATE", "2025-06", wed},
		{"a month a simple past brings in with in is past before a later will", "The mill, which closed in June, will reopen as flats.", "June", "DATE", "2025-06", wed},
		{"a month after a passive under will stays ahead", "The 900 layoffs will be announced in June and finished by the spring.", "June", "DATE", "2026-06", wed},
		{"a month after an expected thing stays ahead", "Deliveries expected in June would ease the shortage.", "June", "DATE", "2026-06", wed},
		{"an ambiguous numeric date with both readings past stays undated", "The deal closed on 3/11/2025.", "", "", "", wed},
		{"an ambiguous numeric date ahead stays undated", "The deal will close on 11/12/2026.", "", "", "", wed},
		{"a past weekday looks back", "Putin met the envoys on Tuesday.", "Tuesday", "DATE", "2025-12-02", wed},
		{"a plural noun in -s before a past verb is no schedule verb", "A two-day walkout in May over safety rules disrupted deliveries.", "May", "DATE", "2025-05", wed},
		{"provided opening a condition is no past", "The crew said the next try would come two days later, on Friday, provided the valve could be fixed overnight.", "Friday", "DATE", "2025-12-05", wed},
		{"a weekday named again keeps the coming day the text named", "The ferry is scheduled to sail at noon on Thursday.\nThursday's crossing is the first of the winter.", "Thursday's", "DATE", "2025-12-04", wed},
		{"a possessive weekday named once keeps the past", "Thursday's crossing is the first of the winter.", "Thursday's", "DATE", "2025-11-27", wed},
		{"a forecast's day named before as coming keeps the coming day", "The ferry will sail at noon on Thursday.\nOfficials said forecasters had flagged a slight chance of heavy swell along the northern coast of the island on Thursday morning.", "Thursday morning", "DATE", "2025-12-04", wed},
		{"a present passive from a weekday looks ahead", "The hall is booked by a wedding party from Saturday.", "Saturday", "DATE", "2025-12-06", wed},
		{"a past passive from a weekday keeps the past", "The hall was booked by a wedding party from Saturday.", "Saturday", "DATE", "2025-11-29", wed},
		{"the day of a closing price is gone whatever the tense", "Holders will get $12 a share, a premium of 20 per cent to the closing price on Monday.", "Monday", "DATE", "2025-12-01", wed},
		{"an act due to start on a weekday looks ahead", "Officials met again to avert a strike due to start on Monday.", "Monday", "DATE", "2025-12-08", wed},
		{"a month in a quoted request looks ahead", "\"Ask me again in March,\" she said.", "March", "DATE", "2026-03", wed},
		{"a day of the month a present verb runs until looks ahead", "The hall is reserved for a fair that runs until the 20th.", "the 20th", "DATE", "2025-12-20", wed},
		{"a day of the month a past verb ran until keeps the past", "The fair ran until the 20th.", "the 20th", "DATE", "2025-11-20", wed},
		{"a weekday on its own day is that day", "Peskov said on Wednesday that talks went on.", "Wednesday", "DATE", "2025-12-03", wed},
		{"a future weekday looks ahead", "The envoys will meet on Friday.", "Friday", "DATE", "2025-12-05", wed},
		{"an expected event looks ahead", "Putin is expected to speak on Thursday.", "Thursday", "DATE", "2025-12-04", wed},
		{"a promise looks ahead", "Petro has promised to act before he leaves office in August.", "August", "DATE", "2026-08", wed},
		{"a year-end with its year is that year", "Capital was 24.5 mln dlrs at year-end 2024.", "year-end 2024", "DATE", "2024", wed},
		{"a hope looks ahead", "He said he hoped to return in the spring.", "the spring", "DATE", "2026-SP", wed},
		{"a possessive weekday looks back", "Tuesday's talks were long.", "Tuesday's", "DATE", "2025-12-02", wed},
		{"a possessive weekday of an occasion a future verb takes part in looks ahead", "Delegates will speak in protest at Saturday's conference.", "Saturday's", "DATE", "2025-12-06", wed},
		{"a possessive weekday after a noun of a future clause keeps the past", "He will be asked about his remarks at Saturday's rally.", "Saturday's", "DATE", "2025-11-29", wed},
		{"a possessive weekday a plan is subject to looks ahead", "The sale should close in spring, subject to Friday's ballot.", "Friday's", "DATE", "2025-12-05", wed},
		{"a weekday a place shuts on in the present looks ahead", "The ticket office shuts on Friday for repairs.", "Friday", "DATE", "2025-12-05", wed},
		{"a weekday a place shut on keeps the past", "The ticket office shut on Monday for repairs.", "Monday", "DATE", "2025-12-01", wed},
		{"a weekday a film screens on in the present looks ahead", "The documentary screens twice more, at noon on Friday.", "noon on Friday", "TIME", "2025-12-05T12:00", wed},
		{"a weekday a film screened on keeps the past", "The documentary screened at noon on Monday.", "noon on Monday", "TIME", "2025-12-01T12:00", wed},
		{"a weekday of an occasion a programme has gained looks ahead", "Two more concerts have been added, including an open-air show on Sunday.", "Sunday", "DATE", "2025-12-07", wed},
		{"a weekday of an occasion a timetable has added looks ahead", "The ferry company has added a sailing on Saturday.", "Saturday", "DATE", "2025-12-06", wed},
		{"a weekday of an occasion added in the simple past keeps the past", "The ferry company added a sailing on Monday.", "Monday", "DATE", "2025-12-01", wed},
		{"a weekday in a schedule aside of an occasion that went ahead looks back", "The derby, scheduled for Saturday, went ahead despite the snow.", "Saturday", "DATE", "2025-11-29", wed},
		{"a weekday in a schedule aside of an occasion called off looks ahead", "The derby, scheduled for Saturday, was called off because of snow.", "Saturday", "DATE", "2025-12-06", wed},
		{"a week on a weekday in the present is a week after the coming one", "The list shuts a week on Friday.", "a week on Friday", "DATE", "2025-12-12", wed},
		{"a weekday after an irregular past verb looks back", "I rang her on Friday night to say come home.", "Friday night", "DATE", "2025-11-28", wed},
		{"a weekday of an occasion someone has invited others to looks ahead", "The governor has invited union leaders to a crisis summit on Friday.", "Friday", "DATE", "2025-12-05", wed},
		{"a weekday of an occasion invited to in the simple past keeps the past", "The governor invited union leaders to a crisis summit on Monday.", "Monday", "DATE", "2025-12-01", wed},
		{"a release given in the present with its day looks ahead", "\"We publish the accounts on Friday and anyone may read them.\"", "Friday", "DATE", "2025-12-05", wed},
		{"weeks later in a rule told in the present are a length of time", "The league ended last month.\nUnder its rules the two leading teams meet in a play-off three weeks later.", "three weeks", "DURATION", "P3W", wed},
		{"a spelled ordinal day of a month is that day", "The witness replied: on the twenty-sixth of November, sir.", "the twenty-sixth of November", "DATE", "2025-11-26", wed},
		{"a spelled ordinal day with its year is that day", "The lease began on the first of March 2024.", "the first of March 2024", "DATE", "2024-03-01", wed},
		{"weekends counted by a number are a length of time", "The crew worked through three weekends to finish the bridge.", "three weekends", "DURATION", "P3WE", wed},
		{"a bare weekday of publication before a clause of last weekday is the week before", "On Wednesday the union asked for talks, and last Thursday the board agreed to them.", "Wednesday", "DATE", "2025-11-26", wed},
		{"a possessive weekday after before lies after the day the sentence names", "The rivals clashed on Thursday night in the last debate before Sunday's vote.", "Sunday's", "DATE", "2026-10-04", time.Date(2026, 10, 2, 0, 0, 0, 0, time.UTC)},
		{"next week said on a day of the week before counts from that day", "The chair said on Friday that the panel would rule next week.", "next week", "DATE", "2026-W11", time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC)},
		{"next week said in the week of publication counts from publication", "The chair said on Monday that the panel would rule next week.", "next week", "DATE", "2026-W12", time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)},
		{"a weekday after which a planned day comes looks back", "The council will vote on Thursday, after a heated meeting on Monday night.", "Monday night", "DATE", "2025-12-01", wed},
		{"a weekday before the planned day looks ahead", "The council will vote on Monday, after a meeting on Friday.", "Friday", "DATE", "2025-12-05", wed},
		{"late on a weekday is that day", "Talks began late on Tuesday.", "late on Tuesday", "DATE", "2025-12-02", wed},
		{"yesterday is the day before", "He spoke yesterday.", "yesterday", "DATE", "2025-12-02", wed},
		{"tomorrow is the day after", "They meet tomorrow.", "tomorrow", "DATE", "2025-12-04", wed},
		{"tonight is a time", "He speaks tonight.", "tonight", "TIME", "2025-12-03TNI", wed},
		{"Today opening a sentence is today", "Today the council meets.", "Today", "DATE", "2025-12-03", wed},
		{"Today ending a title is no date", "The study appeared in Gulf Health Today on Monday.", "Monday", "DATE", "2025-12-01", wed},
		{"a modal before a weekday looks ahead", "Penalver could make his debut against Newcastle on Saturday.", "Saturday", "DATE", "2025-12-06", wed},
		{"a modal in a clause after the weekday does not", "Clinton glossed over warnings on Tuesday that strikes could harm ties.", "Tuesday", "DATE", "2025-12-02", wed},
		{"a possessive weekday a future clause awaits looks ahead", "Lee Brennan will take charge for Saturday's home match.", "Saturday's", "DATE", "2025-12-06", wed},
		{"a possessive weekday a future clause reviews looks back", "Officials will review Tuesday's attack.", "Tuesday's", "DATE", "2025-12-02", wed},
		{"a weekday in opening hours after a clock range is a set", "Call the helpline, open from 8am to 8pm, Monday to Saturday.", "Saturday", "SET", "XXXX-WXX-6", wed},
		{"a clock time in opening hours after a clock range is a set", "Call the helpline, open from 8am to 8pm, Monday to Saturday.", "8am", "SET", "XXXX-XX-XXT08:00", wed},
		{"a weekday in opening hours before a clock range is a set", "Lines are staffed Monday to Friday, 9am-5pm.", "Monday", "SET", "XXXX-WXX-1", wed},
		{"a weekday range after open is a set", "The helpline is open Monday to Friday.", "Friday", "SET", "XXXX-WXX-5", wed},
		{"a range of days alone dates the days", "The strike will run from Monday to Saturday.", "Saturday", "DATE", "2025-12-06", wed},
		{"a clock range on one day dates the day", "Talks went on from 8am to 8pm on Monday.", "8pm on Monday", "TIME", "2025-12-01T20:00", wed},
		{"an expected thing in a month lies ahead", "She said she expected another cut in May.", "May", "DATE", "2026-05", wed},
		{"an expected thing in a hedged phrase after a comma lies ahead", "Economists said they expected one more cut this year, probably at the November meeting.", "November", "DATE", "2026-11", wed},
		{"a hedged phrase after a past clause without expectation looks back", "The bank cut rates twice, probably at the November meeting.", "November", "DATE", "2025-11", wed},
		{"what was expected on a day is that day", "Cuba predicted Monday that the ruling would stand.", "Monday", "DATE", "2025-12-01", wed},
		{"an -ed adjective under will does not look back", "The bank will publish updated projections in July.", "July", "DATE", "2026-07", wed},
		{"weeks later after a month keep the month", "It froze withdrawals in June 2023 and filed for bankruptcy two weeks later.", "two weeks later", "DATE", "2023-06", wed},
		{"a final is a match, not a past", "She will race the 5000m final again on Sunday.", "Sunday", "DATE", "2025-12-07", wed},
		{"a date given with is looks ahead", "Readers were told the vote is on Friday.", "Friday", "DATE", "2025-12-05", wed},
		{"a date given with was looks back", "The final was on Monday.", "Monday", "DATE", "2025-12-01", wed},
		{"a fixture given in the present with its opponent looks ahead", "United have six games left, and the new coach's first match is against City at the Dell on Saturday.", "Saturday", "DATE", "2025-12-06", wed},
		{"a fixture given in the past with its opponent looks back", "The new coach's first match was against City at the Dell on Saturday.", "Saturday", "DATE", "2025-11-29", wed},
		{"an awaited thing's date looks ahead", "More rain fell, with a yellow warning expected from Friday.", "Friday", "DATE", "2025-12-05", wed},
		{"tomorrow in a quotation counts from the day it was said", `"We vote tomorrow," she said on Monday.`, "tomorrow", "DATE", "2025-12-02", wed},
		{"today in a curly quotation is the day it was said", "“Today is a good day,” he said on Monday.", "Today", "DATE", "2025-12-01", wed},
		{"today in a quotation said on a weekday evening is that day", `"Today our voices were heard," she said on Monday evening.`, "Today", "DATE", "2025-12-01", wed},
		{"tomorrow in reported speech counts from publication", "She said on Monday the vote is tomorrow.", "tomorrow", "DATE", "2025-12-04", wed},
		{"a quotation with two days said keeps publication", `"We vote tomorrow," she said on Monday after Sunday's talks.`, "tomorrow", "DATE", "2025-12-04", wed},
		{"last week is the previous ISO week", "The plan leaked last week.", "last week", "DATE", "2025-W48", wed},
		{"a reworded next week is next week", "They meet subsequent week.", "subsequent week", "DATE", "2025-W50", wed},
		{"a reworded last year is last year", "Kyiv seized land final yr.", "final yr", "DATE", "2024", wed},
		{"next weekday said the day before is in the following week", "We expect full containment by next Friday.", "next Friday", "DATE", "2026-08-28", time.Date(2026, 8, 20, 0, 0, 0, 0, time.UTC)},
		{"next weekday said early in the week is in the following week", "The board meets next Friday.", "next Friday", "DATE", "2025-12-12", wed},
		{"a weekday before next week is that day of next week", "Orbitek will unveil the phone in Lisbon on Thursday next week.", "Thursday next week", "DATE", "2025-12-11", wed},
		{"next week on a weekday is that day of next week", "The talks resume next week on Thursday.", "next week on Thursday", "DATE", "2025-12-11", wed},
		{"a weekday before last week is that day of last week", "The strike began on Monday last week.", "Monday last week", "DATE", "2025-11-24", wed},
		{"a weekday of last week is that day of last week", "The deal was signed on Friday of last week.", "Friday of last week", "DATE", "2025-11-28", wed},
		{"a weekday before this week is that day of this week", "The deadline was Monday this week.", "Monday this week", "DATE", "2025-12-01", wed},
		{"a weekday week is the coming weekday and seven days", "The vote is on Thursday week.", "Thursday week", "DATE", "2025-12-11", wed},
		{"a week on a weekday is the coming weekday and seven days", "The vote will be held a week on Thursday.", "a week on Thursday", "DATE", "2025-12-11", wed},
		{"a week before a past weekday is no later day", "Shares hit their lowest in a week on Monday.", "Monday", "DATE", "2025-12-01", wed},
		{"next weekday said late in the week is in the coming week", "The board meets next Monday.", "next Monday", "DATE", "2025-12-08", wed},
		{"next weekend day said at the start of the week is in the same week", "The council votes next Sunday.", "next Sunday", "DATE", "2025-12-07", time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC)},
		{"next weekday four days ahead is the coming one", "The club hosts its rivals next Saturday.", "next Saturday", "DATE", "2025-12-06", time.Date(2025, 12, 2, 0, 0, 0, 0, time.UTC)},
		{"next weekday three days ahead is in the following week", "The panel reports next Thursday.", "next Thursday", "DATE", "2025-12-11", time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC)},
		{"this weekday is in the current week", "The board meets this Friday.", "this Friday", "DATE", "2025-12-05", wed},
		{"a weekday after a in a period named after it is only that period", "The fire broke out on a Tuesday early last month.", "a Tuesday early last month", "DATE", "2025-11", wed},
		{"a weekday after a modifying a noun is the usual day", "Hundreds attended a Sunday night vigil.", "Sunday night", "DATE", "2025-11-30", wed},
		{"the weekday of a story with no day told dates nothing", "I took the call on the Monday morning.", "", "", "", wed},
		{"the ordinal day of next month is a day of the month after", "The clinic moved her surgery to the 9th of next month.", "the 9th of next month", "DATE", "2026-01-09", wed},
		{"the ordinal day of last month is a day of the month before", "The court heard the case on the 2nd of last month.", "the 2nd of last month", "DATE", "2025-11-02", wed},
		{"whole days counted in hours from a day told are days", "The levee failed on Friday. 72 hours later, crews arrived.", "72 hours later", "DATE", "2025-12-01", wed},
		{"hours short of whole days stay a length", "The levee failed on Friday. 30 hours later, crews arrived.", "30 hours", "DURATION", "PT30H", wed},
		{"next month is a month", "Talks resume next month.", "next month", "DATE", "2026-01", wed},
		{"earlier this month is this month", "It was agreed earlier this month.", "earlier this month", "DATE", "2025-12", wed},
		{"a past month is this year's", "A plan appeared in November.", "November", "DATE", "2025-11", wed},
		{"a fortnight ago is a week", "Russia claimed it a fortnight ago.", "a fortnight ago", "DATE", "2025-W47", wed},
		{"two weeks ago is a week", "It fell two weeks ago.", "two weeks ago", "DATE", "2025-W47", wed},
		{"the weekend before publication", "Talks were held over the weekend.", "the weekend", "DATE", "2025-W48-WE", wed},
		{"last weekend said on a Sunday is the weekend before", "It followed last weekend's 2-1 loss.", "last weekend", "DATE", "2026-W34-WE", time.Date(2026, 8, 30, 0, 0, 0, 0, time.UTC)},
		{"last weekend said on a Saturday is the weekend before", "It followed last weekend's 2-1 loss.", "last weekend", "DATE", "2026-W34-WE", time.Date(2026, 8, 29, 0, 0, 0, 0, time.UTC)},
		{"the weekend said on a Sunday is the one under way", "Talks were held over the weekend.", "the weekend", "DATE", "2026-W35-WE", time.Date(2026, 8, 30, 0, 0, 0, 0, time.UTC)},
		{"last weekend said on a weekday is the one just gone", "It followed last weekend's 2-1 loss.", "last weekend", "DATE", "2026-W35-WE", time.Date(2026, 9, 2, 0, 0, 0, 0, time.UTC)},
		{"a day a launch is rescheduled for looks ahead", "The agency has rescheduled the launch for Wednesday.", "Wednesday", "DATE", "2026-04-15", time.Date(2026, 4, 14, 0, 0, 0, 0, time.UTC)},
		{"a possessive day in an inverted condition looks ahead", "A backup window opens on Friday should Wednesday's attempt also be called off.", "Wednesday's", "DATE", "2026-04-15", time.Date(2026, 4, 14, 0, 0, 0, 0, time.UTC)},
		{"a possessive day after a modal should is no condition", "Officials said Wednesday's attempt should be called off.", "Wednesday's", "DATE", "2026-04-08", time.Date(2026, 4, 14, 0, 0, 0, 0, time.UTC)},
		{"a day after an agreed infinitive looks ahead", "The delegations agreed to discuss a ceasefire line on Tuesday.", "Tuesday", "DATE", "2026-11-10", time.Date(2026, 11, 9, 0, 0, 0, 0, time.UTC)},
		{"a day right after agreed dates the agreement", "The minister agreed on Tuesday to resign.", "Tuesday", "DATE", "2026-11-03", time.Date(2026, 11, 9, 0, 0, 0, 0, time.UTC)},
		{"recent weeks is a vague duration", "Forces advanced in recent weeks.", "recent weeks", "DURATION", "PXW", wed},
		{"now is the present", "Our people are there now.", "now", "DATE", "PRESENT_REF", wed},
		{"currently is the present", "It is currently unclear.", "currently", "DATE", "PRESENT_REF", wed},
		{"a named quarter resolves", "Profit fell in the third quarter.", "the third quarter", "DATE", "2025-Q3", wed},
		{"a season resolves", "It happened last summer.", "last summer", "DATE", "2025-SU", wed},
		{"the following season counts from the month named before", "The ship is refitted in late October. It returns to service the following summer.", "following summer", "DATE", "2026-SU", time.Date(2025, 2, 3, 0, 0, 0, 0, time.UTC)},
		{"the following season after a decade in the past has no year", "She was raised in the 1960s. The mill closed the following winter.", "following winter", "DATE", "XXXX-WI", wed},
		{"the following season after its own start is next year's", "The show opens on 2 April. It tours Asia the following spring.", "following spring", "DATE", "2027-SP", wed},
		{"a hyphenated duration", "A 30-day ceasefire was proposed.", "30-day", "DURATION", "P30D", wed},
		{"an approximate duration", "The nearly four-year war goes on.", "nearly four-year", "DURATION", "P4Y", wed},
		{"an hour duration uses PT", "They talked for five hours.", "five hours", "DURATION", "PT5H", wed},
		{"a clock time takes the publication day", "The meeting starts at 2 p.m. today.", "2 p.m. today", "TIME", "2025-12-03T14:00", wed},
		{"a 24-hour time with a zone", "Polls close at 14:00 GMT.", "14:00 GMT", "TIME", "2025-12-03T14:00", wed},
		{"a late-night meeting is the night before", "The late-night meeting ended.", "late-night", "TIME", "2025-12-02TNI", wed},
		{"every week is a set", "They meet every week.", "every week", "SET", "P1W", wed},
		{"each month name is a yearly set", "Orangemen march each July through the town.", "each July", "SET", "XXXX-07", wed},
		{"per month is a set", "25,000 casualties per month.", "per month", "SET", "P1M", wed},
		{"weekly is a set", "A weekly briefing.", "weekly", "SET", "P1W", wed},
		{"a rate after a quantity is a set", "Output rose to five billion dlrs a day.", "a day", "SET", "P1D", wed},
		{"a year-old is an age, not a duration", "The 6-year-old boy was found.", "", "", "", wed},
		{"a paper named after a weekday is no date", "The Sunday Mail said so.", "", "", "", wed},
		{"until a weekday looks ahead", "The deadline was extended until Friday.", "Friday", "DATE", "2025-12-05", wed},
		{"the same day follows the last date named", "Zelensky spoke on Tuesday. Trump spoke on the same day.", "the same day", "DATE", "2025-12-02", wed},
		{"later the same evening is the evening of the last date named", "The motion was tabled on Monday. It was carried later the same evening by nine votes.", "later the same evening", "TIME", "2025-12-01TEV", wed},
		{"the same night is the night of the last date named", "Fire crews arrived on Tuesday. The blaze was out the same night.", "the same night", "TIME", "2025-12-02TNI", wed},
		{"that same morning is the morning of the last date named", "The talks opened on Monday. The envoys left that same morning.", "that same morning", "TIME", "2025-12-01TMO", wed},
		{"later the same day is the day named", "The mill shut on Tuesday. Its owner sold it later the same day.", "later the same day", "DATE", "2025-12-02", wed},
		{"a spoken year is a year", "It began in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996", wed},
		{"a quarter with this year's is this year's", "Profit in this year's third quarter fell.", "this year's third quarter", "DATE", "2025-Q3", wed},
		{"a date written year/month/day is a day", "The minister will testify on 2026/01/15.", "2026/01/15", "DATE", "2026-01-15", wed},
		{"a fiscal year written FY is its year", "Revenue rose in FY2025.", "FY2025", "DATE", "2025", wed},
		{"a day of the month alone is of the month of publication", "He quit unexpectedly on the 2nd, two days after a meeting.", "the 2nd", "DATE", "2025-12-02", wed},
		{"a later day of the month alone in the past is of the month before", "The talks collapsed on the 21st.", "the 21st", "DATE", "2025-11-21", wed},
		{"an earlier day of the month alone ahead is of the month after", "The report will be published by the 1st.", "the 1st", "DATE", "2026-01-01", wed},
		{"an ordinal before a noun is no day", "The office on the 3rd floor reopened on Monday.", "Monday", "DATE", "2025-12-01", wed},
		{"an ordinal ending a subject before its verb is a day", "Game 5 on the 5th ended in a draw after 61 moves.", "the 5th", "DATE", "2025-11-05", wed},
		{"an ordinal before an irregular past is a day", "The vote on the 1st went badly.", "the 1st", "DATE", "2025-12-01", wed},
		{"an ordinal before a participle used as an adjective is no day", "A win on the 3rd ranked player lifted him.", "", "", "", wed},
		{"an ordinal with the wrong suffix is no day", "It ended on the 2th.", "", "", "", wed},
		{"the full stop after a month written in full ends the sentence", "The rules took effect on 1 June.", "1 June", "DATE", "2025-06-01", wed},
		{"the full stop of an abbreviated month is part of it", "The rules took effect on 1 Dec.", "1 Dec.", "DATE", "2025-12-01", wed},
		{"a year earlier after a quarter is that quarter a year before", "Third-quarter profit fell from a year earlier.", "a year earlier", "DATE", "2024-Q3", wed},
		{"a decade in words is a decade", "Prices fell in the nineties.", "the nineties", "DATE", "199", wed},
		{"a prefixed year is a year", "The post-1959 government fell.", "1959", "DATE", "1959", wed},
		{"a year range is no year", "The 1985-90 plan failed.", "1985", "DATE", "1985", wed},
		{"a year inside a reference code is no year", "Callers should give the case number XK-2019-44 to the desk.", "", "", "", wed},
		{"a year after a lower-case prefix and before a number stays a year", "The mid-2019-20 season was cut short.", "2019", "DATE", "2019", wed},
		{"the full year is this year", "Profit for the full year rose.", "the full year", "DATE", "2025", wed},
		{"in some weeks is a duration", "His second letter in two weeks was published.", "two weeks", "DURATION", "P2W", wed},
		{"a half in digits is counted", "The talks lasted 5 1/2 hours.", "5 1/2 hours", "DURATION", "PT5H30M", wed},
		{"and a half after the unit is counted", "He served a year and a half.", "a year and a half", "DURATION", "P1Y6M", wed},
		{"a spaced compound number is read", "In the last twenty four hours prices fell.", "the last twenty four hours", "DURATION", "PT24H", wed},
		{"a hyphenated weekday night is that day", "The Tuesday-night meeting ended.", "Tuesday-night", "DATE", "2025-12-02", wed},
		{"a weekday morning is that day", "He was arrested early Tuesday morning.", "Tuesday morning", "DATE", "2025-12-02", wed},
		{"a weekday evening keeps the time", "The offer had been due to expire Monday evening.", "Monday evening", "TIME", "2025-12-01TEV", wed},
		{"the adjective current is the present", "It cited current market conditions.", "current", "DATE", "PRESENT_REF", wed},
		{"the near term is ahead", "We don't minimize the challenges of the near term.", "the near term", "DATE", "FUTURE_REF", wed},
		{"a long term adjective is no time", "It cut the long term debt.", "", "", "", wed},
		{"a later date is ahead", "It will raise the money at a later date.", "a later date", "DATE", "FUTURE_REF", wed},
		{"the quarter a year ago is last year's quarter", "Third-quarter profit fell. For the quarter a year ago, it earned $1.", "the quarter a year ago", "DATE", "2024-Q3", wed},
		{"the corresponding period last year is last year's quarter", "Third-quarter net fell from $1.8 million for the corresponding period last year.", "the corresponding period last year", "DATE", "2024-Q3", wed},
		{"in the past alone is the past", "Russia has claimed it in the past.", "the past", "DATE", "PAST_REF", wed},
		{"a year's quarter is the quarter last named", "Third-quarter profit rose from the 2024 quarter.", "the 2024 quarter", "DATE", "2024-Q3", wed},
		{"the first half of a year is its H1", "Sales rose in the first half of 2024.", "the first half of 2024", "DATE", "2024-H1", wed},
		{"a month takes a spoken year after it", "January nineteen ninety-seven. A bomb went off.", "January nineteen ninety-seven", "DATE", "1997-01", wed},
		{"a month takes a relative year after it", "Kyiv fell silent in July last year.", "July last year", "DATE", "2024-07", wed},
		{"a decimal number is no year", "The index closed at 2082.1 points.", "", "", "", wed},
		{"a year before a car maker and a model is a model year", "He drove a 1967 Jaguar E-Type to court.", "", "", "", wed},
		{"a year before a maker that is also a city stays a year", "He ran the 1987 Austin Marathon.", "1987", "DATE", "1987", wed},
		{"a number joined to a unit word is a count", "A 2000-strong crowd gathered outside.", "", "", "", wed},
		{"a number joined to a page count is a count", "The 1998-page report was leaked.", "", "", "", wed},
		{"a year joined to a word that is no unit stays a year", "The 1990-era rules changed.", "1990", "DATE", "1990", wed},
		{"a future succession looks ahead", "He will succeed her March 10.", "March 10", "DATE", "2026-03-10", wed},
		{"next to is a place, not a time", "Blasts next to the embassies killed 100 on Tuesday.", "Tuesday", "DATE", "2025-12-02", wed},
		{"the following month counts from the month named", "Talks began in April 2019. The following month they failed.", "following month", "DATE", "2019-05", wed},
		{"days later after a month keep the month", "The unions last held a general strike in March 2013. Two days later, the government withdrew a wage freeze.", "Two days later", "DATE", "2013-03", wed},
		{"days later after a year keep the year", "The plant closed in 2013. Three days later, the owners sold it.", "Three days later", "DATE", "2013", wed},
		{"days later after a day count days", "The plant closed on 4 March 2013. Three days later, the owners sold it.", "Three days later", "DATE", "2013-03-07", wed},
		{"years later count from the year named", "She moved to New York in 1967 and recorded an album two years later.", "two years later", "DATE", "1969", wed},
		{"weeks later than planned measure a delay", "The satellite lifted off on Wednesday night, five weeks later than first planned.", "five weeks", "DURATION", "P5W", wed},
		{"days earlier than expected measure a lead", "The bridge reopened on 4 March 2013, three days earlier than scheduled.", "three days", "DURATION", "P3D", wed},
		{"the following year counts from the year named", "Her 1979 album won a Grammy the following year.", "following year", "DATE", "1980", wed},
		{"a count after a day of unknown year is unknown", "The bridge opened in 2017 and fell on the 3rd. A fortnight later, investigators found rust.", "A fortnight later", "DATE", "", time.Time{}},
		{"the following year after a day of unknown year is unknown", "The bridge opened in 2017 and fell on the 3rd, and was rebuilt the following year.", "following year", "DATE", "", time.Time{}},
		{"the following year in a clause ahead counts from publication when the year named is past", "He refereed the final in 2022.\n\nHe will join the department the following year.", "following year", "DATE", "2026", wed},
		{"the following year in a clause ahead counts from a coming year named", "The stadium will open in 2027.\n\nThe club will move there the following year.", "following year", "DATE", "2028", wed},
		{"the following year counts from the year of a quarter named", "The law will be drafted before the end of Q2 2027.\nIt should pass the following year.", "following year", "DATE", "2028", wed},
		{"this season is the year of publication", "Fires burned 30,000 hectares this season.", "this season", "DATE", "2025", wed},
		{"earlier this season early in the year has no year", "The keeper was dropped earlier this season.", "this season", "DATE", "", time.Date(2026, 2, 9, 0, 0, 0, 0, time.UTC)},
		{"this season early in the year is the year of publication", "The keeper has kept six clean sheets this season.", "this season", "DATE", "2026", time.Date(2026, 2, 9, 0, 0, 0, 0, time.UTC)},
		{"a bare season is no date", "The season was long.", "", "", "", wed},
		{"a year earlier in a narrative counts from the year named", "She moved to Paris in 1990. A year earlier she had left school.", "A year earlier", "DATE", "1989", wed},
		{"days earlier after a match's score count from the day named", "City won on Saturday. Three days earlier, City had drawn 0-0 with Barnham.", "Three days earlier", "DATE", "2025-11-26", wed},
		{"a year earlier after a range of figures counts from publication", "Lagos fell in 2019. Sales were 30-45 units, down from a year earlier.", "a year earlier", "DATE", "2024", wed},
		{"a year earlier in a results report counts from publication", "Lagos fell in 2019. Sales rose 5% from a year earlier.", "a year earlier", "DATE", "2024", wed},
		{"months after that count from the month named", "He joined the firm in March 2001. Three months after that he was promoted.", "Three months after that", "DATE", "2001-06", wed},
		{"months before an event are a duration", "He joined the firm in March 2001, three months before the merger.", "three months", "DURATION", "P3M", wed},
		{"overnight into a weekday is that weekday", "The fire more than doubled in size overnight into Tuesday.", "overnight into Tuesday", "DATE", "2025-12-02", wed},
		{"a night named by both its days is the day it runs into", "She was freed overnight Saturday into Sunday, officials said.", "overnight Saturday into Sunday", "DATE", "2026-03-08", time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC)},
		{"overnight from one day to the next is the second day", "Rain fell overnight from Saturday to Sunday.", "overnight from Saturday to Sunday", "DATE", "2026-03-08", time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC)},
		{"a weekday night into the next day is the second day", "Fighting raged on Saturday night into Sunday.", "Saturday night into Sunday", "DATE", "2026-03-08", time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC)},
		{"a weekday night into a day not next keeps the night", "Talks ran Friday night into Sunday.", "Friday night", "DATE", "2026-03-06", time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC)},
		{"the early hours of a weekday are that weekday", "She was released in the early hours of Sunday.", "Sunday", "DATE", "2026-03-08", time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC)},
		{"an abbreviated weekday with its full stop is read", "She had been seized on Tues. with two drivers.", "Tues.", "DATE", "2026-03-03", time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC)},
		{"a short weekday abbreviation with its full stop is read", "The talks nearly collapsed on Thu. before a deal.", "Thu.", "DATE", "2026-03-05", time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC)},
		{"Sat. after a preposition is Saturday", "Voting closed on Sat. and counting began.", "Sat.", "DATE", "2026-03-07", time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC)},
		{"the week before last is two weeks back", "The plan was drafted the week before last.", "the week before last", "DATE", "2026-W09", time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC)},
		{"the month after next is two months ahead", "The plant will reopen the month after next.", "the month after next", "DATE", "2026-05", time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC)},
		{"overnight on a weekday is that weekday's night", "The roof collapsed overnight on Sunday, the company said.", "overnight on Sunday", "DATE", "2025-11-30", wed},
		{"the last week of a life is no date", "She sang until the very last week of her life.", "", "", "", wed},
		{"the very last week is no date", "Dad sang until the very last week, she said.", "", "", "", wed},
		{"the final year of a term is no date", "It was signed in the final year of his term.", "", "", "", wed},
		{"a date after a noun is the noun's", "The motion follows the resignation last month of the housing minister.", "last month", "DATE", "2025-11", wed},
		{"a date after a verb before of is the verb's", "The actor died last week of heart failure.", "last week", "DATE", "2025-W48", wed},
		{"a season bound by an agreement is still to come", "It commits Turkey to releasing water during the summer months.", "the summer", "DATE", "2026-SU", wed},
		{"a bare week of a report leaves its number open", "For the week, the index dropped 3.8%.", "the week", "DATE", "2025-WXX", wed},
		{"the week of a day is its ISO week", "Hearings are set for the week of March 2.", "the week of March 2", "DATE", "2026-W10", wed},
		{"the second day of a range is a date", "The summit is on April 24 and 25.", "25", "DATE", "2026-04-25", wed},
		{"an hour in the morning is a time", "He leaves at 4 in the morning today.", "4 in the morning", "TIME", "2025-12-03T04:00", wed},
		{"mid afternoon is the publication day", "Shelling resumed in mid afternoon.", "mid afternoon", "TIME", "2025-12-03TAF", wed},
		{"mid afternoon in a plan after an earlier day is the publication day", "The dam burst on Monday. Crews are clearing roads this mid-afternoon.", "mid-afternoon", "TIME", "2025-12-03TAF", wed},
		{"the year of a report is the publication year", "Sales were flat for the year.", "the year", "DATE", "2025", wed},
		{"the year ended a day is a year long", "Profit for the year ended June 30 rose.", "the year", "DURATION", "P1Y", wed},
		{"a year earlier after nine months is the year", "Third-quarter profit rose. For the nine months, net fell from a year earlier.", "a year earlier", "DATE", "2024", wed},
		{"a holiday in a quoted present is the coming one", "He added: \"Nobody wants to strike at Christmas.\"", "Christmas", "DATE", "2026-12-25", time.Date(2026, 11, 6, 0, 0, 0, 0, time.UTC)},
		{"a holiday in a quoted past is the last one", "He added: \"We struck at Christmas.\"", "Christmas", "DATE", "2025-12-25", time.Date(2026, 11, 6, 0, 0, 0, 0, time.UTC)},
		{"a holiday in a past clause is the last one", "He said the strike happened at Christmas.", "Christmas", "DATE", "2025-12-25", time.Date(2026, 11, 6, 0, 0, 0, 0, time.UTC)},
		{"a holiday in a quote before its reporting verb is read by the quote", "\"Nobody will travel at Easter,\" she said.", "Easter", "DATE", "2027-03-28", time.Date(2026, 11, 6, 0, 0, 0, 0, time.UTC)},
		{"a weekday in a request is the coming one", "He said: \"Come and talk to us on Saturday.\"", "Saturday", "DATE", "2025-12-06", wed},
		{"a weekday in an invitation before its reporting verb is the coming one", "\"Join us on Saturday,\" she said.", "Saturday", "DATE", "2025-12-06", wed},
		{"a weekday in a statement that opens with a noun stays past", "Talks resumed on Saturday.", "Saturday", "DATE", "2025-11-29", wed},
		{"a clock time on an event's day is undated", "A rally will be held at noon on the first day of the walkout.", "noon", "TIME", "XXXX-XX-XXT12:00", wed},
		{"a clock time on the eve of an event is undated", "They meet at 6pm on the eve of the vote.", "6pm", "TIME", "XXXX-XX-XXT18:00", wed},
		{"a bare clock time keeps the publication day", "A rally will be held at noon.", "noon", "TIME", "2025-12-03T12:00", wed},
		{"a holiday in a quoted term takes the sentence's tense", "The court ruled a so-called \"Christmas butter\" scheme was lawful.", "Christmas", "DATE", "2025-12-25", time.Date(2026, 11, 6, 0, 0, 0, 0, time.UTC)},
		{"a holiday week is the week of the holiday", "Protesters prayed as Easter week began.", "Easter week", "DATE", "2000-W16", time.Date(2000, 4, 17, 0, 0, 0, 0, time.UTC)},
		{"election day is the us general election", "Voters went to the polls on Election Day.", "Election Day", "DATE", "2025-11-04", wed},
		{"today's world is no date", "Fathers matter in today's world.", "", "", "", wed},
		{"a day-long strike lasts a day", "A day-long strike shut the port.", "day-long", "DURATION", "P1D", wed},
		{"a capitalised show title is no week", "Baker spoke on ABC's This Week about it.", "", "", "", wed},
		{"high noon is an idiom", "It was high noon for the regime.", "", "", "", wed},
		{"a newspaper called the Sun is no weekday", "He told The Sun.", "", "", "", wed},
		{"a lower-case sat ending a sentence is no weekday", "Then she sat.", "", "", "", wed},
		{"a weekday abbreviation without its full stop is no date", "Tues with two drivers.", "", "", "", wed},
		{"a current account is no time", "The current account deficit widened.", "", "", "", wed},
		{"the previous weekday counts from the day named", "Stocks fell on Friday, Nov. 21. That was down from the previous Friday.", "previous Friday", "DATE", "2025-11-14", wed},
		{"the next morning is the day after the day named", "He was arrested on Oct. 12 and appeared in court the next morning.", "the next morning", "DATE", "2025-10-13", wed},
		{"later in the day is the day named", "The envoy flew to Nairobi on Oct. 12 and met the president later in the day.", "later in the day", "DATE", "2025-10-12", wed},
		{"a day what should happen on lies ahead past a participle aside", "The parts should arrive on Monday (shipped by sea from Rotterdam).", "Monday", "DATE", "2025-12-08", wed},
		{"a possessive day a modal takes part in lies ahead", "The winger could start in Saturday's league game at home.", "Saturday's", "DATE", "2025-12-06", wed},
		{"a possessive day a perfect modal took part in is gone", "The winger may have started in Saturday's league game.", "Saturday's", "DATE", "2025-11-29", wed},
		{"a possessive day after ahead of is the nearest ahead", "Speaking ahead of Thursday's vote, the senator confirmed her support.", "Thursday's", "DATE", "2025-12-04", wed},
		{"a possessive day after ahead of is the nearest gone", "Police detained six fans ahead of Monday's derby.", "Monday's", "DATE", "2025-12-01", wed},
		{"a weekend in what a plan is lies ahead", "The idea is that the crew lands over the weekend and starts work on Tuesday.", "the weekend", "DATE", "2025-W49-WE", wed},
		{"a weekday in what a plan is lies ahead", "The idea is that the crew lands over the weekend and starts work on Tuesday.", "Tuesday", "DATE", "2025-12-09", wed},
		{"a fronted by-day over a past main clause is gone", "By Monday evening, clerks in the two offices were writing receipts by hand.", "Monday evening", "TIME", "2025-12-01TEV", wed},
		{"a fronted by-day over a future stays ahead", "By Friday, officials estimated the tanks will have been emptied.", "Friday", "DATE", "2025-12-05", wed},
		{"a quoted fronted by-day is not dated by the reporting verb after the quote", "\"By Friday, the wind turns and the rain comes back,\" the forecaster said.", "Friday", "DATE", "2025-12-05", wed},
		{"earlier in the day after a day ahead named in passing is the past day", "The inquiry sat on Tuesday. \"Once, at a Christmas party,\" she said. Earlier in the day, the panel heard from an auditor.", "Earlier in the day", "DATE", "2025-12-02", wed},
		{"that same day is the day named", "The site went down on Oct. 12. His name was crossed out that same day.", "that same day", "DATE", "2025-10-12", wed},
		{"that afternoon is the afternoon of the day named", "The talks began on Oct. 12. That afternoon the envoys left.", "That afternoon", "TIME", "2025-10-12TAF", wed},
		{"the day before an event after a date restates the date", "Eight days after Oct. 12, the day before the plunge, it fell.", "the day", "DATE", "2025-10-12", wed},
		{"a fiscal quarter ended a day is the calendar quarter it mostly covers", "In the quarter ended July 31, it lost money.", "the quarter", "DATE", "2025-Q2", wed},
		{"the week before a holiday is the week of the day seven days before it", "He will present a budget the week before Christmas.", "the week before Christmas", "DATE", "2025-W51", wed},
		{"the week after a named day is the week of the day seven days after it", "The trial resumes the week after 5 January.", "the week after 5 January", "DATE", "2026-W03", wed},
		{"the day before a named day is one date", "The day before last Tuesday's hearing, he left.", "The day before last Tuesday's", "DATE", "2025-12-01", wed},
		{"that quarter is the quarter named", "Profit fell in the third quarter. Results for that quarter included a charge.", "that quarter", "DATE", "2025-Q3", wed},
		{"a range's closing year counts for its first day", "The talks ran June 10-12, 1986.", "June 10", "DATE", "1986-06-10", wed},
		{"a range's second day takes the closing year", "The talks ran June 10-12, 1986.", "12, 1986", "DATE", "1986-06-12", wed},
		{"a range written out takes the closing year", "He served from May 1 until June 30, 1979.", "May 1", "DATE", "1979-05-01", wed},
		{"a year after and is no range's end", "1986 ended Dec 31 and 1985 ended Nov 30.", "Dec 31", "DATE", "2025-12-31", wed},
		{"a weekday before a dated month is no range", "A revision Friday to December 2024's figures.", "Friday", "DATE", "2025-11-28", wed},
		{"a number opening a compound is no day", "June 10-year bond futures rose.", "June", "DATE", "2025-06", wed},
		{"a compound after the month is a duration", "June 10-year bond futures rose.", "10-year", "DURATION", "P10Y", wed},
		{"a day before another month is a range's start", "The May 27-July 7 shipment period ended.", "May 27", "DATE", "2025-05-27", wed},
		{"the new year late in a year is the next", "A review will be published in the new year.", "the new year", "DATE", "2026", wed},
		{"the New Year holiday is no year", "They met over the New Year holiday.", "", "", "", wed},
		{"a capitalised schedule verb is a name, not a plan", "In the final on Saturday, Smith beat Jones to win her second US Open crown.", "Saturday", "DATE", "2025-11-29", wed},
		{"after a day ahead a weekday looks forward", "Details of today's agreement will be released after the official signing on Thursday.", "Thursday", "DATE", "2025-12-04", wed},
		{"without a date a weekday is underspecified", "They met on Tuesday.", "Tuesday", "DATE", "XXXX-WXX-2", time.Time{}},
		{"without a date an absolute date resolves", "Russia invaded on 24 February 2022.", "24 February 2022", "DATE", "2022-02-24", time.Time{}},
		{"without a date yesterday has no value", "He spoke yesterday.", "yesterday", "DATE", "", time.Time{}},
		{"an infinitive of purpose looks ahead to the coming season", "He has offered a pay rise in a last-ditch attempt to avert strikes over the winter.", "the winter", "DATE", "2026-WI", time.Date(2026, 11, 19, 0, 0, 0, 0, time.UTC)},
		{"an infinitive of purpose after a simple past does not look ahead", "The minister resigned in a bid to end the row in May.", "May", "DATE", "2026-05", time.Date(2026, 6, 17, 0, 0, 0, 0, time.UTC)},
		{"an expectation told by its subject looks back", "Prices were fading more quickly than we expected in the summer.", "the summer", "DATE", "2026-SU", time.Date(2026, 11, 19, 0, 0, 0, 0, time.UTC)},
		{"a participle after an expected infinitive does not make the season past", "The chancellor is expected to publish revised departmental plans in the spring.", "the spring", "DATE", "2027-SP", time.Date(2026, 11, 19, 0, 0, 0, 0, time.UTC)},
		{"next year closing a day's range fixes its year", "The fair will be staged from October 3 to 9 next year, organisers said.", "October 3", "DATE", "2027-10-03", time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)},
		{"last year after a day fixes its year", "The bridge was closed on December 2 last year.", "December 2", "DATE", "2025-12-02", time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)},
		{"a year phrase beyond other words leaves the day alone", "The board met on October 3 to plan next year.", "October 3", "DATE", "2026-10-03", time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)},
		{"an expected month already over is next year's", "The agency is expected to rule in June.", "June", "DATE", "2027-06", time.Date(2026, 8, 14, 0, 0, 0, 0, time.UTC)},
		{"a month dating the subject of a modal is its nearest, gone", "The firm said the closure of two depots in May would cost it $3 million.", "May", "DATE", "2026-05", time.Date(2026, 8, 14, 0, 0, 0, 0, time.UTC)},
		{"a month dating the subject of a modal is its nearest, ahead", "The firm said the closure of two depots in October would cost it $3 million.", "October", "DATE", "2026-10", time.Date(2026, 8, 14, 0, 0, 0, 0, time.UTC)},
		{"a month after the modal's verb still looks ahead", "The firm said it would close two depots in May.", "May", "DATE", "2027-05", time.Date(2026, 8, 14, 0, 0, 0, 0, time.UTC)},
		{"set for a weekday looks ahead", "Launch scrubbed after valve fault, new attempt set for Thursday", "Thursday", "DATE", "2026-02-26", time.Date(2026, 2, 24, 0, 0, 0, 0, time.UTC)},
		{"a day postponed is the nearest such day, ahead", "Ferencvaros postponed Sunday's league match.", "Sunday's", "DATE", "2026-09-20", time.Date(2026, 9, 17, 0, 0, 0, 0, time.UTC)},
		{"a day postponed is the nearest such day, gone", "Ferencvaros postponed Sunday's league match.", "Sunday's", "DATE", "2026-09-13", time.Date(2026, 9, 14, 0, 0, 0, 0, time.UTC)},
		{"a weekday listed before a day of next week is of next week", "Its members would strike on Tuesday, Thursday and Saturday next week.", "Thursday", "DATE", "2026-03-12", time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)},
		{"the first weekday of a list closed by next week is of next week", "Its members would strike on Tuesday, Thursday and Saturday next week.", "Tuesday", "DATE", "2026-03-10", time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)},
		{"a weekday listed before a day of last week is of last week", "Talks were held on Monday and Friday last week.", "Monday", "DATE", "2026-02-23", time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)},
		{"a weekday apart from a day of next week keeps its own week", "Prices fell on Thursday and will be reviewed on Saturday next week.", "Thursday", "DATE", "2026-02-26", time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)},
		{"a possessive day whose event will go ahead looks ahead", "Union leaders say Saturday's walkout will still go ahead.", "Saturday's", "DATE", "2026-03-14", time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)},
		{"a possessive day whose event is set to happen looks ahead", "Friday's vote is set to pass easily.", "Friday's", "DATE", "2026-03-13", time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)},
		{"a possessive day whose event goes ahead looks ahead", "Sunday's race goes ahead despite the rain.", "Sunday's", "DATE", "2026-03-15", time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)},
		{"a possessive day whose event went ahead looks back", "Tuesday's strike went ahead as planned.", "Tuesday's", "DATE", "2026-03-10", time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)},
		{"a day whose event a headline calls off is the nearest", "Thursday rail strike called off but Saturday walkout goes ahead", "Thursday", "DATE", "2026-03-12", time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)},
		{"a day whose event was called off in the past keeps its tense", "Thursday's match was called off after heavy rain.", "Thursday's", "DATE", "2026-03-05", time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)},
		{"a day of sittings cancelled is the nearest such day, ahead", "Ferry operator Western Isles Line cancelled all Saturday sailings from Port Ellan.", "Saturday", "DATE", "2026-03-14", time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC)},
		{"a day of sittings cancelled is the nearest such day, gone", "The airline cancelled Saturday flights to the island.", "Saturday", "DATE", "2026-03-14", time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC)},
		{"a day a planned event falls on looks ahead", "The storm coincides with a planned rail strike on Saturday.", "Saturday", "DATE", "2026-03-14", time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC)},
		{"a day a planned event fell on in a past clause looks back", "Police broke up a planned protest on Saturday.", "Saturday", "DATE", "2026-03-07", time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC)},
		{"earlier before this year belongs to the year", "The museum was closed for six weeks earlier this year.", "earlier this year", "DATE", "2026", time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC)},
		{"a count before earlier this year is a duration", "The museum was closed for six weeks earlier this year.", "six weeks", "DURATION", "P6W", time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC)},
		{"later that day takes its later", "The talks ran for three hours later that day.", "three hours", "DURATION", "PT3H", time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC)},
		{"later this week on a Sunday in a future clause is the coming week", "The legislature would vote later this week on relief.", "later this week", "DATE", "2026-W34", time.Date(2026, 8, 16, 0, 0, 0, 0, time.UTC)},
		{"this week on a Sunday with a future verb is the coming week", "The legislature will vote this week.", "this week", "DATE", "2026-W34", time.Date(2026, 8, 16, 0, 0, 0, 0, time.UTC)},
		{"this week on a Sunday in a past clause is the ending week", "The legislature voted this week.", "this week", "DATE", "2026-W33", time.Date(2026, 8, 16, 0, 0, 0, 0, time.UTC)},
		{"later this week on a Saturday is the same week", "The legislature will vote later this week.", "later this week", "DATE", "2026-W33", time.Date(2026, 8, 15, 0, 0, 0, 0, time.UTC)},
		{"close to is no schedule", `He said the talks had "come close to collapse twice" in October.`, "October", "DATE", "2026-10", time.Date(2026, 11, 6, 0, 0, 0, 0, time.UTC)},
		{"the first of two coordinated days is a day", "Staff walked out on 7 and 8 May over pay.", "7", "DATE", "2025-05-07", wed},
		{"the second of two coordinated days keeps its month", "Staff walked out on 7 and 8 May over pay.", "8 May", "DATE", "2025-05-08", wed},
		{"the first day of a hyphenated range is a day", "The festival ran 14-16 August in the park.", "14", "DATE", "2025-08-14", wed},
		{"a figure before a coordinated day is no day", "Sales fell by a third to $25 and 26 March was worse.", "26 March", "DATE", "2025-03-26", wed},
		{"a possessive weekday in a present condition looks ahead", `"If Friday's storm arrives as forecast, roads will close," he said.`, "Friday's", "DATE", "2025-12-05", wed},
		{"a possessive weekday in a past condition looks back", "If Monday's vote was rigged, nobody noticed.", "Monday's", "DATE", "2025-12-01", wed},
		{"a headline passive infinitive looks ahead", "New mayor to be sworn in Monday after recount", "Monday", "DATE", "2025-12-08", wed},
		{"until a weekday fronting a past verb looks back", "Ortiz, who until Tuesday chaired the committee, will testify on Friday.", "Tuesday", "DATE", "2025-12-02", wed},
		{"until a weekday with no past verb still looks ahead", "The offer stands until Tuesday.", "Tuesday", "DATE", "2025-12-09", wed},
		{"a clock time written with pm is a time of the publication day", "The river peaked at 3pm, officials said.", "3pm", "TIME", "2025-12-03T15:00", wed},
		{"a clock time written with am and minutes is a time of the publication day", "Fire crews arrived at 5.45am.", "5.45am", "TIME", "2025-12-03T05:45", wed},
		{"a morning clock time after a night in its sentence is the next day", "Police declared an emergency at 5.30am after the dam failed overnight.", "5.30am", "TIME", "2025-12-03T05:30", wed},
		{"a morning clock time after a night before it is the next day", "The dam failed overnight.\nPolice declared an emergency at 5.30am.", "5.30am", "TIME", "2025-12-03T05:30", wed},
		{"an evening clock time after a night before it stays on the night's day", "The dam failed on Monday night.\nPolice declared an emergency at 11pm.", "11pm", "TIME", "2025-12-01T23:00", wed},
		{"a past clock time after a day ahead is the publication day", "Our reporters will be back tomorrow morning.\nThe river peaked at 3pm.", "3pm", "TIME", "2025-12-03T15:00", wed},
		{"a clock time ahead continues a day ahead", "The summit opens on Friday.\nLeaders will arrive at 9am.", "9am", "TIME", "2025-12-05T09:00", wed},
		{"a month an extension runs through lies ahead", "Lenders extended loans through January.", "January", "DATE", "2026-01", time.Date(2025, 10, 30, 0, 0, 0, 0, time.UTC)},
		{"a month a past trend ran through keeps the verb's tense", "Prices rose through March.", "March", "DATE", "2025-03", wed},
		{"a month of the level a change is measured from is the past one", "The agency now sees growth of 2% this year, up from its November estimate of 1.4%.", "November", "DATE", "2025-11", time.Date(2026, 2, 20, 0, 0, 0, 0, time.UTC)},
		{"a season only weeks old told in the past is last year's", "The plan looked sound in the spring.", "the spring", "DATE", "2025-SP", time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC)},
		{"a present passive in a clause of time after a season tells no past", "The bridge will reopen to traffic in the autumn once the resurfacing is finished, the council said.", "the autumn", "DATE", "2026-FA", time.Date(2026, 6, 20, 0, 0, 0, 0, time.UTC)},
		{"a forecast of a month gone by whose figures are still to be published keeps that month", "Sales are forecast to show a fall in January when the data is released next week.", "January", "DATE", "2026-01", time.Date(2026, 2, 20, 0, 0, 0, 0, time.UTC)},
		{"a past verb in a clause of time after a season still tells the past", "The bridge reopened to traffic in the spring once the resurfacing was finished.", "the spring", "DATE", "2026-SP", time.Date(2026, 6, 20, 0, 0, 0, 0, time.UTC)},
		{"a young season a span runs through keeps this year", "Dealers said they were extending the offer through the summer.", "the summer", "DATE", "2026-SU", time.Date(2026, 6, 20, 0, 0, 0, 0, time.UTC)},
		{"a young season modifying a noun keeps this year", "Ministers met at the spring summit.", "the spring", "DATE", "2026-SP", time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC)},
		{"a season well under way told in the past is this year's", "The plan looked sound in the spring.", "the spring", "DATE", "2026-SP", time.Date(2026, 5, 25, 0, 0, 0, 0, time.UTC)},
		{"a fronted by before a past clause looks back", "By the summer the scheme was failing.", "the summer", "DATE", "2025-SU", time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC)},
		{"a fronted by before a past perfect after a long aside looks back", "By February, with fuel costs up by a third and staff leaving in numbers, the scheme had failed.", "February", "DATE", "2026-02", time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC)},
		{"a fronted by before a future clause looks ahead", "By February, the scheme will have closed.", "February", "DATE", "2027-02", time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC)},
		{"a month of a level after a possessive noun is the past one", "Output is expected to reach 40 tonnes, down from the mine's October forecast.", "October", "DATE", "2025-10", time.Date(2026, 1, 12, 0, 0, 0, 0, time.UTC)},
		{"a month of a meeting ahead keeps the future tense", "The bank will decide at its November meeting.", "November", "DATE", "2026-11", time.Date(2026, 2, 20, 0, 0, 0, 0, time.UTC)},
		{"a month that ends a span already gone is this year's", "Sales were flat this year through August.", "August", "DATE", "2025-08", time.Date(2025, 10, 27, 0, 0, 0, 0, time.UTC)},
		{"last and the month just gone is a year back", "Two helicopters crashed last February.", "last February", "DATE", "2025-02", time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)},
		{"last and an earlier month of the year is this year's", "Two helicopters crashed last February.", "last February", "DATE", "2026-02", time.Date(2026, 5, 20, 0, 0, 0, 0, time.UTC)},
		{"March before a lower-case noun after the is the month", "The March accession will enable them to join.", "March", "DATE", "2026-03", time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC)},
		{"March opening a name after the is no month", "He led the March of the Mothers.", "", "", "", wed},
		{"May before a word of politics is a person", "Critics of the May government protested.", "", "", "", wed},
		{"a weekday coordinated with a recurring night recurs", "Flights will leave on Monday and Tuesday nights.", "Monday", "SET", "XXXX-WXX-1", wed},
		{"a weekday with a plural part of the day recurs", "Flights will leave on Monday and Tuesday nights.", "Tuesday nights", "SET", "XXXX-WXX-2TNI", wed},
		{"a plural weekday recurs", "The shop closes on Sundays.", "Sundays", "SET", "XXXX-WXX-7", wed},
		{"the year before an amount is the year of the report", "Shares hit a high for the year of $42.875.", "the year", "DATE", "2025", wed},
		{"until then is the day just named", "Conversion rights end on Nov. 30. Until then, the stock remains convertible.", "then", "DATE", "2025-11-30", wed},
		{"until then with no date named is no date", "Until then, prices were low.", "", "", "", wed},
		{"in the morning of a past clause is the morning of the day named", "Hopes were dashed on Friday. Dealers placed buy orders in the morning.", "the morning", "TIME", "2025-11-28TMO", wed},
		{"in the morning of a habit is no date", "He jogs in the morning.", "", "", "", wed},
		{"last compared with this year is the year before", "It means twice as high a dividend this year as last.", "last", "DATE", "2024", wed},
		{"that same day after a month is an unknown day of it", "The doctor was killed last October. His name was crossed out that same day.", "that same day", "DATE", "2025-10-XX", time.Date(2026, 2, 6, 0, 0, 0, 0, time.UTC)},
		{"a few days later is a duration from the event", "The chairman resigned on Monday. A few days later, the firm reported losses.", "A few days", "DURATION", "PXD", wed},
		{"the people of tomorrow is no date", "If I were choosing the people of tomorrow, I would pick them.", "", "", "", wed},
		{"as of tomorrow is the next day", "The law applies as of tomorrow.", "tomorrow", "DATE", "2025-12-04", wed},
		{"the latest fiscal year is the last one closed", "It had sales of $6.3 billion in the latest fiscal year.", "the latest fiscal year", "DATE", "2024", wed},
		{"the past decade is the ten years up to now", "Attacks became routine over the past decade.", "past decade", "DURATION", "P10Y", wed},
		{"the last century is the century before this one", "It was built in the last century.", "the last century", "DATE", "19", wed},
		{"days later in a clause ahead count from an event to come", "The raid came on April 22. If the family fails to appeal, the soonest he could leave would be seven days later.", "seven days", "DURATION", "P7D", time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)},
		{"overnight in a past clause is the night before the day the story tells of", "London shares closed lower on Friday.\nThey were depressed initially by overnight losses in New York.", "overnight", "TIME", "2025-11-27TNI", wed},
		{"overnight after a story of the day before publication is the night into publication", "Drones struck Kyiv on Tuesday.\nThey were destroyed by overnight air strikes.", "overnight", "TIME", "2025-12-02TNI", wed},
		{"a headline's day sets no day for overnight in the body", "Museum to reopen on Friday\n\nThieves broke into the museum overnight, police said.", "overnight", "TIME", "2025-12-02TNI", wed},
		{"by after a past passive brings in its agent, no deadline", "Shares were depressed by overnight losses.", "overnight", "TIME", "2025-12-02TNI", wed},
		{"a year-ago before an old quarter is the year before publication", "The year-ago results included a charge in the 1988 second quarter.", "The year-ago", "DATE", "1988", time.Date(1989, 11, 2, 0, 0, 0, 0, time.UTC)},
		{"a quarter ended a day is dated by the day it ended", "Profit for the second quarter ended Oct. 31 fell.", "the second quarter", "DATE", "1988-Q2", time.Date(1989, 10, 27, 0, 0, 0, 0, time.UTC)},
		{"the day a period ended is already gone", "Profit for the second quarter ended Oct. 31 fell.", "Oct. 31", "DATE", "1988-10-31", time.Date(1989, 10, 27, 0, 0, 0, 0, time.UTC)},
		{"a day an offer ends on lies ahead", "The offer ends Oct. 31.", "Oct. 31", "DATE", "1989-10-31", time.Date(1989, 10, 27, 0, 0, 0, 0, time.UTC)},
		{"a weekend is no particular weekend", "After a weekend of bitter accusations, talks resumed.", "", "", "", wed},
		{"a year-earlier longer period is the year before, not a quarter", "Profit rose in the third quarter. Net for the year-earlier nine months included a gain.", "the year-earlier", "DATE", "2024", wed},
		{"a year before a car maker is a model year", "Police found his 1987 Chevrolet Cavalier.", "", "", "", wed},
		{"a weekday with a date beside it after a comma takes that date", "The fire started on Tuesday afternoon, Nov. 25, east of town.", "Tuesday afternoon", "TIME", "2025-11-25TAF", wed},
		{"a year ending a name is no date", "They set up a joint venture called Orion 1980 to build parts.", "", "", "", wed},
		{"a year after a possessive stays a year", "He said Navigation Mixte's 1989 results would fall.", "1989", "DATE", "1989", wed},
		{"the latest period is the fiscal quarter a past report named", "Ralston reported a 47% decline in fourth-quarter earnings. Sales in the latest period were $1.76 billion.", "the latest period", "DATE", "2025-Q4", wed},
		{"the latest period with no quarter named is the last one completed", "Sales in the latest period were $1.76 billion.", "the latest period", "DATE", "2025-Q3", wed},
		{"a year before a maker's name that is no vehicle stays a year", "He worked on the 1976 Ford campaign.", "1976", "DATE", "1976", wed},
		{"today's before a qualified generic noun is no date", "The chip is in many of today's personal computers.", "", "", "", wed},
		{"a season in a time clause in the present lies ahead", "The president asked her to lead a caretaker government until early elections are held in the spring.", "the spring", "DATE", "2026-SP", wed},
		{"a season in a time clause in the past stays past", "She led a caretaker government that served until elections were held in the spring.", "the spring", "DATE", "2025-SP", wed},
		{"a season of elections a plan is followed by lies ahead", "The likeliest outcome is a caretaker government followed by elections in the spring.", "the spring", "DATE", "2026-SP", wed},
		{"that night after a weekday is that weekday's night", "He arrived on Monday. That night he left.", "That night", "TIME", "2025-12-01TNI", wed},
		{"that night with no day told of is left out", "Two firefighters were hurt that night.", "", "", "", wed},
		{"a weekday of a zone conversion is a day from the local day", "The rocket lifted off at 21:42 local time (0142 GMT Thursday).", "Thursday", "DATE", "2025-12-04", wed},
		{"a clock time before a zone conversion keeps the local day", "The rocket lifted off at 21:42 local time (0142 GMT Thursday).", "21:42 local time", "TIME", "2025-12-03T21:42", wed},
		{"a weekday of a zone conversion may be the day before", "The window opened at 14:05 local time (2205 GMT on Tuesday).", "Tuesday", "DATE", "2025-12-02", wed},
		{"a weekday of a zone conversion follows the local day named", "The window opens at 10 p.m. on Friday (0300 GMT Saturday).", "Saturday", "DATE", "2025-12-06", wed},
		{"a weekday of a zone conversion after hours in local time is a day from the local day", "Ports reopened at 0730 hrs local time (1930 GMT Tuesday).", "Tuesday", "DATE", "2025-12-02", wed},
		{"this winter said in March is the winter begun in December", "Snowfall this winter had been greater than usual.", "this winter", "DATE", "1986-WI", time.Date(1987, 3, 16, 0, 0, 0, 0, time.UTC)},
		{"the winter just ended is the one begun in December", "The company had spent most of the winter preparing the rocket.", "the winter", "DATE", "2025-WI", time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)},
		{"this winter looked ahead to in April is the coming one", "He expected higher oil prices this winter.", "this winter", "DATE", "1987-WI", time.Date(1987, 4, 28, 0, 0, 0, 0, time.UTC)},
		{"a bare weekday as the subject of a present copula lies ahead", "Friday is the last day to register for the ballot.", "Friday", "DATE", "2025-12-05", wed},
		{"a bare weekday as the subject of a past copula stays past", "Monday was the coldest day of the year.", "Monday", "DATE", "2025-12-01", wed},
		{"a possessive weekday as the subject of a present copula stays past", "Monday's ruling is a setback for the council.", "Monday's", "DATE", "2025-12-01", wed},
		{"the end of a forecast stretch lies ahead", "Forecasters said showers were likely through Saturday.", "Saturday", "DATE", "2025-12-06", wed},
		{"the end of an extended stretch at a clock time lies ahead", "The council has extended its flood alert until 6 p.m. Sunday.", "6 p.m. Sunday", "TIME", "2025-12-07T18:00", wed},
		{"the end of a stretch with no forecast keeps its tense", "The bridge stayed shut through Monday.", "Monday", "DATE", "2025-12-01", wed},
		{"a day after a participle of arrival lies ahead", "\"We expect heavy snow and a storm system arriving Friday,\" he said.", "Friday", "DATE", "2025-12-05", wed},
		{"a day after a participle of arrival in a past report stays past", "Ministers voted to send aid, with the first convoy arriving Monday, officials said.", "Monday", "DATE", "2025-12-01", wed},
		{"a fronted day before a modal of possibility lies ahead", "\"On Saturday, in the final, she can win it all,\" the coach said.", "Saturday", "DATE", "2025-12-06", wed},
		{"a fronted day before a past verb stays past", "On Saturday, in the final, she won it all.", "Saturday", "DATE", "2025-11-29", wed},
		{"a weekday listed after a stage told in the present lies ahead", "Thursday's leg is a short climb, followed by a rest day on Saturday.", "Saturday", "DATE", "2025-12-06", wed},
		{"a weekday listed after a stage told in the past stays past", "Thursday's leg was a short climb, followed by a rest day on Monday.", "Monday", "DATE", "2025-12-01", wed},
		{"a possessive weekday one must not miss lies ahead", "Don't miss Friday's live podcast.", "Friday's", "DATE", "2025-12-05", wed},
		{"a day a plan is moved to that names the publication day is next week's", "The auction will now take place on Wednesday in Leeds.", "Wednesday", "DATE", "2025-12-10", wed},
		{"a plan made on a fronted day dates the making", "In Leeds on Monday, the tribunal scheduled the appeal for spring.", "Monday", "DATE", "2025-12-01", wed},
		{"a bare month ahead of an awaited event lies ahead", "She said the squad was training hard ahead of the regional finals in August.", "August", "DATE", "2026-08", time.Date(2026, 5, 12, 0, 0, 0, 0, time.UTC)},
		{"a bare month of a goal now set lies ahead", "The coach said the club's target was now the cup final in July.", "July", "DATE", "2026-07", time.Date(2026, 5, 12, 0, 0, 0, 0, time.UTC)},
		{"a bare month earlier in the year ahead of an event keeps its tense", "Shares fell ahead of the election in March.", "March", "DATE", "2026-03", time.Date(2026, 5, 12, 0, 0, 0, 0, time.UTC)},
		{"the earliest day of a plan lies ahead", "The company said it would try again no earlier than Saturday.", "Saturday", "DATE", "2025-12-06", wed},
		{"the day of a forecast's odds lies ahead", "Forecasters give a 60% chance of acceptable conditions on Friday.", "Friday", "DATE", "2025-12-05", wed},
		{"a day in an opening condition in the present lies ahead", "If the Friday attempt is scrubbed, a backup window opens.", "Friday", "DATE", "2025-12-05", wed},
		{"a day in an opening condition in the past stays past", "If the Friday attempt was scrubbed, nobody said so.", "Friday", "DATE", "2025-11-28", wed},
		{"days counted after a week on a weekday count from that day", "The survey will appear a week on Thursday and the board will discuss it three days later.", "three days later", "DATE", "2025-12-14", wed},
		{"a deadline at a clock time on a weekday lies ahead", "Tenants have been told to hand in their keys by noon on Friday, the landlord said.", "noon on Friday", "TIME", "2025-12-05T12:00", wed},
		{"a deadline at a one-word clock time on a weekday lies ahead", "Entrants were asked to send photos by 6pm on Monday.", "6pm on Monday", "TIME", "2025-12-08T18:00", wed},
		{"a clock time at a weekday with no deadline keeps its tense", "The shop shut at 6pm on Monday.", "6pm on Monday", "TIME", "2025-12-01T18:00", wed},
		{"a clock time within a longer time names no day", "The pumps started at 3am during last summer's drought.", "3am", "TIME", "XXXX-XX-XXT03:00", wed},
		{"a clock time within a month names no day", "The pumps started at 3am in March.", "3am", "TIME", "XXXX-XX-XXT03:00", wed},
		{"a clock time of every weekday names no day", "The library opens every weekday from 9am.", "9am", "TIME", "XXXX-XX-XXT09:00", wed},
		{"a clock time after a day ahead continues the day the text opened with", "Held on Monday 1 December 2025 at 7pm.\nThe next hearing is on Monday 15 December 2025.\nThe hearing ended at 9.40pm.", "9.40pm", "TIME", "2025-12-01T21:40", wed},
		{"a clock time after a day ahead with no opening day is the publication day's", "Rain is due on Friday.\nThe river peaked at 2pm.", "2pm", "TIME", "2025-12-03T14:00", wed},
		{"the day after an event's noun alone names no date", "The museum reopened the day after its flood.", "", "", "", wed},
		{"the day after an event's noun counts from a day an event was told on", "The ferry sank on Monday. Divers searched all night.\nThe museum reopened the day after the sinking.", "the day after", "DATE", "2025-12-02", wed},
		{"the day after with no noun counts from the day told last", "The ferry sank on Monday. Divers arrived the day after, police said.", "the day after", "DATE", "2025-12-02", wed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.text, nil, tt.published)
			if tt.want == "" {
				if len(got) != 0 {
					t.Fatalf("Find(%q) = %+v, want nothing", tt.text, got)
				}
				return
			}
			var e *Expr
			for i := range got {
				if strings.Contains(tt.want, got[i].Text) || strings.Contains(got[i].Text, tt.want) {
					e = &got[i]
					break
				}
			}
			if e == nil {
				t.Fatalf("Find(%q) = %+v, want %q", tt.text, got, tt.want)
			}
			if e.Type != tt.typ || e.Value != tt.value {
				t.Errorf("Find(%q): %q is %s %q, want %s %q", tt.text, e.Text, e.Type, e.Value, tt.typ, tt.value)
			}
			if tt.text[e.Start:e.End] != e.Text {
				t.Errorf("span %d-%d does not hold %q", e.Start, e.End, e.Text)
			}
		})
	}
}

func TestFindPrecisionAndFuture(t *testing.T) {
	tests := []struct {
		name, text, precision string
		future                bool
	}{
		{"a past day has day precision", "They met on Tuesday.", "day", false},
		{"a future day is marked future", "They will meet on Friday.", "day", true},
		{"a month has month precision", "It leaked in November.", "month", false},
		{"next year is future with year precision", "Elections are due next year.", "year", true},
		{"a duration has no precision", "A 30-day truce.", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.text, nil, wed)
			if len(got) != 1 {
				t.Fatalf("Find(%q) = %+v, want one expression", tt.text, got)
			}
			if got[0].Precision != tt.precision || got[0].Future != tt.future {
				t.Errorf("Find(%q) = %+v, want precision %q future %v", tt.text, got[0], tt.precision, tt.future)
			}
		})
	}
}

func TestFindSkipsBoilerplate(t *testing.T) {
	text := "Recommended: talks on Tuesday\nPutin met them on Tuesday."
	sents := []doc.Sentence{
		{Span: doc.Span{Start: 0, End: 29}, Boilerplate: true},
		{Span: doc.Span{Start: 30, End: len(text)}, Para: 1},
	}
	got := Find(text, sents, wed)
	if len(got) != 1 || got[0].Start < 30 {
		t.Fatalf("Find = %+v, want only the expression of the second sentence", got)
	}
}

func TestFindSeedArticlesAreWellFormed(t *testing.T) {
	files, _ := filepath.Glob("../../data/*.txt")
	if len(files) == 0 {
		t.Fatal("no seed articles in ../../data")
	}
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		checkWellFormed(t, string(b), Find(string(b), nil, wed))
	}
}

// checkWellFormed asserts the invariants every result must keep.
func checkWellFormed(t testing.TB, text string, got []Expr) {
	t.Helper()
	end := 0
	for _, e := range got {
		if e.Start < end || e.End <= e.Start || e.End > len(text) {
			t.Fatalf("bad span %d-%d after %d in %d bytes: %+v", e.Start, e.End, end, len(text), e)
		}
		if text[e.Start:e.End] != e.Text {
			t.Fatalf("text %q does not match span %d-%d", e.Text, e.Start, e.End)
		}
		if strings.HasPrefix(e.Value, "-") || (e.Precision != "" && len(e.Value) < 4) {
			t.Fatalf("malformed value %q (precision %q) for %q", e.Value, e.Precision, e.Text)
		}
		end = e.End
	}
}

func TestFindSkipsTodayEndingATitle(t *testing.T) {
	for _, text := range []string{"The study appeared in Gulf Health Today.", "He told USA Today that he would run."} {
		for _, e := range Find(text, nil, wed) {
			t.Errorf("Find(%q) found %q (%s), want nothing", text, e.Text, e.Value)
		}
	}
}

// sentencesAt splits text into one sentence per ". ".
func sentencesAt(text string) []doc.Sentence {
	var out []doc.Sentence
	start := 0
	for i := strings.Index(text, ". "); i >= 0; i = strings.Index(text[start:], ". ") {
		end := start + i + 1
		out = append(out, doc.Sentence{Span: doc.Span{Start: start, End: end}})
		start = end + 1
	}
	return append(out, doc.Sentence{Span: doc.Span{Start: start, End: len(text)}})
}

func TestFindAnchorsTheNarrativeAcrossSentences(t *testing.T) {
	mon := time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC)
	tests := []struct{ name, text, want string }{
		{"the previous day after a flashback counts from the story's day",
			"She was freed on Sunday. She had been seized on Tuesday with two drivers. The drivers were freed the previous day.", "2026-03-07"},
		{"the previous day after a plain past counts from its day",
			"She was freed on Sunday. The drivers were seized on Tuesday. They were freed the previous day.", "2026-03-02"},
		{"a past clause does not count from a planned day",
			"The first doses will be given from March 15. The agency approved the vaccine the previous day.", "2026-03-08"},
		{"a future clause counts from a planned day",
			"The talks open on March 15. The delegates will arrive the previous day.", "2026-03-14"},
		{"mid afternoon in a past story of an earlier day is that day's",
			"The dam burst at dawn on Tuesday. Roads flooded and the water was gone by mid-afternoon.", "2026-03-03TAF"},
		{"a bare clock time continues the day told before a coarser date",
			"Police raided two flats on Thursday over a fraud last year. One suspect was held at about 5am.", "2026-03-05T05:00"},
		{"a bare clock time does not continue the day a stretch runs since",
			"Rain has fallen since Thursday. A levee broke at about 5am.", "2026-03-09T05:00"},
		{"the same day after a bare clock time is the day told",
			"Police raided two flats on Thursday over a fraud last year. One suspect was held at about 5am. On the same day, a second was freed.", "2026-03-05"},
		{"the same evening after a month named since is the last day told",
			"The committee met on Tuesday. Two members quit earlier this month. It agreed the report later the same evening.", "2026-03-03TEV"},
		{"the same day a clause defines is not the last day told",
			"The committee met on Tuesday. Two members quit earlier this month. One was dismissed the same evening that the chair left.", ""},
		{"the same evening of a clause still ahead is not the last day told",
			"The committee met on Tuesday. Members will meet again this month and are expected to report the same evening.", ""},
		{"a quoted tonight does not move the story's day",
			"The vote was held on Tuesday. \"We finish this tonight,\" the chair said. The motion passed the same evening.", "2026-03-03TEV"},
		{"the day before an event named after the story's own day is no date",
			"Counting ended today. The day before the vote, the senator toured the port.", ""},
		{"the day before an event counts from an earlier day told",
			"The port was shut on 2 March. The day before the strike, the ships left.", "2026-03-01"},
		{"the weekday of a story is the first one after the day told",
			"The storm struck on Wednesday 25 February. On the Monday, crews cleared the roads.", "2026-03-02"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.text, sentencesAt(tt.text), mon)
			for _, e := range got {
				if e.Text == "the previous day" || e.Text == "The day before" || e.Text == "mid-afternoon" || e.Text == "the same day" || e.Text == "Monday" || strings.HasSuffix(e.Text, "same evening") ||
					e.Text == "at about 5am" && !strings.Contains(tt.text, "same day") {
					if e.Value != tt.want {
						t.Errorf("%s is %q, want %q", e.Text, e.Value, tt.want)
					}
					return
				}
			}
			if tt.want != "" {
				t.Fatalf("Find = %+v, want the previous day", got)
			}
		})
	}
}

func TestFindDatesThatNightOnlyByADayTold(t *testing.T) {
	fri := time.Date(2026, 10, 16, 0, 0, 0, 0, time.UTC)
	tests := []struct{ name, text, want string }{
		{"a weekday told of dates that night",
			"He arrived on Monday. That night he left.", "2026-10-12TNI"},
		{"a dateline stamp is no day told of",
			"Midlands Courier | 16 October 2026\n\nTwo firefighters were hurt that night.", ""},
		{"a stamp on a line of its own is no day told of",
			"By Yusuf Hart\n16 October 2026\n\nCrews did everything right that night.", ""},
		{"today is no day that night points at",
			"\"I hope today brings some comfort.\" Crews did everything right that night.", ""},
		{"a day ahead is no day a past night was told of",
			"Sentencing is set for 20 November. Two firefighters were hurt that night.", ""},
		{"a day ahead dates a night still to come",
			"Sentencing is set for 20 November. The family will gather that night.", "2026-11-20TNI"},
		{"a publication day told of in a sentence dates that day",
			"Shares fell on Friday. Trading was thin that day.", "2026-10-16"},
		{"the previous day still counts from publication after a day ahead",
			"Sentencing is set for 20 November. The jury retired the previous day.", "2026-10-15"},
		{"a day counted from an undated day of an event is no date",
			"The mayor quit on Monday. Prices fell 4% on the day of the flood and 7% the following day.", ""},
		{"a day counted from a dated day of an event counts from that date",
			"Prices fell 4% on the day of the flood, 3 October, and 7% the following day.", "2026-10-04"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.text, sentencesAt(tt.text), fri)
			for _, e := range got {
				if l := strings.ToLower(e.Text); l == "that night" || l == "that day" || l == "the previous day" || l == "the following day" {
					if e.Value != tt.want {
						t.Errorf("%s is %q, want %q", e.Text, e.Value, tt.want)
					}
					return
				}
			}
			if tt.want != "" {
				t.Fatalf("Find = %+v, want %s", got, tt.want)
			}
		})
	}
}

func TestFindDatesAClockTimeByItsEntry(t *testing.T) {
	sun := time.Date(2026, 9, 6, 0, 0, 0, 0, time.UTC)
	tests := []struct{ name, text, clock, want string }{
		{"a live report's entry stamp is of the publication day",
			"The bank said on Saturday that withdrawals were limited. 13:40 GMT - Officials met overnight.", "13:40 GMT", "2026-09-06T13:40"},
		{"an entry stamp with a long dash is of the publication day",
			"The bank said on Saturday that withdrawals were limited. 15:25 BST — The minister arrived.", "15:25 BST", "2026-09-06T15:25"},
		{"a clock time setting a deadline is of no day told",
			"The bank said on Saturday that withdrawals were limited. Forms that came after the 5pm deadline were refused.", "5pm", "XXXX-XX-XXT17:00"},
		{"a clock time of a future clause after a day ahead is of no day told since",
			"The inquiry will sit next Thursday. Its chair said on Friday that it was ready. The session will open at 9am.", "9am", "XXXX-XX-XXT09:00"},
		{"a clock time of a future clause right after a day ahead is that day's",
			"The inquiry will sit next Thursday. The session will open at 9am.", "9am", "2026-09-10T09:00"},
		{"a bare clock time continues the day last named",
			"The bank said on Saturday that withdrawals were limited. Officials met at 13:40 GMT.", "13:40 GMT", "2026-09-05T13:40"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.text, sentencesAt(tt.text), sun)
			for _, e := range got {
				if e.Text == tt.clock {
					if e.Value != tt.want {
						t.Errorf("%s is %q, want %q", tt.clock, e.Value, tt.want)
					}
					return
				}
			}
			t.Fatalf("Find = %+v, want %s", got, tt.clock)
		})
	}
}

func TestFindReadsNoSecondDayAfterAClosedDate(t *testing.T) {
	for _, text := range []string{
		"Holders get notes due March 1, 2031 and 12 shares each.",
		"Sales fell by a third to $25 and 26 March was worse.",
	} {
		for _, e := range Find(text, nil, wed) {
			if e.Text == "12" || e.Text == "25" {
				t.Errorf("Find(%q) reads %q as %s %s, want no date", text, e.Text, e.Type, e.Value)
			}
		}
	}
}

// TestFindLeavesTheDayAfterAnEvent checks that "the day after" an
// event's noun does not count from a day the text named only as the day
// someone spoke.
func TestFindLeavesTheDayAfterAnEvent(t *testing.T) {
	for _, text := range []string{
		"The ferry operator said on Monday the route was safe. Repairs went on.\nThe museum reopened the day after the flood.",
		// A bare event noun: the day after the launch, not after a
		// day named before.
		"The crew will fly again next spring.\nTheir probe, which made contact the day after launch, has sent data.",
	} {
		for _, e := range Find(text, nil, wed) {
			if strings.HasPrefix(e.Text, "the day after") {
				t.Errorf("Find(%q) reads %q as %s %s, want no date", text, e.Text, e.Type, e.Value)
			}
		}
	}
}

// TestCheapTestsAgreeWithPatterns checks that the literal tests run
// before the flashback and opening-hours patterns never rule out a
// sentence the pattern matches.
func TestCheapTestsAgreeWithPatterns(t *testing.T) {
	tests := []string{
		"Van der Berg had been seized on ",
		"She HAD been freed on ",
		"They had filed the papers on ",
		"The drivers were seized on ",
		"had seen",
		"",
		"the helpline, open from 8am to 8pm, Monday to Saturday",
		"call us Mon-Fri, 9am-5pm",
		"lines are open Monday to Friday",
		"Mon-Fri 9.30 a.m. to 5 p.m.",
		"revised the toll up to 1,240 from the 860 reported on ",
		"up FROM $5 billion in ",
		"from a 3.5 pct rise ",
		"from the start of the talks on ",
		"from 12 from ",
		"9:00-17:00, Mon to Sat",
		"between 8\tam and 6 PM, Monday-Friday",
		"staffed Tues thru Thurs",
		"from 8.15am until 9pm Sat - Sun",
		"opens Sat.-Sun.",
		"the strike runs from Monday to Saturday",
		"from 8am to 8pm on Monday",
		"Satue",
		"sunday",
		"the day before ",
		"The Week AFTER ",
		"THE DAY BEFORE\t",
		"the day befor ",
		"the day after",
		"in the week before last ",
		"the day bef\u00f6re ",
	}
	for _, s := range tests {
		if !mayDayBefore(s) && dayBefore.MatchString(s) {
			t.Errorf("mayDayBefore(%q) = false, but dayBefore matches", s)
		}
		low := lowerASCII(s)
		if got, want := flashbackBefore(s, low), flashback.MatchString(s); got != want {
			t.Errorf("flashbackBefore(%q) = %v, want %v", s, got, want)
		}
		if got, want := figureCompared(s, low), figureFrom.MatchString(s); got != want {
			t.Errorf("figureCompared(%q) = %v, want %v", s, got, want)
		}
		if openingHours.MatchString(low) && !hasHoursDay(low) {
			t.Errorf("hasHoursDay(%q) = false, but opening hours match", low)
		}
		if openingHours.MatchString(low) && !hasHoursCue(low) {
			t.Errorf("hasHoursCue(%q) = false, but opening hours match", low)
		}
	}
}

// TestDayStemFirstHoldsEveryStem checks that every three bytes dayStem
// takes for a day's name begin with a byte of dayStemFirst, which
// hasHoursDay looks at first.
func TestDayStemFirstHoldsEveryStem(t *testing.T) {
	b := make([]byte, 3)
	for c0 := range 256 {
		for c1 := range 256 {
			for c2 := range 256 {
				b[0], b[1], b[2] = byte(c0), byte(c1), byte(c2)
				if dayStem(string(b)) && !dayStemFirst[c0] {
					t.Fatalf("dayStem(%q) holds, but dayStemFirst lacks %q", b, rune(c0))
				}
			}
		}
	}
}

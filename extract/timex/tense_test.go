package timex

import (
	"strings"
	"testing"
	"time"
)

func TestClauseTense(t *testing.T) {
	tests := []struct {
		name, sentence, expr string
		want                 tense
	}{
		{"a reporting verb looks back", "Peskov said on Wednesday that talks went on.", "Wednesday", past},
		{"will looks ahead", "The envoys will meet on Friday.", "Friday", future},
		{"a plural noun in -s before a past verb is no schedule verb", "A walkout in May over safety rules disrupted deliveries.", "May", past},
		{"provided opening a condition is no past", "The crew said the next try would come two days later, on Friday, provided the valve could be fixed overnight.", "Friday", future},
		{"due to and a verb of a scheduled act looks ahead", "Officials met again to avert a strike due to start on Monday.", "Monday", future},
		{"a perfect progressive of going somewhere is no future", "We have been going to the lake for years, and never saw a storm like Friday.", "Friday", past},
		{"a counted plural of a schedule verb is a noun", "The committee voted by seven votes to four on Tuesday night.", "Tuesday night", past},
		{"a marker inside a name in title case is no marker", "The appeal was submitted to the Planning Inspectorate on Monday.", "Monday", past},
		{"a given name that is a modal is no future", "Will Smith said on Monday that he was ready.", "Monday", past},
		{"a modal opening a question still looks ahead", "Will the talks resume on Monday?", "Monday", future},
		{"a headline in title case keeps its markers", "Talks Will Resume On Monday", "Monday", future},
		{"what someone is urged to do lies ahead", "Maddox urged people not to travel on Friday evening.", "Friday evening", future},
		{"what someone is asked to do lies ahead", "Police asked fans to arrive early on Saturday.", "Saturday", future},
		{"asked to with no object is a passive report", "He was asked to leave on Friday.", "Friday", past},
		{"asked by someone to is a passive report", "Asked by Reuters to clarify his statement on Monday, he declined.", "Monday", past},
		{"the modal of the verb before a date governs it over a later clause", "She said schools would reopen on Friday where buildings had been checked.", "Friday", future},
		{"a verb of a clause opening after the date does not govern it", "He had warned Peter Vance, in a December memo that budget cuts would slow repairs.", "December", past},
		{"a reporting verb before the date still governs it over a that-clause", "On Friday, officials said that the talks would resume.", "Friday", past},
		{"a day set aside for something looks ahead", "The judge has set aside Friday for any post-verdict motions.", "Friday", future},
		{"a comparison with a month looks back", "All parties will come in the same constructive spirit as in January.", "January", past},
		{"a verb after and heads its own predicate", "Two men were arrested on Tuesday and will appear before a judge on Friday.", "Tuesday", past},
		{"a verb after and still decides when none stands before", "On Tuesday and Wednesday the envoys will meet.", "Tuesday", future},
		{"is expected to looks ahead", "Putin is expected to speak on Thursday.", "Thursday", future},
		{"a reworded expectation looks ahead", "The president is predicted to remark on Thursday.", "Thursday", future},
		{"predicted with an object looks back", "Cuba predicted Wednesday that the ruling would stand.", "Wednesday", past},
		{"a passive after will looks ahead", "The dividend will be paid Nov. 6.", "Nov. 6", future},
		{"a passive after a modal of possibility looks ahead", "He added that the first miners could be lifted out on Thursday.", "Thursday", future},
		{"a passive after may looks ahead", "Officials said the road may be reopened on Friday.", "Friday", future},
		{"a negated passive after could looks back", "Neither he nor his lawyers could be located Wednesday in their hometown.", "Wednesday", past},
		{"an adjective in -ed is no verb", "It would be paid on a still unspecified date in January.", "January", future},
		{"a truce named by its onset looks ahead", "The NVA will release the hostages in exchange for the transfer of 30 detainees held by Kaltria and a 72-hour truce starting at midnight on Friday.", "Friday", future},
		{"an onset participle looks ahead after a past", "The unions announced a strike beginning Monday.", "Monday", future},
		{"a progressive of an onset verb keeps its tense", "Talks were beginning on Monday when the shelling started.", "Monday", past},
		{"until looks ahead", "Officials postponed any action until Tuesday.", "Tuesday", future},
		{"until after had looks back", "They had not called him a suspect until Thursday.", "Thursday", past},
		{"is to looks ahead", "The stock is to resume trading in Paris Tuesday.", "Tuesday", future},
		{"due to is a cause", "Reserves fell on Tuesday due to corrections.", "Tuesday", past},
		{"the nearest verb in the clause wins", "Trump will send envoys, officials said on Wednesday.", "Wednesday", past},
		{"until a clock time and a day looks ahead", "INS extended its deadline until 9 a.m. EST Tuesday.", "Tuesday", future},
		{"until followed by a past perfect looks back", "Until Thursday, they had not called Kopp a suspect.", "Thursday", past},
		{"since looks back", "The carrier has been on patrol since March and will return.", "March", past},
		{"succeed is no past tense", "Mr. Schwarz will succeed Daniel P. Davison Feb. 1.", "Feb. 1", future},
		{"a past perfect plan looks back", "It had been due to expire Friday evening.", "Friday", past},
		{"a previously planned event looks back", "The offensive began as previously planned Saturday night.", "Saturday", past},
		{"were planning looks ahead", "Protesters planned a large demonstration in Little Havana on Saturday and were planning to drive.", "Saturday", future},
		{"quoted words outweigh the reporting verb", "``The father will leave (4 a.m. Thursday),'' Castro said.", "Thursday", future},
		{"no verb leaves the tense open", "Talks on Friday.", "Friday", unknownTense},
		{"plans as a noun is no plan", "On Friday, when she set aside vacation plans for the trip, aid arrived.", "Friday", past},
		{"plans to looks ahead", "The company plans to report results on Friday.", "Friday", future},
		{"a planned thing after a possessive is no plan", "Thousands marched on the Civic Centre on Wednesday to protest against the city's planned water restrictions.", "Wednesday", past},
		{"a scheduled thing after a determiner is no plan", "Workers walked out on Monday over the scheduled closure.", "Monday", past},
		{"a compound noun in a past relative clause looks back", "Investigators on Tuesday recovered both flight recorders of Flight 417, which crashed shortly after take-off from Tallinn on Sunday.", "Sunday", past},
		{"a kick-off is no schedule verb", "Fans were stuck outside at the kick-off on Saturday.", "Saturday", past},
		{"a present-tense schedule looks ahead", "The summit opens on Monday in Geneva.", "Monday", future},
		{"a counted plural noun is no schedule verb", "Okonjo lost by 212 votes on Friday.", "Friday", past},
		{"a bare present after its subject looks ahead", "He and Arafat meet separately Monday with Albright.", "Monday", future},
		{"a present schedule outweighs a later reporting verb", "Talks resume in Geneva on Monday, officials said.", "Monday", future},
		{"a present progressive of a schedule verb looks ahead", "The delegation is travelling to Kyiv on Monday.", "Monday", future},
		{"a day after an agreed infinitive is the act agreed, ahead", "They agreed to meet on Monday.", "Monday", future},
		{"a day after an agreed infinitive and its object looks ahead", "The delegations agreed to discuss a ceasefire line on Tuesday.", "Tuesday", future},
		{"a day after a past perfect agreement to act looks ahead", "Both delegations had agreed to return to the villa on Monday.", "Monday", future},
		{"a day right after the agreeing verb dates the agreement", "He agreed on Tuesday to resign.", "Tuesday", past},
		{"a noun after agreed to is no act ahead", "The board agreed to the sale in August.", "August", past},
		{"a past perfect plan to act looks back", "The team had planned to leave on Thursday.", "Thursday", past},
		{"a thing rescheduled for a day looks ahead", "The agency has rescheduled the launch for Wednesday.", "Wednesday", future},
		{"a vote pushed back to a day looks ahead", "The council pushed back the vote to Friday.", "Friday", future},
		{"put before for is no move of a date", "Analysts put the odds for Tuesday at one in three.", "Tuesday", unknownTense},
		{"a date in a clause before an inverted condition looks ahead", "The agency has a backup window on Friday should Wednesday's attempt be called off.", "Friday", future},
		{"a date in an inverted condition looks ahead", "The agency has a backup window on Friday should Wednesday's attempt be called off.", "Wednesday", future},
		{"should before have is no inverted condition", "Critics said the vote should have been held on Friday.", "Friday", past},
		{"a present provision of an accord looks ahead of its apposition", "The memorandum, signed by both envoys, provides for a halt to all fire from midnight on Sunday.", "Sunday", future},
		{"a day in the apposition of an accord dates its signing", "The memorandum, signed on Sunday, provides for a halt to all fire.", "Sunday", past},
		{"head of is a noun", "On Wednesday, Ricardo Alarcon, head of the assembly, said the convictions prove it.", "Wednesday", past},
		{"a progressive of another verb is no plan", "It is continuing to try to sell itself, under a June agreement.", "June", unknownTense},
		{"the verb right before the day governs it", "The national government said on Monday it would send 300 soldiers.", "Monday", past},
		{"a past spelt like its present looks back", "A plan to close the library split the council on Monday, before residents could be consulted.", "Monday", past},
		{"a noun after an article and a modifier is no verb", "She survived a motion of no confidence late on Thursday after a marathon debate that ran overnight.", "Thursday", past},
		{"a noun after the and a modifier is no verb", "He conceded on Thursday after the final vote in the chamber.", "Thursday", past},
		{"a bare present after a plural subject looks ahead", "The two sides meet in Geneva on Monday.", "Monday", future},
		{"a bare present after a subject's phrase looks ahead", "Talks with the union resume on Friday.", "Friday", future},
		{"the object of a gerund is no schedule verb", "Police arrested the chief executive, Rajesh Kumar, late on Thursday on suspicion of breaching safety rules.", "Thursday", past},
		{"a plural object of a gerund is no schedule verb", "Police detained two men on Tuesday for breaking rules.", "Tuesday", past},
		{"a schedule verb after a gerund subject still looks ahead", "The hearing opens on Monday.", "Monday", future},
		{"it's planned looks ahead", "The vote? It's planned for Friday.", "Friday", future},
		{"a present condition looks ahead", "If Friday's storm arrives, roads will close.", "Friday", future},
		{"a past condition looks back", "If Friday's storm caused damage, nobody reported it.", "Friday", past},
		{"a passive with an irregular participle after to be looks ahead", "The new minister is to be sworn in on Monday.", "Monday", future},
		{"until before a past verb looks back", "Ortiz, who until Tuesday chaired the panel, spoke.", "Tuesday", past},
		{"a time clause in the present looks ahead of a past verb", "She asked him to lead a caretaker government until early elections are held in the spring.", "the spring", future},
		{"a time clause in the past looks back", "She led a caretaker government that served until elections were held in the spring.", "the spring", past},
		{"a when clause in the present looks ahead", "The envoy said he would stay when talks resume in March.", "March", future},
		{"a by the time clause in the present looks ahead", "They pledged the bridge would open by the time the games begin in July.", "July", future},
		{"a time clause in the present of a habit does not look ahead", "Sales usually rise when the weather is warm in the summer.", "the summer", unknownTense},
		{"a once clause in the past looks back", "Prices fell once the harvest was gathered in October.", "October", past},
		{"an awaited event after followed by looks ahead", "The likeliest outcome was a caretaker government followed by elections in the spring.", "the spring", future},
		{"an event after a passive followed by looks back", "The coup was followed by elections in the spring.", "the spring", past},
		{"an awaited event after until looks ahead of a past request", "She asked him to lead the country until elections in the spring.", "the spring", future},
		{"an event after until a past verb looks back", "He served as premier until elections in the spring.", "the spring", past},
		{"a past participle right before in governs the month over a later modal", "The 900 layoffs announced in June would be finished by the spring.", "June", past},
		{"a past verb right before during governs the month over a later will", "Talks, which collapsed during April, will resume.", "April", past},
		{"a passive under will before in still looks ahead", "The layoffs will be announced in June.", "June", future},
		{"an expected thing before in still looks ahead", "Deliveries expected in June would ease the shortage.", "June", future},
		{"a period of accounts after a reporting verb and in is what is spoken of", "The company said in the third quarter it will start selling the kit.", "the third quarter", future},
	}
	f := &finder{scratch: new(scratch)}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := strings.Index(tt.sentence, tt.expr)
			if got := clauseTense(tt.sentence, i, i+len(tt.expr)); got != tt.want {
				t.Errorf("clauseTense(%q, %q) = %d, want %d", tt.sentence, tt.expr, got, tt.want)
			}
			// The finder looks words up once a sentence: every span
			// asked in turn gets the same answer.
			f.sentIdx++
			for _, w := range append(words(tt.sentence), word{start: i, end: i + len(tt.expr)}) {
				want := clauseTense(tt.sentence, w.start, w.end)
				if got := f.clauseTense(tt.sentence, w.start, w.end); got != want {
					t.Errorf("finder clauseTense(%q, %q) = %d, want %d", tt.sentence, tt.sentence[w.start:w.end], got, want)
				}
			}
		})
	}
}

// TestTenseDecidesYear checks when the tense of its clause can change the
// year of a date named without one: only for days and months far from
// the reference date, or months already over.
func TestTenseDecidesYear(t *testing.T) {
	ref := time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		mon, day int
		want     bool
	}{
		{3, 0, false}, // this month: the same year either way
		{4, 0, false}, // next month
		{2, 0, true},  // over: "will ... in February" is next year's
		{1, 0, true},
		{9, 0, true}, // far ahead: "in September" told in the past is last year's
		{12, 0, true},
		{3, 2, false}, // a day within three months either side
		{5, 31, false},
		{1, 5, false},
		{6, 20, true}, // "on June 20" told in the past is last year's
		{11, 30, true},
	}
	for _, tt := range tests {
		y := pickYear(ref, tt.mon, tt.day, unknownTense)
		if got := tenseDecidesYear(ref, tt.mon, tt.day, y); got != tt.want {
			t.Errorf("tenseDecidesYear(%v, %d, %d) = %v, want %v", ref.Format("2006-01-02"), tt.mon, tt.day, got, tt.want)
		}
	}
}

package kb

import (
	"context"
	"testing"
)

func TestTimelineTopicFindsTheNewsOfAnArticleItsHeadlineNames(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.jsonl": `{"id":"a","title":"Danube flood forces thousands from homes in Hungary and Slovakia","source":"Herald","published":"2026-09-17","text":"Authorities in Hungary and Slovakia evacuated about 12,000 people on Thursday as the Danube rose.\nThe river last reached such a level in 2013, when officials closed the port.\nThe army will reinforce the Danube dykes in Hungary on Saturday.\nThe parliament of Hungary met on Wednesday."}` + "\n" +
			`{"id":"b","title":"Port reopens after repairs","source":"Wire","published":"2026-09-17","text":"The port reopened to barges on Thursday after a week of repairs."}` + "\n",
	})
	got := timelineDates(t, s, TimelineQuery{Topic: "flood", Limit: 10})
	// The day's evacuation and the plan two days on are news of the
	// flood; the river's level in 2013 is background, the parliament's
	// meeting shares one name with the headline only, and the other
	// article's port is no flood.
	if want := "2026-09-17 2026-09-19"; got != want {
		t.Errorf("Timeline(flood) dates %q, want %q", got, want)
	}
}

func TestTimelineOfAMonthOfAnyYear(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.jsonl": `{"id":"a","title":"Court","source":"Wire","published":"2026-11-20","text":"The trial opened on Tuesday.\nA verdict is expected in December.\nThe defendant was arrested on 3 December 2024.\nHe was charged in March 2025."}` + "\n",
	})
	got := timelineDates(t, s, TimelineQuery{Month: 12, Limit: 10})
	if want := "2024-12-03 2026-12"; got != want {
		t.Errorf("Timeline(December) dates %q, want %q", got, want)
	}
}

func TestTimelineMergesNamelessPlansOfArticlesAboutOneStory(t *testing.T) {
	const first = `{"id":"a","title":"Official on trial","source":"Wire","published":"2026-11-19","text":"Former official Tran Van Minh went on trial on Tuesday.\nTran Van Minh denies the charges.\nThe court is expected to rule in December."}`
	tests := []struct {
		name, second string
		rows         int
	}{
		{"the same defendant", `{"id":"b","title":"Official denies bribery","source":"Post","published":"2026-11-21","text":"Tran Van Minh told the court on Friday he had followed orders.\nProsecutors say Tran Van Minh took bribes.\nA verdict is expected in mid-December."}`, 1},
		{"another defendant", `{"id":"b","title":"Banker denies fraud","source":"Post","published":"2026-11-21","text":"Le Thi Hoa told the court on Friday she had followed orders.\nProsecutors say Le Thi Hoa took bribes.\nA verdict is expected in mid-December."}`, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := storeOf(t, map[string]string{"a.jsonl": first + "\n" + tt.second + "\n"})
			tl, err := s.Timeline(context.Background(), TimelineQuery{From: "2026-12", To: "2026-12", Limit: 10})
			if err != nil || len(tl) != tt.rows {
				t.Errorf("Timeline = %+v, %v; want %d rows", tl, err, tt.rows)
			}
		})
	}
}

func TestSharesHeadline(t *testing.T) {
	tests := []struct {
		name, summary, title, topic string
		want                        bool
	}{
		{"two names of the headline", "Authorities in Hungary and Slovakia evacuated 12,000 people", "Danube flood forces thousands from homes in Hungary and Slovakia", "flood", true},
		{"a common word of the headline", "Lamamra said the truce would be reviewed by a joint committee", "Sudan rivals sign Geneva truce", "Sudan", true},
		{"one name alone", "The Kremlin said its forces were expelling Ukraine's army from Kursk", "Russia cautious of proposed Ukraine ceasefire plan", "ceasefire", false},
		{"the topic's own word does not count", "The floods hit the valley", "Floods", "flood", false},
		{"a function word does not count", "The council met on Monday", "Floods in the valley", "flood", false},
		{"a word of time does not count", "Streeting said NHS pay talks would resume next week", "Bank of England governor warns inflation will stay above target next year", "Bank of England", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sharesHeadline(tt.summary, tt.title, [][]string{{tt.topic}}); got != tt.want {
				t.Errorf("sharesHeadline(%q, %q) = %v, want %v", tt.summary, tt.title, got, tt.want)
			}
		})
	}
}

func TestTopicTimelineHoldsTheNewsOfTheArticlesItsHeadlinesName(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.jsonl": `{"id":"a","title":"Sudan rivals sign Geneva truce","source":"Wire","published":"2026-11-20","text":"The army and the paramilitaries of Sudan signed a truce in Geneva on Friday.\nThe truce takes effect on 1 December.\nA football match in Geneva was cancelled on Saturday."}` + "\n",
	})
	got := timelineDates(t, s, TimelineQuery{Topic: "rivals", Limit: 10})
	// The truce's start is the rivals' news though the sentence does not
	// name them; the match shares one name with the headline only.
	if want := "2026-11-20 2026-12-01"; got != want {
		t.Errorf("Timeline(rivals) dates %q, want %q", got, want)
	}
}

func TestTopicTimelineTakesTheLedeOfAnArticleItsHeadlineNames(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.jsonl": `{"id":"a","title":"Skater's appeal heard in Geneva","source":"Wire","published":"2026-04-16","text":"Norwegian skater Ine Dahl asked the tribunal on Tuesday to lift the ban imposed on her in March.\nThe federation will meet its sponsors on Wednesday.\nDahl was first banned in 2022."}` + "\n",
	})
	tests := []struct{ topic, want string }{
		// The lede is the headline's news; the meeting after it shares
		// nothing with the headline, and 2022 is background.
		{"appeal", "2026-04-14"},
		// "heard" in the headline tells a hearing.
		{"hearing", "2026-04-14"},
	}
	for _, tt := range tests {
		t.Run(tt.topic, func(t *testing.T) {
			if got := timelineDates(t, s, TimelineQuery{Topic: tt.topic, Limit: 10}); got != tt.want {
				t.Errorf("Timeline(%s) dates %q, want %s", tt.topic, got, tt.want)
			}
		})
	}
}

package quotes

import "testing"

// Reworded copy writes "however" where "but" joins two verbs of one
// speaker; the fragment after the second verb is that speaker's.
func TestHoweverJoiningVerbs(t *testing.T) {
	checkCases(t, []quoteCase{
		{
			name:     "a fragment after however and a reworded verb of saying",
			text:     "Siobhan Arkwright, the union organiser, described the talks as \"cordial\" however mentioned the council had \"offered nothing new\".",
			mentions: []string{"Siobhan Arkwright|PERSON"},
			want:     []want{{"cordial", "Siobhan Arkwright"}, {"offered nothing new", "Siobhan Arkwright"}},
		},
		{
			name:     "a fragment after a comma, however and a verb of saying",
			text:     "Siobhan Arkwright described the talks as \"cordial\", however said the council had \"offered nothing new\".",
			mentions: []string{"Siobhan Arkwright|PERSON"},
			want:     []want{{"cordial", "Siobhan Arkwright"}, {"offered nothing new", "Siobhan Arkwright"}},
		},
		{
			name:     "near miss: however after a quote opening the sentence leaves the speaker after the verb",
			text:     "\"We have offered nothing new,\" however said Declan Fairweather.",
			mentions: []string{"Declan Fairweather|PERSON"},
			want:     []want{{"We have offered", "Declan Fairweather"}},
		},
		{
			name:     "near miss: however between a subject and its verb",
			text:     "Declan Fairweather however said the union had \"walked away\".",
			mentions: []string{"Declan Fairweather|PERSON"},
			want:     []want{{"walked away", "Declan Fairweather"}},
		},
	})
}

package quotes

import "testing"

// A pronoun after a sentence whose subject the tagger missed: the
// subject, not the speaker before, is who it most likely means, so the
// quote is left unattributed rather than credited to the earlier speaker.
// Subjects that are no person keep the pronoun with the speaker before.
func TestPronounAfterAnUntaggedSubject(t *testing.T) {
	const opening = "Tobi Okonjo scored twice on his debut. \"The crowd carried me,\" said Okonjo.\n"
	people := []string{"Tobi Okonjo|PERSON", "Okonjo=Tobi Okonjo|PERSON"}
	checkCases(t, []quoteCase{
		{
			name:     "a he after an untagged name that a his refers back to is not the speaker before",
			text:     opening + "Halloran was delighted with his new recruit. He said: \"That is why we brought him here.\"",
			mentions: people,
			want:     []want{{"The crowd", "Tobi Okonjo"}, {"That is why", ""}},
		},
		{
			name:     "a she after an untagged name that a possessive her refers back to is not the speaker before",
			text:     "Ruth Ekwueme, the Fenmoor manager, was blunt. \"We did not turn up,\" she said.\nMarchetti was proud of her players. She said: \"They gave everything.\"",
			mentions: []string{"Ruth Ekwueme|PERSON"},
			want:     []want{{"We did not", "Ruth Ekwueme"}, {"They gave", ""}},
		},
		{
			name:     "a he after an untagged name with the speaker before as its object is not the object",
			text:     opening + "Halloran praised Okonjo after the game. He said: \"That is why we brought him here.\"",
			mentions: people,
			want:     []want{{"The crowd", "Tobi Okonjo"}, {"That is why", ""}},
		},
		{
			name:     "near miss: the subject named by the tagger takes the he",
			text:     opening + "Manager Sean Halloran was delighted with his new recruit. He said: \"That is why we brought him here.\"",
			mentions: append([]string{"Sean Halloran|PERSON"}, people...),
			want:     []want{{"The crowd", "Tobi Okonjo"}, {"That is why", "Sean Halloran"}},
		},
		{
			name:     "near miss: a subject that is no person leaves the he with the speaker before",
			text:     opening + "Attendance was a season high of 9,400. \"I want to repay them,\" he said.",
			mentions: people,
			want:     []want{{"The crowd", "Tobi Okonjo"}, {"I want", "Tobi Okonjo"}},
		},
		{
			name:     "near miss: a plural noun in capitals before his is no person",
			text:     opening + "Supporters account for half of his wages. \"I want to repay them,\" he said.",
			mentions: people,
			want:     []want{{"The crowd", "Tobi Okonjo"}, {"I want", "Tobi Okonjo"}},
		},
		{
			name:     "near miss: a capitalised adverb opening the sentence is no subject",
			text:     opening + "Elsewhere in his interview, Okonjo thanked the fans. \"I want to repay them,\" he said.",
			mentions: people,
			want:     []want{{"The crowd", "Tobi Okonjo"}, {"I want", "Tobi Okonjo"}},
		},
		{
			name:     "near miss: a his in a clause reported by the subject is someone else's",
			text:     opening + "Reports said that his agent was in talks. \"I want to stay,\" he said.",
			mentions: people,
			want:     []want{{"The crowd", "Tobi Okonjo"}, {"I want", "Tobi Okonjo"}},
		},
	})
}

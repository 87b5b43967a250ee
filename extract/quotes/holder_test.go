package quotes

import (
	"testing"
)

// A definite description whose noun is no common title ("the coach", "the
// driver") stands for the one person the article described by that noun.
func TestDescriptionGoesToItsOneHolder(t *testing.T) {
	tests := []quoteCase{
		{
			name: "the noun before a name",
			text: "The club said assistant coach Anna Berg will take charge. Berg, 41, will lead the team on Tuesday.\n\n" +
				"The coach told the club website: \"The players know what is expected.\"",
			mentions: []string{"Anna Berg|PERSON", "Berg=Anna Berg|PERSON"},
			want:     []want{{"The players know", "Anna Berg"}},
		},
		{
			name: "the noun of an appositive",
			text: "Tom Reed, a driver for the firm, saw the crash.\n\n" +
				"\"It happened in a second,\" the driver said.",
			mentions: []string{"Tom Reed|PERSON"},
			want:     []want{{"It happened", "Tom Reed"}},
		},
		{
			name: "an appositive before the name",
			text: "The youngest miner, Tom Reed, was taken to hospital.\n\n" +
				"The miner told reporters: \"It was dark.\"",
			mentions: []string{"Tom Reed|PERSON"},
			want:     []want{{"It was dark", "Tom Reed"}},
		},
		{
			name: "two holders of the noun leave it open",
			text: "Coach Anna Berg and rival coach Tom Reed met on Sunday.\n\n" +
				"\"We were the better side,\" the coach said.",
			mentions: []string{"Anna Berg|PERSON", "Tom Reed|PERSON"},
			want:     []want{{"We were the better", ""}},
		},
		{
			name: "a modifier the holder lacks leaves it open",
			text: "Assistant coach Anna Berg will take charge.\n\n" +
				"\"We were the better side,\" the head coach said.",
			mentions: []string{"Anna Berg|PERSON"},
			want:     []want{{"We were the better", ""}},
		},
		{
			name: "a pronoun after the noun's own sentence, and the quote after it",
			text: "The talks were led by mediator Omar Haddad, who flew in on Monday.\n\n" +
				"The mediator said the talks had nearly collapsed. \"There were hours when we thought it was over,\" he said. \"But the elders kept the channel open.\"",
			mentions: []string{"Omar Haddad|PERSON"},
			want:     []want{{"There were hours", "Omar Haddad"}, {"But the elders", "Omar Haddad"}},
		},
		{
			name: "the noun of a verb in a relative clause of an appositive",
			text: "Her release followed talks brokered by Sheikh Omar Haddad of Qatar, the same envoy who mediated a similar case in 2024.\n\n" +
				"The mediator said the talks had nearly collapsed. \"There were hours when we thought it was over,\" he said. \"But the elders kept the channel open.\"",
			mentions: []string{"Omar Haddad|PERSON"},
			want:     []want{{"There were hours", "Omar Haddad"}, {"But the elders", "Omar Haddad"}},
		},
		{
			name: "a relative clause after another name is that person's",
			text: "Omar Haddad thanked Ali Sami, who mediated the deal.\n\n" +
				"\"We were close to failing,\" the mediator said.",
			mentions: []string{"Omar Haddad|PERSON", "Ali Sami|PERSON"},
			want:     []want{{"We were close", "Ali Sami"}},
		},
		{
			name: "the noun of a source brought in unnamed is that source",
			text: "The mediator, Henrik Marsh, the envoy of the union, announced the release.\n\n" +
				"A Morvanian diplomat involved in the talks, speaking on condition of anonymity, said the next round would focus on monitors. " +
				"\"Everybody knows the guns are the real question,\" the diplomat said. \"Monitors are how you answer it.\"",
			mentions: []string{"Henrik Marsh|PERSON"},
			want:     []want{{"Everybody knows", ""}, {"Monitors are", ""}},
		},
		{
			name: "a title brought in unnamed is not the named holder",
			text: "Foreign Minister Ana Reyes met the delegations on Monday.\n\n" +
				"A minister in the coalition, who asked not to be named, said the vote would pass. \"It is done,\" the minister said.",
			mentions: []string{"Ana Reyes|PERSON"},
			want:     []want{{"It is done", ""}},
		},
		{
			name: "the office a sentence puts a person in",
			text: "Andrei Lupu, who had run the federation since December, was confirmed as president by the committee.\n\n" +
				"Asked about her legal costs, the president said: \"That is a decision for the committee.\"",
			mentions: []string{"Andrei Lupu|PERSON"},
			want:     []want{{"That is a decision", "Andrei Lupu"}},
		},
		{
			name: "a sentence naming a person in a report gives no office",
			text: "Andrei Lupu was named in the report.\n\n" +
				"\"That is a decision for the committee,\" the president said.",
			mentions: []string{"Andrei Lupu|PERSON"},
			want:     []want{{"That is a decision", ""}},
		},
		{
			name: "a source brought in unnamed and then named",
			text: "A spokesman for the pilots said he met the chairman.\n\n" +
				"William Palmer, the group's spokesman, said the meeting was \"positive and friendly\".",
			mentions: []string{"William Palmer|PERSON"},
			want:     []want{{"positive and friendly", "William Palmer"}},
		},
		{
			name: "a named person's indefinite appositive is that person's noun",
			text: "Henrik Marsh, a veteran diplomat, arrived on Monday.\n\n" +
				"\"We are close,\" the diplomat said.",
			mentions: []string{"Henrik Marsh|PERSON"},
			want:     []want{{"We are close", "Henrik Marsh"}},
		},
		{
			name: "a word elsewhere in an appositive is not its noun",
			text: "Tom Reed, a lawyer for the victim, spoke first.\n\n" +
				"\"I want answers,\" the victim said.",
			mentions: []string{"Tom Reed|PERSON"},
			want:     []want{{"I want answers", ""}},
		},
	}
	checkCases(t, tests)
}

// A quote over several paragraphs, the first left open and the next opening
// again, is one quote.
func TestParagraphsOfOneQuoteAreOneQuote(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{
			name: "straight marks, blank line between",
			text: "Mine manager Ruth Hale said: \"We will cooperate fully.\n\n\"Nothing matters more to us than safety,\" she said.",
			want: []want{{"We will cooperate fully. Nothing matters more to us than safety", "Ruth Hale"}},
		},
		{
			name: "curly marks, three paragraphs",
			text: "Ruth Hale said: “One.\n\n“Two.\n\n“Three,” she added.",
			want: []want{{"One. Two. Three", "Ruth Hale"}},
		},
		{
			name: "a closed quote and the next are two quotes",
			text: "Ruth Hale said: “One.”\n\n“Two,” she added.",
			want: []want{{"One.", "Ruth Hale"}, {"Two", "Ruth Hale"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.text, nil, ments(tt.text, "Ruth Hale|PERSON"))
			if len(got) != len(tt.want) {
				t.Fatalf("got %d quotes %+v, want %d", len(got), got, len(tt.want))
			}
			for i, q := range got {
				if q.Text != tt.want[i].quote || q.Speaker != tt.want[i].speaker {
					t.Errorf("quote %d is %q by %q, want %q by %q", i, q.Text, q.Speaker, tt.want[i].quote, tt.want[i].speaker)
				}
			}
		})
	}
}

func TestFlatten(t *testing.T) {
	tests := []struct{ in, want string }{
		{"one line", "one line"},
		{"hard\nwrapped  line", "hard wrapped  line"},
		{"One.\n\n\"Two", "One. Two"},
		{"One.\n  “Two", "One. Two"},
		{"One.\n'Two", "One. Two"},
		{"the\n'90s", "the '90s"},
		{`the fund is sound," he said, "and it will stay so.`, "the fund is sound … and it will stay so."},
		{"the fund is sound,” Ana Ruiz told the Courier on Monday, “and it will stay so.", "the fund is sound … and it will stay so."},
		{"the fund is sound,’ she said, ‘and it will stay so.", "the fund is sound … and it will stay so."},
		{`the fund is sound." He said, "and`, `the fund is sound." He said, "and`},
		{`He said "yes," then added, "no way`, `He said "yes," then added, "no way`},
		{`the fund," he said, "And`, `the fund," he said, "And`},
		{`the fund," he said, adding, "and`, `the fund," he said, adding, "and`},
		{`the fund," he said, adding that in Asia, "we`, `the fund," he said, adding that in Asia, "we`},
	}
	for _, tt := range tests {
		if got := Flatten(tt.in); got != tt.want {
			t.Errorf("Flatten(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

package quotes

import (
	"strings"
	"testing"

	"newsbot/extract/segment"
)

// findBothWays runs Find with the segmenter's sentences and with none (a
// paragraph a line), so that a case holds whichever way text arrives.
func findBothWays(t *testing.T, text string, specs []string) map[string][]Quote {
	t.Helper()
	ms := ments(text, specs...)
	return map[string][]Quote{
		"with sentences":    Find(text, segment.Split(text), ms),
		"without sentences": Find(text, nil, ms),
	}
}

func TestSingleQuotes(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		mentions []string
		want     []want
	}{
		{
			name: "a pronoun after single-quoted words names the person of the sentence before",
			text: "Dublin Bus will raise fares in January, its chief executive Siobhan O'Brien said on Monday. " +
				"'We have held fares for three years while fuel and wages went up,' she says. 'That cannot continue.'",
			mentions: []string{"Dublin Bus|ORG", "Siobhan O'Brien|PERSON"},
			want:     []want{{"We have held fares", "Siobhan O'Brien"}, {"That cannot continue.", "Siobhan O'Brien"}},
		},
		{
			name:     "a single-quoted paragraph goes on with the speaker of the paragraph before",
			text:     "Mary Lou McDonald said the talks had stalled.\n'My door is open. It has always been open.'",
			mentions: []string{"Mary Lou McDonald|PERSON"},
			want:     []want{{"My door is open. It has always been open.", "Mary Lou McDonald"}},
		},
		{
			name:     "single-quoted fragments and a full quote share their speaker",
			text:     "Tom Reed said it was 'a disgrace' and that 'no one' had been consulted. 'We will fight this,' Mr Reed said.",
			mentions: []string{"Tom Reed|PERSON", "Reed=Tom Reed|PERSON"},
			want:     []want{{"a disgrace", "Tom Reed"}, {"no one", "Tom Reed"}, {"We will fight this", "Tom Reed"}},
		},
		{
			name:     "typographic single quotes are read",
			text:     "Justice Minister Helen McEntee visited the scene.\n‘We will not be intimidated,’ the minister told reporters.",
			mentions: []string{"Helen McEntee|PERSON"},
			want:     []want{{"We will not be intimidated", "Helen McEntee"}},
		},
		{
			name: "an unnamed speaker leaves a typographic single quote unattributed",
			text: "‘We will not be intimidated,’ the minister told reporters.",
			want: []want{{"We will not be intimidated", ""}},
		},
		{
			name:     "single quotes nested in a double quote are part of it",
			text:     "Ann Smith lost her son in the crash.\n\"He told me 'never again', and I believed him,\" she said.",
			mentions: []string{"Ann Smith|PERSON"},
			want:     []want{{"He told me 'never again', and I believed him", "Ann Smith"}},
		},
		{
			name:     "double quotes nested in a single quote are part of it",
			text:     "Ann Smith lost her son in the crash.\n'He told me \"never again\", and I believed him,' she said.",
			mentions: []string{"Ann Smith|PERSON"},
			want:     []want{{`He told me "never again", and I believed him`, "Ann Smith"}},
		},
		{
			name:     "single quotes count in a text that also uses double quotes",
			text:     "The Government called the scheme \"a success\".\nTom Reed said it was 'a disgrace' and that 'no one' had been consulted.",
			mentions: []string{"Government|ORG", "Tom Reed|PERSON"},
			want:     []want{{"a success", "Government"}, {"a disgrace", "Tom Reed"}, {"no one", "Tom Reed"}},
		},
		{
			name:     "a single quote runs on into a paragraph that opens with a mark",
			text:     "Mary Byrne said: 'We will fight this all the way.\n'Nobody asked the residents.'\nThe council declined to comment.",
			mentions: []string{"Mary Byrne|PERSON"},
			want:     []want{{"We will fight this all the way. Nobody asked the residents.", "Mary Byrne"}},
		},
		{
			name:     "a plural possessive inside a single quote does not end it",
			text:     "Tom Reed called the levy 'a waste of taxpayers' money' on Monday.",
			mentions: []string{"Tom Reed|PERSON"},
			want:     []want{{"a waste of taxpayers' money", "Tom Reed"}},
		},
		{
			name:     "a single quote may end in a plural",
			text:     "Tom Reed called the plan 'a slap in the face for commuters' and said he would fight it.",
			mentions: []string{"Tom Reed|PERSON"},
			want:     []want{{"a slap in the face for commuters", "Tom Reed"}},
		},
		{
			name:     "apostrophes and elisions are not quotes",
			text:     "O'Brien said he didn't miss the '90s or rock 'n' roll. The students' union met at the Smiths' house. 'Tis the season, he said.",
			mentions: []string{"O'Brien|PERSON", "Smiths|PERSON"},
			want:     nil,
		},
		{
			name:     "typographic apostrophes and elisions are not quotes",
			text:     "O’Brien said he didn’t miss the ’90s or rock ’n’ roll. The students’ union met at the Smiths’ house. ‘Tis the season, he said.",
			mentions: []string{"O’Brien|PERSON", "Smiths|PERSON"},
			want:     nil,
		},
		{
			name:     "two plural possessives in a sentence are not a quote",
			text:     "The workers' union said the bosses' offer was poor.",
			mentions: []string{},
			want:     nil,
		},
		{
			name:     "a quoted letter is not a quote",
			text:     "Mary Byrne said her daughter got an 'A' in maths.",
			mentions: []string{"Mary Byrne|PERSON"},
			want:     nil,
		},
		{
			name:     "single marks inside a double quote do not start a second quote",
			text:     "\"The 'experts' said it couldn't be done, and the fans' 'dream' died,\" Reed said.",
			mentions: []string{"Reed|PERSON"},
			want:     []want{{"The 'experts' said", "Reed"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for how, got := range findBothWays(t, tt.text, tt.mentions) {
				checkWant(t, how, tt.text, got, tt.want)
			}
		})
	}
}

// checkWant compares the quotes found with the expected ones, in order.
func checkWant(t *testing.T, how, text string, got []Quote, want []want) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: got %d quotes %+v, want %d", how, len(got), got, len(want))
	}
	for i, q := range got {
		if !strings.HasPrefix(q.Text, want[i].quote) {
			t.Errorf("%s: quote %d is %q, want it to start %q", how, i, q.Text, want[i].quote)
		}
		if q.Speaker != want[i].speaker {
			t.Errorf("%s: quote %q: speaker %q, want %q", how, q.Text, q.Speaker, want[i].speaker)
		}
		if q.Text != Flatten(text[q.Start:q.End]) {
			t.Errorf("%s: quote text %q is not text[%d:%d]", how, q.Text, q.Start, q.End)
		}
	}
}

func TestSingleQuoteFragmentsArePartial(t *testing.T) {
	text := "Tom Reed said it was 'a disgrace'. 'We will fight this,' he said."
	got := Find(text, nil, ments(text, "Tom Reed|PERSON"))
	if len(got) != 2 || !got[0].Partial || got[1].Partial {
		t.Fatalf("got %+v, want a partial quote then a full one", got)
	}
}

// The quote marks a classification sees, as a string: o opens, c closes, m
// may close, e either, . not a mark.
func TestClassifySingleMarks(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"a mark before a word opens", "'We", "o"},
		{"a mark after a comma closes", "up,' she", "c"},
		{"a mark after a plural may close", "workers' union", "m"},
		{"a mark after a plural before a full stop closes", "workers'.", "c"},
		{"an apostrophe inside a word is no mark", "O'Brien", "."},
		{"an elided year is no mark", "the '90s", "."},
		{"a right quote never opens", "the ’90s ’Tis", ".."},
		{"the n of rock and roll is no quote", "rock 'n' roll", ".c"},
		{"tis is an elision", "'Tis the", "."},
		{"a longer word that starts like an elision opens", "'Tisbury", "o"},
		{"a detached possessive is no mark", "Putin ‘s", "."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got strings.Builder
			for i := 0; i < len(tt.text); {
				cls, dbl, w := classify(tt.text, i, 0, len(tt.text))
				if !dbl && isSingleMark(tt.text[i:]) {
					got.WriteByte(".ocem"[cls])
				}
				i += w
			}
			if got.String() != tt.want {
				t.Errorf("classes %q, want %q", got.String(), tt.want)
			}
		})
	}
}

func isSingleMark(s string) bool {
	return strings.HasPrefix(s, "'") || strings.HasPrefix(s, "‘") || strings.HasPrefix(s, "’")
}

func BenchmarkFindSingleQuotes(b *testing.B) {
	text := strings.Repeat("Dublin Bus will raise fares, its chief executive Siobhan O'Brien said on Monday.\n"+
		"'We have held fares for three years while fuel and wages went up,' she says. 'That cannot continue.'\n"+
		"The workers' union called it 'a disgrace' and said rock 'n' roll was dead.\n", 20)
	sents := segment.Split(text)
	ms := ments(text, "Dublin Bus|ORG", "Siobhan O'Brien|PERSON")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for range b.N {
		Find(text, sents, ms)
	}
}

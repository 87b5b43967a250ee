package kb

import (
	"context"
	"strings"
	"testing"
)

func TestQuoteOverParagraphsReadsAsOnePassage(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{
			name: "straight marks",
			text: "Mine manager Ruth Hale spoke on Monday.\n\n\"We will cooperate fully with the inquiry.\n\n\"Nothing matters more to us than safety,\" Hale said.\n",
			want: "We will cooperate fully with the inquiry. Nothing matters more to us than safety",
		},
		{
			name: "curly marks",
			text: "Mine manager Ruth Hale spoke on Monday.\n\n“We will cooperate fully.\n\n“Nothing matters more,” Hale said.\n",
			want: "We will cooperate fully. Nothing matters more",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits := quotesOf(t, tt.text, "Ruth Hale")
			if len(hits) != 1 || hits[0].Text != tt.want {
				t.Errorf("got %+v, want one quote %q", hits, tt.want)
			}
		})
	}
}

func TestAttributionBetweenQuotes(t *testing.T) {
	tests := []struct {
		gap  string
		want bool
	}{
		{`," she said. "`, true},
		{`,” said Ruth Hale. “`, true},
		{`," she said.` + "\n\n" + `"`, false}, // a new paragraph
		{`." She paused. "`, false},            // no comma: a sentence of its own
		{`," she said, "`, false},              // a split sentence, joined by the extractor
		{`," she said, and the room fell silent for a long time. "`, false},
	}
	for _, tt := range tests {
		if got := attributionOnly(tt.gap); got != tt.want {
			t.Errorf("attributionOnly(%q) = %v, want %v", tt.gap, got, tt.want)
		}
	}
}

func TestShortOpeningJoinsOnlyTheQuoteRepeatingIt(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{
			name: "repeated",
			text: "Ruth Hale spoke on Monday.\n\n\"Nine days,\" Ruth Hale said. \"We searched for nine days and found nothing.\"\n",
			want: []string{"Nine days … We searched for nine days and found nothing."},
		},
		{
			name: "not repeated",
			text: "Ruth Hale spoke on Monday.\n\n\"We are tired,\" Ruth Hale said. \"We searched for a week and found nothing.\"\n",
			want: []string{"We are tired", "We searched for a week and found nothing."},
		},
		{
			name: "in the next paragraph",
			text: "Ruth Hale spoke on Monday.\n\n\"Nine days,\" Ruth Hale said.\n\n\"We searched for nine days and found nothing.\"\n",
			want: []string{"Nine days", "We searched for nine days and found nothing."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits := quotesOf(t, tt.text, "Ruth Hale")
			var got []string
			for _, h := range hits {
				got = append(got, h.Text)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// quotesOf builds a knowledge base of the one article text and returns
// the quotes of the first entity found for name.
func quotesOf(t *testing.T, text, name string) []QuoteHit {
	t.Helper()
	ctx := context.Background()
	s := storeOf(t, map[string]string{"a.txt": text})
	l, err := s.Find(ctx, name)
	if err != nil || len(l.Matches) == 0 {
		t.Fatalf("Find: %v %+v", err, l)
	}
	hits, err := s.Quotes(ctx, l.Matches[0].ID, 10)
	if err != nil {
		t.Fatal(err)
	}
	return hits
}

package kb

import (
	"context"
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
	ctx := context.Background()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := storeOf(t, map[string]string{"a.txt": tt.text})
			l, err := s.Find(ctx, "Ruth Hale")
			if err != nil || len(l.Matches) == 0 {
				t.Fatalf("Find: %v %+v", err, l)
			}
			hits, err := s.Quotes(ctx, l.Matches[0].ID, 10)
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) != 1 || hits[0].Text != tt.want {
				t.Errorf("got %+v, want one quote %q", hits, tt.want)
			}
		})
	}
}

package segment

import "testing"

// wireBody is the rest of a hard-wrapped wire story, appended to each
// first line below so that the text is recognisably wrapped.
const wireBody = "the dispute between the United States and Japan over the\n" +
	"semiconductor pact would be settled only if Tokyo opened its\n" +
	"market to American chipmakers and stopped dumping in Asia.\n" +
	"    He said the administration would decide on sanctions next\n" +
	"month after a review of the latest trade figures from Japan.\n"

func TestSplitJoinsTheFirstLineOfWrappedText(t *testing.T) {
	tests := []struct {
		name      string
		first     string // first line and the start of the second
		wantFirst string // the first sentence up to where the body goes on
		joined    bool
	}{
		{"a first line that stops before a surname runs on into it",
			"Secretary of Commerce Malcolm\nBaldrige expressed concern about ", "Secretary of Commerce Malcolm\nBaldrige expressed concern about the dispute", true},
		{"a first line that stops before a company suffix runs on into it",
			"General Motors of Canada\nLtd said ", "General Motors of Canada\nLtd said the dispute", true},
		{"a first line that stops on a middle initial runs on into the surname",
			"DNA Medical Inc said Walter G.\nMize said ", "DNA Medical Inc said Walter G.\nMize said the dispute", true},
		{"a headline in capitals stays a line of its own",
			"JAPAN CHIP DISPUTE TO DRAG ON\nBaldrige said ", "JAPAN CHIP DISPUTE TO DRAG ON", false},
		{"a headline above a dateline stays a line of its own",
			"Chip dispute to drag on\nWASHINGTON — Baldrige said ", "Chip dispute to drag on", false},
		{"a headline that ends with a full stop stays a line of its own",
			"Chip dispute will drag on.\nBaldrige said ", "Chip dispute will drag on.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := tc.first + wireBody
			got := sentences(text)
			if len(got) == 0 {
				t.Fatal("no sentences")
			}
			if tc.joined && (len(got[0]) < len(tc.wantFirst) || got[0][:len(tc.wantFirst)] != tc.wantFirst) {
				t.Errorf("first sentence %q, want it to start %q", got[0], tc.wantFirst)
			}
			if !tc.joined && got[0] != tc.wantFirst {
				t.Errorf("first sentence %q, want %q", got[0], tc.wantFirst)
			}
		})
	}
}

func TestSplitTreatsAByteOrderMarkAsSpace(t *testing.T) {
	tests := []struct{ name, text string }{
		{"a byte order mark before a headline", "\ufeffLisbon port reopens\n\nThe port reopened on Monday."},
		{"a byte order mark before wrapped wire copy", "\ufeff" + "Secretary of Commerce Malcolm\nBaldrige expressed concern about " + wireBody},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ss := Split(tc.text)
			if len(ss) == 0 || ss[0].Start != len("\ufeff") {
				t.Fatalf("sentences %+v, want the first to start after the mark", ss)
			}
			if ss[0].Boilerplate {
				t.Errorf("first sentence %q marked boilerplate", tc.text[ss[0].Start:ss[0].End])
			}
			checkSpans(t, tc.text)
		})
	}
}

func TestSplitJoinsAShortWrappedStory(t *testing.T) {
	text := "There were seven grain ships loading and\n" +
		"six ships were waiting to load at Portland, according to the\n" +
		"Portland Merchants Exchange.\n"
	want := []string{"There were seven grain ships loading and\nsix ships were waiting to load at Portland, according to the\nPortland Merchants Exchange."}
	if got := sentences(text); len(got) != 1 || got[0] != want[0] {
		t.Errorf("got %q, want %q", got, want)
	}
}

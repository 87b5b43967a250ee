package segment

import (
	"fmt"
	"testing"
)

func TestFurniture(t *testing.T) {
	f := NewFurniture(3)
	for i := range 4 {
		f.Add(fmt.Sprintf("Story number %d begins here.\nMOST   READ\nIt ends.\nPage %d\n", i, i))
	}
	// an exact duplicate text counts once
	f.Add("Syndicated headline\nBody.\n")
	f.Add("Syndicated headline\nBody.\n")
	tests := []struct {
		name string
		line string
		want bool
	}{
		{"a line in every article is furniture", "MOST   READ", true},
		{"case and spacing do not matter", "  most read ", true},
		{"a line of one article is not furniture", "Story number 1 begins here.", false},
		{"a repeated sentence of reporting is not furniture", "It ends.", false},
		{"a duplicated article does not count twice", "Syndicated headline", false},
		{"an unseen line is not furniture", "Something else", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := f.Is(tt.line); got != tt.want {
				t.Errorf("Is(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}

func TestFurnitureMarksWholeParagraphs(t *testing.T) {
	f := NewFurniture(2)
	texts := []string{
		"First story. It is short.\nSite slogan! Since ever\n",
		"Second story.\nSite slogan! Since ever\n",
	}
	for _, text := range texts {
		f.Add(text)
	}
	sents := Split(texts[0])
	if n := f.Mark(texts[0], sents); n != 2 {
		t.Errorf("marked %d sentences, want 2", n)
	}
	for _, s := range sents {
		want := s.Para == 1
		if s.Boilerplate != want {
			t.Errorf("sentence %q boilerplate %v, want %v", texts[0][s.Start:s.End], s.Boilerplate, want)
		}
	}
}

func TestFurnitureIgnoresLongLines(t *testing.T) {
	f := NewFurniture(2)
	long := "This sentence is long enough to be syndicated prose rather than any kind of page furniture at all, surely."
	f.Add(long + "\nA\n")
	f.Add(long + "\nB\n")
	if f.Is(long) {
		t.Errorf("a long repeated line was taken for furniture")
	}
}

package conll

import (
	"strings"
	"testing"
)

const sample = `-DOCSTART- -X- O O

EU NNP I-NP I-ORG
rejects VBZ I-VP O
German JJ I-NP I-MISC
call NN I-NP O

Peter NNP I-NP I-PER
Blackburn NNP I-NP I-PER
and CC O O
Anna NNP I-NP I-PER
Smith NNP I-NP B-PER
`

func TestReadRenderAndScore(t *testing.T) {
	docs, err := Read(strings.NewReader(sample))
	if err != nil || len(docs) != 1 || len(docs[0]) != 2 {
		t.Fatalf("Read = %v, %v", docs, err)
	}
	text, offs := Render(docs[0])
	if want := "EU rejects German call\nPeter Blackburn and Anna Smith\n"; text != want {
		t.Fatalf("Render = %q, want %q", text, want)
	}
	gold := GoldSpans(docs[0])
	for _, s := range []Span{{0, 0, 1, "ORG"}, {0, 2, 3, "MISC"}, {1, 0, 2, "PER"}, {1, 3, 4, "PER"}, {1, 4, 5, "PER"}} {
		if !gold[s] {
			t.Errorf("gold spans %v lack %v", gold, s)
		}
	}
	t.Run("mentions map to the tokens they cover", func(t *testing.T) {
		pred := PredSpans([]Mention{{23, 38, "PER"}, {0, 2, "LOC"}}, offs)
		if !pred[Span{1, 0, 2, "PER"}] || !pred[Span{0, 0, 1, "LOC"}] || len(pred) != 2 {
			t.Errorf("PredSpans = %v", pred)
		}
		c := Counts{}
		c.Add(gold, pred)
		p, r, f := c.F1("PER")
		if p != 1 || r != 1.0/3 || f != 0.5 {
			t.Errorf("PER precision %v recall %v F1 %v", p, r, f)
		}
	})
}

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"newsbot/extract/ner/internal/conll"
)

func TestNameWords(t *testing.T) {
	docs := []conll.Doc{{
		sent("Dick/I-PER van/I-PER Dijk/I-PER of/O the/O Bank/I-ORG of/I-ORG England/I-ORG said/O"),
		sent("the/O Bank/I-ORG 's/O van/O left/O"),
	}}
	want := []nameWordCount{{"of", 1, 2}, {"van", 1, 2}}
	if got := nameWords(docs); !reflect.DeepEqual(got, want) {
		t.Errorf("nameWords = %v, want %v", got, want)
	}
}

// The list the tagger embeds is the one the trainer derives from the
// training text.
func TestNameWordListIsDerivedFromTrainingText(t *testing.T) {
	train := filepath.Join("..", "..", "..", "..", "..", "shared", "data", "conll2003", "eng.train")
	docs, err := conll.ReadFile(train)
	if err != nil {
		t.Skipf("training text not available: %v", err)
	}
	var b bytes.Buffer
	if err := writeNameWords(&b, nameWords(docs)); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", "internal", "model", "lexicon", "namewords.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if b.String() != string(want) {
		t.Error("lexicon/namewords.txt differs from the training text; rebuild it with -namewords")
	}
}

package main

import (
	"fmt"
	"io"
	"sort"

	"newsbot/extract/ner/internal/conll"
	"newsbot/extract/ner/internal/model"
)

// nameWordCount is how often a plain lower-case word occurs in the
// training text, and how often inside a name.
type nameWordCount struct {
	word          string
	inName, total int
}

// nameWords counts the plain lower-case words (model.PlainWord) that the
// training text tags inside a name at least once, most frequent in names
// first.
func nameWords(docs []conll.Doc) []nameWordCount {
	inName, total := map[string]int{}, map[string]int{}
	for _, d := range docs {
		for _, sent := range d {
			for _, t := range sent {
				if !model.PlainWord(t.Word) {
					continue
				}
				total[t.Word]++
				if t.Tag != "O" {
					inName[t.Word]++
				}
			}
		}
	}
	out := make([]nameWordCount, 0, len(inName))
	for w, n := range inName {
		out = append(out, nameWordCount{w, n, total[w]})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].inName != out[j].inName {
			return out[i].inName > out[j].inName
		}
		return out[i].word < out[j].word
	})
	return out
}

// writeNameWords writes the list in the form of model's
// lexicon/namewords.txt.
func writeNameWords(w io.Writer, ws []nameWordCount) error {
	if _, err := fmt.Fprint(w, nameWordsHeader); err != nil {
		return err
	}
	for _, c := range ws {
		if _, err := fmt.Fprintf(w, "%s %d %d\n", c.word, c.inName, c.total); err != nil {
			return err
		}
	}
	return nil
}

const nameWordsHeader = `# Plain lower-case words that occur inside names in the training text
# ("of" in "Bank of England", "van" in "Dick van Dijk"), with the number
# of times inside a name and in all. Written by the trainer:
#   go run ./extract/ner/cmd/train -namewords extract/ner/internal/model/lexicon/namewords.txt
`

package segment

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// conllTrain is the CoNLL-2003 training file, rendered here as the NER scorer
// renders it: tokens joined by spaces, sentences by newlines.
const conllTrain = "../../../shared/data/conll2003/eng.train"

type conllToken struct {
	word, tag string
}

// readConll returns the documents of a CoNLL file as lists of sentences.
func readConll(tb testing.TB, path string) [][][]conllToken {
	f, err := os.Open(path)
	if err != nil {
		tb.Skipf("CoNLL data not available: %v", err)
	}
	defer f.Close()
	var docs [][][]conllToken
	var doc [][]conllToken
	var sent []conllToken
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "-DOCSTART-"):
			if len(sent) > 0 {
				doc = append(doc, sent)
				sent = nil
			}
			if len(doc) > 0 {
				docs = append(docs, doc)
			}
			doc = nil
		case strings.TrimSpace(line) == "":
			if len(sent) > 0 {
				doc = append(doc, sent)
				sent = nil
			}
		default:
			p := strings.Fields(line)
			sent = append(sent, conllToken{p[0], p[len(p)-1]})
		}
	}
	if len(sent) > 0 {
		doc = append(doc, sent)
	}
	if len(doc) > 0 {
		docs = append(docs, doc)
	}
	return docs
}

// renderConll returns the text of a document and the byte offset of each
// gold entity's first token.
func renderConll(doc [][]conllToken) (string, []int, []string) {
	var b strings.Builder
	var starts []int
	var names []string
	for _, sent := range doc {
		prev := "O"
		for i, t := range sent {
			if i > 0 {
				b.WriteByte(' ')
			}
			if t.tag != "O" && (prev == "O" || strings.HasPrefix(t.tag, "B-") || prev[2:] != t.tag[2:]) {
				starts = append(starts, b.Len())
				names = append(names, t.word)
			}
			b.WriteString(t.word)
			prev = t.tag
		}
		b.WriteByte('\n')
	}
	return b.String(), starts, names
}

func TestGoldEntitiesRarelyFallInBoilerplate(t *testing.T) {
	docs := readConll(t, conllTrain)
	total, flagged, flaggedSents, sents := 0, 0, 0, 0
	for _, d := range docs {
		text, starts, names := renderConll(d)
		ss := Split(text)
		sents += len(ss)
		j := 0
		for _, s := range ss {
			if s.Boilerplate {
				flaggedSents++
			}
			for j < len(starts) && starts[j] < s.End {
				total++
				if s.Boilerplate && starts[j] >= s.Start {
					flagged++
					if testing.Verbose() {
						t.Logf("flagged %q in %q", names[j], text[s.Start:s.End])
					}
				}
				j++
			}
		}
	}
	share := float64(flagged) / float64(total)
	t.Logf("%d documents, %d sentences (%d flagged), %d gold entities, %d in flagged sentences (%.3f%%)",
		len(docs), sents, flaggedSents, total, flagged, 100*share)
	if share >= 0.005 {
		t.Errorf("%.3f%% of gold entities fall in boilerplate, want < 0.5%%", 100*share)
	}
}

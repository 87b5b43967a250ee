// Command train builds the named-entity model that package ner embeds.
//
//	go run ./extract/ner/cmd/train -train ../shared/data/conll2003/eng.train \
//	    -dev ../shared/data/conll2003/eng.testa -out extract/ner/model.bin.gz
//
// It computes distributional word clusters from unlabelled Reuters text,
// learns gazetteers from the training names, trains an averaged structured
// perceptron and keeps the epoch that scores best on the development set.
// Training is deterministic. With -eval it only scores a model file (or the
// embedded one) on a CoNLL file, rendered as the project's scorer does.
// With -namewords it only writes the list of lower-case words that occur
// inside training names, which the tagger embeds (see package model).
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"time"

	"newsbot/extract/doc"
	"newsbot/extract/ner"
	"newsbot/extract/ner/internal/conll"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

type options struct {
	train, dev, out, reuters, eval, model string
	namewords                             string
	cache                                 string
	epochs, minQ, seed, clusters          int
	bits                                  uint
	drop                                  float64
	errors                                int
}

func run(ctx context.Context, args []string, stderr io.Writer) error {
	var o options
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	fs.StringVar(&o.train, "train", "../shared/data/conll2003/eng.train", "CoNLL training file")
	fs.StringVar(&o.dev, "dev", "../shared/data/conll2003/eng.testa", "CoNLL development file for early stopping")
	fs.StringVar(&o.out, "out", "extract/ner/model.bin.gz", "model file to write")
	fs.StringVar(&o.reuters, "reuters", "../shared/data/reuters21578.jsonl.gz", "unlabelled text (gzipped JSON lines with a text field) for word clusters; empty to skip")
	fs.StringVar(&o.cache, "cluster-cache", "", "file to keep computed word clusters in, for repeated runs")
	fs.IntVar(&o.epochs, "epochs", 20, "maximum training epochs")
	fs.UintVar(&o.bits, "bits", 18, "log2 of the number of weight rows")
	fs.IntVar(&o.minQ, "minq", 2, "drop weight rows whose largest quantised weight is smaller")
	fs.Float64Var(&o.drop, "drop", 0.1, "probability of hiding a token's word-identity features during training")
	fs.IntVar(&o.seed, "seed", 1, "shuffling seed")
	fs.IntVar(&o.clusters, "clusters", 1000, "number of fine word clusters (0: none)")
	fs.StringVar(&o.eval, "eval", "", "only score a model on this CoNLL file")
	fs.StringVar(&o.model, "model", "", "with -eval: model file to score (default: the embedded model)")
	fs.IntVar(&o.errors, "errors", 0, "with -eval: print this many wrong entities")
	fs.StringVar(&o.namewords, "namewords", "", "only write the plain lower-case words found inside training names to this file")
	if err := fs.Parse(args); err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	if o.eval != "" {
		t, err := loadTagger(o.model)
		if err != nil {
			return err
		}
		c, err := evaluate(t, o.eval, o.errors, stderr)
		if err != nil {
			return err
		}
		fmt.Fprint(stderr, c.Report())
		return nil
	}
	if o.namewords != "" {
		return saveNameWords(o.train, o.namewords)
	}
	start := time.Now()
	data, err := train(ctx, o, log)
	if err != nil {
		return err
	}
	if err := os.WriteFile(o.out, data, 0o644); err != nil {
		return err
	}
	log.Info("model written", "path", o.out, "bytes", len(data), "elapsed", time.Since(start).Round(time.Second))
	return nil
}

// saveNameWords writes the name-word list derived from a training file.
func saveNameWords(train, path string) error {
	docs, err := conll.ReadFile(train)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	if err := writeNameWords(&b, nameWords(docs)); err != nil {
		return err
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write name words: %w", err)
	}
	return nil
}

func loadTagger(path string) (*ner.Tagger, error) {
	if path == "" {
		return ner.Load()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ner.Read(f)
}

// evaluate tags every document of a CoNLL file, one line per sentence,
// and scores the result as the project's scorer does.
func evaluate(t *ner.Tagger, path string, showErrors int, w io.Writer) (conll.Counts, error) {
	docs, err := conll.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return score(t, docs, showErrors, w), nil
}

func score(t *ner.Tagger, docs []conll.Doc, showErrors int, w io.Writer) conll.Counts {
	c := conll.Counts{}
	shown := 0
	for _, d := range docs {
		text, offs := conll.Render(d)
		var sents []doc.Span
		start := 0
		for i := 0; i < len(text); i++ {
			if text[i] == '\n' {
				sents = append(sents, doc.Span{Start: start, End: i})
				start = i + 1
			}
		}
		var ms []conll.Mention
		for _, m := range t.Tag(text, sents) {
			ms = append(ms, conll.Mention{Start: m.Start, End: m.End, Type: conllType[m.Type]})
		}
		gold, pred := conll.GoldSpans(d), conll.PredSpans(ms, offs)
		c.Add(gold, pred)
		for s := range gold {
			if !pred[s] && shown < showErrors {
				fmt.Fprintf(w, "missed   %-4s %s\n", s.Type, words(d, s))
				shown++
			}
		}
		for s := range pred {
			if !gold[s] && shown < showErrors {
				fmt.Fprintf(w, "spurious %-4s %s   | %s\n", s.Type, words(d, s), words(d, conll.Span{Sent: s.Sent, Start: 0, End: len(d[s.Sent])}))
				shown++
			}
		}
	}
	return c
}

var conllType = map[doc.EntityType]string{doc.Person: "PER", doc.Org: "ORG", doc.Place: "LOC", doc.Other: "MISC"}

func words(d conll.Doc, s conll.Span) string {
	var b bytes.Buffer
	for i := s.Start; i < s.End; i++ {
		if i > s.Start {
			b.WriteByte(' ')
		}
		b.WriteString(d[s.Sent][i].Word)
	}
	return b.String()
}

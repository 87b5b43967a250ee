package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/gob"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"time"

	"newsbot/extract/ner/internal/cluster"
	"newsbot/extract/ner/internal/conll"
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// addClusters computes word clusters from the unlabelled stories plus the
// training text and stores them in m.
func addClusters(m *model.Model, o options, docs []conll.Doc, log *slog.Logger) error {
	start := time.Now()
	if o.cache != "" {
		if f, err := os.Open(o.cache); err == nil {
			defer f.Close()
			var r cluster.Result
			if err := gob.NewDecoder(f).Decode(&r); err != nil {
				return fmt.Errorf("%s: %w", o.cache, err)
			}
			m.Clusters, m.Parent1, m.Parent2 = r.Words, r.Parent1, r.Parent2
			log.Info("clusters read", "path", o.cache, "words", len(r.Words))
			return nil
		}
	}
	c := cluster.NewCorpus()
	var buf []byte
	add := func(w string) {
		buf = model.AppendNorm(buf[:0], w)
		c.Add(string(buf))
	}
	f, err := os.Open(o.reuters)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("%s: %w", o.reuters, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var toks []tok.Token
	stories := 0
	for sc.Scan() {
		var story struct{ Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &story); err != nil {
			return fmt.Errorf("%s: %w", o.reuters, err)
		}
		for _, text := range []string{story.Title, story.Text} {
			toks = tok.Split(toks[:0], text, 0, len(text))
			for _, t := range toks {
				add(text[t.Start:t.End])
			}
			c.Add("")
		}
		stories++
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", o.reuters, err)
	}
	for _, d := range docs {
		for _, s := range d {
			for _, t := range s {
				add(t.Word)
			}
			c.Add("")
		}
	}
	r := c.Build(cluster.Options{
		MinCount: 3, MaxWords: 40000, Contexts: 300, Dims: 64,
		K: [3]int{o.clusters, o.clusters / 5, o.clusters / 25}, Iters: 12, Seed: int64(o.seed),
	})
	m.Clusters, m.Parent1, m.Parent2 = r.Words, r.Parent1, r.Parent2
	if o.cache != "" {
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(r); err != nil {
			return err
		}
		if err := os.WriteFile(o.cache, buf.Bytes(), 0o644); err != nil {
			return err
		}
	}
	log.Info("clusters ready", "stories", stories, "words", len(r.Words), "elapsed", time.Since(start).Round(time.Millisecond))
	return nil
}

// Package ner finds the names of people, organisations, places and other
// named things in news text. It is a statistical tagger: an averaged
// structured perceptron over hashed word, shape, affix, context,
// distributional-cluster and gazetteer features, trained on CoNLL-2003 and
// shipped as an embedded, compressed model (see cmd/train to rebuild it).
package ner

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"sync"

	"newsbot/extract/doc"
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

//go:embed model.bin.gz
var modelData []byte

// Tagger tags entity mentions. It is read-only and safe for concurrent use.
type Tagger struct {
	m    *model.Model
	pool sync.Pool
}

var (
	loadOnce sync.Once
	loaded   *Tagger
	loadErr  error
)

// Load returns the tagger built from the embedded model. The model is
// decoded once per process; later calls return the same tagger.
func Load() (*Tagger, error) {
	loadOnce.Do(func() {
		loaded, loadErr = Read(bytes.NewReader(modelData))
	})
	return loaded, loadErr
}

// Read builds a tagger from a model file written by the trainer.
func Read(r io.Reader) (*Tagger, error) {
	m, err := model.Load(r)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	return newTagger(m), nil
}

func newTagger(m *model.Model) *Tagger {
	t := &Tagger{m: m}
	t.pool.New = func() any { return new(work) }
	return t
}

// work is the per-call scratch memory, pooled across calls.
type work struct {
	s     model.Scratch
	toks  []tok.Token
	start []int // index in toks where each sentence starts
	rel   []int // sentence starts within the current chunk
	tags  []int
	all   []int // tags of all tokens of the document
}

var typeOf = [model.NumTypes]doc.EntityType{doc.Person, doc.Org, doc.Place, doc.Other}

// Tag returns the entity mentions of text, sentence by sentence, in text
// order and without overlaps. Each sentence span is tokenised separately;
// spans outside text are clamped. Canonical names are left empty.
func (t *Tagger) Tag(text string, sents []doc.Span) []doc.Mention {
	w := t.pool.Get().(*work)
	defer t.pool.Put(w)
	w.toks, w.start = w.toks[:0], w.start[:0]
	last := 0
	for _, sp := range sents {
		if sp.Start < last {
			sp.Start = last // overlapping spans would give overlapping mentions
		}
		if sp.End > len(text) {
			sp.End = len(text)
		}
		if sp.Start >= sp.End {
			continue
		}
		last = sp.End
		n := len(w.toks)
		w.toks = tok.Split(w.toks, text, sp.Start, sp.End)
		// Overlong sentences (tables, run-on text) are cut into pieces.
		for i := n; i < len(w.toks); i += maxSentenceTokens {
			w.start = append(w.start, i)
		}
	}
	var out []doc.Mention
	// Huge texts are tagged in chunks of whole sentences so that memory
	// stays bounded; document-level evidence is then per chunk.
	for k := 0; k < len(w.start); {
		j := k + 1
		for j < len(w.start) && w.start[j]-w.start[k] < maxChunkTokens {
			j++
		}
		end := len(w.toks)
		if j < len(w.start) {
			end = w.start[j]
		}
		out = t.tagChunk(out, text, w, w.toks[w.start[k]:end], w.start[k:j])
		k = j
	}
	return out
}

// Limits that bound the work memory of one call.
const (
	maxSentenceTokens = 300
	maxChunkTokens    = 20000
)

// tagChunk tags consecutive sentences; start holds their first token
// indices relative to the whole document, toks begins at start[0].
func (t *Tagger) tagChunk(out []doc.Mention, text string, w *work, toks []tok.Token, start []int) []doc.Mention {
	w.rel = w.rel[:0]
	for _, i := range start {
		w.rel = append(w.rel, i-start[0])
	}
	t.m.PrepareDoc(&w.s, text, toks, w.rel)
	w.all = w.all[:0]
	for k := range w.rel {
		w.tags = t.m.Decode(&w.s, k, w.tags)
		w.all = append(w.all, w.tags...)
	}
	w.all = slices.Grow(w.all, 1) // the room refine marks changes in
	refine(text, toks, w.all, t.m.KnownWord)
	n := len(out)
	out = slices.Grow(out, countSpans(w.all))
	out = appendMentions(out, text, toks, w.all)
	trimCredits(text, out[n:])
	return out
}

// appendMentions turns BIO tags into mentions.
func appendMentions(out []doc.Mention, text string, toks []tok.Token, tags []int) []doc.Mention {
	for i := 0; i < len(tags); {
		ty := model.TagType(tags[i])
		if ty < 0 {
			i++
			continue
		}
		j := i + 1
		for j < len(tags) && model.IsInside(tags[j]) && model.TagType(tags[j]) == ty {
			j++
		}
		s, e := toks[i].Start, toks[j-1].End
		out = append(out, doc.Mention{Span: doc.Span{Start: s, End: e}, Type: typeOf[ty], Text: text[s:e]})
		i = j
	}
	return out
}

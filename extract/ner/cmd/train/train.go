package main

import (
	"bytes"
	"context"
	"log/slog"
	"math/rand"
	"strings"

	"newsbot/extract/ner"
	"newsbot/extract/ner/internal/conll"
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// gazFolds is the number of jackknife folds: each training document sees
// a gazetteer built from the other folds only, so the model learns how far
// to trust a gazetteer hit on names it has not memorised.
const gazFolds = 10

func train(ctx context.Context, o options, log *slog.Logger) ([]byte, error) {
	docs, err := conll.ReadFile(o.train)
	if err != nil {
		return nil, err
	}
	dev, err := conll.ReadFile(o.dev)
	if err != nil {
		return nil, err
	}
	m := model.New(o.bits)
	if o.clusters > 0 && o.reuters != "" {
		if err := addClusters(m, o, docs, log); err != nil {
			return nil, err
		}
	}
	folds := make([]model.Gazetteer, gazFolds)
	for f := range folds {
		folds[f] = model.Gazetteer{}
	}
	for di, d := range docs {
		for f := range folds {
			if f != di%gazFolds {
				addNames(folds[f], d)
			}
		}
		addNames(m.Gaz, d)
	}
	var exs []model.Example
	var s model.Scratch
	rng := rand.New(rand.NewSource(int64(o.seed)))
	for di, d := range docs {
		gaz := folds[di%gazFolds]
		exs = append(exs, docExamples(m, &s, d, gaz)...)
		// Headlines in capitals are re-cased as modern title-case
		// headlines; only the changed sentences are added.
		td, changed := titleCase(d, rng)
		if len(changed) > 0 {
			all := docExamples(m, &s, td, gaz)
			for _, k := range changed {
				exs = append(exs, all[k])
			}
		}
	}
	log.Info("examples ready", "sentences", len(exs), "gazetteer", len(m.Gaz))
	tr := model.NewTrainer(m)
	order := rng.Perm(len(exs))
	var best []byte
	bestF, bestEpoch := -1.0, 0
	for ep := 1; ep <= o.epochs; ep++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		tr.Errors = 0
		for _, i := range order {
			tr.Learn(exs[i], o.drop, rng.Float64)
		}
		var buf bytes.Buffer
		if err := tr.Averaged().Save(&buf, o.minQ); err != nil {
			return nil, err
		}
		t, err := ner.Read(bytes.NewReader(buf.Bytes()))
		if err != nil {
			return nil, err
		}
		c := score(t, dev, 0, nil)
		_, _, f := c.F1("")
		_, _, fp := c.F1("PER")
		log.Info("epoch", "n", ep, "wrong sentences", tr.Errors, "dev F1", f, "dev PER F1", fp, "bytes", buf.Len())
		if f > bestF {
			best, bestF, bestEpoch = buf.Bytes(), f, ep
		}
		if ep-bestEpoch >= 5 {
			break // no gain for five epochs
		}
	}
	log.Info("best epoch", "n", bestEpoch, "dev F1", bestF)
	return best, nil
}

// bioTags converts IOB1 tags to BIO tag numbers.
func bioTags(sent []conll.Token) []int {
	tags := make([]int, len(sent))
	prev := ""
	for i, t := range sent {
		pre, ty, _ := strings.Cut(t.Tag, "-")
		k := typeIndex(ty)
		if t.Tag == "O" || k < 0 {
			prev = ""
			continue
		}
		if pre == "B" || ty != prev {
			tags[i] = model.BeginTag(k)
		} else {
			tags[i] = model.InsideTag(k)
		}
		prev = ty
	}
	return tags
}

func typeIndex(ty string) int {
	for k, n := range model.TypeNames {
		if n == ty {
			return k
		}
	}
	return -1
}

// addNames adds the gold entity names of a document to a gazetteer.
func addNames(g model.Gazetteer, d conll.Doc) {
	for s := range conll.GoldSpans(d) {
		if s.End-s.Start > model.MaxGazLen {
			continue
		}
		ws := make([]string, 0, s.End-s.Start)
		for i := s.Start; i < s.End; i++ {
			ws = append(ws, d[s.Sent][i].Word)
		}
		g[model.GazKey(ws)] |= 1 << typeIndex(s.Type)
		if s.Type == "PER" && len(ws) > 1 {
			g[model.NameKey(ws[0])] |= model.NameFirst
			g[model.NameKey(ws[len(ws)-1])] |= model.NameLast
		}
	}
}

// docExamples prepares the sentences of a gold document for training.
func docExamples(m *model.Model, s *model.Scratch, d conll.Doc, gaz model.Gazetteer) []model.Example {
	text, offs := conll.Render(d)
	var toks []tok.Token
	var start, gold []int
	for _, sent := range d {
		start = append(start, len(toks))
		gold = append(gold, bioTags(sent)...)
		for range sent {
			o := offs[len(toks)]
			toks = append(toks, tok.Token{Start: o.Start, End: o.End})
		}
	}
	return m.NewExamples(s, text, toks, start, gold, gaz)
}

// smallWords stay lower case in some title-case headline styles.
var smallWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "to": true, "in": true, "on": true,
	"at": true, "by": true, "for": true, "and": true, "or": true, "as": true, "with": true,
	"from": true, "vs": true,
}

// titleCase returns a copy of d whose all-capitals sentences of three or
// more words are in title case, and the indices of those sentences.
func titleCase(d conll.Doc, rng *rand.Rand) (conll.Doc, []int) {
	var changed []int
	out := make(conll.Doc, len(d))
	for k, sent := range d {
		out[k] = sent
		words := 0
		caps := true
		for _, t := range sent {
			if strings.ToUpper(t.Word) != strings.ToLower(t.Word) {
				words++
				if t.Word != strings.ToUpper(t.Word) {
					caps = false
				}
			}
		}
		if !caps || words < 3 {
			continue
		}
		keepSmall := rng.Intn(2) == 0
		ns := make([]conll.Token, len(sent))
		for i, t := range sent {
			lw := strings.ToLower(t.Word)
			switch {
			case keepSmall && i > 0 && smallWords[lw]:
				t.Word = lw
			case len(t.Word) > 1 && !strings.Contains(t.Word, ".") && rng.Intn(10) > 0:
				t.Word = titleWord(lw)
			}
			ns[i] = t
		}
		out[k] = ns
		changed = append(changed, k)
	}
	return out, changed
}

// titleWord capitalises each hyphen-separated part of a lower-case word.
func titleWord(w string) string {
	b := []byte(w)
	up := true
	for i, c := range b {
		if up && c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
		up = c == '-'
	}
	return string(b)
}

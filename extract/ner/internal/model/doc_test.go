package model

import (
	"fmt"
	"strings"
	"testing"

	"newsbot/extract/ner/internal/tok"
)

// docEntriesByMap gathers the document entries of a prepared document in
// a map, as the entries were first gathered, for checking the index.
func docEntriesByMap(s *Scratch) map[uint64]*docEntry {
	doc := map[uint64]*docEntry{}
	for k := 0; k+1 < len(s.sent); k++ {
		if lineKind(s.info[s.sent[k]:s.sent[k+1]]) != lineNormal {
			continue
		}
		a, b := s.sent[k], s.sent[k+1]
		for i := a; i < b; i++ {
			in := &s.info[i]
			if !isCap(in.flags) {
				continue
			}
			e := doc[in.l]
			if e == nil {
				e = &docEntry{}
				doc[in.l] = e
			}
			if i > a {
				addCtx(&e.prev, &e.np, s.info[i-1].l)
				e.midCap = true
			}
			if i+1 < b {
				addCtx(&e.next, &e.nn, s.info[i+1].l)
			}
			prevCap := i > a && isCap(s.info[i-1].flags)
			nextCap := i+1 < b && isCap(s.info[i+1].flags)
			switch {
			case !prevCap && !nextCap:
				e.seq |= 1
			case !prevCap:
				e.seq |= 2
			case nextCap:
				e.seq |= 4
			default:
				e.seq |= 8
			}
		}
	}
	for k := 0; k+1 < len(s.sent); k++ {
		for i := s.sent[k] + 1; i < s.sent[k+1]; i++ {
			in := &s.info[i]
			if in.flags&flagHasLetter != 0 && !isCap(in.flags) {
				if e := doc[in.l]; e != nil {
					e.lower = true
				}
			}
		}
	}
	return doc
}

// TestDocIndexFindsTheEntriesOfTheWords checks the entries that a reused
// Scratch finds for every token against those of a map, for a long
// document with many capitalised words, then short ones, a headline and
// an empty one.
func TestDocIndexFindsTheEntriesOfTheWords(t *testing.T) {
	var long []string
	for i := 0; i < 3000; i++ {
		long = append(long, fmt.Sprintf("Name%d met Other%d and the name%d of Name%d .", i%700, i%13, i%5, (i*7)%700))
	}
	texts := []string{
		strings.Join(long, " "),
		"Anna Smith met Bob in Paris . Smith said Paris was fine , and paris agreed .",
		"SHARES FALL IN TOKYO Tokyo shares fell on Monday , Tokyo dealers said .",
		"",
		"Reuters",
	}
	m := loadedRandom(t, 5)
	var s Scratch
	for _, text := range texts {
		toks := tok.Split(nil, text, 0, len(text))
		sents := []int{0}
		for i, tk := range toks {
			if text[tk.Start:tk.End] == "." && i+1 < len(toks) {
				sents = append(sents, i+1)
			}
		}
		if len(toks) == 0 {
			sents = nil
		}
		m.PrepareDoc(&s, text, toks, sents)
		want := docEntriesByMap(&s)
		for i := range toks {
			l := s.info[i].l
			got, w := s.entry(l), want[l]
			if (got == nil) != (w == nil) || got != nil && *got != *w {
				t.Fatalf("%.20q, token %d %q: entry %+v, want %+v", text, i, text[toks[i].Start:toks[i].End], got, w)
			}
		}
		if len(s.pool) != len(want) {
			t.Fatalf("%.20q: %d entries, want %d", text, len(s.pool), len(want))
		}
	}
}

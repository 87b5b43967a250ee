package kb

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"slices"
	"sort"
	"strings"
	"sync"
)

// errNoIndex means the fast search cannot answer: the knowledge base has
// no postings, or a word is not a plain one (a prefix, other scripts),
// and FTS5 must.
var errNoIndex = errors.New("no postings for this search")

// otherWeight is what a word's other inflection weighs in a sentence's
// score, against the word as typed.
var otherWeight = 0.5

// verbFormWeight scales otherWeight for a verb's past or -ing form in a
// search for a word in -s: a reader who types a plural means the thing,
// so "bridges" ranks "the bridge collapsed" before "he bridged bebop and
// soul". The forms still match.
const verbFormWeight = 0.25

// inflectionWeight is what form, another inflection of the reader's word
// typed, weighs against the word as typed.
func inflectionWeight(typed, form string) float64 {
	plural := strings.HasSuffix(typed, "s") && !strings.HasSuffix(typed, "ss") &&
		!strings.HasSuffix(typed, "us") && !strings.HasSuffix(typed, "is")
	if plural && (strings.HasSuffix(form, "ed") || strings.HasSuffix(form, "ing")) {
		return otherWeight * verbFormWeight
	}
	return otherWeight
}

// rankedRow is one matching sentence and its BM25 score.
type rankedRow struct {
	id    int64
	score float64
}

// searchPostings answers a search from the postings the build wrote,
// ranking every match as FTS5's bm25 would but without FTS5 calling
// bm25 for each of them (a common word matches tens of thousands of
// sentences). groups are the words, each with its forms; op is " AND "
// (every group must match) or " OR ". It returns the best limit+limit/5
// ids in FTS5's order: score, then id. A form that is another inflection
// of the reader's word weighs otherWeight of what it would, and never
// more than the word as typed: of two sentences alike but for the form,
// the one with the reader's own word ranks first. A verb's form weighs
// less still in a search for a plural (inflectionWeight). A search for
// any group keeps only the sentences holding atLeast of them.
func (s *Store) searchPostings(ctx context.Context, groups [][]form, op string, atLeast, keep int) ([]rankedRow, error) {
	var phrases []string
	var group []int
	var other []bool
	for gi, g := range groups {
		for _, f := range g {
			if !plainTerm(f.text) {
				return nil, errNoIndex
			}
			phrases = append(phrases, strings.ToLower(f.text))
			group = append(group, gi)
			other = append(other, f.other)
		}
	}
	if len(phrases) == 0 || !s.prepared(ctx) {
		return nil, errNoIndex
	}
	rows, tokens, err := s.ftsTotals(ctx)
	if err != nil {
		return nil, err
	}
	var bs blobSet
	defer bs.release()
	lists, err := s.termLists(ctx, phrases, &bs)
	if err != nil {
		return nil, err
	}
	probes := groupProbes(lists, group, len(groups), op == " AND ")
	need := make([]bool, len(phrases))
	for i := range need {
		need[i] = probes[i] == nil || probes[i].bits == nil
	}
	if err := s.readPostings(ctx, phrases, lists, need, &bs); err != nil {
		return nil, err
	}
	for i, p := range probes {
		if p != nil && p.bits == nil {
			// A rare form of a tested group: its few postings are
			// tested through a bitmap made of them and a cursor.
			p.cur = newCursor(lists[i].postings)
			p.bits = postingsBits(lists[i].postings)
		}
	}
	idf := make([]float64, len(phrases))
	var curs []*cursor
	var cursGroup []int
	at := make([]*cursor, len(phrases)) // phrase i's cursor, if read
	groupOf := map[int]int{}
	for i, l := range lists {
		idf[i] = bm25IDF(rows, l.df)
		if other[i] {
			// The group's first form is the reader's word.
			first := slices.Index(group, group[i])
			idf[i] = inflectionWeight(phrases[first], phrases[i]) * min(idf[i], bm25IDF(rows, lists[first].df))
		}
		if probes[i] != nil {
			continue
		}
		g, ok := groupOf[group[i]]
		if !ok {
			g = len(groupOf)
			groupOf[group[i]] = g
		}
		at[i] = newCursor(l.postings)
		curs, cursGroup = append(curs, at[i]), append(cursGroup, g)
	}
	avgdl := float64(tokens) / float64(rows)
	top := topRows{keep: keep}
	freq := make([]float64, len(phrases))
	held := make([]bool, len(groups))
	mask := probeMask(probes, group, &bs)
	visit := func(id int64) {
		// The tests first, all of them at once: most sentences a rarer
		// word matches lack a common one.
		if mask != nil && (id < 0 || id/8 >= int64(len(mask)) || mask[id/8]&(1<<(id%8)) == 0) {
			return
		}
		for i, p := range probes {
			if p != nil {
				// The mask passed: each tested group holds a form here.
				freq[i] = float64(p.freq(id))
			}
		}
		var size float64
		for i, c := range at {
			if c == nil {
				continue
			}
			freq[i] = 0
			if !c.done && c.id == id {
				freq[i], size = float64(c.freq), float64(c.size)
			}
		}
		if atLeast > 1 && groupsHeld(freq, group, held) < atLeast {
			return
		}
		sc := 0.0
		for i := range freq {
			sc += bm25Term(idf[i], freq[i], size, avgdl)
		}
		top.add(rankedRow{id: id, score: -1.0 * sc})
	}
	if op == " AND " {
		err = matchAll(curs, cursGroup, len(groupOf), visit)
	} else {
		err = matchAny(curs, visit)
	}
	return top.rows, err
}

// groupsHeld counts the groups with a form in the sentence whose
// frequencies are freq; group gives each form's, held is scratch.
func groupsHeld(freq []float64, group []int, held []bool) int {
	clear(held)
	n := 0
	for i, f := range freq {
		if f > 0 && !held[group[i]] {
			held[group[i]] = true
			n++
		}
	}
	return n
}

// groupProbes returns the probes of the forms to test rather than read:
// in a search for every group (all), those of each group with a form
// common enough to have a bitmap (its rarer forms are read, and tested
// too), but for the group with the fewest sentences, which is read.
// A probe of a rare form has no bits until its postings are read.
func groupProbes(lists []termList, group []int, ngroups int, all bool) []*probe {
	probes := make([]*probe, len(lists))
	if !all {
		return probes
	}
	common := make([]bool, ngroups)
	df := make([]int64, ngroups)
	for i, l := range lists {
		common[group[i]] = common[group[i]] || l.bits != nil
		df[group[i]] += l.df
	}
	read := -1 // the group read: the rarest of those not tested
	for g := range df {
		if !common[g] && (read < 0 || df[g] < df[read]) {
			read = g
		}
	}
	if read < 0 {
		read = 0
		for g := range df {
			if df[g] < df[read] {
				read = g
			}
		}
	}
	for i, l := range lists {
		if common[group[i]] && group[i] != read {
			probes[i] = &probe{bits: l.bits, repeats: l.repeats}
		}
	}
	return probes
}

// postingsBits returns the bitmap of the sentences of a postings list.
func postingsBits(buf []byte) []byte {
	bits := []byte{}
	for c := newCursor(buf); !c.done; c.next() {
		if n := int(c.id/8) + 1; n > len(bits) {
			bits = append(bits, make([]byte, max(n-len(bits), len(bits)))...)
		}
		bits[c.id/8] |= 1 << (c.id % 8)
	}
	return bits
}

// ftsTotals reads the sentence index's row and token counts, as FTS5
// keeps them for bm25 (the "averages" record).
func (s *Store) ftsTotals(ctx context.Context) (rows, tokens int64, err error) {
	var rec []byte
	if err := s.queryRow(ctx, "SELECT block FROM sentence_fts_data WHERE id = 1").Scan(&rec); err != nil {
		return 0, 0, err
	}
	r, n := sqliteVarint(rec)
	if n == 0 || r == 0 {
		return 0, 0, errNoIndex
	}
	t, m := sqliteVarint(rec[n:])
	if m == 0 {
		return 0, 0, errNoIndex
	}
	return int64(r), int64(t), nil
}

// termList is what the build stored for a word.
type termList struct {
	df                      int64
	postings, bits, repeats []byte
}

// termLists reads, for the words, what the build stored but the postings
// themselves, which readPostings reads for the words that need them; a
// word no sentence holds has nothing.
func (s *Store) termLists(ctx context.Context, terms []string, bs *blobSet) ([]termList, error) {
	rows, err := s.query(ctx, "SELECT term, df, bits, repeats FROM query_terms WHERE term IN "+inList(terms), anys(terms)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	byTerm := map[string]termList{}
	for rows.Next() {
		var t string
		var l termList
		var bits, repeats sql.RawBytes
		if err := rows.Scan(&t, &l.df, &bits, &repeats); err != nil {
			return nil, err
		}
		l.bits, l.repeats = bs.copy(bits), bs.copy(repeats)
		byTerm[t] = l
	}
	out := make([]termList, len(terms))
	for i, t := range terms {
		out[i] = byTerm[t]
	}
	return out, rows.Err()
}

// readPostings reads the postings of the words with need set.
func (s *Store) readPostings(ctx context.Context, terms []string, lists []termList, need []bool, bs *blobSet) error {
	var some []string
	for i, t := range terms {
		if need[i] {
			some = append(some, t)
		}
	}
	if len(some) == 0 {
		return nil
	}
	rows, err := s.query(ctx, "SELECT term, postings FROM query_terms WHERE term IN "+inList(some), anys(some)...)
	if err != nil {
		return err
	}
	defer rows.Close()
	byTerm := map[string][]byte{}
	for rows.Next() {
		var t string
		var raw sql.RawBytes
		if err := rows.Scan(&t, &raw); err != nil {
			return err
		}
		byTerm[t] = bs.copy(raw)
	}
	for i, t := range terms {
		if need[i] {
			lists[i].postings = byTerm[t]
		}
	}
	return rows.Err()
}

// blobs recycles the buffers postings and bitmaps are read into: a search
// for common words reads hundreds of kilobytes of them, and allocating
// those anew for every search is what its slowest answers spent
// collecting garbage.
var blobs = sync.Pool{New: func() any { b := make([]byte, 0, 64<<10); return &b }}

// blobSet holds the buffers one search took from blobs.
type blobSet []*[]byte

// copy keeps a copy of raw in a recycled buffer; nil stays nil.
func (bs *blobSet) copy(raw sql.RawBytes) []byte {
	if raw == nil {
		return nil
	}
	p := blobs.Get().(*[]byte)
	*p = append((*p)[:0], raw...)
	*bs = append(*bs, p)
	return *p
}

// release gives the buffers back once the search is done with them.
func (bs *blobSet) release() {
	for _, p := range *bs {
		blobs.Put(p)
	}
	*bs = nil
}

// inList is the SQL list "(?,?,…)" for n values.
func inList[T any](vs []T) string {
	return "(" + strings.TrimSuffix(strings.Repeat("?,", len(vs)), ",") + ")"
}

func anys(vs []string) []any {
	out := make([]any, len(vs))
	for i, v := range vs {
		out[i] = v
	}
	return out
}

// rankedHits cuts the snippets of the ranked sentences out of their
// articles, in the order a search lists them: score, newest article,
// article id.
func (s *Store) rankedHits(ctx context.Context, ranked []rankedRow) ([]SearchHit, error) {
	if len(ranked) == 0 {
		return nil, nil
	}
	ids := make([]int64, len(ranked))
	at := make(map[int64]int, len(ranked))
	for i, r := range ranked {
		ids[i], at[r.id] = r.id, i
	}
	js, _ := json.Marshal(ids)
	rows, err := s.query(ctx, `SELECT st.id, `+snippetCols("st.start", "st.end")+`
		FROM json_each(?) j JOIN sentences st ON st.id = j.value JOIN articles a ON a.id = st.article`, string(js))
	type hit struct {
		SearchHit
		order int
	}
	hits, err := collect(rows, err, func(r *sql.Rows) (hit, error) {
		var h hit
		var id int64
		sn, err := scanSnippetAfter(r, &id)
		h.Snippet, h.order = sn, at[id]
		h.Score = ranked[h.order].score
		return h, err
	})
	if err != nil {
		return nil, err
	}
	sort.Slice(hits, func(i, j int) bool {
		a, b := hits[i], hits[j]
		if a.Score != b.Score {
			return a.Score < b.Score
		}
		if a.Article.Published != b.Article.Published {
			return a.Article.Published > b.Article.Published
		}
		if a.Article.ID != b.Article.ID {
			return a.Article.ID < b.Article.ID
		}
		return a.order < b.order
	})
	out := make([]SearchHit, len(hits))
	for i, h := range hits {
		out[i] = h.SearchHit
	}
	return out, nil
}

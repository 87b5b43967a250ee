package identity

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Suggest returns up to n names from names that the query may have meant:
// names whose key, or one of whose name tokens (the surname above all), is
// within a small edit distance of the query's key or its last token, or
// starts with it ("Witkof" → "Steve Witkoff", "Zelenskiy" → "Volodymyr
// Zelenskiy"). Best matches come first; names are returned as given, each
// once. To ask many queries of one list, build a NameIndex once instead.
func Suggest(query string, names []string, n int) []string {
	return NewNameIndex(names).Suggest(query, n)
}

// NameIndex holds a list of names with their keys computed once and an
// index of their keys and tokens, for repeated Suggest queries over the
// same names. It is safe for concurrent use.
type NameIndex struct {
	names []string
	// rank orders names the way equal scores are broken (see cand.before),
	// so ties are settled without comparing strings.
	rank  []uint32
	terms termIndex
}

type indexedName struct {
	name string
	key  string
	toks []string // token keys, surname last
	// bare is the key of the surname without an Arabic article or a
	// particle hyphenated to it ("Assad" for "al-Assad"), which is how a
	// query's last token is read; empty when the surname has none.
	bare string
}

// NewNameIndex indexes names; duplicates and names with an empty key are
// dropped.
func NewNameIndex(names []string) *NameIndex {
	in := indexNames(names)
	ix := &NameIndex{names: make([]string, len(in))}
	order := make([]int, len(in))
	for i := range in {
		ix.names[i] = in[i].name
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool {
		return cand{ix.names[order[a]], 0}.before(cand{ix.names[order[b]], 0})
	})
	ix.rank = make([]uint32, len(in))
	for r, id := range order {
		ix.rank[id] = uint32(r)
	}
	// The keys and tokens live on in the index's terms only.
	ix.terms = buildTermIndex(in)
	return ix
}

// indexNames computes the key and token keys of each distinct name.
func indexNames(names []string) []indexedName {
	var out []indexedName
	seen := map[string]bool{}
	for _, name := range names {
		if seen[name] {
			continue
		}
		seen[name] = true
		k := Key(name)
		if k == "" {
			continue
		}
		var toks []string
		raw := nameTokens(name)
		for _, t := range raw {
			if tk := tokenKey(t); tk != "" {
				toks = append(toks, tk)
			}
		}
		if sk := particleSurnameKey(name); sk != "" {
			// "delacroix" finds "Jean-Luc de la Croix": a surname with
			// its particles typed as one word.
			toks = append(toks, sk)
		}
		in := indexedName{name: name, key: k, toks: toks}
		if last := raw[len(raw)-1]; stripArticlePrefix(last) != last {
			in.bare = tokenKey(stripArticlePrefix(last))
		} else if p, rest, ok := strings.Cut(last, " "); ok && bareIn(patronymics, p) {
			// "Khalid" finds "Ahmed bin Khalid".
			in.bare = tokenKey(rest)
		}
		out = append(out, in)
	}
	return out
}

// particleSurnameKey returns the key of a name's surname written with
// its particles as one word ("delacroix" of "Jean-Luc de la Croix", "vanderveen"
// of "Marieke van der Veen"), or "" for a name without particles.
func particleSurnameKey(name string) string {
	ws := strings.Fields(name)
	for i := 1; i < len(ws)-1; i++ {
		if particles[ws[i]] {
			return Key(strings.Join(ws[i:], ""))
		}
	}
	return ""
}

// Suggest is the package Suggest over the indexed names.
//
// A name scores, in quarter edits (lower is better), the best of: 4 per
// edit between the query key and its key; 4 per edit between the query
// key or the query's last token and one of its tokens, plus 1 for the
// surname and 3 for another token; 2 when its key starts with the query
// key, or 2 plus the same token extra when a token starts with the query
// key or last token (of three bytes or more). Edits count up to the
// tolerance of the query string. Only names sharing such a term with the
// query are looked at, found through the index.
func (ix *NameIndex) Suggest(query string, n int) []string {
	qk := Key(query)
	if qk == "" || n <= 0 {
		return nil
	}
	ql := lastTokenKey(query)
	top := topN{ix: ix, n: n}
	ti := &ix.terms
	// The whole query key is compared with keys and with tokens; the last
	// token of the query only with tokens.
	queries := []string{qk}
	if ql != qk && ql != "" {
		queries = append(queries, ql)
	}
	// Exact matches, single edits and prefixes come first: they are cheap
	// to find, and when they already fill the answer with scores better
	// than any two edits can give (a common surname), the costly search
	// for two or three edits is skipped.
	for qi, q := range queries {
		withKey := qi == 0
		ti.near(q, min(tolerance(q), 1), func(term, d int) {
			top.addAll(ti.postings(term), withKey, 4*d)
		})
		if len(q) >= 3 {
			ti.prefixTerms(q, func(term int) {
				top.addAll(ti.postings(term), withKey, 2)
			})
		}
	}
	for qi, q := range queries {
		withKey := qi == 0
		floor := 4*2 + 1 // two edits on a surname
		if withKey {
			floor = 4 * 2 // two edits on the whole key
		}
		if tolerance(q) < 2 || len(top.list) == n && top.list[n-1].score < floor {
			continue
		}
		// Two edits only keep the first letter: a typist rarely misses
		// it, and two edits anywhere turn "Solano" into "Poland".
		qr, _ := utf8.DecodeRuneInString(q)
		ti.near(q, tolerance(q), func(term, d int) {
			if d >= 2 && ti.first[term] == qr {
				top.addAll(ti.postings(term), withKey, 4*d)
			}
		})
	}
	out := make([]string, len(top.list))
	for i, c := range top.list {
		out[i] = ix.names[c.id]
	}
	return out
}

// topN keeps the n best distinct names seen so far, best first.
type topN struct {
	ix   *NameIndex
	n    int
	list []scored
}

type scored struct {
	id, score int
	rank      uint32
}

func (a scored) before(b scored) bool {
	if a.score != b.score {
		return a.score < b.score
	}
	return a.rank < b.rank
}

// addAll offers the names of one matching term. base is the score of the
// match itself; a token adds 1 as the surname and 3 otherwise, and a
// whole-key posting only counts when withKey is set.
func (t *topN) addAll(ps []posting, withKey bool, base int) {
	for _, p := range ps {
		s := base
		switch p.role() {
		case roleKey:
			if !withKey {
				continue
			}
		case roleLast:
			s++
		default:
			s += 3
		}
		t.add(scored{p.name(), s, t.ix.rank[p.name()]})
	}
}

// add offers one name with one of its scores. A name offered again with a
// better score replaces its earlier entry, so each name appears once with
// its best score.
func (t *topN) add(c scored) {
	if len(t.list) == t.n && !c.before(t.list[t.n-1]) {
		return
	}
	for i, d := range t.list {
		if d.id != c.id {
			continue
		}
		if !c.before(d) {
			return
		}
		t.list = append(t.list[:i], t.list[i+1:]...)
		break
	}
	i := sort.Search(len(t.list), func(i int) bool { return c.before(t.list[i]) })
	if len(t.list) < t.n {
		t.list = append(t.list, scored{})
	}
	copy(t.list[i+1:], t.list[i:len(t.list)-1])
	t.list[i] = c
}

type cand struct {
	name  string
	score int
}

// before orders suggestions: better score, then the longer (fuller) name,
// then lexically.
func (c cand) before(d cand) bool {
	if c.score != d.score {
		return c.score < d.score
	}
	if len(c.name) != len(d.name) {
		return len(c.name) > len(d.name)
	}
	return c.name < d.name
}

// tolerance is the largest edit distance accepted for a key of that length.
func tolerance(k string) int {
	switch n := len(k); {
	case n <= 3:
		return 0
	case n <= 5:
		return 1
	case n <= 10:
		return 2
	default:
		return 3
	}
}

// KeyDistance is the edit distance between the keys of two names:
// "Halvorsen Daiy" is one edit from "Halvorsen Dairy".
func KeyDistance(a, b string) int { return distance(Key(a), Key(b)) }

// distance is the Levenshtein distance between two strings, by rune.
func distance(a, b string) int {
	var bufA, bufB [64]rune
	ra, rb := appendRunes(bufA[:0], a), appendRunes(bufB[:0], b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	if len(ra)-len(rb) > 8 {
		return len(ra) - len(rb)
	}
	var bufP, bufC [65]int
	prev, cur := bufP[:0], bufC[:0]
	if len(rb)+1 > len(bufP) {
		prev, cur = make([]int, 0, len(rb)+1), make([]int, 0, len(rb)+1)
	}
	prev, cur = prev[:len(rb)+1], cur[:len(rb)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func appendRunes(buf []rune, s string) []rune {
	for _, r := range s {
		buf = append(buf, r)
	}
	return buf
}

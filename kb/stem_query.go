package kb

import (
	"context"
	"database/sql"
	"encoding/json"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// searchClause is one part of a reader's search: a word, or the words of
// a quoted phrase, which are searched as written and next to each other.
type searchClause struct {
	words  []string
	quoted bool
	alts   [][]string // other phrases that say the same: "38m" for "38 million"
	number string     // the digits of a whole number the clause writes: "212000"
	// decimal is a number with a decimal point the clause writes: "18.5".
	decimal string
}

// quoteMarks open and close a phrase.
const quoteMarks = "\"“”„"

// parseSearch splits a reader's search into clauses: each word outside
// quotes, and each quoted run of words. A quote left open is a stray
// mark: the words after it are searched one by one. Words are those of
// Terms, at most MaxSearchTerms in all; a star inside quotes is dropped.
// An amount outside quotes is one clause (see amountClause).
func parseSearch(q string) []searchClause {
	var out []searchClause
	n := 0
	parts := splitQuotes(q)
	for i, part := range parts {
		if i%2 == 0 || i == len(parts)-1 {
			cs, used := looseClauses(part, MaxSearchTerms-n)
			out, n = append(out, cs...), n+used
			continue
		}
		words := Terms(part)
		words = words[:min(len(words), MaxSearchTerms-n)]
		n += len(words)
		if len(words) == 0 {
			continue
		}
		for j, w := range words {
			words[j] = strings.ToLower(strings.TrimSuffix(w, "*"))
		}
		out = append(out, searchClause{words: words, quoted: true})
	}
	return out
}

// splitQuotes splits q at its quote marks: the odd parts are quoted.
func splitQuotes(q string) []string {
	var parts []string
	for {
		i := strings.IndexAny(q, quoteMarks)
		if i < 0 {
			return append(parts, q)
		}
		_, n := utf8.DecodeRuneInString(q[i:])
		parts, q = append(parts, q[:i]), q[i+n:]
	}
}

// searchGroups returns the forms each clause is searched with: strict
// leaves names uninflected, wide inflects them too.
func (s *Store) searchGroups(ctx context.Context, clauses []searchClause) (strict, wide [][]form, err error) {
	strict = make([][]form, len(clauses))
	held := make([]bool, len(clauses))
	var candidates []string
	cands := make([][]string, len(clauses))
	for i, c := range clauses {
		if c.quoted {
			strict[i] = []form{{text: strings.Join(c.words, " ")}}
			for _, a := range c.alts {
				strict[i] = append(strict[i], form{text: strings.Join(a, " ")})
				if c.decimal != "" {
					candidates = append(candidates, a[len(a)-1])
				}
			}
			continue
		}
		sp, name := s.spellings(ctx, c.words[0])
		for _, t := range sp {
			strict[i] = append(strict[i], form{text: t})
		}
		for _, m := range monthSpellings(c.words[0]) {
			if !hasForm(strict[i], m) {
				strict[i] = append(strict[i], form{text: m})
			}
		}
		held[i] = name && capitalised(c.words[0])
		if w := strings.ToLower(c.words[0]); inflectable(w) {
			cands[i] = inflectionCandidates(w)
			candidates = append(candidates, w)
			candidates = append(candidates, cands[i]...)
		}
	}
	df, err := s.indexedWords(ctx, candidates)
	if err != nil {
		return nil, nil, err
	}
	// A word many sentences hold is searched as typed, and a form many
	// sentences hold is not added: the reader has plenty of sentences
	// either way, and reading such long lists is what makes a search slow.
	known := func(w string) bool { n := df(w); return n > 0 && n < commonWord }
	for i, c := range clauses {
		if c.decimal != "" {
			strict[i] = indexedAlts(strict[i], df)
		}
	}
	wide = make([][]form, len(clauses))
	for i, g := range strict {
		wide[i] = g
		if len(cands[i]) == 0 || df(strings.ToLower(clauses[i].words[0])) >= commonWord {
			continue
		}
		others := slices.Clone(g)
		for _, o := range otherForms(strings.ToLower(clauses[i].words[0]), cands[i], known) {
			if !hasForm(g, o) {
				others = append(others, form{text: o, other: true})
			}
		}
		wide[i] = others
		if !held[i] {
			strict[i] = others
		}
	}
	return strict, wide, nil
}

// indexedAlts keeps, of a number's phrases, the first and those whose
// last word the index holds (df): a phrase of a glued magnitude no
// sentence writes ("18 5bn") costs a search of the phrase for nothing.
func indexedAlts(g []form, df func(string) int) []form {
	out := g[:1:1]
	for _, f := range g[1:] {
		if df(f.text[strings.LastIndexByte(f.text, ' ')+1:]) > 0 {
			out = append(out, f)
		}
	}
	return out
}

// otherForms returns the candidates (inflectionCandidates of w) that the
// index holds (known) and that have w's stem or are forms of the same
// irregular verb, at most maxInflections.
func otherForms(w string, candidates []string, known func(string) bool) []string {
	var out []string
	root := stem(w)
	irregular := irregularForms(w)
	for _, c := range candidates {
		if len(out) == maxInflections {
			break
		}
		if known(c) && (stem(c) == root || slices.Contains(irregular, c)) {
			out = append(out, c)
		}
	}
	return out
}

// commonWord is the number of sentences from which a word counts as
// common for inflection.
const commonWord = 300

// indexedWords returns how many sentences hold each of words (0 for a word
// the index does not hold). Without the postings the build writes, every
// word may be there, and counts as rare: FTS5 finds nothing for the others.
func (s *Store) indexedWords(ctx context.Context, words []string) (func(string) int, error) {
	if len(words) == 0 || !s.prepared(ctx) {
		return func(string) int { return 1 }, nil
	}
	js, err := json.Marshal(words)
	if err != nil {
		return nil, err
	}
	// One statement text for any number of words: SQLite keeps it
	// prepared.
	rows, err := s.query(ctx, "SELECT term, df FROM query_terms WHERE term IN (SELECT value FROM json_each(?))", string(js))
	type termDF struct {
		term string
		df   int
	}
	found, err := collect(rows, err, func(r *sql.Rows) (termDF, error) {
		var t termDF
		err := r.Scan(&t.term, &t.df)
		return t, err
	})
	if err != nil {
		return nil, err
	}
	set := make(map[string]int, len(found))
	for _, f := range found {
		set[f.term] = f.df
	}
	return func(w string) int { return set[w] }, nil
}

// capitalised reports whether a word begins with a capital letter, as a
// reader writes a name.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func hasForm(g []form, w string) bool {
	for _, f := range g {
		if strings.EqualFold(f.text, w) {
			return true
		}
	}
	return false
}

// monthNames are the months with the short forms articles write them in
// ("20 Nov", "Sept. 3").
var monthNames = [][]string{
	{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"june", "jun"},
	{"july", "jul"}, {"august", "aug"}, {"september", "sept", "sep"}, {"october", "oct"},
	{"november", "nov"}, {"december", "dec"},
}

// monthSpellings returns the other ways articles write the month w names,
// so that a search for "20 November" finds "on 20 Nov" and "Nov. 20". A
// short form is taken for a month only when the reader capitalised it or
// wrote the full name: "mar" and "dec" are words of their own.
func monthSpellings(w string) []string {
	lw := strings.ToLower(w)
	for _, forms := range monthNames {
		i := slices.Index(forms, lw)
		if i < 0 || i > 0 && !capitalised(w) {
			continue
		}
		return slices.DeleteFunc(slices.Clone(forms), func(f string) bool { return f == lw })
	}
	return nil
}

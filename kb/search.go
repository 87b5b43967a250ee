package kb

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"newsbot/extract/events"
	"newsbot/extract/identity"
	"newsbot/extract/stopwords"
)

// MaxSearchTerms bounds the words of one search.
const MaxSearchTerms = 16

// SearchHit is one matching sentence.
type SearchHit struct {
	Snippet
	Score   float64 // BM25: lower is better, as SQLite reports it
	Partial bool    // holds only some of the words: no sentence had them all
	// Only is the one word the sentence is shown for, when no sentence
	// held enough of the words (see soleWordHits).
	Only string
}

// form is one word a search looks for: the reader's, another spelling
// of the same name, another inflection of the word (other: it counts for
// less), or a quoted phrase (its words, spaced).
type form struct {
	text  string
	other bool
}

// searchStep is one attempt of a search: every group (AND) or any (OR)
// of at least atLeast groups.
type searchStep struct {
	groups  [][]form
	op      string
	atLeast int
}

// Search returns the sentences best matching the words of query, at most
// limit, ranked by BM25. Every word must match, in any of its
// inflections ("sentence": sentenced, sentencing), the form typed
// counting for more; a quoted phrase matches as written, and a name is
// not inflected ("Bush" is not "bushes") unless nothing matches without.
// When no sentence has every word, those with at least half of them may
// (Partial, see partialCover), and of a word or two, those holding the
// rarer one (Only, see soleWordHits). Identical sentences from several articles
// are returned once, from the first. A percentage searched for ("3%")
// keeps the sentences writing it as one, when there are any, and the
// word "percent" after no number those writing any percentage. A number
// with a decimal point ("18.5") finds it written with a currency, a
// magnitude or a percent sign, and no other number. An officer's title
// finds it written the other way ("CEO": chief executive), a quarter
// the three months to its last day, and a question heading the answer
// under it (see answeredHeadings). OR in capitals between words finds
// the sentences of either side (see OrAlternatives).
func (s *Store) Search(ctx context.Context, query string, limit int) ([]SearchHit, error) {
	query = WithoutChatMarkup(query)
	if alts := OrAlternatives(query); alts != nil {
		return s.searchAny(ctx, alts, limit)
	}
	clauses := withoutOperators(parseSearch(foldLetters(withoutColumnFilters(query))))
	if len(clauses) == 0 {
		return nil, nil
	}
	pcts := percents(query)
	if len(pcts) > 0 {
		clauses = withoutPercentWords(clauses)
	}
	// A percent word after no number asks for the sentences writing a
	// percentage; if none holds the other words, the word is searched.
	if kept, anyPct := withoutBarePercent(clauses); anyPct {
		hits, _, err := s.searchVariants(ctx, kept, pcts, true, limit)
		if err != nil || len(hits) > 0 {
			return hits, err
		}
	}
	hits, wide, err := s.searchVariants(ctx, clauses, pcts, false, limit)
	if err != nil || len(hits) > 0 {
		return hits, err
	}
	// A possessive no sentence writes ("Tessaline's" only in a headline)
	// is searched as its noun: the sentences about the same name.
	if nouns, ok := possessiveNouns(clauses); ok {
		if hits, _, err := s.searchVariants(ctx, nouns, pcts, false, limit); err != nil || len(hits) > 0 {
			return hits, err
		}
	}
	// A figure with a decimal point is split by the index ("6.2%" is
	// "6" and "2"): the sentences holding one piece of it, or another
	// word searched beside it, are no answer to a search for the figure.
	if len(clauses) < 2 || len(Decimals(query)) > 0 {
		return nil, nil
	}
	return s.soleWordHits(ctx, distinctGroups(meaningful(wide)), limit)
}

// searchVariants runs the attempts of a search (variantSteps) until one
// finds sentences, each keeping those writing the numbers of the clauses
// and the percentages pcts (and some percentage, with anyPct), and
// returns them, with the first variant's wide groups.
func (s *Store) searchVariants(ctx context.Context, clauses []searchClause, pcts []string, anyPct bool, limit int) ([]SearchHit, [][]form, error) {
	variants := []wordingVariant{{clauses: clauses}}
	if v, ok := otherWordings(clauses); ok {
		variants = append(variants, v)
	}
	steps, wide, err := s.variantSteps(ctx, variants)
	if err != nil {
		return nil, nil, err
	}
	numbers, decimals := clauseNumbers(clauses), clauseDecimals(clauses)
	wider := limit * (1 + min(len(numbers)+len(pcts)+len(decimals)+boolRank(anyPct)+len(variants)-1, 1))
	for _, kind := range steps {
		var hits []SearchHit
		for vi, st := range kind {
			if st.groups == nil {
				continue
			}
			got, err := s.searchCovering(ctx, st.groups, st.op, st.atLeast, wider)
			if err != nil {
				return nil, nil, err
			}
			got = slices.DeleteFunc(got, func(h SearchHit) bool {
				return insideLarger(h.Text, numbers) || !writesDecimals(h.Text, decimals) ||
					anyPct && !percentWord.MatchString(h.Text) || !writesPhrases(h.Text, variants[vi].phrases)
			})
			hits = append(hits, got...)
		}
		hits = percentHits(mergedHits(hits), pcts)
		hits = hits[:min(len(hits), limit)]
		if len(hits) > 0 {
			for i := range hits {
				hits[i].Partial = kind[0].op == " OR "
			}
			hits, err = s.answeredHeadings(ctx, hits)
			return hits, wide, err
		}
	}
	return nil, wide, nil
}

// variantSteps returns the attempts of a search, in order: every word
// strictly, every word widely, and at least partialCover of them. Each
// attempt is made of one step for each variant of the search's clauses
// (a nil step's groups when the variant has no such attempt), whose hits
// are merged. The variants after the first write an officer's title or
// a quarter the other way (otherWordings), and for a partial search
// count the words spelling one out as the first counts it. wide is the
// first variant's.
func (s *Store) variantSteps(ctx context.Context, variants []wordingVariant) (steps [][]searchStep, wide [][]form, err error) {
	steps = make([][]searchStep, 3)
	first := 0
	for vi, v := range variants {
		strict, w, err := s.searchGroups(ctx, v.clauses)
		if err != nil {
			return nil, nil, err
		}
		if vi == 0 {
			wide = w
		}
		// AND is explicit: FTS5 takes no implicit AND after a
		// parenthesised group of spellings.
		kind := [3]searchStep{{strict, " AND ", 0}, {op: " AND "}, {op: " OR "}}
		if !slices.EqualFunc(strict, w, slices.Equal) {
			kind[1].groups = w
		}
		some := distinctGroups(meaningful(w))
		if vi == 0 {
			first = len(some)
		}
		if n := len(some); partialCover(n) <= n {
			kind[2].groups, kind[2].atLeast = some, min(n, max(partialCover(n), partialCover(first)+n-first))
		}
		for k := range steps {
			steps[k] = append(steps[k], kind[k])
		}
	}
	return steps, wide, nil
}

// mergedHits orders the hits of several searches by score, an editor's
// note after the story's sentences, and keeps the first of sentences
// alike (see searchCovering).
func mergedHits(hits []SearchHit) []SearchHit {
	slices.SortStableFunc(hits, func(a, b SearchHit) int {
		if d := boolRank(events.EditorialNote(a.Text)) - boolRank(events.EditorialNote(b.Text)); d != 0 {
			return d
		}
		return cmp.Compare(a.Score, b.Score)
	})
	seen := map[string]bool{}
	return slices.DeleteFunc(hits, func(h SearchHit) bool {
		k := strings.ToLower(strings.Join(strings.Fields(h.Text), " "))
		if seen[k] {
			return true
		}
		seen[k] = true
		return false
	})
}

// withoutPercentWords drops the words that write a number's percent
// sign ("25 per cent", "25 percent", "25 pct"): the index keeps the
// number alone of "25%", and percentHits keeps the sentences writing it
// as a percentage in any of these ways.
func withoutPercentWords(clauses []searchClause) []searchClause {
	var out []searchClause
	for i := 0; i < len(clauses); i++ {
		out = append(out, clauses[i])
		if !number(clauses[i]) || clauses[i].quoted {
			continue
		}
		switch next := func(j int) string {
			if j < len(clauses) && !clauses[j].quoted && len(clauses[j].words) == 1 {
				return strings.ToLower(clauses[j].words[0])
			}
			return ""
		}; {
		case next(i+1) == "per" && next(i+2) == "cent":
			i += 2
		case next(i+1) == "percent" || next(i+1) == "pct":
			i++
		}
	}
	return out
}

// number reports whether a clause is one number as typed ("25", "4.5").
func number(c searchClause) bool {
	return len(c.words) > 0 && strings.Trim(strings.Join(c.words, ""), "0123456789") == ""
}

// decimalPattern matches a number written with a decimal point, and its
// percent sign: "6.2", "6.2%".
var decimalPattern = regexp.MustCompile(`\d+\.\d+%?`)

// Decimals returns the numbers with a decimal point a search types, as
// typed: "6.2%".
func Decimals(query string) []string {
	return decimalPattern.FindAllString(query, -1)
}

// meaningful drops the function words and the numbers under 100 from
// the groups of a search for any of its words: "Share this article" is
// not answered with every sentence that says "this", nor
// "<script>alert(1)</script>" with one that says "March 1". A search of
// such words only keeps them.
func meaningful(groups [][]form) [][]form {
	return narrowed(groups, func(g []form) bool {
		if len(g) == 0 {
			return true
		}
		w := strings.ToLower(g[0].text)
		return !stopwords.Is(w) && !(len(w) <= 2 && strings.Trim(w, "0123456789") == "")
	})
}

// partialCover is how many of n words a sentence must hold to be shown
// when none holds them all: two at least, and half of them. One word of
// "Privacy policy" or of "<script>alert(1)</script>" is no answer to
// the search; three of "copper mine strike Chile" is.
func partialCover(n int) int {
	return max(2, (n+1)/2)
}

// distinctGroups drops a group repeating an earlier one's first form:
// "1=1" is one word to find, not two.
func distinctGroups(groups [][]form) [][]form {
	seen := map[string]bool{}
	return narrowed(groups, func(g []form) bool {
		if len(g) == 0 {
			return true
		}
		k := strings.ToLower(g[0].text)
		if seen[k] {
			return false
		}
		seen[k] = true
		return true
	})
}

// search ranks the sentences matching the groups of words joined by op,
// from the postings the build wrote when it can, else with FTS5 (a
// quoted phrase, a prefix, a word of other letters). Both rank alike,
// but that FTS5 counts another inflection of a word as much as the word
// typed. Of sentences with the same words, the first is kept.
func (s *Store) search(ctx context.Context, groups [][]form, op string, limit int) ([]SearchHit, error) {
	return s.searchCovering(ctx, groups, op, 0, limit)
}

// ftsCoverWidth is how many more sentences FTS5 ranks for a search for
// some of the words, of which those holding too few are dropped.
const ftsCoverWidth = 4

// searchCovering is search keeping, of a search for any group, only the
// sentences holding atLeast of them.
func (s *Store) searchCovering(ctx context.Context, groups [][]form, op string, atLeast, limit int) ([]SearchHit, error) {
	var hits []SearchHit
	ranked, err := s.searchPostings(ctx, groups, op, atLeast, limit+limit/5)
	if err == nil {
		hits, err = s.rankedHits(ctx, ranked)
	} else if errors.Is(err, errNoIndex) && atLeast > 1 {
		hits, err = s.searchFTS(ctx, matchGroups(formTexts(groups), op), limit*ftsCoverWidth)
		hits = slices.DeleteFunc(hits, func(h SearchHit) bool { return textCover(h.Text, groups) < atLeast })
	} else if errors.Is(err, errNoIndex) {
		hits, err = s.searchFTS(ctx, matchGroups(formTexts(groups), op), limit)
	}
	if err != nil {
		return nil, err
	}
	// An editor's note ("Correction: an earlier version said 12 were
	// killed") answers after the story's own sentences: it quotes what
	// is no longer so.
	slices.SortStableFunc(hits, func(a, b SearchHit) int {
		return boolRank(events.EditorialNote(a.Text)) - boolRank(events.EditorialNote(b.Text))
	})
	seen := map[string]bool{}
	out := hits[:0]
	for _, h := range hits {
		k := strings.ToLower(strings.Join(strings.Fields(h.Text), " "))
		if seen[k] || len(out) >= limit {
			continue
		}
		seen[k] = true
		out = append(out, h)
	}
	return out, nil
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}

// searchFTS ranks with FTS5's bm25.
func (s *Store) searchFTS(ctx context.Context, match string, limit int) ([]SearchHit, error) {
	rows, err := s.query(ctx, `WITH m AS (SELECT rowid, bm25(sentence_fts) AS score FROM sentence_fts
			WHERE sentence_fts MATCH ? ORDER BY score LIMIT ?)
		SELECT m.score, `+snippetCols("st.start", "st.end")+`
		FROM m JOIN sentences st ON st.id = m.rowid JOIN articles a ON a.id = st.article
		ORDER BY m.score, a.published DESC, a.ext_id`, match, limit+limit/5)
	return collect(rows, err, func(r *sql.Rows) (SearchHit, error) {
		var h SearchHit
		sn, err := scanSnippetAfter(r, &h.Score)
		h.Snippet = sn
		return h, err
	})
}

// Terms splits user text into search words: runs of letters and digits.
// Everything else (quotes, operators' punctuation, control characters,
// symbols and emoji with their combining marks) is a separator, so no
// user text is ever FTS5 syntax; a word of three or more characters
// directly followed by "*" keeps the star and is searched as a prefix
// ("defic*"). At most MaxSearchTerms words are kept.
func Terms(q string) []string {
	var out []string
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) }
	rs := []rune(q)
	for i := 0; i < len(rs) && len(out) < MaxSearchTerms; {
		if !word(rs[i]) {
			i++
			continue
		}
		j := i
		for j < len(rs) && word(rs[j]) {
			j++
		}
		if !hasLetterOrDigit(rs[i:j]) {
			i = j // marks alone, such as an emoji's variation selector
			continue
		}
		t := string(rs[i:j])
		if j < len(rs) && rs[j] == '*' && j-i >= 3 {
			t += "*"
		}
		out = append(out, t)
		i = j
	}
	return out
}

// OnlyFunctionWords reports whether every word of a search is a function
// word ("the", "of the"), which nearly every sentence holds, and no
// phrase is quoted: such a search finds no sentence in particular.
func OnlyFunctionWords(q string) bool {
	q = WithoutChatMarkup(q)
	if len(Terms(q)) == 0 || strings.ContainsAny(q, quoteMarks) {
		return false
	}
	for _, c := range wordClauses(q) {
		if !functionClause(c) {
			return false
		}
	}
	return true
}

// MatchExpr builds an FTS5 query from words: each a quoted string, so
// AND, OR, NEAR and NOT are searched as words.
func MatchExpr(terms []string, op string) string {
	q := make([]string, len(terms))
	for i, t := range terms {
		prefix := strings.HasSuffix(t, "*")
		t = strings.TrimSuffix(t, "*")
		q[i] = `"` + strings.ReplaceAll(t, `"`, `""`) + `"`
		if prefix {
			q[i] += "*"
		}
	}
	return strings.Join(q, op)
}

// spellings returns a search word with the other spellings the articles
// use for the same name ("Zelensky": Zelenskiy, Zelenskyy), so a search
// finds every outlet's spelling, and whether it is a name's last word.
// Words that are no name come back alone.
func (s *Store) spellings(ctx context.Context, term string) ([]string, bool) {
	out := []string{term}
	if strings.HasSuffix(term, "*") || len([]rune(term)) < 3 {
		return out, false
	}
	rows, err := s.query(ctx, "SELECT DISTINCT alias FROM aliases WHERE last = ? LIMIT 50", identity.Key(term))
	aliases, err := collect(rows, err, scanString)
	if err != nil {
		return out, false
	}
	seen := map[string]bool{strings.ToLower(term): true}
	for _, a := range aliases {
		f := Terms(a)
		if len(f) == 0 {
			continue
		}
		w := f[len(f)-1]
		if !seen[strings.ToLower(w)] && len(out) < 8 {
			seen[strings.ToLower(w)] = true
			out = append(out, w)
		}
	}
	return out, len(aliases) > 0
}

// numberForms returns the other grammatical number of an English word, so
// that a timeline topic "floods" finds "flood" (a search finds every
// inflection, see searchGroups): the
// plural of a singular, the singular of a plural. Words under four
// letters, and ones that are not plain ASCII letters, have none.
func numberForms(term string) []string {
	w := strings.ToLower(term)
	if len(w) < 4 || strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
		return nil
	}
	sibilant := func(s string) bool {
		return strings.HasSuffix(s, "s") || strings.HasSuffix(s, "x") || strings.HasSuffix(s, "z") ||
			strings.HasSuffix(s, "ch") || strings.HasSuffix(s, "sh")
	}
	switch {
	case strings.HasSuffix(w, "ies"):
		return []string{w[:len(w)-3] + "y"}
	case strings.HasSuffix(w, "es") && sibilant(w[:len(w)-2]):
		return []string{w[:len(w)-2]}
	case strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is"):
		return []string{w + "es"}
	case strings.HasSuffix(w, "s"):
		return []string{w[:len(w)-1]}
	case sibilant(w):
		return []string{w + "es"}
	case strings.HasSuffix(w, "y") && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return []string{w[:len(w)-1] + "ies"}
	}
	return []string{w + "s"}
}

// matchGroups builds an FTS5 query whose words may each be matched by
// any of their spellings.
func matchGroups(groups [][]string, op string) string {
	parts := make([]string, len(groups))
	for i, g := range groups {
		parts[i] = MatchExpr(g, " OR ")
		if len(g) > 1 {
			parts[i] = "(" + parts[i] + ")"
		}
	}
	return strings.Join(parts, op)
}

// formTexts returns the words of each group of forms.
func formTexts(groups [][]form) [][]string {
	out := make([][]string, len(groups))
	for i, g := range groups {
		for _, f := range g {
			out[i] = append(out[i], f.text)
		}
	}
	return out
}

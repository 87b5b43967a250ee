package bot

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// quoteRow is one line of a !quotes answer: words a person said, every
// article quoting them whole, and the parts of them other articles quote.
type quoteRow struct {
	text   string
	words  []string // the words lower-cased, without punctuation, for matching
	gaps   []int    // word indices where words are left out ("… "), in order
	elided []int    // the gaps the article itself writes as an ellipsis
	cites  []int
	parts  []quoteRow
	first  string // the earliest date (ISO) of the articles quoting it, "" when unknown
}

// newQuoteRow makes a row of a quote whose every gap is where the
// extractor left out the attribution of a split quote.
func newQuoteRow(text string, cite int) quoteRow {
	words, gaps := quoteWordsAndGaps(text)
	return quoteRow{text: text, words: words, gaps: gaps, cites: []int{cite}}
}

// newSourcedQuoteRow makes a row of a quote cited from source, the
// sentences holding it as the article writes them. A gap the source
// writes too ("sound … and") is the speaker's words left out; any other
// is the attribution of a split quote, which only the article's layout
// put there.
func newSourcedQuoteRow(text string, cite int, source string) quoteRow {
	r := newQuoteRow(text, cite)
	if len(r.gaps) == 0 || !strings.Contains(source, "…") {
		return r
	}
	pieces := strings.Split(text, "…")
	words := len(quoteWords(pieces[0]))
	for k, p := range pieces[1:] {
		if slices.Contains(r.gaps, words) && writtenGap(pieces[k], p, source) {
			r.elided = append(r.elided, words)
		}
		words += len(quoteWords(p))
	}
	return r
}

// writtenGap reports whether source writes an ellipsis between the end of
// before and the start of after, as the quote shows them.
func writtenGap(before, after, source string) bool {
	b := strings.TrimSpace(before)
	a := strings.TrimSpace(after)
	b = b[len(b)-lastRunes(b, 12):]
	a = a[:firstRunes(a, 12)]
	for _, sep := range []string{" … ", "…", " …", "… "} {
		if strings.Contains(source, b+sep+a) {
			return true
		}
	}
	return false
}

// lastRunes returns the byte length of the last n runes of s.
func lastRunes(s string, n int) int {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, w := utf8.DecodeLastRuneInString(s[:i])
		i -= w
	}
	return len(s) - i
}

// firstRunes returns the byte length of the first n runes of s.
func firstRunes(s string, n int) int {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return i
}

// quoteWordsAndGaps splits quoted words as quoteWords does and notes where
// an ellipsis leaves words out: a quote split around its attribution reads
// "The fund is sound … and it will stay so.", and a part that runs across
// the gap ("sound and it") is not words the speaker said in a row.
func quoteWordsAndGaps(s string) ([]string, []int) {
	pieces := strings.Split(s, "…")
	words := quoteWords(pieces[0])
	var gaps []int
	for _, p := range pieces[1:] {
		if len(words) > 0 && !slices.Contains(gaps, len(words)) {
			gaps = append(gaps, len(words))
		}
		words = append(words, quoteWords(p)...)
	}
	if len(gaps) > 0 && gaps[len(gaps)-1] == len(words) {
		gaps = gaps[:len(gaps)-1] // a trailing ellipsis leaves nothing out between words
	}
	return words, gaps
}

// quoteWords splits quoted words for matching: lower-cased, without the
// punctuation around them.
func quoteWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '-'
	})
}

// foldContained joins each row whose words all run, in order, inside a
// longer row's (or match an earlier row's, punctuation aside) to the
// longest such row: an article quoting only the tail of a sentence ("the
// right one for France") that another quotes whole ("The budget was the
// right one for France.") quotes the same words, so one row shows both.
// The row cites only the articles quoting it whole; the part is shown
// with its own citations, since its article holds no more of the words.
// A joined row stands where the first of its rows stood, so the newest
// article still comes first.
func foldContained(rows []quoteRow) []quoteRow {
	holding := rowsByWord(rows)
	into := make([]int, len(rows))
	for i := range rows {
		into[i] = container(rows, holding, i)
		j := into[i]
		switch {
		case j < 0:
		case slices.Equal(rows[j].words, rows[i].words):
			rows[j].cites = addCites(rows[j].cites, rows[i].cites)
			if len(rows[j].gaps) > 0 && len(rows[i].gaps) == 0 {
				// One article splits the words around its attribution,
				// another quotes them whole: show them whole.
				rows[j].text, rows[j].gaps, rows[j].elided = rows[i].text, nil, nil
			}
		default:
			rows[j].parts = addPart(rows[j].parts, rows[i])
		}
	}
	out := make([]quoteRow, 0, len(rows))
	placed := make([]bool, len(rows))
	for i := range rows {
		j := i
		if into[i] >= 0 {
			j = into[i]
		}
		if !placed[j] {
			placed[j] = true
			out = append(out, rows[j])
		}
	}
	return out
}

// rowsByWord lists, for each word, the rows holding it in order, so a row
// is matched only against the rows holding its rarest word: a busy speaker
// has thousands.
func rowsByWord(rows []quoteRow) map[string][]int {
	holding := map[string][]int{}
	for j, r := range rows {
		for _, w := range r.words {
			if l := holding[w]; len(l) == 0 || l[len(l)-1] != j {
				holding[w] = append(l, j)
			}
		}
	}
	return holding
}

// container returns the row that row i joins, the longest (then first)
// row holding its words, or -1.
func container(rows []quoteRow, holding map[string][]int, i int) int {
	part := rows[i].words
	if len(part) == 0 {
		return -1
	}
	cands := holding[part[0]]
	for _, w := range part[1:] {
		if len(holding[w]) < len(cands) {
			cands = holding[w]
		}
	}
	best := -1
	for _, j := range cands {
		whole := rows[j].words
		fits := len(whole) > len(part) && containsRun(whole, part, rows[j].elided, rows[i].gaps) && !predates(rows[i].first, rows[j].first) ||
			j < i && slices.Equal(whole, part)
		if fits && (best < 0 || len(whole) > len(rows[best].words)) {
			best = j
		}
	}
	return best
}

// addPart adds part to parts, joining the citations of one with the same
// words.
func addPart(parts []quoteRow, part quoteRow) []quoteRow {
	for k := range parts {
		if slices.Equal(parts[k].words, part.words) {
			parts[k].cites = addCites(parts[k].cites, part.cites)
			return parts
		}
	}
	return append(parts, quoteRow{text: part.text, words: part.words, cites: part.cites})
}

// renumberQuoteRows numbers the n citations of rows in the order the rows
// show them, each row's own before its parts', and rewrites the rows to
// the new numbers. It returns the new number of each old one (index 0
// unused); a citation no row shows goes last.
func renumberQuoteRows(rows []quoteRow, n int) []int {
	renum := make([]int, n+1)
	next := 1
	take := func(cites []int) {
		for _, c := range cites {
			if c > 0 && c <= n && renum[c] == 0 {
				renum[c] = next
				next++
			}
		}
	}
	for _, r := range rows {
		take(r.cites)
		for _, p := range r.parts {
			take(p.cites)
		}
	}
	for c := 1; c <= n; c++ {
		if renum[c] == 0 {
			renum[c] = next
			next++
		}
	}
	remap := func(cites []int) []int {
		out := make([]int, len(cites))
		for i, c := range cites {
			out[i] = renum[c]
		}
		slices.Sort(out)
		return out
	}
	for i := range rows {
		rows[i].cites = remap(rows[i].cites)
		for k := range rows[i].parts {
			rows[i].parts[k].cites = remap(rows[i].parts[k].cites)
		}
	}
	return renum
}

// addCites adds the citations of more not yet in cites, in order.
func addCites(cites, more []int) []int {
	for _, c := range more {
		if !slices.Contains(cites, c) {
			cites = append(cites, c)
		}
	}
	slices.Sort(cites)
	return cites
}

// containsRun reports whether part occurs as a run of consecutive words
// inside whole, not across one of whole's elided gaps (word indices where
// the speaker's words are left out) unless part leaves the same words out
// there. A gap where only a split quote's attribution stood joins words
// said in a row: another outlet quoting "a good day for savers and for
// competition" quotes the same words as `"This is a good day for savers,"
// she said, "and for competition."`.
func containsRun(whole, part []string, gaps, partGaps []int) bool {
	for i := 0; i+len(part) <= len(whole); i++ {
		if slices.Equal(whole[i:i+len(part)], part) && !acrossGap(gaps, partGaps, i, i+len(part)) {
			return true
		}
	}
	return false
}

// acrossGap reports whether a gap of whole falls inside its words [from,
// to) where the part at from has none.
func acrossGap(gaps, partGaps []int, from, to int) bool {
	for _, g := range gaps {
		if from < g && g < to && !slices.Contains(partGaps, g-from) {
			return true
		}
	}
	return false
}

// render writes a quote row as the answer shows it, each part quoted
// alone after the articles quoting the whole: “… He directed them” [2]
// (in part [3]: “He directed them”).
func (r quoteRow) render() Row {
	var b strings.Builder
	fmt.Fprintf(&b, "> “%s” ", escape(oneLine(r.text)))
	writeCites(&b, r.cites)
	all := slices.Clone(r.cites)
	for _, p := range r.parts {
		if subset(p.cites, r.cites) {
			continue // the articles quoting the part already quote the whole line
		}
		b.WriteString(" (in part ")
		writeCites(&b, p.cites)
		fmt.Fprintf(&b, ": “%s”)", escape(oneLine(p.text)))
		all = addCites(all, p.cites)
	}
	return Row{Text: b.String(), Cites: all}
}

// writeCites writes citation numbers: [1][3].
func writeCites(b *strings.Builder, cites []int) {
	for _, c := range cites {
		fmt.Fprintf(b, "[%d]", c)
	}
}

// subset reports whether every citation of some is among all's.
func subset(some, all []int) bool {
	for _, c := range some {
		if !slices.Contains(all, c) {
			return false
		}
	}
	return true
}

// predates reports whether the ISO date part falls more than a day before
// the ISO date whole: words quoted before a statement was first published
// are not a part of it but of something said earlier that shares them.
// An unknown date predates nothing.
func predates(part, whole string) bool {
	p, err1 := time.Parse("2006-01-02", part)
	w, err2 := time.Parse("2006-01-02", whole)
	return err1 == nil && err2 == nil && w.Sub(p) > 24*time.Hour
}

// withDate notes that the row is quoted in an article of the ISO date,
// keeping its earliest.
func (r *quoteRow) withDate(date string) {
	if r.first == "" || date != "" && date < r.first {
		r.first = date
	}
}

package bot

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// quoteRow is one line of a !quotes answer: words a person said, every
// article quoting them whole, and the parts of them other articles quote.
type quoteRow struct {
	text  string
	words []string // the words lower-cased, without punctuation, for matching
	cites []int
	parts []quoteRow
}

func newQuoteRow(text string, cite int) quoteRow {
	return quoteRow{text: text, words: quoteWords(text), cites: []int{cite}}
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
		fits := len(whole) > len(part) && containsRun(whole, part) || j < i && slices.Equal(whole, part)
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
// inside whole.
func containsRun(whole, part []string) bool {
	for i := 0; i+len(part) <= len(whole); i++ {
		if slices.Equal(whole[i:i+len(part)], part) {
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

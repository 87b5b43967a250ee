// Package conll reads CoNLL-2003 files, renders their documents as plain
// text the way the project's scorer does, and scores predicted mentions
// with exact-span, exact-type matching (conlleval).
package conll

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// Token is one word of a sentence with its gold tag ("O", "I-PER", ...).
type Token struct {
	Word, Tag string
}

// Doc is one document: a list of sentences.
type Doc [][]Token

// ReadFile reads the documents of a CoNLL file.
func ReadFile(path string) ([]Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return docs, nil
}

// Read reads the documents of CoNLL text.
func Read(r io.Reader) ([]Doc, error) {
	var docs []Doc
	var doc Doc
	var sent []Token
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "-DOCSTART-") {
			if len(sent) > 0 {
				doc = append(doc, sent)
				sent = nil
			}
			if len(doc) > 0 {
				docs = append(docs, doc)
			}
			doc = nil
			continue
		}
		parts := strings.Fields(line)
		if len(parts) == 0 {
			if len(sent) > 0 {
				doc = append(doc, sent)
				sent = nil
			}
			continue
		}
		sent = append(sent, Token{parts[0], parts[len(parts)-1]})
	}
	if len(sent) > 0 {
		doc = append(doc, sent)
	}
	if len(doc) > 0 {
		docs = append(docs, doc)
	}
	return docs, sc.Err()
}

// Offset is the byte range of one rendered token.
type Offset struct {
	Sent, Tok  int
	Start, End int
}

// Render joins tokens by single spaces and sentences by newlines.
func Render(d Doc) (string, []Offset) {
	var b strings.Builder
	var offs []Offset
	for si, s := range d {
		for ti, t := range s {
			if ti > 0 {
				b.WriteByte(' ')
			}
			offs = append(offs, Offset{si, ti, b.Len(), b.Len() + len(t.Word)})
			b.WriteString(t.Word)
		}
		b.WriteByte('\n')
	}
	return b.String(), offs
}

// Span is an entity as sentence, token range and CoNLL type.
type Span struct {
	Sent, Start, End int
	Type             string
}

// GoldSpans decodes IOB1 or IOB2 tags into entity spans.
func GoldSpans(d Doc) map[Span]bool {
	spans := map[Span]bool{}
	for si, s := range d {
		cur := -1
		typ := ""
		for ti, t := range s {
			pre, ty, _ := strings.Cut(t.Tag, "-")
			if t.Tag == "O" || ty == "" {
				if cur >= 0 {
					spans[Span{si, cur, ti, typ}] = true
					cur = -1
				}
				continue
			}
			if cur >= 0 && (ty != typ || pre == "B") {
				spans[Span{si, cur, ti, typ}] = true
				cur = -1
			}
			if cur < 0 {
				cur, typ = ti, ty
			}
		}
		if cur >= 0 {
			spans[Span{si, cur, len(s), typ}] = true
		}
	}
	return spans
}

// Mention is a predicted entity as a byte range and CoNLL type.
type Mention struct {
	Start, End int
	Type       string
}

// PredSpans maps byte-range mentions to token spans as the scorer does:
// the tokens wholly inside the mention, within its first sentence.
func PredSpans(ms []Mention, offs []Offset) map[Span]bool {
	spans := map[Span]bool{}
	for _, m := range ms {
		si, lo, hi := -1, 0, 0
		for _, o := range offs {
			if o.Start < m.Start || o.End > m.End {
				continue
			}
			if si < 0 {
				si, lo, hi = o.Sent, o.Tok, o.Tok+1
			} else if o.Sent == si {
				lo, hi = min(lo, o.Tok), max(hi, o.Tok+1)
			}
		}
		if si >= 0 {
			spans[Span{si, lo, hi, m.Type}] = true
		}
	}
	return spans
}

// Counts accumulates correct, predicted and gold entity counts per type.
type Counts map[string]*[3]int

// Add scores one document.
func (c Counts) Add(gold, pred map[Span]bool) {
	for _, t := range []string{"PER", "ORG", "LOC", "MISC"} {
		if c[t] == nil {
			c[t] = &[3]int{}
		}
	}
	for s := range gold {
		c[s.Type][2]++
		if pred[s] {
			c[s.Type][0]++
		}
	}
	for s := range pred {
		if c[s.Type] != nil {
			c[s.Type][1]++
		}
	}
}

// F1 returns precision, recall and F1 for one type, or overall for "".
func (c Counts) F1(typ string) (p, r, f float64) {
	var n [3]int
	for t, v := range c {
		if typ == "" || t == typ {
			for i := range n {
				n[i] += v[i]
			}
		}
	}
	if n[1] > 0 {
		p = float64(n[0]) / float64(n[1])
	}
	if n[2] > 0 {
		r = float64(n[0]) / float64(n[2])
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// Report formats the per-type table.
func (c Counts) Report() string {
	var b strings.Builder
	for _, t := range []string{"PER", "ORG", "LOC", "MISC", ""} {
		p, r, f := c.F1(t)
		name := t
		if t == "" {
			name = "ALL"
		}
		fmt.Fprintf(&b, "%-5s precision %.3f recall %.3f F1 %.3f\n", name, p, r, f)
	}
	return b.String()
}

package identity

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// bracketedAcronyms finds the acronyms and short names an article gives
// in brackets right after a name: an acronym ("Alternative for Germany
// (AfD)") is that name's short form whatever its initials, which may be
// of another language's name; so are a stock ticker ("Calder Ridge
// Resources (NYSE: CRR)") and a quoted short name declared after the
// name or its ticker ("Calder Ridge Resources (NYSE: CRR) ("Calder
// Ridge")"). Each becomes a mention of the name's type when the tagger
// missed it or typed it otherwise. It returns the mentions, in a copy
// when changed, and each short form's key with the key of the name it
// stands for.
func bracketedAcronyms(text string, mentions []doc.Mention) ([]doc.Mention, map[string]string) {
	var defined map[string]string
	var out []doc.Mention
	for _, m := range mentions {
		for _, a := range declaredForms(text, m) {
			if defined == nil {
				defined = map[string]string{}
				out = append(make([]doc.Mention, 0, len(mentions)+2), mentions...)
			}
			defined[Key(a.Text)] = Key(m.Text)
			out = withDeclared(out, a)
		}
	}
	if out == nil {
		return mentions, nil
	}
	return out, defined
}

// withDeclared returns ms, sorted by start, with the mention a: a
// mention of its very span takes its type, one that overlaps it stays
// as it is, and otherwise a is inserted.
func withDeclared(ms []doc.Mention, a doc.Mention) []doc.Mention {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= a.Start })
	switch {
	case i < len(ms) && ms[i].Span == a.Span:
		ms[i].Type = a.Type
	case i < len(ms) && ms[i].Start < a.End, i > 0 && ms[i-1].End > a.Start:
		// a mention of other bounds overlaps it: the tagger's stands
	default:
		ms = slices.Insert(ms, i, a)
	}
	return ms
}

// declaredForms returns the short forms written in brackets right after
// the name of a body m: an acronym, or a stock ticker and then perhaps a
// quoted short name.
func declaredForms(text string, m doc.Mention) []doc.Mention {
	if a, ok := bracketedAfter(text, m); ok {
		return []doc.Mention{a}
	}
	if m.Type == doc.Person || m.Type == doc.Place || m.End < 0 || m.End > len(text) {
		return nil
	}
	var out []doc.Mention
	end := m.End
	if d := designatorAfter(text, end); d > end {
		end = d // "Caldermoor Group plc (LSE: CALD)"
	}
	for _, t := range tickersAfter(text, end) {
		t.Type = m.Type
		out = append(out, t.Mention)
		end = t.next
	}
	if d, ok := quotedShortAfter(text, end); ok && Key(d.Text) != Key(m.Text) {
		d.Type = m.Type
		out = append(out, d)
	}
	return out
}

// maxTickerBytes bounds the search for the bracket closing a stock
// ticker: an exchange's name, a colon and the symbol.
const maxTickerBytes = 24

// tickerAfter reads a stock ticker in brackets at offset end of text ("
// (NYSE: CRR)"), returning the symbol as a mention of no type and the
// offset after the bracket.
func tickerAfter(text string, end int) (doc.Mention, int, bool) {
	if !strings.HasPrefix(text[end:], " (") {
		return doc.Mention{}, 0, false
	}
	start := end + len(" (")
	n := strings.IndexByte(text[start:min(len(text), start+maxTickerBytes)], ')')
	if n <= 0 {
		return doc.Mention{}, 0, false
	}
	exch, sym, ok := strings.Cut(text[start:start+n], ":")
	if !ok || !exchangeName(exch) {
		return doc.Mention{}, 0, false
	}
	lead := len(sym) - len(strings.TrimLeft(sym, " "))
	sym = strings.TrimSpace(sym)
	if !isAcronym(sym) {
		return doc.Mention{}, 0, false
	}
	s := start + len(exch) + 1 + lead
	return doc.Mention{Span: doc.Span{Start: s, End: s + len(sym)}, Text: sym}, start + n + 1, true
}

// exchangeName reports the name of a stock exchange as a ticker writes
// it: "NYSE", "Nasdaq", "LSE".
func exchangeName(s string) bool {
	if len(s) < 2 || len(s) > 8 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// maxShortNameBytes bounds the search for the quote closing a declared
// short name.
const maxShortNameBytes = 48

// quotedShortAfter reads a short name declared in quotes in brackets at
// offset end of text (` ("Calder Ridge")`, ` ("Northmoor" or "the
// Company")`): capitalised words, the first no article.
func quotedShortAfter(text string, end int) (doc.Mention, bool) {
	var start int
	var closing string
	switch {
	case strings.HasPrefix(text[end:], ` ("`):
		start, closing = end+len(` ("`), `"`
	case strings.HasPrefix(text[end:], " (“"):
		start, closing = end+len(" (“"), "”"
	default:
		return doc.Mention{}, false
	}
	n := strings.Index(text[start:min(len(text), start+maxShortNameBytes)], closing)
	if n <= 0 {
		return doc.Mention{}, false
	}
	name := text[start : start+n]
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 4 || strings.Join(words, " ") != name || genericOpeners[strings.ToLower(words[0])] {
		return doc.Mention{}, false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return doc.Mention{}, false
		}
	}
	return doc.Mention{Span: doc.Span{Start: start, End: start + n}, Text: name}, true
}

// genericOpeners open the generic names a release declares for a body
// ("the Company"), which are no names of it.
var genericOpeners = map[string]bool{"the": true, "a": true, "an": true, "our": true}

// maxAcronymBytes bounds the search for the bracket closing an acronym:
// six dotted capitals and the bracket.
const maxAcronymBytes = 14

// bracketedAfter returns the acronym written in brackets at offset end of
// text (" (AfD)") after the name of a body m, as a mention of m's type. A
// place's bracket holds a news agency's name in a dateline ("WASHINGTON
// (AP)") as often as its short form.
func bracketedAfter(text string, m doc.Mention) (doc.Mention, bool) {
	end := m.End
	if m.Type == doc.Person || m.Type == doc.Place || end < 0 || end > len(text) || !strings.HasPrefix(text[end:], " (") {
		return doc.Mention{}, false
	}
	start := end + len(" (")
	n := strings.IndexByte(text[start:min(len(text), start+maxAcronymBytes)], ')')
	if n <= 0 || !isAcronym(text[start:start+n]) {
		return doc.Mention{}, false
	}
	return doc.Mention{Span: doc.Span{Start: start, End: start + n}, Type: m.Type, Text: text[start : start+n]}, true
}

// definedOwner returns the entity of the name an article gave the acronym
// form f for in brackets, or nil. forms are the article's forms, grouped.
func definedOwner(defined map[string]string, f *form, forms []*form, ents []*articleEntity) *articleEntity {
	full, ok := defined[f.key]
	if !ok {
		return nil
	}
	for _, g := range forms {
		if g.key == full && g != f && g.typ != doc.Person {
			return ents[g.entity]
		}
	}
	return nil
}

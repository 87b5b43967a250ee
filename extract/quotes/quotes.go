// Package quotes finds direct quotations in news text and attributes each to
// the person or organisation who said it.
//
// Quote marks are paired paragraph by paragraph (curly or straight, with a
// quote left open at a paragraph's end continuing when the next paragraph
// opens with a mark). Single marks quote too ('like this', ‘like this’)
// where they are not apostrophes (O’Brien, the ’90s, rock 'n' roll, the
// workers' union) and not nested inside a double quote. Each quote is then attributed from the words around it
// outside any quote: a verb of saying and its subject ("Ushakov told
// reporters", "said Townsend", "according to X", "X added: ..."), a pronoun
// or a definite description ("he said", "the Kremlin spokesman said")
// resolved to an earlier speaker, or the speaker of the quote just before
// it, or a person opening a sentence that ends in a colon before the quote
// ("Rashidi smiled: ..."). The answers of a printed interview ("Brandt: It
// was the price of a better bill.") are quotes of the person named before
// the colon, without quote marks (see transcript.go). A pronoun means the
// nearest speaker or sentence topic (a subject, the agent of a passive), unless the name's sex rules it out; places
// (datelines, countries) and publications never stand for "he" or "she",
// and a place speaks only when it is the subject of its verb. A wrong
// speaker is worse than none, so anything unclear is left unattributed.
package quotes

import (
	"cmp"
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// Quote is one direct quotation.
type Quote struct {
	doc.Span           // the quoted words, without the quote marks (text[Start:End])
	Text        string // text[Start:End], read by Flatten when it runs over paragraphs
	Speaker     string // canonical name of the speaker; "" when unattributed
	SpeakerType doc.EntityType
	SpeakerSpan doc.Span // where the attribution names the speaker (or the pronoun / description that resolved to them)
	Partial     bool     // a quoted fragment inside a sentence (`described it as "a real mess"`)
}

// Find returns every quotation of text in order, attributed where the text
// makes the speaker clear. Unattributed quotes are returned too, with an
// empty Speaker; callers that want "who said what" drop them.
//
// sents are the sentences of text (a paragraph is the sentences sharing a
// Para); quotes that open in a Boilerplate sentence are skipped. With no
// sentences, every line is a paragraph, cut into sentences at full stops.
// mentions are the named entities, with Canonical set to the fullest name
// where known; Speaker is the Canonical (else Text) of the mention that
// names the speaker, or for an organisation described but not tagged
// ("Ukraine’s eastern military command") the words of the description.
func Find(text string, sents []doc.Sentence, mentions []doc.Mention) []Quote {
	if len(text) == 0 {
		return nil
	}
	// The mentions are cleaned only for a text with quotes or a
	// transcript: most news copy has neither.
	a := newLazyAnalysis(text, sents, mentions)
	a.scanQuotes()
	spoken := a.transcriptQuotes(sents)
	if len(a.segs) == 0 && !unnamedAnswers(spoken) {
		return spoken
	}
	a.loadMentions()
	a.markBoilerplate(sents)
	a.buildWindows()
	defer a.releaseTokens()
	a.attribute()
	if len(spoken) > 0 {
		a.othersInTurns(sents)
	}
	a.answersOfIntroduced(spoken)
	a.quotedAnswersOfIntroduced(spoken)
	out := append(a.unconfirmedHeadings(a.dropHeadingEchoes(a.results())), spoken...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// analysis is the working state of one Find call.
type analysis struct {
	text   string
	ments  []doc.Mention
	paras  []para
	marks  []mark // quote marks of all paragraphs, in text order
	segs   []quoteSeg
	chains int
	wins   []window
	events []*event // sorted by pos
	descs  []desc
	sexes  map[string]gender // people's sex as the article tells it, read once when needed (see personSex)
	low    string            // text with its ASCII letters lower-cased, made on first use (see lowerWord)
	tokBuf *[]token          // the pooled buffer the windows' tokens live in (see buildWindows)
	// rawMents are the mentions as given, until loadMentions cleans
	// them into ments.
	rawMents []doc.Mention
	loaded   bool // ments are set

	declared map[string]doc.Mention // a transcript's roles by the holder named with them (see declaredRoles)
	evBuf    []*event               // the backing array of verbEvents, reused window by window

	surnames     []surname // see personSurnames
	surnamesDone bool

	headings     []int // see entryHeadings
	headingsDone bool

	// headingParas holds what headingPara found of each paragraph, read
	// once: 0 not yet, 1 no heading, 2 a heading. It is dropped when the
	// paragraphs change (see joinSoftBreaks).
	headingParas []uint8

	soleOrgs map[string]*soleOrgScan // see soleOrgBy
	named    map[string]namedMention // see mentionNamed
	segIdx   segReach                // see quoted
}

// para is one paragraph and the sentence boundaries inside it.
type para struct {
	doc.Span
	cuts   []int // byte offsets where a sentence ends inside the paragraph
	m0, m1 int   // the paragraph's quote marks are marks[m0:m1]
}

func newAnalysis(text string, sents []doc.Sentence, mentions []doc.Mention) *analysis {
	a := newLazyAnalysis(text, sents, mentions)
	a.loadMentions()
	return a
}

// newLazyAnalysis is newAnalysis without the mentions, which
// loadMentions sets when they are first needed: finding the quote marks
// and the labels of a transcript needs none.
func newLazyAnalysis(text string, sents []doc.Sentence, mentions []doc.Mention) *analysis {
	a := &analysis{text: text, rawMents: mentions}
	a.paras = paragraphs(text, sents)
	return a
}

// loadMentions sets a.ments, once, from the mentions given: valid,
// ordered, repaired, without overlaps, and with the lone surnames of
// people typed as people.
func (a *analysis) loadMentions() {
	if a.loaded {
		return
	}
	a.loaded = true
	a.ments = cleanMentions(a.text, a.rawMents)
	surnamesAsPeople(a.text, a.ments)
	a.ments = titledSurnames(a.text, a.ments)
	a.rawMents = nil
	a.soleOrgs, a.named = nil, nil
}

// cleanMentions keeps the mentions with valid spans, ordered and without
// overlaps, so that lookups by position can binary-search.
func cleanMentions(text string, in []doc.Mention) []doc.Mention {
	out := make([]doc.Mention, 0, len(in))
	for _, m := range in {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			continue
		}
		out = appendRepaired(out, text, m)
	}
	slices.SortStableFunc(out, func(x, y doc.Mention) int { return cmp.Compare(x.Start, y.Start) })
	k := 0
	for _, m := range out {
		if k > 0 && m.Start < out[k-1].End {
			continue
		}
		out[k] = m
		k++
	}
	return out[:k]
}

// paragraphs groups the sentences by Para. Without usable sentences every
// non-blank line is a paragraph of one sentence.
func paragraphs(text string, sents []doc.Sentence) []para {
	out := make([]para, 0, paraCount(sents))
	last := -1
	prevEnd := 0
	for _, s := range sents {
		if s.Start < prevEnd || s.End > len(text) || s.Start >= s.End {
			continue // out of order or out of range: ignore
		}
		prevEnd = s.End
		if len(out) > 0 && s.Para == last {
			p := &out[len(out)-1]
			p.cuts = append(p.cuts, p.End)
			p.End = s.End
			continue
		}
		last = s.Para
		out = append(out, para{Span: s.Span})
	}
	if len(out) > 0 {
		return out
	}
	start := 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != '\n' {
			continue
		}
		lo := skipSpace(text, start, i)
		hi := trimRightSpace(text, lo, i)
		if hi > lo {
			out = append(out, para{Span: doc.Span{Start: lo, End: hi}, cuts: sentenceCuts(text, lo, hi)})
		}
		start = i + 1
	}
	return out
}

// paraCount returns how many runs of one Para the sentences make, as many
// as paragraphs groups them into at most, so that its list is allocated
// once.
func paraCount(sents []doc.Sentence) int {
	n := 0
	for i, s := range sents {
		if i == 0 || s.Para != sents[i-1].Para {
			n++
		}
	}
	return n
}

// markBoilerplate flags the segments that open inside site furniture.
func (a *analysis) markBoilerplate(sents []doc.Sentence) {
	var spans []doc.Span
	for _, b := range sents {
		if b.Boilerplate {
			spans = append(spans, b.Span)
		}
	}
	if len(spans) == 0 {
		return
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].End < spans[j].End })
	for i := range a.segs {
		s := &a.segs[i]
		k := sort.Search(len(spans), func(k int) bool { return spans[k].End > s.open })
		for ; k < len(spans) && spans[k].Start <= s.open; k++ {
			if s.open < spans[k].End {
				s.boiler = true
				break
			}
		}
	}
}

// results turns the segments into quotes, in text order. The paragraphs of
// one quote (the first left open, the next opening again) make one quote,
// and so do the two stretches of a quote split around its attribution.
func (a *analysis) results() []Quote {
	out := make([]Quote, 0, len(a.segs))
	for i := 0; i < len(a.segs); i++ {
		s := &a.segs[i]
		if s.boiler {
			continue
		}
		j := i + 1
		for j < len(a.segs) && !a.segs[j].boiler &&
			(a.segs[j].chain == a.segs[j-1].chain || a.splitContinues(&a.segs[j-1], &a.segs[j])) {
			j++
		}
		out = append(out, a.quote(a.segs[i:j]))
		i = j - 1
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// quote makes one quote of the segments of a chain. Its speaker is the one
// its paragraphs agree on; paragraphs naming different speakers leave it
// unattributed.
func (a *analysis) quote(segs []quoteSeg) Quote {
	first, last := segs[0], segs[len(segs)-1]
	span := doc.Span{Start: first.content.Start, End: last.content.End}
	q := Quote{Span: span, Text: Flatten(a.text[span.Start:span.End]), Partial: a.partial(&first)}
	var ev *event
	for _, s := range segs {
		switch {
		case s.ev == nil || !s.ev.resolved:
		case ev == nil:
			ev = s.ev
		case ev.name != s.ev.name || ev.typ != s.ev.typ:
			return q
		}
	}
	if ev != nil {
		q.Speaker, q.SpeakerType, q.SpeakerSpan = ev.name, ev.typ, ev.span
	}
	return q
}

// Flatten reads a quote that runs over several paragraphs as one passage:
// a stretch of spaces holding a line break becomes one space, and the quote
// mark that reopens the quote on the new line is dropped. The attribution
// inside a split quote becomes " … " (see splitContinues).
func Flatten(s string) string {
	s = collapseSplits(s)
	if !strings.Contains(s, "\n") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		j, broken := i, false
		for j < len(s) && isFlattenBlank(s[j]) {
			broken = broken || s[j] == '\n'
			j++
		}
		switch {
		case j == i:
			// A run of other bytes is kept as it is, in one write.
			for j < len(s) && !isFlattenBlank(s[j]) {
				j++
			}
			b.WriteString(s[i:j])
		case !broken:
			b.WriteString(s[i:j])
		default:
			b.WriteByte(' ')
			j += reopeningMark(s[j:])
		}
		i = j
	}
	return b.String()
}

// isFlattenBlank reports whether c is a byte of the blank runs Flatten
// reads: a space, a tab or a line break.
func isFlattenBlank(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n'
}

// reopeningMark returns the width of the quote mark s opens with, or 0. A
// straight single mark reopens only before a capital: "'90s" keeps its
// apostrophe.
func reopeningMark(s string) int {
	for _, m := range []string{"\"", "“", "«", "„", "‘"} {
		if strings.HasPrefix(s, m) {
			return len(m)
		}
	}
	if strings.HasPrefix(s, "'") && unicode.IsUpper(nextRune(s, 1, len(s))) {
		return 1
	}
	return 0
}

// partial reports whether a segment is a fragment inside a sentence: it
// follows a word, or begins in lower case.
func (a *analysis) partial(s *quoteSeg) bool {
	p := a.paras[s.para]
	prev := prevRune(a.text, trimRightSpace(a.text, p.Start, s.open), p.Start)
	if isWordRune(prev) {
		return true
	}
	first := nextRune(a.text, s.content.Start, s.content.End)
	return first != 0 && isLowerRune(first) && prev != ':' && !s.cont
}

// sentenceCuts finds sentence ends in a paragraph when the caller gave no
// sentences: a full stop, question or exclamation mark (and any closing
// quote or bracket) followed by a space and a capital or an opening quote,
// unless the word before is an initial or a title ("Mr.", "U.S.").
func sentenceCuts(text string, lo, hi int) []int {
	var cuts []int
	for i := lo; i < hi; i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < hi {
			r, w := utf8.DecodeRuneInString(text[j:])
			if r != '"' && r != '”' && r != '’' && r != '\'' && r != ')' {
				break
			}
			j += w
		}
		k := skipSpace(text, j, hi)
		if k == j || k >= hi {
			continue
		}
		r, _ := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsUpper(r) && r != '"' && r != '“' && r != '‘' && r != '\'' {
			continue
		}
		if c == '.' && abbreviation(text, lo, i) {
			continue
		}
		cuts = append(cuts, j)
	}
	return cuts
}

// abbreviations are the words a dot ends without ending the sentence:
// titles before a name, suffixes after one and company designators.
var abbreviations = func() map[string]bool {
	m := wordSet(`jr sr no vs inc corp co ltd`)
	maps.Copy(m, nameTitles)
	return m
}()

// abbreviation reports whether the word ending at the dot at i is an
// initial, an initialism or a title.
func abbreviation(text string, lo, i int) bool {
	s := i
	for s > lo && text[s-1] != ' ' && text[s-1] != '\n' {
		s--
	}
	w := strings.ToLower(text[s:i])
	return len(w) == 1 || strings.Contains(w, ".") || abbreviations[w]
}

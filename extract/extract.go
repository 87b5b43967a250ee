// Package extract runs the extraction pipeline over one article: sentence
// splitting and boilerplate marking, named entities and their identity
// within the article, roles, time expressions, quotes and events.
package extract

import (
	"regexp"
	"slices"
	"strings"
	"time"

	"newsbot/extract/doc"
	"newsbot/extract/events"
	"newsbot/extract/identity"
	"newsbot/extract/ner"
	"newsbot/extract/quotes"
	"newsbot/extract/segment"
	"newsbot/extract/timex"
)

// Version names the extraction behaviour. The knowledge base records it
// and re-extracts every article when it changes, so bump it whenever a
// change to any extractor or model would change what is stored.
const Version = "2026-11-26.258"

// Result is everything extraction found in one text. Every span is a byte
// range into that text.
type Result struct {
	Sentences []doc.Sentence
	Mentions  []doc.Mention
	Times     []timex.Expr
	Quotes    []quotes.Quote
	Roles     []identity.Role
	Events    []events.Event

	// tagged are the tagger's mentions before identity resolution gave
	// each entity one type across the article.
	tagged []doc.Mention
	// sources are the spans of the agencies named in a wire dateline's
	// brackets (see datelineSources).
	sources []doc.Span
}

// Pipeline holds the loaded models. It is safe for concurrent use.
type Pipeline struct {
	tagger *ner.Tagger
}

// New loads the models the pipeline needs (embedded in the binary).
func New() (*Pipeline, error) {
	t, err := ner.Load()
	if err != nil {
		return nil, err
	}
	return &Pipeline{tagger: t}, nil
}

// Run extracts from text. published is the article's publication date,
// zero when unknown: relative dates then stay unresolved.
func (p *Pipeline) Run(text string, published time.Time) *Result {
	// A header of metadata lines is no part of the story; offsets still
	// count from the first byte of the text.
	text = segment.BlankHeader(text)
	r := &Result{Sentences: segment.Split(text)}
	spans := make([]doc.Span, 0, len(r.Sentences))
	for _, s := range r.Sentences {
		if !s.Boilerplate {
			spans = append(spans, s.Span)
		}
	}
	raw := withLabelPeople(text, withTitledLabelPeople(text, p.tagger.Tag(text, spans)))
	raw = withoutQuestionLabels(text, withTranscriptLabelPeople(text, raw))
	raw = withInstitutionsAsOrgs(withTitledSurnames(text, withBracketLabelPeople(text, raw)))
	r.tagged = make([]doc.Mention, len(raw))
	copy(r.tagged, raw)
	raw = withoutMisstatedNames(text, r.Sentences, raw)
	raw = withoutLabelNames(text, r.Sentences, raw)
	r.Mentions = identity.Resolve(text, raw)
	r.Mentions = withProducts(text, r.Sentences, r.Mentions, p.tagger.KnownWord)
	r.Mentions = withAcronymCompounds(r.Mentions)
	r.sources = datelineSources(text, r.Sentences, r.Mentions)
	r.Times = outsideNames(timex.Find(text, r.Sentences, published), r.Mentions)
	r.Quotes = attributed(quotes.Find(text, r.Sentences, r.Mentions))
	r.Roles = identity.Roles(text, r.Sentences, r.Mentions)
	r.Events = withSpeakers(events.Find(text, r.Sentences, r.Times, r.Mentions, published), r.Quotes)
	return r
}

// Named returns the mentions of the names the knowledge base keeps: all
// but the words that only describe ("Norwegian", "mid-October"; see
// ner.Descriptor) and the agency in a wire dateline's brackets ("LONDON
// (Reuters) -"; see datelineSources), which the tagging task counts as
// names.
func (r *Result) Named() []doc.Mention {
	out := make([]doc.Mention, 0, len(r.Mentions))
	for _, m := range r.Mentions {
		if !ner.Descriptor(m) && !isSource(r.sources, m) {
			out = append(out, m)
		}
	}
	return out
}

// misstatementCues are the words by which a correction note says what an
// earlier version got wrong.
var misstatementCues = []string{"misstat", "misspel", "misidentif", "misnam", "misquot", "incorrectly", "wrongly",
	"erroneously", "mistakenly", "in error"}

// withoutMisstatedNames drops from ms (in text order) the names a
// correction note gives as an earlier version's error: in "An earlier
// version of this story misstated the first name of Deputy Governor
// Samuel Okoro as Simon" there is no Simon.
func withoutMisstatedNames(text string, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	if !slices.ContainsFunc(ms, func(m doc.Mention) bool { return m.Start < 0 || m.Start > len(text) || misstatedAt(text, m.Start) }) {
		return ms // a note drops only names after "as" or "as being based at"
	}
	var notes []doc.Span
	noteEnd := -1 // end of the last note sentence, which the line may go on
	for _, s := range sents {
		if s.End > len(text) {
			continue
		}
		goesOn := noteGoesOn(text, noteEnd, s.Start)
		if !goesOn && !events.EditorialNote(text[s.Start:s.End]) {
			continue
		}
		noteEnd = s.End
		l := strings.ToLower(text[s.Start:s.End])
		if slices.ContainsFunc(misstatementCues, func(c string) bool { return strings.Contains(l, c) }) ||
			goesOn && strings.Contains(l, "described") {
			notes = append(notes, s.Span)
		}
	}
	if len(notes) == 0 {
		return ms
	}
	return slices.DeleteFunc(ms, func(m doc.Mention) bool {
		if !slices.ContainsFunc(notes, func(n doc.Span) bool { return n.Start <= m.Start && m.End <= n.End }) {
			return false
		}
		return misstatedAt(text, m.Start)
	})
}

// afterAs reports whether before, spaces at its end set aside, ends in
// the word "as" in any case: " as", " As". Only ASCII letters lower to a
// and s.
func afterAs(before string) bool {
	before = strings.TrimRight(before, " ")
	n := len(before)
	return n >= 3 && before[n-3] == ' ' && before[n-2]|0x20 == 'a' && before[n-1]|0x20 == 's'
}

// misstatedAt reports whether a name at start reads as what an earlier
// version wrongly called someone: after "as", or after "as being based at".
func misstatedAt(text string, start int) bool {
	return afterAs(text[:start]) || describedAt(text[max(0, start-maxDescribedAt):start])
}

// noteLabel follows the role that names an outlet's note at the opening
// of a sentence: "Editor's note:", "Editors' note:", "Publisher's Note:".
var noteLabel = regexp.MustCompile(`^(?i:(?:'s|’s|s'|s’)\s+notes?\s*:)`)

// noteRoles are the roles that sign an outlet's note.
var noteRoles = map[string]bool{"editor": true, "editors": true, "publisher": true, "publishers": true,
	"author": true, "authors": true, "translator": true, "writer": true, "reporter": true}

// answerLabel opens the answer of a question-and-answer box: "A: Yes."
var answerLabel = regexp.MustCompile(`^(?:A|Answer)\s*:\s*$`)

// replyWords are the one-word answers a question-and-answer box gives,
// which name nothing.
var replyWords = map[string]bool{"yes": true, "no": true, "maybe": true, "perhaps": true, "possibly": true,
	"sure": true, "correct": true, "absolutely": true, "never": true, "indeed": true, "exactly": true, "unclear": true}

// withoutLabelNames drops from ms the words that only label a line and
// name nobody: the role of an outlet's note ("Editor" in "Editor's note:
// The Monitor has verified …") and a one-word answer after a Q&A label
// ("Yes" in "A: Yes."). A name before a possessive that is no note
// ("Editor Jane Roe's note said …") stays.
func withoutLabelNames(text string, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	starts := make(map[int]bool, len(sents))
	for _, s := range sents {
		starts[s.Start] = true
	}
	return slices.DeleteFunc(ms, func(m doc.Mention) bool {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			return false
		}
		word := strings.ToLower(text[m.Start:m.End])
		if starts[m.Start] && noteRoles[word] && noteLabel.MatchString(text[m.End:min(len(text), m.End+24)]) {
			return true
		}
		if !replyWords[word] {
			return false
		}
		line := text[strings.LastIndexByte(text[:m.Start], '\n')+1 : m.Start]
		return answerLabel.MatchString(line)
	})
}

// outsideNames drops the time expressions that are part of a person's
// or an organisation's name: "Spectrum 2000 Inc" dates nothing. Mentions
// and times are both in text order.
func outsideNames(ts []timex.Expr, ms []doc.Mention) []timex.Expr {
	out, k := ts[:0], 0
	for _, t := range ts {
		for k < len(ms) && ms[k].End <= t.Start {
			k++
		}
		inside := false
		for j := k; j < len(ms) && ms[j].Start <= t.Start; j++ {
			m := ms[j]
			if (m.Type == doc.Person || m.Type == doc.Org) && t.End <= m.End && m.End-m.Start > t.End-t.Start {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, t)
		}
	}
	return out
}

// withSpeakers adds to each event the speakers of the quotations inside
// its summary: `"We will not stop," she said on Tuesday` is an event of
// the woman the quote finder found she is.
func withSpeakers(evs []events.Event, qs []quotes.Quote) []events.Event {
	for i := range evs {
		sum := evs[i].Summary
		for _, q := range qs {
			if q.Start >= sum.End {
				break
			}
			if q.Speaker != "" && q.Start < sum.End && sum.Start < q.End && !slices.Contains(evs[i].Entities, q.Speaker) {
				evs[i].Entities = append(evs[i].Entities, q.Speaker)
			}
		}
	}
	return evs
}

// attributed keeps the quotes with a speaker: an unattributed quote cannot
// answer "who said what".
func attributed(qs []quotes.Quote) []quotes.Quote {
	out := qs[:0]
	for _, q := range qs {
		if q.Speaker != "" {
			out = append(out, q)
		}
	}
	return out
}

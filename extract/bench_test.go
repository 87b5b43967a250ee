package extract

import (
	"path/filepath"
	"slices"
	"testing"

	"newsbot/extract/doc"
	"newsbot/extract/events"
	"newsbot/extract/identity"
	"newsbot/extract/internal/newscorpus"
	"newsbot/extract/quotes"
	"newsbot/extract/segment"
	"newsbot/extract/timex"
)

// newsCorpus is the shared Reuters collection, relative to this package
// inside the working tree; benchmarks that need it skip when it is absent.
var newsCorpus = filepath.Join("..", "..", "shared", "data", "reuters21578.jsonl.gz")

// readStories returns the first n stories of the news corpus.
func readStories(tb testing.TB, n int) []newscorpus.Story {
	tb.Helper()
	return newscorpus.Read(tb, newsCorpus, n)
}

// BenchmarkStages runs each extraction stage after the tagger over news
// stories, on the tagger's output computed once; see b.SetBytes for MB/s.
func BenchmarkStages(b *testing.B) {
	stories := readStories(b, 2000)
	p, err := New()
	if err != nil {
		b.Fatal(err)
	}
	results := make([]*Result, len(stories))
	size := 0
	for i, s := range stories {
		results[i] = p.Run(s.Text, s.Published)
		size += len(s.Text)
	}
	stages := []struct {
		name string
		run  func(s newscorpus.Story, r *Result)
	}{
		{"segment", func(s newscorpus.Story, _ *Result) { segment.Split(s.Text) }},
		{"identity", func(s newscorpus.Story, r *Result) { identity.Resolve(s.Text, append(r.tagged[:0:0], r.tagged...)) }},
		{"timex", func(s newscorpus.Story, r *Result) { timex.Find(s.Text, r.Sentences, s.Published) }},
		{"quotes", func(s newscorpus.Story, r *Result) { quotes.Find(s.Text, r.Sentences, r.Mentions) }},
		{"roles", func(s newscorpus.Story, r *Result) { identity.Roles(s.Text, r.Sentences, r.Mentions) }},
		{"events", func(s newscorpus.Story, r *Result) {
			events.Find(s.Text, r.Sentences, r.Times, r.Mentions, s.Published)
		}},
	}
	for _, st := range stages {
		b.Run(st.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for i, s := range stories {
					st.run(s, results[i])
				}
			}
		})
	}
}

// BenchmarkMentionRules runs the mention rules of this package (the label,
// titled-surname, product and acronym rules around the tagger and identity
// resolution) over news stories, on the tagger's and the resolver's output
// computed once.
func BenchmarkMentionRules(b *testing.B) {
	stories := readStories(b, 2000)
	p, err := New()
	if err != nil {
		b.Fatal(err)
	}
	type input struct {
		text     string
		sents    []doc.Sentence
		tags     []doc.Mention
		resolved []doc.Mention
	}
	inputs := make([]input, len(stories))
	size := 0
	for i, s := range stories {
		text := segment.BlankHeader(s.Text)
		sents := segment.Split(text)
		var spans []doc.Span
		for _, st := range sents {
			if !st.Boilerplate {
				spans = append(spans, st.Span)
			}
		}
		r := p.Run(s.Text, s.Published)
		inputs[i] = input{text, sents, p.tagger.Tag(text, spans), identity.Resolve(text, r.tagged)}
		size += len(s.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, in := range inputs {
			text := in.text
			raw := withLabelPeople(text, withTitledLabelPeople(text, slices.Clone(in.tags)))
			raw = withoutQuestionLabels(text, withTranscriptLabelPeople(text, raw))
			raw = withInstitutionsAsOrgs(withTitledSurnames(text, withBracketLabelPeople(text, raw)))
			raw = withoutMisstatedNames(text, in.sents, raw)
			withoutLabelNames(text, in.sents, raw)
			ms := withProducts(text, in.sents, slices.Clone(in.resolved), p.tagger.KnownWord)
			withAcronymCompounds(ms)
		}
	}
}

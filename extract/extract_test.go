package extract

import (
	"slices"
	"strings"
	"testing"
	"time"

	"newsbot/extract/doc"
	"newsbot/extract/events"
	"newsbot/extract/quotes"
)

func TestWithSpeakersAddsTheSpeakerOfAQuotationInsideAnEvent(t *testing.T) {
	// `"We will not stop," she said on Tuesday. Stone added: "Never."`
	evs := []events.Event{
		{Summary: doc.Span{Start: 0, End: 40}, Entities: nil},
		{Summary: doc.Span{Start: 41, End: 70}, Entities: []string{"Ann Stone"}},
	}
	qs := []quotes.Quote{
		{Span: doc.Span{Start: 1, End: 18}, Speaker: "Ann Stone"},
		{Span: doc.Span{Start: 20, End: 25}, Speaker: ""},
		{Span: doc.Span{Start: 60, End: 66}, Speaker: "Ann Stone"},
	}
	got := withSpeakers(evs, qs)
	if !slices.Equal(got[0].Entities, []string{"Ann Stone"}) {
		t.Errorf("first event involves %q, want the quote's speaker", got[0].Entities)
	}
	if !slices.Equal(got[1].Entities, []string{"Ann Stone"}) {
		t.Errorf("second event involves %q, want the speaker once", got[1].Entities)
	}
}

func TestACorrectionNoteNamesNoOneByTheErrorItCorrects(t *testing.T) {
	tests := []namesCase{
		{"a misstated first name", "Deputy Governor Samuel Okoro voted to hold rates.\n\n" +
			"Correction: An earlier version of this story misstated the first name of Deputy Governor Samuel Okoro as Simon.\n",
			"Simon", "Samuel Okoro"},
		{"a misidentified official", "Minister Hana Lindqvist spoke on Monday.\n\n" +
			"An earlier version of this article incorrectly identified Hana Lindqvist as Ingrid Lindqvist.\n",
			"Ingrid Lindqvist", "Hana Lindqvist"},
		{"a workplace an earlier version gave, in a note that goes on", "Dr Ana Reis, of the Tolvern Institute, spoke.\n\n" +
			"Correction: An earlier version of this article gave the wrong date. It also described Dr Ana Reis as being based at the University of Tolvern; she is at the Tolvern Institute.\n",
			"University of Tolvern", "Tolvern Institute"},
		{"a sentence after a note on another line is no note", "Correction: An earlier version of this article gave the wrong date.\n" +
			"The report described Ana Reis as being based at the Tolvern Institute.\n",
			"", "Tolvern Institute"},
		{"a note without an error keeps its names", "Minister Hana Lindqvist spoke on Monday.\n\n" +
			"Update: This story was updated with comment from Peter Brandt.\n",
			"", "Peter Brandt"},
		{"a name after a capitalised As", "Minister Hana Lindqvist spoke on Monday.\n\n" +
			"CORRECTION: AN EARLIER VERSION OF THIS STORY MISNAMED Hana Lindqvist AS  Ingrid Lindqvist.\n",
			"Ingrid Lindqvist", "Hana Lindqvist"},
	}
	checkNames(t, tests, "which the note says was an error")
}

func TestALineLabelNamesNoOne(t *testing.T) {
	tests := []namesCase{
		{"an editor's note", "Talks resumed on Monday.\n\n" +
			"Editor's note: The Crescent Daily Monitor has verified the authenticity of the document with two independent sources.\n",
			"Editor", "The Crescent Daily Monitor"},
		{"a one-word answer", "Lumora was fined on Tuesday.\n\nQ: Could other AI companies face fines?\nA: Yes.\n",
			"Yes", "Lumora"},
		{"a reply word in a report", "Lumora was fined on Tuesday.\n\nThe Yes campaign led by Anna Berg won the vote.\n",
			"", "Anna Berg"},
	}
	checkNames(t, tests, "which only labels its line")
}

// namesCase is a text whose extraction must not name gone (when set) and
// must name kept.
type namesCase struct {
	name, text, gone, kept string
}

// checkNames runs each case through the pipeline; why says what gone is.
func checkNames(t *testing.T, tests []namesCase, why string) {
	t.Helper()
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := p.Run(tt.text, time.Time{})
			var names []string
			for _, m := range r.Mentions {
				names = append(names, m.Name())
			}
			if tt.gone != "" && slices.Contains(names, tt.gone) {
				t.Errorf("mentions %q hold %q, %s", names, tt.gone, why)
			}
			if !slices.Contains(names, tt.kept) {
				t.Errorf("mentions %q lack %q", names, tt.kept)
			}
		})
	}
}

// TestRunHugeSentence runs the whole pipeline on an article that is one
// enormous sentence: its sentences are cut to a bounded length, so the work
// grows with the text rather than with its square, and every dated clause
// still gives its event.
func TestRunHugeSentence(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	const clauses = 1500
	text := "Huge\n\n" + strings.Repeat("Putin met Witkoff on Tuesday, and they will meet again on 5 January 2026, ", clauses)
	start := time.Now()
	r := p.Run(text, time.Date(2025, 12, 3, 0, 0, 0, 0, time.UTC))
	if d := time.Since(start); d > 2*time.Minute {
		t.Errorf("took %v", d)
	}
	for _, s := range r.Sentences {
		if s.Len() > doc.MaxSentence {
			t.Fatalf("sentence %v is %d bytes, more than %d", s.Span, s.Len(), doc.MaxSentence)
		}
	}
	if len(r.Events) < clauses {
		t.Errorf("found %d events, want at least %d", len(r.Events), clauses)
	}
}

package extract

import (
	"slices"
	"testing"

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

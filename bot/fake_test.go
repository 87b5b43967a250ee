package bot

import (
	"context"
	"strings"
	"testing"
	"time"

	"newsbot/kb"
)

// fakeStore is a Store whose answers come from function fields.
type fakeStore struct {
	timeline func(q kb.TimelineQuery) []kb.TimelineRow
}

var _ Store = (*fakeStore)(nil)

func (f *fakeStore) Stats(context.Context) (int, time.Time, error) { return 0, time.Time{}, nil }
func (f *fakeStore) Find(context.Context, string) (kb.Lookup, error) {
	return kb.Lookup{}, nil
}
func (f *fakeStore) Profile(context.Context, int64) (kb.Profile, error) {
	return kb.Profile{}, kb.ErrNotFound
}
func (f *fakeStore) EntityArticles(context.Context, int64) ([]string, error)   { return nil, nil }
func (f *fakeStore) Quotes(context.Context, int64, int) ([]kb.QuoteHit, error) { return nil, nil }
func (f *fakeStore) Timeline(_ context.Context, q kb.TimelineQuery) ([]kb.TimelineRow, error) {
	return f.timeline(q), nil
}
func (f *fakeStore) Search(context.Context, string, int) ([]kb.SearchHit, error) { return nil, nil }
func (f *fakeStore) Sources(context.Context, int) ([]kb.Snippet, error)          { return nil, nil }
func (f *fakeStore) Complete(context.Context, string, int) []string              { return nil }
func (f *fakeStore) Close() error                                                { return nil }

func TestAChatTimelineIsBoundedAndSaysSoWhileTheFullOneIsNot(t *testing.T) {
	const events = 600
	st := &fakeStore{timeline: func(q kb.TimelineQuery) []kb.TimelineRow {
		var out []kb.TimelineRow
		for i := 0; i < events && i < q.Limit; i++ {
			sn := kb.Snippet{Article: kb.ArticleMeta{ID: "a.txt", Title: "T", Source: "S"}, Start: i, End: i + 1, Text: "x"}
			out = append(out, kb.TimelineRow{Date: "2025-01-02", Precision: "day", Summary: "event", Sources: []kb.Snippet{sn}})
		}
		return out
	}}
	b := New(st, Options{})
	chat := b.Ask(context.Background(), "!timeline")
	if len(chat.Events) != chatRows || !strings.Contains(chat.Text, "Showing the first 200 events") {
		t.Errorf("chat reply: %d events, text %q", len(chat.Events), chat.Text[:min(200, len(chat.Text))])
	}
	full := b.AskFull(context.Background(), "!timeline", true)
	if len(full.Events) != events || strings.Contains(full.Text, "Showing the first") {
		t.Errorf("full answer: %d events, want %d", len(full.Events), events)
	}
}

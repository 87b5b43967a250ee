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
	find     func(name string) kb.Lookup
	byRole   func(role string) []kb.EntityRef
	profile  func(id int64) kb.Profile
	complete func(prefix string) []string
}

var _ Store = (*fakeStore)(nil)

func (f *fakeStore) Stats(context.Context) (int, time.Time, error) { return 0, time.Time{}, nil }
func (f *fakeStore) Find(_ context.Context, name string) (kb.Lookup, error) {
	if f.find == nil {
		return kb.Lookup{}, nil
	}
	return f.find(name), nil
}
func (f *fakeStore) ByRole(_ context.Context, role string) ([]kb.EntityRef, error) {
	if f.byRole == nil {
		return nil, nil
	}
	return f.byRole(role), nil
}
func (f *fakeStore) Profile(_ context.Context, id int64) (kb.Profile, error) {
	if f.profile == nil {
		return kb.Profile{}, kb.ErrNotFound
	}
	return f.profile(id), nil
}
func (f *fakeStore) EntityArticles(context.Context, int64) ([]string, error)   { return nil, nil }
func (f *fakeStore) Quotes(context.Context, int64, int) ([]kb.QuoteHit, error) { return nil, nil }
func (f *fakeStore) Timeline(_ context.Context, q kb.TimelineQuery) ([]kb.TimelineRow, error) {
	return f.timeline(q), nil
}
func (f *fakeStore) Search(context.Context, string, int) ([]kb.SearchHit, error) { return nil, nil }
func (f *fakeStore) Sources(context.Context, string, int) ([]kb.Snippet, error)  { return nil, nil }
func (f *fakeStore) Complete(_ context.Context, prefix string, _ int) []string {
	if f.complete == nil {
		return nil
	}
	return f.complete(prefix)
}
func (f *fakeStore) Close() error { return nil }

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

func TestWhoOfAnArticleWithoutOutlet(t *testing.T) {
	st := &fakeStore{
		find: func(string) kb.Lookup { return kb.Lookup{Matches: []kb.EntityRef{{ID: 7, Name: "Naledi Khumalo"}}} },
		profile: func(int64) kb.Profile {
			return kb.Profile{EntityRef: kb.EntityRef{ID: 7, Name: "Naledi Khumalo", Type: "PERSON", Articles: 1}}
		},
	}
	b := New(st, Options{})
	defer b.Close()
	a := b.Ask(context.Background(), "!who Khumalo")
	if !strings.Contains(a.Text, "**Mentioned in** 1 article") || strings.Contains(a.Text, "0 outlets") {
		t.Errorf("reply %q, want the article count without a count of no outlets", a.Text)
	}
}

func TestHelpExamplesUseNamesTheKnowledgeBaseKnows(t *testing.T) {
	st := &fakeStore{
		complete: func(string) []string { return []string{"Brazilian", "Jane Holloway"} },
		find: func(q string) kb.Lookup {
			if q == "Jane Holloway" {
				return kb.Lookup{Matches: []kb.EntityRef{{ID: 7, Name: q, Type: "PERSON"}}}
			}
			if q == "Brazilian" {
				return kb.Lookup{Matches: []kb.EntityRef{{ID: 8, Name: q, Type: "OTHER"}}}
			}
			return kb.Lookup{}
		},
	}
	b := New(st, Options{})
	defer b.Close()
	a := b.Ask(context.Background(), "!help")
	if strings.Contains(a.Text, "Ushakov") || !strings.Contains(a.Text, "`!who Jane Holloway`") || !strings.Contains(a.Text, "`!timeline Jane Holloway`") {
		t.Errorf("help %q, want examples with the knowledge base's most mentioned person and no seed date", a.Text)
	}
	if a := b.Ask(context.Background(), "!who"); !strings.Contains(a.Error, "`!who Jane Holloway`") {
		t.Errorf("usage error %q, want the example with the knowledge base's most mentioned person", a.Error)
	}
}

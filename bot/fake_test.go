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
	quotes   func(id int64) []kb.QuoteHit
	search   func(q string) []kb.SearchHit
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
func (f *fakeStore) EntityArticles(context.Context, int64) ([]string, error) { return nil, nil }
func (f *fakeStore) Quotes(_ context.Context, id int64, _ int) ([]kb.QuoteHit, error) {
	if f.quotes == nil {
		return nil, nil
	}
	return f.quotes(id), nil
}
func (f *fakeStore) Timeline(_ context.Context, q kb.TimelineQuery) ([]kb.TimelineRow, error) {
	if f.timeline == nil {
		return nil, nil
	}
	return f.timeline(q), nil
}
func (f *fakeStore) Search(_ context.Context, q string, _ int) ([]kb.SearchHit, error) {
	if f.search == nil {
		return nil, nil
	}
	return f.search(q), nil
}
func (f *fakeStore) Sources(context.Context, string, int) ([]kb.Snippet, error) { return nil, nil }
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

func TestHelpExamplesAnswerInTheKnowledgeBase(t *testing.T) {
	people := map[string]int64{"Jane Holloway": 1, "Omar Haddad": 2, "Lena Fischer": 3}
	st := &fakeStore{
		complete: func(string) []string { return []string{"Jane Holloway", "Omar Haddad", "Lena Fischer"} },
		find: func(q string) kb.Lookup {
			if id, ok := people[q]; ok {
				return kb.Lookup{Matches: []kb.EntityRef{{ID: id, Name: q, Type: "PERSON"}}}
			}
			return kb.Lookup{}
		},
		timeline: func(q kb.TimelineQuery) []kb.TimelineRow {
			if q.Entity != people["Omar Haddad"] {
				return nil
			}
			return []kb.TimelineRow{{Date: "2026-01-02", Precision: "day", Summary: "event"}}
		},
		quotes: func(id int64) []kb.QuoteHit {
			if id != people["Lena Fischer"] {
				return nil
			}
			return []kb.QuoteHit{{Speaker: "Lena Fischer", Text: "words"}}
		},
		search: func(q string) []kb.SearchHit {
			if q != "Omar Haddad" {
				return nil
			}
			return []kb.SearchHit{{}}
		},
	}
	b := New(st, Options{})
	defer b.Close()
	tests := []struct {
		name, command, want string
	}{
		{"who names the most mentioned person", "who", "`!who Jane Holloway`"},
		{"timeline names a person with events", "timeline", "`!timeline Omar Haddad`"},
		{"quotes names a person with quotes", "quotes", "`!quotes Lena Fischer`"},
		{"search looks for words some sentence holds", "search", "`!search Omar Haddad`"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if a := b.Ask(context.Background(), "!help "+tt.command); !strings.Contains(a.Text, tt.want) {
				t.Errorf("help %q, want the example %s", a.Text, tt.want)
			}
		})
	}
}

func TestWhoOfAnOfficeOfAPlaceOnlyAFormerHolderHeld(t *testing.T) {
	st := &fakeStore{
		find: func(string) kb.Lookup {
			return kb.Lookup{Matches: []kb.EntityRef{{ID: 3, Name: "Alcorcón", Type: "PLACE"}}}
		},
		byRole: func(role string) []kb.EntityRef {
			if role == "former mayor of Alcorcón" {
				return []kb.EntityRef{{ID: 9, Name: "Rosa Ibarra", Type: "PERSON"}}
			}
			return nil
		},
	}
	b := New(st, Options{})
	defer b.Close()
	a := b.Ask(context.Background(), "!who the mayor of Alcorcón")
	if !strings.Contains(a.Error, "the mayor of Alcorcón now") || !strings.Contains(a.Error, "**Rosa Ibarra** as its former holder") {
		t.Errorf("reply %q / %q, want the former mayor, not the place", a.Text, a.Error)
	}
}

// An office no one named holds points to a search of it; an unknown name
// gets no such pointer.
func TestWhoOfAnOfficeNoOneNamedHolds(t *testing.T) {
	b := New(&fakeStore{}, Options{})
	defer b.Close()
	tests := []struct{ query, want, not string }{
		{"!who the foreign minister", "try `!search foreign minister`", ""},
		{"!quotes the finance minister", "try `!search finance minister`", ""},
		{"!who Nobody Atall", "I found no one called", "!search"},
	}
	for _, tt := range tests {
		a := b.Ask(context.Background(), tt.query)
		if !strings.Contains(a.Error, tt.want) || tt.not != "" && strings.Contains(a.Error, tt.not) {
			t.Errorf("%s: reply %q, want %q without %q", tt.query, a.Error, tt.want, tt.not)
		}
	}
}

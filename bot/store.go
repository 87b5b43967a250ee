package bot

import (
	"context"
	"time"

	"newsbot/kb"
)

// Store is what the commands need from the knowledge base; *kb.Store
// satisfies it.
type Store interface {
	Stats(ctx context.Context) (int, time.Time, error)
	Find(ctx context.Context, query string) (kb.Lookup, error)
	ByRole(ctx context.Context, role string) ([]kb.EntityRef, error)
	Profile(ctx context.Context, id int64) (kb.Profile, error)
	EntityArticles(ctx context.Context, id int64) ([]string, error)
	Quotes(ctx context.Context, id int64, limit int) ([]kb.QuoteHit, error)
	Timeline(ctx context.Context, q kb.TimelineQuery) ([]kb.TimelineRow, error)
	Search(ctx context.Context, query string, limit int) ([]kb.SearchHit, error)
	Sources(ctx context.Context, filter string, limit int) ([]kb.Snippet, error)
	Complete(ctx context.Context, prefix string, n int) []string
	Close() error
}

var _ Store = (*kb.Store)(nil)

// Complete offers up to n entity names for a partly typed name
// (autocomplete), spelling-tolerant.
func (b *Bot) Complete(ctx context.Context, prefix string, n int) []string {
	h, release := b.acquire()
	defer release()
	return h.store.Complete(ctx, prefix, n)
}

// cites numbers the snippets an answer cites, reusing the number of a
// snippet cited before.
type cites struct {
	list []Citation
	idx  map[citeKey]int
}

// citeKey identifies a snippet: an article's bytes [start, end).
type citeKey struct {
	article    string
	start, end int
}

func (c *cites) add(sn kb.Snippet) int {
	if c.idx == nil {
		c.idx = map[citeKey]int{}
	}
	k := citeKey{sn.Article.ID, sn.Start, sn.End}
	if n, ok := c.idx[k]; ok {
		return n
	}
	n := len(c.list) + 1
	c.idx[k] = n
	c.list = append(c.list, Citation{N: n, Article: sn.Article.ID, Title: sn.Article.Title, Source: sn.Article.Source,
		Published: sn.Article.Published, URL: sn.Article.URL, Snippet: sn.Text, Start: sn.Start, End: sn.End})
	return n
}

package identity

import (
	"strings"
	"sync"
)

// memo remembers the results of a function of a name: an article names the
// same people, places and organisations many times, and a corpus names
// them in article after article. It stops learning at max names, so that
// a long-running process keeps a bounded table.
type memo struct {
	mu  sync.RWMutex
	m   map[string]string
	max int
	f   func(string) string
}

func newMemo(max int, f func(string) string) *memo {
	return &memo{m: map[string]string{}, max: max, f: f}
}

func (c *memo) get(s string) string {
	c.mu.RLock()
	v, ok := c.m[s]
	c.mu.RUnlock()
	if ok {
		return v
	}
	v = c.f(s)
	c.mu.Lock()
	if len(c.m) < c.max {
		// A clone: s is often a slice of a whole article's text.
		c.m[strings.Clone(s)] = v
	}
	c.mu.Unlock()
	return v
}

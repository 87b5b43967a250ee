package identity

import (
	"strings"
	"sync"
)

// memo remembers the results of a function of a name: an article names the
// same people, places and organisations many times, and a corpus names
// them in article after article. It stops learning at max names, so that
// a long-running process keeps a bounded table.
type memo[V any] struct {
	mu  sync.RWMutex
	m   map[string]V
	max int
	f   func(string) V
}

func newMemo[V any](max int, f func(string) V) *memo[V] {
	return &memo[V]{m: map[string]V{}, max: max, f: f}
}

func (c *memo[V]) get(s string) V {
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

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

// memos are every memo of the package, for Forget.
var (
	memosMu sync.Mutex
	memos   []interface{ forget() }
)

func newMemo[V any](max int, f func(string) V) *memo[V] {
	c := &memo[V]{m: map[string]V{}, max: max, f: f}
	memosMu.Lock()
	memos = append(memos, c)
	memosMu.Unlock()
	return c
}

func (c *memo[V]) forget() {
	c.mu.Lock()
	c.m = map[string]V{}
	c.mu.Unlock()
}

// Forget drops what the package remembers of the names it has seen: a
// build fills its tables with a whole archive's names, which a process
// that goes on to answer questions would otherwise keep (tens of
// megabytes at 19k articles, which every garbage collection then scans).
// Later calls learn again.
func Forget() {
	memosMu.Lock()
	defer memosMu.Unlock()
	for _, c := range memos {
		c.forget()
	}
}

func (c *memo[V]) get(s string) V { return c.getWith(s, c.f) }

// peek returns what the memo remembers of s, learning nothing: for a
// caller that keeps what it computes itself for as long as it needs it.
func (c *memo[V]) peek(s string) (V, bool) {
	c.mu.RLock()
	v, ok := c.m[s]
	c.mu.RUnlock()
	return v, ok
}

// getWith is get with f standing for the memo's function, for a caller
// that can compute c.f(s) more cheaply from what it holds: f(s) must
// equal c.f(s).
func (c *memo[V]) getWith(s string, f func(string) V) V {
	c.mu.RLock()
	v, ok := c.m[s]
	c.mu.RUnlock()
	if ok {
		return v
	}
	v = f(s)
	c.mu.Lock()
	if len(c.m) < c.max {
		// A clone: s is often a slice of a whole article's text.
		c.m[strings.Clone(s)] = v
	}
	c.mu.Unlock()
	return v
}

package discord

import (
	"sync"
	"time"
)

// rateLimiter allows each user n commands in any window, so one user
// cannot flood a busy server or the knowledge base.
type rateLimiter struct {
	mu     sync.Mutex
	n      int
	window time.Duration
	seen   map[string][]time.Time // recent command times per user, oldest first
	warned map[string]time.Time   // when a user was last told to slow down
	now    func() time.Time
	sweep  time.Time
}

func newRateLimiter(n int, window time.Duration) *rateLimiter {
	return &rateLimiter{n: n, window: window, seen: map[string][]time.Time{}, warned: map[string]time.Time{}, now: time.Now}
}

// allow records a command by user and reports whether it may run. When it
// may not, wait says how long until it may, and tell whether the user has
// not been told yet in this window (so refusals do not flood a channel).
func (r *rateLimiter) allow(user string) (ok bool, wait time.Duration, tell bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	now := r.now()
	r.gc(now)
	times := r.seen[user]
	for len(times) > 0 && now.Sub(times[0]) >= r.window {
		times = times[1:]
	}
	if len(times) < r.n {
		r.seen[user] = append(times, now)
		return true, 0, false
	}
	r.seen[user] = times
	wait = r.window - now.Sub(times[0])
	if last, told := r.warned[user]; told && now.Sub(last) < r.window {
		return false, wait, false
	}
	r.warned[user] = now
	return false, wait, true
}

// gc forgets idle users now and then, so the maps do not grow forever.
func (r *rateLimiter) gc(now time.Time) {
	if now.Sub(r.sweep) < r.window {
		return
	}
	r.sweep = now
	for u, ts := range r.seen {
		if len(ts) == 0 || now.Sub(ts[len(ts)-1]) >= r.window {
			delete(r.seen, u)
		}
	}
	for u, t := range r.warned {
		if now.Sub(t) >= r.window {
			delete(r.warned, u)
		}
	}
}

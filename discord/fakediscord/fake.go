// Package fakediscord is an in-process stand-in for Discord on loopback,
// for end-to-end tests of the bot's Discord adapter: a REST API under
// /api/v10 that records every request, and a websocket gateway speaking
// Discord's JSON (HELLO, IDENTIFY, READY, heartbeats, RESUME, dispatches).
package fakediscord

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"time"
)

// Intent bits the stand-in looks at.
const (
	IntentMessageContent = 1 << 15
)

// Request is one recorded REST call.
type Request struct {
	Method string
	Path   string // without the query
	Query  string
	Header http.Header
	Body   []byte
	At     time.Time
	Status int // what the stand-in answered
}

// JSON decodes the request body into v.
func (r Request) JSON(v any) error { return json.Unmarshal(r.Body, v) }

// Identify is one IDENTIFY the gateway received.
type Identify struct {
	Token   string  `json:"token"`
	Intents int     `json:"intents"`
	Shard   *[2]int `json:"shard"`
}

// Server is the stand-in. The zero value is not usable; call New.
type Server struct {
	// Token is the bot token the stand-in accepts (without "Bot ").
	Token string
	// BotID is the bot's user ID, also its application ID.
	BotID string

	http *httptest.Server

	mu          sync.Mutex
	changed     chan struct{} // closed and replaced on every change
	requests    []Request
	faults      []fault
	denyContent bool
	nextID      int64

	conn       *gwConn // the live, identified gateway connection
	sessionID  string
	seq        int64
	identifies []Identify
	resumes    int
	handshakes int
	closes     []int // close codes the gateway sent
	onRequest  func(Request)
}

type fault struct {
	method, prefix string
	retryAfter     time.Duration
}

// New starts a stand-in on 127.0.0.1 that accepts token.
func New(token string) *Server {
	s := &Server{Token: token, BotID: "100000000000000001", changed: make(chan struct{}), nextID: 900000000000000000}
	mux := http.NewServeMux()
	mux.HandleFunc("/gw/", s.serveGateway)
	mux.HandleFunc("/", s.serveREST)
	s.http = httptest.NewServer(mux)
	return s
}

// URL is the base to use as DISCORD_API_URL.
func (s *Server) URL() string { return s.http.URL }

// Close stops the stand-in.
func (s *Server) Close() {
	s.mu.Lock()
	c := s.conn
	s.mu.Unlock()
	if c != nil {
		c.ws.Close()
	}
	s.http.CloseClientConnections()
	s.http.Close()
}

// notify wakes everyone waiting for a change; s.mu must be held.
func (s *Server) notify() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// wait blocks until cond (called with s.mu held) holds or ctx ends.
func (s *Server) wait(ctx context.Context, cond func() bool) error {
	for {
		s.mu.Lock()
		if cond() {
			s.mu.Unlock()
			return nil
		}
		ch := s.changed
		s.mu.Unlock()
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// DenyMessageContent makes the gateway refuse an IDENTIFY asking for the
// message content intent with close code 4014, as Discord does when the
// intent is not enabled for the application.
func (s *Server) DenyMessageContent(deny bool) {
	s.mu.Lock()
	s.denyContent = deny
	s.mu.Unlock()
}

// RateLimitNext answers the next REST call whose method matches and whose
// path starts with prefix (after /api/v10) with a 429 asking to retry
// after d.
func (s *Server) RateLimitNext(method, prefix string, d time.Duration) {
	s.mu.Lock()
	s.faults = append(s.faults, fault{method: method, prefix: prefix, retryAfter: d})
	s.mu.Unlock()
}

// Requests returns the REST calls recorded so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// OnRequest calls f with every REST request as it is recorded, from the
// server's goroutine; load tests use it instead of scanning Requests.
func (s *Server) OnRequest(f func(Request)) {
	s.mu.Lock()
	s.onRequest = f
	s.mu.Unlock()
}

// Reset forgets the recorded requests.
func (s *Server) Reset() {
	s.mu.Lock()
	s.requests = nil
	s.mu.Unlock()
}

// WaitRequest returns the first recorded request, from index from on,
// that match accepts.
func (s *Server) WaitRequest(ctx context.Context, from int, match func(Request) bool) (Request, int, error) {
	var got Request
	idx := -1
	err := s.wait(ctx, func() bool {
		for i := from; i < len(s.requests); i++ {
			if match(s.requests[i]) {
				got, idx = s.requests[i], i
				return true
			}
		}
		return false
	})
	if err != nil {
		return Request{}, -1, fmt.Errorf("no matching request: %w", err)
	}
	return got, idx, nil
}

// Identifies returns the IDENTIFY payloads received (tokens included).
func (s *Server) Identifies() []Identify {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Identify(nil), s.identifies...)
}

// Resumes counts the accepted RESUMEs.
func (s *Server) Resumes() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.resumes
}

// CloseCodes returns the close codes the gateway sent.
func (s *Server) CloseCodes() []int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]int(nil), s.closes...)
}

// WaitHandshakes waits until n sessions (READY or RESUMED) have started.
func (s *Server) WaitHandshakes(ctx context.Context, n int) error {
	return s.wait(ctx, func() bool { return s.handshakes >= n && s.conn != nil })
}

// Handshakes counts the READY and RESUMED sessions so far.
func (s *Server) Handshakes() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.handshakes
}

// NewID returns a fresh snowflake-like ID.
func (s *Server) NewID() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.newIDLocked()
}

func (s *Server) newIDLocked() string {
	s.nextID++
	return fmt.Sprint(s.nextID)
}

func (s *Server) authorised(r *http.Request) bool {
	return r.Header.Get("Authorization") == "Bot "+s.Token
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func apiPath(p string) (string, bool) {
	return strings.CutPrefix(p, "/api/v10")
}

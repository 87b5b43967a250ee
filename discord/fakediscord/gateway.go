package fakediscord

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// Gateway opcodes.
const (
	opDispatch       = 0
	opHeartbeat      = 1
	opIdentify       = 2
	opResume         = 6
	opInvalidSession = 9
	opHello          = 10
	opHeartbeatAck   = 11
)

type frame struct {
	Op int             `json:"op"`
	D  json.RawMessage `json:"d,omitempty"`
	S  *int64          `json:"s,omitempty"`
	T  string          `json:"t,omitempty"`
}

// gwConn is one gateway connection; writes are serialised.
type gwConn struct {
	ws *websocket.Conn
	mu sync.Mutex
}

func (c *gwConn) send(v any) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	_ = c.ws.SetWriteDeadline(time.Now().Add(5 * time.Second))
	return c.ws.WriteJSON(v)
}

func (c *gwConn) close(code int, text string) {
	c.mu.Lock()
	_ = c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, text), time.Now().Add(time.Second))
	c.mu.Unlock()
	c.ws.Close()
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

// serveGateway runs one gateway connection: HELLO, then IDENTIFY or
// RESUME, then heartbeats until the connection ends.
func (s *Server) serveGateway(w http.ResponseWriter, r *http.Request) {
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &gwConn{ws: ws}
	defer ws.Close()
	if c.send(map[string]any{"op": opHello, "d": map[string]any{"heartbeat_interval": 45000}}) != nil {
		return
	}
	// The first frame must identify or resume; later ones are heartbeats,
	// or a new IDENTIFY after an invalid session.
	_ = ws.SetReadDeadline(time.Now().Add(10 * time.Second))
	started := false
	for {
		var f frame
		if err := ws.ReadJSON(&f); err != nil {
			s.mu.Lock()
			if s.conn == c {
				s.conn = nil
				s.notify()
			}
			s.mu.Unlock()
			return
		}
		switch {
		case f.Op == opHeartbeat:
			if c.send(map[string]any{"op": opHeartbeatAck}) != nil {
				return
			}
		case f.Op == opIdentify && !started:
			if started = s.identify(c, f.D); !started {
				return
			}
		case f.Op == opResume && !started:
			ok, resumed := s.resume(c, f.D)
			if !ok {
				return
			}
			started = resumed
		case !started:
			s.closeWith(c, 4003, "Not authenticated.")
			return
		}
		if started {
			_ = ws.SetReadDeadline(time.Time{})
		}
	}
}

func (s *Server) closeWith(c *gwConn, code int, text string) {
	s.mu.Lock()
	s.closes = append(s.closes, code)
	s.notify()
	s.mu.Unlock()
	c.close(code, text)
}

func (s *Server) identify(c *gwConn, raw json.RawMessage) bool {
	var id Identify
	if json.Unmarshal(raw, &id) != nil {
		s.closeWith(c, 4002, "Error while decoding payload.")
		return false
	}
	s.mu.Lock()
	s.identifies = append(s.identifies, id)
	deny := s.denyContent
	s.mu.Unlock()
	if strings.TrimPrefix(id.Token, "Bot ") != s.Token {
		s.closeWith(c, 4004, "Authentication failed.")
		return false
	}
	if deny && id.Intents&IntentMessageContent != 0 {
		s.closeWith(c, 4014, "Disallowed intent(s).")
		return false
	}
	s.mu.Lock()
	s.sessionID = fmt.Sprintf("session-%d", len(s.identifies))
	s.seq = 0
	sid := s.sessionID
	s.mu.Unlock()
	ready := map[string]any{
		"v": 10, "session_id": sid, "resume_gateway_url": "ws" + strings.TrimPrefix(s.http.URL, "http") + "/gw",
		"user":        map[string]any{"id": s.BotID, "username": "newsbot", "discriminator": "0", "bot": true},
		"application": map[string]any{"id": s.BotID, "flags": 0},
		"guilds":      []any{}, "private_channels": []any{}, "shard": id.Shard,
	}
	return s.start(c, "READY", ready)
}

// resume answers a RESUME: ok is false when the connection was closed,
// resumed is false when the session was invalid and the client must
// identify again.
func (s *Server) resume(c *gwConn, raw json.RawMessage) (ok, resumed bool) {
	var r struct {
		Token     string `json:"token"`
		SessionID string `json:"session_id"`
		Seq       int64  `json:"seq"`
	}
	if json.Unmarshal(raw, &r) != nil || strings.TrimPrefix(r.Token, "Bot ") != s.Token {
		s.closeWith(c, 4004, "Authentication failed.")
		return false, false
	}
	s.mu.Lock()
	valid := r.SessionID != "" && r.SessionID == s.sessionID
	if valid {
		s.resumes++
	}
	s.mu.Unlock()
	if !valid {
		return c.send(map[string]any{"op": opInvalidSession, "d": false}) == nil, false
	}
	return s.start(c, "RESUMED", map[string]any{}), true
}

// start sends the session's first dispatch and makes c the live connection.
func (s *Server) start(c *gwConn, event string, d any) bool {
	s.mu.Lock()
	s.seq++
	seq := s.seq
	s.mu.Unlock()
	if err := c.send(map[string]any{"op": opDispatch, "t": event, "s": seq, "d": d}); err != nil {
		return false
	}
	s.mu.Lock()
	s.conn = c
	s.handshakes++
	s.notify()
	s.mu.Unlock()
	return true
}

// Dispatch sends an event (MESSAGE_CREATE, INTERACTION_CREATE, ...) on
// the live connection, waiting for one to be up.
func (s *Server) Dispatch(ctx context.Context, event string, d any) error {
	var c *gwConn
	if err := s.wait(ctx, func() bool { c = s.conn; return c != nil }); err != nil {
		return fmt.Errorf("dispatch %s: no gateway connection: %w", event, err)
	}
	s.mu.Lock()
	s.seq++
	seq := s.seq
	s.mu.Unlock()
	return c.send(map[string]any{"op": opDispatch, "t": event, "s": seq, "d": d})
}

// Drop cuts the live gateway connection without a close frame, as a
// network failure would.
func (s *Server) Drop() error {
	s.mu.Lock()
	c := s.conn
	s.conn = nil
	s.notify()
	s.mu.Unlock()
	if c == nil {
		return errors.New("no gateway connection to drop")
	}
	return c.ws.UnderlyingConn().Close()
}

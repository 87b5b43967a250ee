package fakediscord

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

func TestRESTNeedsTheTokenAndTheVersion(t *testing.T) {
	s := New("tok")
	defer s.Close()
	tests := []struct {
		name, path, auth string
		want             int
	}{
		{"the bot user with the token", "/api/v10/users/@me", "Bot tok", 200},
		{"the bot user without it", "/api/v10/users/@me", "", 401},
		{"the bot user with a wrong one", "/api/v10/users/@me", "Bot nope", 401},
		{"another API version", "/api/v9/users/@me", "Bot tok", 404},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest("GET", s.URL()+tc.path, nil)
			if tc.auth != "" {
				req.Header.Set("Authorization", tc.auth)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tc.want {
				t.Errorf("status %d, want %d", resp.StatusCode, tc.want)
			}
		})
	}
}

func TestGatewayHandshakes(t *testing.T) {
	s := New("tok")
	defer s.Close()
	url := "ws" + strings.TrimPrefix(s.URL(), "http") + "/gw/?v=10&encoding=json"
	dial := func(t *testing.T) *websocket.Conn {
		t.Helper()
		c, _, err := websocket.DefaultDialer.Dial(url, nil)
		if err != nil {
			t.Fatal(err)
		}
		_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
		var hello frame
		if err := c.ReadJSON(&hello); err != nil || hello.Op != opHello {
			t.Fatalf("hello: %+v %v", hello, err)
		}
		return c
	}
	t.Run("identify, heartbeat, dispatch", func(t *testing.T) {
		c := dial(t)
		defer c.Close()
		_ = c.WriteJSON(map[string]any{"op": opIdentify, "d": map[string]any{"token": "Bot tok", "intents": 513}})
		var ready frame
		if err := c.ReadJSON(&ready); err != nil || ready.T != "READY" {
			t.Fatalf("ready: %+v %v", ready, err)
		}
		_ = c.WriteJSON(map[string]any{"op": opHeartbeat, "d": 1})
		var ack frame
		if err := c.ReadJSON(&ack); err != nil || ack.Op != opHeartbeatAck {
			t.Fatalf("ack: %+v %v", ack, err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := s.Dispatch(ctx, "PING_TEST", map[string]any{}); err != nil {
			t.Fatal(err)
		}
		var ev frame
		if err := c.ReadJSON(&ev); err != nil || ev.T != "PING_TEST" || ev.S == nil || *ev.S != 2 {
			t.Fatalf("dispatch: %+v %v", ev, err)
		}
	})
	t.Run("a resume of an unknown session is refused, then identify works", func(t *testing.T) {
		c := dial(t)
		defer c.Close()
		_ = c.WriteJSON(map[string]any{"op": opResume, "d": map[string]any{"token": "Bot tok", "session_id": "nope", "seq": 3}})
		var inv frame
		if err := c.ReadJSON(&inv); err != nil || inv.Op != opInvalidSession {
			t.Fatalf("want invalid session, got %+v %v", inv, err)
		}
		_ = c.WriteJSON(map[string]any{"op": opIdentify, "d": map[string]any{"token": "Bot tok"}})
		var ready frame
		if err := c.ReadJSON(&ready); err != nil || ready.T != "READY" {
			t.Fatalf("ready: %+v %v", ready, err)
		}
	})
	t.Run("a wrong token is closed with 4004", func(t *testing.T) {
		c := dial(t)
		defer c.Close()
		_ = c.WriteJSON(map[string]any{"op": opIdentify, "d": map[string]any{"token": "Bot bad"}})
		_, _, err := c.ReadMessage()
		if !websocket.IsCloseError(err, 4004) {
			t.Errorf("got %v, want close 4004", err)
		}
	})
}

package fakediscord

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// serveREST records the call, then answers it as Discord would.
func (s *Server) serveREST(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(io.LimitReader(r.Body, 8<<20))
	rec := Request{Method: r.Method, Path: r.URL.Path, Query: r.URL.RawQuery, Header: r.Header.Clone(), Body: body, At: time.Now()}
	status := s.answerREST(w, r, body)
	rec.Status = status
	s.mu.Lock()
	s.requests = append(s.requests, rec)
	s.notify()
	hook := s.onRequest
	s.mu.Unlock()
	if hook != nil {
		hook(rec)
	}
}

func (s *Server) answerREST(w http.ResponseWriter, r *http.Request, body []byte) int {
	p, ok := apiPath(r.URL.Path)
	if !ok {
		return notFound(w)
	}
	if d, limited := s.takeFault(r.Method, p); limited {
		w.Header().Set("Retry-After", fmt.Sprint(int(d.Seconds()+0.999)))
		writeJSON(w, http.StatusTooManyRequests, map[string]any{
			"message": "You are being rate limited.", "retry_after": d.Seconds(), "global": false,
		})
		return http.StatusTooManyRequests
	}
	// Interaction callbacks and webhooks are authorised by their token in
	// the path; everything else needs the bot token.
	webhook := strings.HasPrefix(p, "/interactions/") || strings.HasPrefix(p, "/webhooks/")
	if !webhook && !s.authorised(r) {
		writeJSON(w, http.StatusUnauthorized, map[string]any{"message": "401: Unauthorized", "code": 0})
		return http.StatusUnauthorized
	}
	parts := strings.Split(strings.Trim(p, "/"), "/")
	switch {
	case r.Method == http.MethodGet && (p == "/gateway" || p == "/gateway/bot"):
		writeJSON(w, http.StatusOK, map[string]any{
			"url": "ws" + strings.TrimPrefix(s.http.URL, "http") + "/gw", "shards": 1,
			"session_start_limit": map[string]int{"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1},
		})
	case r.Method == http.MethodGet && p == "/users/@me":
		writeJSON(w, http.StatusOK, map[string]any{"id": s.BotID, "username": "newsbot", "discriminator": "0", "bot": true})
	case r.Method == http.MethodPut && parts[0] == "applications" && parts[len(parts)-1] == "commands":
		var cmds []map[string]any
		if err := json.Unmarshal(body, &cmds); err != nil {
			writeJSON(w, http.StatusBadRequest, map[string]any{"message": "Invalid Form Body", "code": 50035})
			return http.StatusBadRequest
		}
		for _, c := range cmds {
			c["id"] = s.NewID()
			c["application_id"] = parts[1]
			c["version"] = "1"
		}
		writeJSON(w, http.StatusOK, cmds)
	case r.Method == http.MethodPost && len(parts) == 3 && parts[0] == "channels" && parts[2] == "messages":
		writeJSON(w, http.StatusOK, s.message(parts[1]))
	case r.Method == http.MethodPost && parts[0] == "interactions" && len(parts) == 4 && parts[3] == "callback":
		w.WriteHeader(http.StatusNoContent)
		return http.StatusNoContent
	case parts[0] == "webhooks" && len(parts) == 3 && r.Method == http.MethodPost:
		writeJSON(w, http.StatusOK, s.message(""))
	case parts[0] == "webhooks" && len(parts) == 5 && parts[3] == "messages" && r.Method == http.MethodPatch:
		writeJSON(w, http.StatusOK, s.message(""))
	case parts[0] == "webhooks" && len(parts) == 5 && parts[3] == "messages" && r.Method == http.MethodDelete:
		w.WriteHeader(http.StatusNoContent)
		return http.StatusNoContent
	default:
		return notFound(w)
	}
	return http.StatusOK
}

func notFound(w http.ResponseWriter) int {
	writeJSON(w, http.StatusNotFound, map[string]any{"message": "404: Not Found", "code": 0})
	return http.StatusNotFound
}

// message is the minimal message object Discord returns for a send.
func (s *Server) message(channel string) map[string]any {
	if channel == "" {
		channel = "1"
	}
	return map[string]any{"id": s.NewID(), "channel_id": channel, "author": map[string]any{"id": s.BotID, "username": "newsbot", "bot": true}}
}

// takeFault consumes an injected 429 for this call, if any.
func (s *Server) takeFault(method, p string) (time.Duration, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, f := range s.faults {
		if f.method == method && strings.HasPrefix(p, f.prefix) {
			s.faults = append(s.faults[:i], s.faults[i+1:]...)
			return f.retryAfter, true
		}
	}
	return 0, false
}

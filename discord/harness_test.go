package discord

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"newsbot/bot"
	"newsbot/discord/fakediscord"
)

// testToken is the stand-in's bot token; no log line may contain it.
const testToken = "TESTTOKEN.abcdef.0123456789-never-logged"

const (
	guildID = "200000000000000002"
	channel = "300000000000000003"
	dmChan  = "300000000000000004"
	adminID = "400000000000000001"
)

var (
	alice    = fakediscord.User{ID: "500000000000000001", Name: "alice"}
	bob      = fakediscord.User{ID: "500000000000000002", Name: "bob"}
	admin    = fakediscord.User{ID: adminID, Name: "admin"}
	otherBot = fakediscord.User{ID: "500000000000000009", Name: "otherbot", Bot: true}
)

// One stand-in serves every test: discordgo's endpoints are package
// variables, so the base URL stays the same for the whole test binary.
var (
	standInOnce sync.Once
	standIn     *fakediscord.Server
)

func stand(t *testing.T) *fakediscord.Server {
	t.Helper()
	standInOnce.Do(func() { standIn = fakediscord.New(testToken) })
	return standIn
}

// fakeService answers from function fields; nil fields use defaults.
type fakeService struct {
	do       func(ctx context.Context, req bot.Request) bot.Answer
	complete func(ctx context.Context, prefix string, n int) []string
	reload   func(ctx context.Context) (string, error)
}

var _ Service = (*fakeService)(nil)

func (f *fakeService) Do(ctx context.Context, req bot.Request) bot.Answer {
	if f.do != nil {
		return f.do(ctx, req)
	}
	return cannedAnswer(req)
}

func (f *fakeService) Complete(ctx context.Context, prefix string, n int) []string {
	if f.complete != nil {
		return f.complete(ctx, prefix, n)
	}
	return nil
}

func (f *fakeService) Reload(ctx context.Context) (string, error) {
	if f.reload != nil {
		return f.reload(ctx)
	}
	return "1 article added, 0 removed, 0 changed; new people: Jane Doe", nil
}

func (f *fakeService) Info(context.Context) bot.Info {
	return bot.Info{Articles: 5, Built: time.Date(2025, 12, 3, 10, 0, 0, 0, time.UTC)}
}

// cannedAnswer is a small cited answer that echoes the request, so tests
// can see what reached the service and that the query is rendered.
func cannedAnswer(req bot.Request) bot.Answer {
	c := bot.Citation{N: 1, Article: "a.txt", Title: "Talks in Moscow", Source: "Example News",
		Published: "2025-12-03", URL: "https://news.example/a", Snippet: "He said talks went well."}
	return bot.Answer{Command: req.Name, Query: req.Args, Title: "Answer to " + req.Name,
		Header: "You asked: " + req.Args, Rows: []bot.Row{{Text: "\"He said talks went well.\" [1]", Cites: []int{1}}},
		Citations: []bot.Citation{c}}
}

// longAnswer has more rows and sources than one embed holds.
func longAnswer(rows int) bot.Answer {
	a := bot.Answer{Command: "search", Title: "Search: long", Header: fmt.Sprintf("%d sentences", rows)}
	for n := 1; n <= rows; n++ {
		a.Citations = append(a.Citations, bot.Citation{N: n, Article: fmt.Sprintf("%03d.txt", n),
			Title: fmt.Sprintf("Article number %d with a [bracketed] title", n), Source: "Outlet " + fmt.Sprint(n%7),
			Published: "2025-11-30", URL: fmt.Sprintf("https://news.example/%d", n)})
		text := fmt.Sprintf("Row %02d: %s [%d]", n, strings.Repeat("word ", 60+n%40), n)
		a.Rows = append(a.Rows, bot.Row{Text: text, Cites: []int{n}})
	}
	return a
}

// syncBuffer collects log output from many goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// harness is one running adapter against the stand-in.
type harness struct {
	t      *testing.T
	fake   *fakediscord.Server
	svc    Service
	logs   *syncBuffer
	cancel context.CancelFunc
	done   chan error
	from   int // index of the first request this harness made
}

func testConfig(fake *fakediscord.Server) Config {
	return Config{Token: testToken, GuildID: guildID, APIURL: fake.URL(), AdminIDs: []string{adminID},
		deferAfter: 150 * time.Millisecond, shutdownGrace: 5 * time.Second}
}

// start runs the adapter and waits for its gateway session.
func start(t *testing.T, svc Service, edit func(*Config)) *harness {
	t.Helper()
	fake := stand(t)
	cfg := testConfig(fake)
	if edit != nil {
		edit(&cfg)
	}
	h := &harness{t: t, fake: fake, svc: svc, logs: &syncBuffer{}, done: make(chan error, 1), from: len(fake.Requests())}
	log := slog.New(slog.NewTextHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	ctx, cancel := context.WithCancel(context.Background())
	h.cancel = cancel
	before := fake.Handshakes()
	go func() { h.done <- Run(ctx, cfg, svc, log) }()
	wctx, wcancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer wcancel()
	ready := make(chan error, 1)
	go func() { ready <- fake.WaitHandshakes(wctx, before+1) }()
	select {
	case err := <-ready:
		if err != nil {
			cancel()
			t.Fatalf("no gateway session: %v\nlogs:\n%s", err, h.logs)
		}
	case err := <-h.done:
		cancel()
		t.Fatalf("Run returned before connecting: %v\nlogs:\n%s", err, h.logs)
	}
	t.Cleanup(h.stop)
	return h
}

// stop shuts the adapter down and checks what every test must hold: no
// token in the logs, no message that could ping anyone.
func (h *harness) stop() {
	h.cancel()
	select {
	case err := <-h.done:
		if err != nil {
			h.t.Errorf("Run: %v", err)
		}
	case <-time.After(10 * time.Second):
		h.t.Error("Run did not return after cancel")
	}
	if strings.Contains(h.logs.String(), testToken) {
		h.t.Error("the token appears in the logs")
	}
	for _, r := range h.fake.Requests()[h.from:] {
		checkNoPings(h.t, r)
	}
}

func (h *harness) ctx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// say sends a message and returns the bot's reply to it.
func (h *harness) say(t *testing.T, m fakediscord.Message) sent {
	t.Helper()
	if m.ChannelID == "" {
		m.ChannelID = channel
	}
	from := len(h.fake.Requests())
	id, err := h.fake.SendMessage(h.ctx(t), m)
	if err != nil {
		t.Fatal(err)
	}
	r, _, err := h.fake.WaitRequest(h.ctx(t), from, func(r fakediscord.Request) bool {
		var s sent
		return r.Method == "POST" && r.Path == "/api/v10/channels/"+m.ChannelID+"/messages" && r.Status == 200 &&
			r.JSON(&s) == nil && s.Reference != nil && s.Reference.MessageID == id
	})
	if err != nil {
		t.Fatalf("no reply to %q: %v\nlogs:\n%s", m.Content, err, h.logs)
	}
	var s sent
	_ = r.JSON(&s)
	return s
}

// interact sends an interaction and returns the callback the bot made.
func (h *harness) interact(t *testing.T, in fakediscord.Interaction) (callback, string) {
	t.Helper()
	from := len(h.fake.Requests())
	id, token, err := h.fake.SendInteraction(h.ctx(t), in)
	if err != nil {
		t.Fatal(err)
	}
	path := "/api/v10/interactions/" + id + "/" + token + "/callback"
	r, _, err := h.fake.WaitRequest(h.ctx(t), from, func(r fakediscord.Request) bool {
		return r.Method == "POST" && r.Path == path
	})
	if err != nil {
		t.Fatalf("no callback for %+v: %v\nlogs:\n%s", in, err, h.logs)
	}
	var cb callback
	if err := r.JSON(&cb); err != nil {
		t.Fatalf("callback body: %v", err)
	}
	return cb, token
}

// webhook waits for a call on the interaction's webhook (edit, follow-up).
func (h *harness) webhook(t *testing.T, method, token, suffix string) sent {
	t.Helper()
	path := "/api/v10/webhooks/" + h.fake.BotID + "/" + token + suffix
	r, _, err := h.fake.WaitRequest(h.ctx(t), h.from, func(r fakediscord.Request) bool {
		return r.Method == method && r.Path == path
	})
	if err != nil {
		t.Fatalf("no %s %s: %v\nlogs:\n%s", method, path, err, h.logs)
	}
	var s sent
	_ = r.JSON(&s)
	return s
}

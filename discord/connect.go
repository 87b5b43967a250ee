package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// wantedIntents are the gateway events the bot needs. Message content is
// privileged: without it, guild messages arrive empty unless they mention
// the bot, so prefix commands stop working but slash commands, mentions
// and direct messages keep working.
const wantedIntents = discordgo.IntentsGuilds |
	discordgo.IntentsGuildMessages |
	discordgo.IntentsDirectMessages |
	discordgo.IntentsMessageContent

// Gateway close codes Discord documents for a refused IDENTIFY.
const (
	closeAuthFailed        = 4004
	closeInvalidIntents    = 4013
	closeDisallowedIntents = 4014
)

// contentIntentHelp is logged once when Discord refuses message content.
const contentIntentHelp = "Discord refused the Message Content intent, so prefix commands in server channels will not work; " +
	"slash commands, mentions of the bot and direct messages still do. To enable it: " +
	"https://discord.com/developers/applications -> your application -> Bot -> Privileged Gateway Intents -> " +
	"turn on \"Message Content Intent\", save, and restart the bot"

// maxConcurrent bounds the commands answered at once, so a burst in a busy
// server queues instead of piling queries onto the knowledge base.
const maxConcurrent = 32

// adapter is one running connection: the session, the service and the
// state shared by the handlers.
type adapter struct {
	cfg    Config
	svc    Service
	log    *slog.Logger
	s      *discordgo.Session
	admins map[string]bool
	limit  *rateLimiter
	pages  *pageCache
	slots  chan struct{} // bounds the commands running at once

	botID string
	appID string
	base  context.Context // outlives shutdown, so commands in flight finish

	mu       sync.Mutex
	closing  bool
	inflight sync.WaitGroup
	removers []func()
}

func newAdapter(cfg Config, svc Service, log *slog.Logger, s *discordgo.Session) *adapter {
	a := &adapter{
		cfg: cfg, svc: svc, log: log, s: s,
		admins: map[string]bool{},
		limit:  newRateLimiter(cfg.RatePerUser, cfg.RateWindow),
		pages:  newPageCache(pageCacheSize, pageCacheTTL),
		slots:  make(chan struct{}, maxConcurrent),
	}
	for _, id := range cfg.AdminIDs {
		if id != "" {
			a.admins[id] = true
		}
	}
	return a
}

// start checks the token, registers the slash commands and opens the
// gateway.
func (a *adapter) start(ctx context.Context) error {
	a.base = context.WithoutCancel(ctx)
	me, err := a.s.User("@me", discordgo.WithContext(ctx))
	if err != nil {
		if isUnauthorized(err) {
			return fmt.Errorf("%w (HTTP 401 from %s).\n%s", ErrTokenRejected, a.cfg.APIURL, tokenHelp)
		}
		return fmt.Errorf("reach Discord at %s: %w", a.cfg.APIURL, err)
	}
	a.botID = me.ID
	a.appID = a.cfg.AppID
	if a.appID == "" {
		a.appID = me.ID // an application's bot user shares its ID
	}
	// Commands belong to the application, not a shard: one process
	// registers them, so that N shards do not overwrite them N times.
	if a.cfg.ShardID == 0 {
		a.registerCommands(ctx)
	}

	a.removers = append(a.removers,
		a.s.AddHandler(a.onMessage),
		a.s.AddHandler(a.onInteraction),
	)
	if err := a.open(); err != nil {
		for _, r := range a.removers {
			r()
		}
		return err
	}
	a.log.Info("connected to Discord", "user", me.Username, "bot_id", a.botID,
		"shard", a.cfg.ShardID, "shards", a.cfg.ShardCount, "prefix", a.cfg.Prefix)
	return nil
}

// open connects to the gateway, falling back to the unprivileged intents
// once when Discord refuses message content.
func (a *adapter) open() error {
	err := a.s.Open()
	if code := closeCode(err); code == closeDisallowedIntents || code == closeInvalidIntents {
		a.log.Warn(contentIntentHelp)
		a.s.Identify.Intents = wantedIntents &^ discordgo.IntentsMessageContent
		err = a.s.Open()
	}
	switch {
	case err == nil:
		return nil
	case closeCode(err) == closeAuthFailed:
		return fmt.Errorf("%w (gateway close 4004).\n%s", ErrTokenRejected, tokenHelp)
	default:
		return fmt.Errorf("connect to the Discord gateway: %v", redact(err.Error(), []string{a.cfg.Token}))
	}
}

// stop refuses new commands, waits for those in flight and closes the
// gateway.
func (a *adapter) stop() {
	a.mu.Lock()
	a.closing = true
	a.mu.Unlock()
	done := make(chan struct{})
	go func() {
		a.inflight.Wait()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(a.cfg.shutdownGrace):
		a.log.Warn("commands still running at shutdown; closing anyway", "waited", a.cfg.shutdownGrace)
	}
	for _, r := range a.removers {
		r()
	}
	if err := a.s.Close(); err != nil {
		a.log.Warn("close Discord gateway", "err", err)
	}
	a.log.Info("disconnected from Discord")
}

// enter counts one handler as in flight; it reports false once shutdown
// has begun, and the event is then ignored.
func (a *adapter) enter() bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closing {
		return false
	}
	a.inflight.Add(1)
	return true
}

func (a *adapter) ctx() context.Context { return a.base }

func closeCode(err error) int {
	var ce *websocket.CloseError
	if errors.As(err, &ce) {
		return ce.Code
	}
	return 0
}

func isUnauthorized(err error) bool {
	if errors.Is(err, discordgo.ErrUnauthorized) {
		return true
	}
	var re *discordgo.RESTError
	return errors.As(err, &re) && re.Response != nil && re.Response.StatusCode == http.StatusUnauthorized
}

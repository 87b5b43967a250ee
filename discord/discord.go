// Package discord serves the bot's commands on Discord: slash commands,
// prefix commands in channels, direct messages and mentions, with replies
// as paged embeds that never ping anyone. It is the only package that
// imports discordgo; the answers come from a Service such as *bot.Bot.
package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"time"

	"newsbot/bot"

	"github.com/bwmarrin/discordgo"
)

// Service answers commands. *bot.Bot satisfies it.
type Service interface {
	Do(ctx context.Context, req bot.Request) bot.Answer
	Complete(ctx context.Context, prefix string, n int) []string
	Reload(ctx context.Context) (string, error)
	Info(ctx context.Context) bot.Info
}

var _ Service = (*bot.Bot)(nil)

// Config holds the Discord settings, read from the environment by the
// caller.
type Config struct {
	Token      string   // DISCORD_TOKEN, with or without the "Bot " prefix
	AppID      string   // DISCORD_APP_ID; the bot's user ID when empty
	GuildID    string   // DISCORD_GUILD_ID: register commands in this guild only
	Prefix     string   // PREFIX; "!" when empty
	APIURL     string   // DISCORD_API_URL; https://discord.com when empty
	AdminIDs   []string // ADMIN_USER_IDS: who may reload
	ShardID    int      // SHARD_ID
	ShardCount int      // SHARD_COUNT; 1 when zero

	RatePerUser int           // commands per user per RateWindow; 5 when zero
	RateWindow  time.Duration // 10 s when zero

	// deferAfter is how long a slash command may run before its response
	// is deferred; Discord allows 3 s. Tests shorten it.
	deferAfter time.Duration
	// shutdownGrace bounds the wait for commands in flight at shutdown.
	shutdownGrace time.Duration
}

// ErrNoToken and ErrTokenRejected are returned by Run, wrapped in a message
// that says how to get a token.
var (
	ErrNoToken       = errors.New("DISCORD_TOKEN is not set")
	ErrTokenRejected = errors.New("Discord rejected DISCORD_TOKEN")
)

// tokenHelp tells the operator how to get a working token.
const tokenHelp = `To get a token: open https://discord.com/developers/applications, create
an application (New Application), open its Bot page, press Reset Token and
put the token in .env as DISCORD_TOKEN=... (never commit it). Enable
"Message Content Intent" on the same page for prefix commands.
Without Discord, "bot console" answers the same commands in a terminal.`

func (c Config) withDefaults() Config {
	if c.Prefix == "" {
		c.Prefix = "!"
	}
	if c.APIURL == "" {
		c.APIURL = DefaultAPIURL
	}
	if c.ShardCount <= 0 {
		c.ShardCount = 1
	}
	if c.RatePerUser <= 0 {
		c.RatePerUser = 5
	}
	if c.RateWindow <= 0 {
		c.RateWindow = 10 * time.Second
	}
	if c.deferAfter <= 0 {
		c.deferAfter = 1500 * time.Millisecond
	}
	if c.shutdownGrace <= 0 {
		c.shutdownGrace = 30 * time.Second
	}
	c.Token = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(c.Token), "Bot "))
	return c
}

// Run connects to Discord and serves commands until ctx is cancelled. Then
// it stops taking commands, lets those in flight finish (for a bounded
// time) and closes the gateway. It returns an error only when it cannot
// start: a missing or rejected token, a bad DISCORD_API_URL, an unreachable
// gateway.
func Run(ctx context.Context, cfg Config, svc Service, log *slog.Logger) error {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	cfg = cfg.withDefaults()
	if cfg.Token == "" {
		return fmt.Errorf("%w.\n%s", ErrNoToken, tokenHelp)
	}
	if cfg.ShardID < 0 || cfg.ShardID >= cfg.ShardCount {
		return fmt.Errorf("SHARD_ID %d must be at least 0 and below SHARD_COUNT %d", cfg.ShardID, cfg.ShardCount)
	}
	if err := setAPIBase(cfg.APIURL); err != nil {
		return err
	}
	routeLibraryLog(log, cfg.Token)

	s, err := discordgo.New("Bot " + cfg.Token)
	if err != nil {
		return fmt.Errorf("create Discord session: %w", err)
	}
	s.LogLevel = discordgo.LogWarning
	s.ShardID, s.ShardCount = cfg.ShardID, cfg.ShardCount
	s.Identify.Intents = wantedIntents
	s.StateEnabled = false // the bot keeps no guild state; it answers commands

	a := newAdapter(cfg, svc, log, s)
	if err := a.start(ctx); err != nil {
		return err
	}
	<-ctx.Done()
	a.stop()
	return nil
}

// invitePermissions are what the bot needs in a channel: view it, send
// messages (also in threads), embed links and read history for replies.
const invitePermissions = discordgo.PermissionViewChannel |
	discordgo.PermissionSendMessages |
	discordgo.PermissionSendMessagesInThreads |
	discordgo.PermissionEmbedLinks |
	discordgo.PermissionReadMessageHistory

// InviteURL returns the OAuth2 address that adds the bot to a server, with
// the bot and applications.commands scopes and the permissions it needs.
func InviteURL(appID string) string {
	q := url.Values{}
	q.Set("client_id", appID)
	q.Set("scope", "bot applications.commands")
	q.Set("permissions", fmt.Sprint(invitePermissions))
	return "https://discord.com/oauth2/authorize?" + strings.ReplaceAll(q.Encode(), "+", "%20")
}

package discord

import (
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/bwmarrin/discordgo"
)

// DefaultAPIURL is Discord's own REST base.
const DefaultAPIURL = "https://discord.com"

// apiVersion is the REST and gateway version the adapter speaks.
const apiVersion = "10"

var (
	endpointsMu   sync.Mutex
	endpointsBase string
)

// setAPIBase points every discordgo REST endpoint at base. discordgo keeps
// its endpoints in package variables derived once at init, so each one
// derived from the API root is recomputed here; the function-valued
// endpoints read these variables when called. The variables are written
// only when the base changes, so sessions started one after another against
// the same base never race with a previous session's goroutines.
func setAPIBase(raw string) error {
	base, err := normaliseBase(raw)
	if err != nil {
		return err
	}
	endpointsMu.Lock()
	defer endpointsMu.Unlock()
	if endpointsBase == base {
		return nil
	}
	endpointsBase = base
	discordgo.APIVersion = apiVersion
	discordgo.EndpointDiscord = base
	api := base + "api/v" + apiVersion + "/"
	discordgo.EndpointAPI = api
	discordgo.EndpointGuilds = api + "guilds/"
	discordgo.EndpointChannels = api + "channels/"
	discordgo.EndpointUsers = api + "users/"
	discordgo.EndpointGateway = api + "gateway"
	discordgo.EndpointGatewayBot = discordgo.EndpointGateway + "/bot"
	discordgo.EndpointWebhooks = api + "webhooks/"
	discordgo.EndpointStickers = api + "stickers/"
	discordgo.EndpointStageInstances = api + "stage-instances"
	discordgo.EndpointSKUs = api + "skus"
	discordgo.EndpointVoice = api + "/voice/"
	discordgo.EndpointVoiceRegions = discordgo.EndpointVoice + "regions"
	discordgo.EndpointNitroStickersPacks = api + "/sticker-packs"
	discordgo.EndpointGuildCreate = api + "guilds"
	discordgo.EndpointApplications = api + "applications"
	discordgo.EndpointOAuth2 = api + "oauth2/"
	discordgo.EndpointOAuth2Applications = discordgo.EndpointOAuth2 + "applications"
	discordgo.EndpointOauth2 = discordgo.EndpointOAuth2
	discordgo.EndpointOauth2Applications = discordgo.EndpointOAuth2Applications
	return nil
}

// normaliseBase checks DISCORD_API_URL and returns it with one trailing
// slash, the form discordgo's endpoint strings expect.
func normaliseBase(raw string) (string, error) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		raw = DefaultAPIURL
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", fmt.Errorf("DISCORD_API_URL %q is not an http(s) URL such as %s", raw, DefaultAPIURL)
	}
	return strings.TrimRight(raw, "/") + "/", nil
}

// logSink receives discordgo's own log lines for the running session.
type logSink struct {
	log    *slog.Logger
	secret []string
}

var (
	sink        atomic.Pointer[logSink]
	installSink sync.Once
)

// routeLibraryLog sends discordgo's log lines to log, with every secret
// redacted. discordgo's logger is one package variable; it is installed
// once and then only the destination changes.
func routeLibraryLog(log *slog.Logger, secrets ...string) {
	var keep []string
	for _, s := range secrets {
		if s != "" {
			keep = append(keep, s)
		}
	}
	sink.Store(&logSink{log: log, secret: keep})
	installSink.Do(func() {
		discordgo.Logger = func(level, _ int, format string, a ...any) {
			s := sink.Load()
			if s == nil {
				return
			}
			msg := redact(fmt.Sprintf(format, a...), s.secret)
			switch level {
			case discordgo.LogError:
				s.log.Error("discordgo: " + msg)
			case discordgo.LogWarning:
				s.log.Warn("discordgo: " + msg)
			default:
				s.log.Debug("discordgo: " + msg)
			}
		}
	})
}

// redact replaces each secret in s, so that no token reaches a log line.
func redact(s string, secrets []string) string {
	for _, sec := range secrets {
		if sec != "" {
			s = strings.ReplaceAll(s, sec, "[redacted]")
		}
	}
	return s
}

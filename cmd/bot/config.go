package main

import (
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"
	"time"
)

// config is every setting the bot reads from the environment.
type config struct {
	Token      string
	AppID      string
	GuildID    string
	AdminIDs   []string
	KBPath     string
	DataDir    string
	Prefix     string
	LogLevel   slog.Level
	ShardID    int
	ShardCount int
	APIURL     string
	RateCount  int
	RateWindow time.Duration
	Timeout    time.Duration
	MaxFileMB  int
	MaxFiles   int
	ReloadMode string // "build" (from DataDir) or "reopen" (a file built elsewhere)
}

func loadConfig(getenv func(string) string) (config, error) {
	c := config{
		Token:    strings.TrimSpace(getenv("DISCORD_TOKEN")),
		AppID:    strings.TrimSpace(getenv("DISCORD_APP_ID")),
		GuildID:  strings.TrimSpace(getenv("DISCORD_GUILD_ID")),
		KBPath:   or(getenv("KB_PATH"), "kb.sqlite"),
		DataDir:  or(getenv("DATA_DIR"), "data"),
		Prefix:   or(getenv("PREFIX"), "!"),
		APIURL:   or(getenv("DISCORD_API_URL"), "https://discord.com"),
		AdminIDs: splitList(getenv("ADMIN_USER_IDS")),
	}
	c.ReloadMode = strings.ToLower(or(getenv("RELOAD_MODE"), "build"))
	if c.ReloadMode != "build" && c.ReloadMode != "reopen" {
		return c, fmt.Errorf("RELOAD_MODE: %q is not build or reopen", getenv("RELOAD_MODE"))
	}
	if err := c.LogLevel.UnmarshalText([]byte(or(getenv("LOG_LEVEL"), "info"))); err != nil {
		return c, fmt.Errorf("LOG_LEVEL: %q is not one of debug, info, warn, error", getenv("LOG_LEVEL"))
	}
	ints := []struct {
		name string
		dst  *int
		def  int
		min  int
	}{
		{"SHARD_ID", &c.ShardID, 0, 0},
		{"SHARD_COUNT", &c.ShardCount, 1, 1},
		{"RATE_LIMIT_COUNT", &c.RateCount, 5, 1},
		{"MAX_FILE_MB", &c.MaxFileMB, 50, 1},
		{"MAX_FILES", &c.MaxFiles, 1000000, 1},
	}
	for _, v := range ints {
		n, err := intVar(getenv, v.name, v.def)
		if err != nil {
			return c, err
		}
		if n < v.min {
			return c, fmt.Errorf("%s must be at least %d, got %d", v.name, v.min, n)
		}
		*v.dst = n
	}
	if c.ShardID >= c.ShardCount {
		return c, fmt.Errorf("SHARD_ID (%d) must be less than SHARD_COUNT (%d)", c.ShardID, c.ShardCount)
	}
	var err error
	if c.RateWindow, err = durVar(getenv, "RATE_LIMIT_WINDOW", 10*time.Second); err != nil {
		return c, err
	}
	if c.Timeout, err = durVar(getenv, "COMMAND_TIMEOUT", 5*time.Second); err != nil {
		return c, err
	}
	return c, nil
}

func or(v, def string) string {
	if v = strings.TrimSpace(v); v != "" {
		return v
	}
	return def
}

func splitList(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' })
}

func intVar(getenv func(string) string, name string, def int) (int, error) {
	v := strings.TrimSpace(getenv(name))
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, fmt.Errorf("%s: %q is not a whole number", name, v)
	}
	return n, nil
}

func durVar(getenv func(string) string, name string, def time.Duration) (time.Duration, error) {
	v := strings.TrimSpace(getenv(name))
	if v == "" {
		return def, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("%s: %q is not a duration such as 10s", name, v)
	}
	return d, nil
}

func newLogger(c config, w io.Writer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: c.LogLevel}))
}

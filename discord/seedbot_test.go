package discord

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"newsbot/bot"
	"newsbot/kb"
)

// seedKB builds the knowledge base from the articles the bot ships with,
// once for the test binary; each test opens its own store on it.
var seedKB = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "newsbot-discord-test")
	if err != nil {
		return "", err
	}
	path := filepath.Join(dir, "kb.sqlite")
	_, err = kb.Build(context.Background(), kb.BuildOptions{DataDir: "../data", DBPath: path})
	return path, err
})

func init() {
	realService = func(t *testing.T) Service {
		path, err := seedKB()
		if err != nil {
			t.Fatalf("build the seed knowledge base: %v", err)
		}
		s, err := kb.Open(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		// Reload is a real (incremental) rebuild of the seed folder into the
		// file being served, swapped in while commands run.
		b := bot.New(s, bot.Options{Reload: func(ctx context.Context) (bot.Store, string, error) {
			rep, err := kb.Build(ctx, kb.BuildOptions{DataDir: "../data", DBPath: path})
			if err != nil {
				return nil, "", err
			}
			s, err := kb.Open(ctx, path)
			return s, rep.Summary(), err
		}})
		t.Cleanup(func() { b.Close() })
		return b
	}
}

//go:build load

package discord

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"newsbot/bot"
	"newsbot/discord/fakediscord"
)

// TestLoad sends many users' commands through the stand-in while an
// administrator reloads, and reports commands sent, answered, failed and
// latency. Run with: go test -tags load -run TestLoad -v ./discord/
// (LOAD_USERS and LOAD_COMMANDS change the size).
func TestLoad(t *testing.T) {
	users := envInt("LOAD_USERS", 40)
	perUser := envInt("LOAD_COMMANDS", 25)
	var svc Service
	if realService != nil {
		svc = realService(t)
	} else {
		svc = &fakeService{
			do: func(ctx context.Context, req bot.Request) bot.Answer {
				time.Sleep(time.Duration(rand.IntN(5)) * time.Millisecond)
				if req.Name == "search" {
					return longAnswer(25)
				}
				return cannedAnswer(req)
			},
			reload: func(context.Context) (string, error) {
				time.Sleep(50 * time.Millisecond)
				return "no changes", nil
			},
		}
	}
	h := start(t, svc, func(c *Config) { c.RatePerUser = 1 << 30 })
	fake := h.fake

	// Replies are matched to commands as the stand-in records them.
	var mu sync.Mutex
	waiting := map[string]chan fakediscord.Request{}
	expect := func(key string) chan fakediscord.Request {
		ch := make(chan fakediscord.Request, 4)
		mu.Lock()
		waiting[key] = ch
		mu.Unlock()
		return ch
	}
	fake.OnRequest(func(r fakediscord.Request) {
		key := ""
		var s sent
		switch {
		case r.Method == "POST" && strings.HasPrefix(r.Path, "/api/v10/channels/") && r.Status == 200:
			if r.JSON(&s) == nil && s.Reference != nil {
				key = s.Reference.MessageID
			}
		case strings.HasSuffix(r.Path, "/callback"):
			var cb callback
			if r.JSON(&cb) == nil && cb.Type != cbDeferred {
				key = strings.Split(r.Path, "/")[4]
			}
		case r.Method == "PATCH" && strings.HasSuffix(r.Path, "/messages/@original"):
			key = strings.TrimPrefix(strings.Split(r.Path, "/")[5], "itoken-")
		}
		mu.Lock()
		ch := waiting[key]
		mu.Unlock()
		if ch != nil {
			ch <- r
		}
	})
	t.Cleanup(func() { fake.OnRequest(nil) })

	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	var sentN, answered, failed atomic.Int64
	var latMu sync.Mutex
	var lat []time.Duration
	commands := []string{"who Ushakov", "timeline", "quotes Putin", "search ceasefire", "sources", "help"}

	stopReload := make(chan struct{})
	var reloads atomic.Int64
	go func() {
		tick := time.NewTicker(300 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stopReload:
				return
			case <-tick.C:
				_, _ = fake.SendMessage(ctx, fakediscord.Message{ChannelID: channel, GuildID: guildID, Author: admin, Content: "!reload"})
				reloads.Add(1)
			}
		}
	}()

	var wg sync.WaitGroup
	for u := 0; u < users; u++ {
		wg.Add(1)
		go func(u int) {
			defer wg.Done()
			user := fakediscord.User{ID: fmt.Sprint(600000000000000000 + u), Name: fmt.Sprint("user", u)}
			for i := 0; i < perUser && ctx.Err() == nil; i++ {
				cmd := commands[(u+i)%len(commands)]
				id := fake.NewID()
				ch := expect(id)
				start := time.Now()
				var err error
				if i%2 == 0 {
					_, err = fake.SendMessage(ctx, fakediscord.Message{ID: id, ChannelID: channel, GuildID: guildID, Author: user, Content: "!" + cmd})
				} else {
					name, args, _ := strings.Cut(cmd, " ")
					var opts []fakediscord.Option
					if spec, ok := bot.LookupSpec(name); ok && args != "" && len(spec.Options) > 0 {
						opts = []fakediscord.Option{{Name: spec.Options[0].Name, Value: args}}
					}
					_, _, err = fake.SendInteraction(ctx, fakediscord.Interaction{ID: id, GuildID: guildID, User: user, Command: name, Options: opts})
				}
				sentN.Add(1)
				if err != nil {
					failed.Add(1)
					continue
				}
				select {
				case r := <-ch:
					var s sent
					var cb callback
					if strings.HasSuffix(r.Path, "/callback") && r.JSON(&cb) == nil {
						s = cb.Data
					} else {
						_ = r.JSON(&s)
					}
					if len(s.Embeds) == 1 && strings.Contains(s.Embeds[0].Description, "Sorry") {
						failed.Add(1)
						continue
					}
					answered.Add(1)
					latMu.Lock()
					lat = append(lat, time.Since(start))
					latMu.Unlock()
				case <-time.After(15 * time.Second):
					failed.Add(1)
				}
			}
		}(u)
	}
	wg.Wait()
	close(stopReload)
	slices.Sort(lat)
	pct := func(p float64) time.Duration {
		if len(lat) == 0 {
			return 0
		}
		return lat[min(len(lat)-1, int(p*float64(len(lat))))]
	}
	report := fmt.Sprintf("load: users=%d sent=%d answered=%d failed=%d reloads=%d p50=%v p99=%v",
		users, sentN.Load(), answered.Load(), failed.Load(), reloads.Load(), pct(0.50).Round(time.Microsecond), pct(0.99).Round(time.Microsecond))
	t.Log(report)
	fmt.Println(report)
	if failed.Load() != 0 || answered.Load() != sentN.Load() {
		t.Errorf("%d commands failed", sentN.Load()-answered.Load())
	}
}

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"newsbot/discord/fakediscord"
)

// TestTheTokenNeverReachesOutput runs the real binary's serve command
// against the Discord stand-in, once with a token the stand-in accepts and
// once with one it rejects, and searches everything printed for the token.
func TestTheTokenNeverReachesOutput(t *testing.T) {
	db := buildSeedKB(t)
	const good = "MTA1NjQ4.fake-token-known-to-the-test.XyZ0123456789"
	fake := fakediscord.New(good)
	t.Cleanup(fake.Close)
	for _, tc := range []struct {
		name, token string
		wantErr     bool
	}{
		{"an accepted token", good, false},
		{"a rejected token", "MTA1NjQ4.rejected-token-known-to-the-test.AbC987", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			vars := map[string]string{"DISCORD_TOKEN": tc.token, "DISCORD_API_URL": fake.URL(), "KB_PATH": db,
				"LOG_LEVEL": "debug", "DISCORD_APP_ID": "123456789012345678"}
			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
			defer cancel()
			var out, errOut bytes.Buffer
			err := run(ctx, []string{"serve"}, env(vars), strings.NewReader(""), &out, &errOut)
			code := exitCode(err, &errOut)
			if (code != 0) != tc.wantErr {
				t.Errorf("exit %d, want failure %v: %v\n%s", code, tc.wantErr, err, errOut.String())
			}
			all := out.String() + errOut.String()
			if strings.Contains(all, tc.token) || strings.Contains(all, tc.token[len(tc.token)/2:]) {
				t.Fatalf("the token appears in the output:\n%s", all)
			}
			if !tc.wantErr && fake.Handshakes() == 0 {
				t.Errorf("the bot never connected to the stand-in:\n%s", all)
			}
			if tc.wantErr && !strings.Contains(strings.ToLower(all), "token") {
				t.Errorf("a rejected token should be explained:\n%s", all)
			}
		})
	}
}

package kb

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestMain lets the test binary act as a build process that a test kills.
func TestMain(m *testing.M) {
	if data := os.Getenv("NEWSBOT_TEST_BUILD_DATA"); data != "" {
		_, err := Build(context.Background(), BuildOptions{DataDir: data, DBPath: os.Getenv("NEWSBOT_TEST_BUILD_DB"), Full: true})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// TestKilledBuildLeavesTheOldKnowledgeBaseIntact kills a real build
// process with SIGKILL at several moments and checks that the previous
// knowledge base is unchanged and opens, and that the next build cleans up
// and succeeds.
func TestKilledBuildLeavesTheOldKnowledgeBaseIntact(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns build processes")
	}
	dir := t.TempDir()
	data, db := filepath.Join(dir, "data"), filepath.Join(dir, "kb.sqlite")
	writeFile(t, filepath.Join(data, "a.txt"), storyA)
	mustBuild(t, data, db)
	before, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	// Enough articles that the build takes a while.
	var b strings.Builder
	for i := range 400 {
		fmt.Fprintf(&b, `{"id":"n%d","title":"Story %d","source":"Wire","published":"2025-01-02","text":"%s Story number %d."}`+"\n",
			i, i, strings.ReplaceAll(storyB+storyC, "\n", `\n`), i)
	}
	writeFile(t, filepath.Join(data, "many.jsonl"), b.String())

	for _, after := range []time.Duration{50 * time.Millisecond, 300 * time.Millisecond, 900 * time.Millisecond} {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "NEWSBOT_TEST_BUILD_DATA="+data, "NEWSBOT_TEST_BUILD_DB="+db)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(after)
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait()
		now, err := os.ReadFile(db)
		if err != nil {
			t.Fatal(err)
		}
		if string(now) != string(before) {
			// The build may have finished before the kill: then the new
			// file must be complete.
			s := mustOpen(t, db)
			if n, _, _ := s.Stats(context.Background()); n != 401 {
				t.Fatalf("killed after %v: knowledge base changed and holds %d articles", after, n)
			}
			break
		}
		mustOpen(t, db)
	}
	rep := mustBuild(t, data, db)
	if rep.Articles != 401 {
		t.Errorf("the build after the kills holds %d articles, want 401", rep.Articles)
	}
	if m, _ := filepath.Glob(db + ".tmp-*"); len(m) != 0 {
		t.Errorf("leftovers of killed builds remain: %v", m)
	}
}

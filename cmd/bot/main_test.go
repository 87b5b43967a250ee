package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func env(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

// runCmd runs the binary's run function and returns stdout, stderr and
// the exit status main would use.
func runCmd(t *testing.T, vars map[string]string, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(context.Background(), args, env(vars), strings.NewReader(stdin), &out, &errOut)
	code := exitCode(err, &errOut)
	return out.String(), errOut.String(), code
}

func buildSeedKB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "kb.sqlite")
	out, errOut, code := runCmd(t, nil, "", "build", "--data", "../../data", "--db", db)
	if code != 0 {
		t.Fatalf("build exited %d: %s %s", code, out, errOut)
	}
	if !strings.Contains(out, "5 articles") {
		t.Errorf("build summary %q does not count 5 articles", out)
	}
	return db
}

func TestExitStatusFollowsTheContract(t *testing.T) {
	db := buildSeedKB(t)
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"an answered command exits 0", []string{"ask", "--db", db, "!who Ushakov"}, 0},
		{"an unknown chat command exits 1", []string{"ask", "--db", db, "!frobnicate"}, 1},
		{"an unknown name exits 1", []string{"ask", "--db", db, "!who Nobody Atall"}, 1},
		{"a missing knowledge base exits 1", []string{"ask", "--db", filepath.Join(t.TempDir(), "none.sqlite"), "!sources"}, 1},
		{"an unknown subcommand exits 2", []string{"frobnicate"}, 2},
		{"an unknown flag exits 2", []string{"ask", "--nope", "!sources"}, 2},
		{"ask without a command exits 2", []string{"ask", "--db", db}, 2},
		{"a flag after the command is read as a flag", []string{"ask", "!who Ushakov", "--db", db}, 0},
		{"an unknown flag after the command exits 2", []string{"ask", "--db", db, "!who Ushakov", "--jsn"}, 2},
		{"a bad --published exits 2", []string{"extract", "--published", "yesterday", "-"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errOut, code := runCmd(t, nil, "", tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tt.code, errOut)
			}
		})
	}
}

func TestAskJSONCarriesTheContractFields(t *testing.T) {
	db := buildSeedKB(t)
	out, errOut, code := runCmd(t, nil, "", "ask", "--db", db, "--json", "!who Ushakov")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var a struct {
		Command, Query, Error, Text string
		Entity                      *struct {
			Name, Type     string
			Aliases, Roles []string
			Articles       []string
		}
		Citations []struct {
			N                                               int
			Article, Title, Source, Published, URL, Snippet string
			Start, End                                      int
		}
	}
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if a.Command != "who" || a.Query != "Ushakov" || a.Entity == nil || a.Entity.Name != "Yuri Ushakov" || a.Entity.Type != "PERSON" {
		t.Errorf("unexpected answer: %+v", a)
	}
	if len(a.Citations) == 0 || a.Text == "" {
		t.Errorf("no citations or text: %s", out)
	}
}

func TestConsoleAnswersOneCommandALineFromAPipe(t *testing.T) {
	db := buildSeedKB(t)
	out, errOut, code := runCmd(t, nil, "!sources\n\n!who Ushakov\n!nope\n", "console", "--db", db, "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d JSON lines, want 3:\n%s", len(lines), out)
	}
	for i, want := range []string{"sources", "who", "nope"} {
		var a struct{ Command string }
		if err := json.Unmarshal([]byte(lines[i]), &a); err != nil || a.Command != want {
			t.Errorf("line %d: %v %q", i, err, lines[i])
		}
	}
}

func TestConsolePagesALongAnswerWithMore(t *testing.T) {
	db := buildSeedKB(t)
	out, errOut, code := runCmd(t, nil, "!more\n!timeline\n!more\n!more\n", "console", "--db", db)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"Nothing to continue", "(!more for the next page)", "(page 1 of ", "(page 2 of ", "(page 3 of "} {
		if !strings.Contains(out, want) {
			t.Errorf("console output lacks %q:\n%s", want, out)
		}
	}
	// The pages go on where the one before stopped: no row twice.
	rows := map[string]bool{}
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "**") && strings.Contains(l, "** — ") {
			if rows[l] {
				t.Errorf("row shown twice: %s", l)
			}
			rows[l] = true
		}
	}
}

func TestExtractPrintsContractJSON(t *testing.T) {
	text := "Kremlin spokesman Dmitry Peskov said on Tuesday that “the process is serious,” Peskov told reporters in Moscow.\n"
	f := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(f, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runCmd(t, nil, "", "extract", "--json", "--published", "2025-12-03", f)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var o struct {
		Entities []struct {
			Text, Type string
			Start, End int
		}
		Times []struct {
			Text, Type, Value string
			Start, End        int
		}
	}
	if err := json.Unmarshal([]byte(out), &o); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range o.Entities {
		if text[e.Start:e.End] != e.Text {
			t.Errorf("entity %q has offsets of %q", e.Text, text[e.Start:e.End])
		}
		found = found || (e.Text == "Dmitry Peskov" && e.Type == "PERSON")
	}
	if !found {
		t.Errorf("Dmitry Peskov not found as a person: %s", out)
	}
	if len(o.Times) == 0 || o.Times[0].Value != "2025-12-02" {
		t.Errorf("on Tuesday should resolve to 2025-12-02: %s", out)
	}
}

func TestConfigErrorsNameTheVariable(t *testing.T) {
	for _, v := range []string{"SHARD_COUNT", "LOG_LEVEL", "RATE_LIMIT_WINDOW", "RELOAD_MODE"} {
		_, err := loadConfig(env(map[string]string{v: "bogus"}))
		if err == nil || !strings.Contains(err.Error(), v) {
			t.Errorf("%s=bogus: error %v does not name the variable", v, err)
		}
	}
	var ue usageError
	err := run(context.Background(), []string{"serve"}, env(nil), strings.NewReader(""), &bytes.Buffer{}, &bytes.Buffer{})
	if !errors.As(err, &ue) || !strings.Contains(err.Error(), "DISCORD_TOKEN") {
		t.Errorf("serve without a token: %v", err)
	}
}

func TestReopenReloadOpensTheFileABuilderReplaced(t *testing.T) {
	db := buildSeedKB(t)
	cfg, err := loadConfig(env(map[string]string{"RELOAD_MODE": "reopen", "DATA_DIR": "/nonexistent"}))
	if err != nil {
		t.Fatal(err)
	}
	s, summary, err := reloader(cfg, db, &bytes.Buffer{})(context.Background())
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	if n, _, _ := s.Stats(context.Background()); n != 5 || !strings.Contains(summary, "5 articles") {
		t.Errorf("reopened %d articles, summary %q", n, summary)
	}
}

func TestAskSaysWhereTheRestOfALongAnswerIs(t *testing.T) {
	db := buildSeedKB(t)
	_, errOut, code := runCmd(t, nil, "", "ask", "--db", db, "!timeline")
	if code != 0 || !strings.Contains(errOut, "--json") {
		t.Errorf("exit %d, stderr %q: want a pointer to the whole answer", code, errOut)
	}
	_, errOut, _ = runCmd(t, nil, "", "ask", "--db", db, "!who Ushakov")
	if strings.Contains(errOut, "--json") {
		t.Errorf("a one-page answer points elsewhere: %q", errOut)
	}
}

func TestPlainShowsEscapedCharactersAsWritten(t *testing.T) {
	tests := []struct{ in, want string }{
		{"I found no one called “Kovalenko\\`s”.", "I found no one called “Kovalenko`s”."},
		{"**Bold** and `code`", "Bold and code"},
		{"a\\_b \\*c\\* \\\\ d", "a_b *c* \\ d"},
		{"@\u200beveryone", "@everyone"},
	}
	for _, tt := range tests {
		if got := plain(tt.in); got != tt.want {
			t.Errorf("plain(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

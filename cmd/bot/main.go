// Command bot builds the news knowledge base and answers questions about
// it on Discord, in a terminal console, or one command at a time.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/joho/godotenv"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	warnEnvFile(".env", os.Stderr)
	_ = godotenv.Load() // a missing .env is fine; set variables win over it
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

// usageError marks bad command-line usage: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// failed marks a command that ran and failed, already reported: exit 1.
var errFailed = errors.New("command failed")

func exitCode(err error, stderr io.Writer) int {
	var ue usageError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ue):
		fmt.Fprintln(stderr, "bot:", ue.msg)
		fmt.Fprintln(stderr, "Run `bot help` for usage.")
		return 2
	case errors.Is(err, errFailed):
		return 1
	default:
		fmt.Fprintln(stderr, "bot:", err)
		return 1
	}
}

// warnEnvFile warns when .env, which holds the bot token, can be read by
// other users.
func warnEnvFile(path string, stderr io.Writer) {
	fi, err := os.Stat(path)
	if err != nil {
		return
	}
	if fi.Mode().Perm()&0o077 != 0 {
		fmt.Fprintf(stderr, "bot: warning: %s is readable by other users (mode %v); it holds the bot token: chmod 600 %s\n", path, fi.Mode().Perm(), path)
	}
}

const usage = `bot: a news knowledge base that answers questions with cited snippets

Usage:
  bot build   [--data DIR] [--db FILE] [--full]     build or update the knowledge base
  bot ask     [--db FILE] [--json] 'COMMAND'         answer one chat command, e.g. '!who Ushakov'
  bot console [--db FILE] [--json]                   interactive prompt (one command a line from a pipe)
  bot extract [--json] [--published YYYY-MM-DD] FILE|-   run extraction on one text
  bot serve   [--db FILE] [--data DIR]               connect to Discord (needs DISCORD_TOKEN)
  bot invite                                          print the URL that adds the bot to a server
  bot run                                             serve when DISCORD_TOKEN is set, else console

Settings come from the environment and .env: see .env.example.
`

func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	cfg, err := loadConfig(getenv)
	if err != nil {
		return usageError{err.Error()}
	}
	if len(args) == 0 {
		args = []string{"run"}
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "build":
		return runBuild(ctx, cfg, rest, stdout, stderr)
	case "ask":
		return runAsk(ctx, cfg, rest, stdout, stderr)
	case "console":
		return runConsole(ctx, cfg, rest, stdin, stdout, stderr)
	case "extract":
		return runExtract(ctx, rest, stdin, stdout, stderr)
	case "serve":
		return runServe(ctx, cfg, rest, stderr)
	case "invite":
		return runInvite(cfg, stdout)
	case "run":
		if cfg.Token != "" {
			return runServe(ctx, cfg, rest, stderr)
		}
		fmt.Fprintln(stderr, "DISCORD_TOKEN is not set: starting the local console (see README for Discord).")
		return runConsole(ctx, cfg, rest, stdin, stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		return usageError{fmt.Sprintf("unknown command %q", cmd)}
	}
}

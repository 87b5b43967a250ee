package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"

	"newsbot/bot"
	"newsbot/kb"
)

func openBot(ctx context.Context, cfg config, dbPath string, stderr io.Writer) (*bot.Bot, error) {
	s, err := kb.Open(ctx, dbPath)
	if err != nil {
		return nil, err
	}
	return bot.New(s, bot.Options{Log: newLogger(cfg, stderr), Timeout: cfg.Timeout, Reload: reloader(cfg, dbPath, stderr)}), nil
}

// reloader rebuilds the knowledge base from the data folder into dbPath
// and opens the result.
func reloader(cfg config, dbPath string, stderr io.Writer) bot.ReloadFunc {
	if cfg.ReloadMode == "reopen" {
		// A serving-only node: the file at dbPath was replaced by a
		// builder elsewhere (renamed into place); open the new one.
		return func(ctx context.Context) (bot.Store, string, error) {
			s, err := kb.Open(ctx, dbPath)
			if err != nil {
				return nil, "", err
			}
			n, built, _ := s.Stats(ctx)
			return s, fmt.Sprintf("reopened %s: %d articles, built %s", dbPath, n, built.Format("2 Jan 2006 15:04 MST")), nil
		}
	}
	return func(ctx context.Context) (bot.Store, string, error) {
		rep, err := kb.Build(ctx, kb.BuildOptions{DataDir: cfg.DataDir, DBPath: dbPath, Log: newLogger(cfg, stderr)})
		if err != nil {
			return nil, "", err
		}
		s, err := kb.Open(ctx, dbPath)
		if err != nil {
			return nil, "", err
		}
		summary := rep.Summary()
		if len(rep.NewPeople) > 0 {
			summary += "\nNew people: " + strings.Join(rep.NewPeople, ", ")
		}
		return s, summary, nil
	}
}

func runAsk(ctx context.Context, cfg config, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("ask", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", cfg.KBPath, "knowledge base file")
	asJSON := fs.Bool("json", false, "print the answer as JSON")
	words, err := parseArgs(fs, args)
	if err != nil {
		return usageError{err.Error()}
	}
	if len(words) == 0 {
		return usageError{"ask: which command? e.g. bot ask '!who Ushakov'"}
	}
	b, err := openBot(ctx, cfg, *db, stderr)
	if err != nil {
		return err
	}
	defer b.Close()
	a := b.AskFull(ctx, strings.Join(words, " "), *asJSON)
	if err := printAnswer(stdout, a, *asJSON); err != nil {
		return err
	}
	if pages := a.Paginate(bot.TextLimits); !*asJSON && len(pages) > 0 && pages[0].Remaining > 0 {
		// The chat shows the first page; say where the rest is.
		fmt.Fprintln(stderr, "bot: the answer goes on; `bot ask --json` prints all of it, and `bot console` turns the pages with !more")
	}
	if a.Error != "" {
		if !*asJSON {
			fmt.Fprintln(stderr, "bot:", plain(a.Error))
		}
		return errFailed
	}
	return nil
}

func printAnswer(w io.Writer, a bot.Answer, asJSON bool) error {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		return enc.Encode(a)
	}
	_, err := fmt.Fprintln(w, a.Text)
	return err
}

func runConsole(ctx context.Context, cfg config, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("console", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", cfg.KBPath, "knowledge base file")
	asJSON := fs.Bool("json", false, "answer each command with one JSON line")
	if err := fs.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	b, err := openBot(ctx, cfg, *db, stderr)
	if err != nil {
		return err
	}
	defer b.Close()
	interactive := false
	if f, ok := stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		interactive = true
		info := b.Info(ctx)
		fmt.Fprintf(stdout, "News bot console: %d articles. Type !help for the commands, !more for the next page of a long answer, Ctrl-D to leave.\n", info.Articles)
	}
	var pager consolePager
	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	lines := make(chan string)
	go func() {
		defer close(lines)
		for sc.Scan() {
			lines <- sc.Text()
		}
	}()
	for {
		if interactive {
			fmt.Fprint(stdout, "> ")
		}
		var line string
		select {
		case <-ctx.Done():
			return nil
		case l, ok := <-lines:
			if !ok {
				if interactive {
					fmt.Fprintln(stdout)
				}
				return sc.Err()
			}
			line = l
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		if !*asJSON && isMore(line) {
			fmt.Fprintln(stdout, pager.next(ctx, b))
		} else {
			a := b.AskFull(ctx, line, *asJSON)
			if a.Error != "" && !*asJSON && a.Text == "" {
				a.Text = a.Error
			}
			more := false
			if !*asJSON {
				pager.asked(line, a)
				if pages := a.Paginate(bot.TextLimits); len(pages) > 0 && pages[0].Remaining > 0 {
					// The first page of a long answer counts the pages
					// as the next ones do: "(page 1 of 5)".
					more, a.Text = true, pager.first(ctx, b, a.Text)
				}
			}
			if err := printAnswer(stdout, a, *asJSON); err != nil {
				return err
			}
			if more {
				fmt.Fprintln(stdout, "(!more for the next page)")
			}
		}
		if interactive {
			fmt.Fprintln(stdout)
		}
	}
}

// consolePager shows a long answer page by page: a chat reply shows its
// first page, and "!more" the pages after it, from the whole answer.
type consolePager struct {
	line  string     // the command whose answer is being paged
	pages []bot.Page // its whole answer, paged on the first !more
	shown int        // pages shown so far
}

func (p *consolePager) asked(line string, a bot.Answer) {
	p.line, p.pages, p.shown = line, nil, 1
	if a.Error != "" {
		p.line = ""
	}
}

// first returns the first page of the whole answer, which knows the
// page count, or shown when the answer has no pages.
func (p *consolePager) first(ctx context.Context, b *bot.Bot, shown string) string {
	if p.line == "" {
		return shown
	}
	p.paginate(ctx, b)
	if len(p.pages) == 0 {
		return shown
	}
	return p.pages[0].Render()
}

// paginate pages the whole answer of the command being paged, once.
func (p *consolePager) paginate(ctx context.Context, b *bot.Bot) {
	if p.pages == nil {
		a := b.AskFull(ctx, p.line, true)
		l := bot.TextLimits
		l.MaxPages = 0
		p.pages = a.Paginate(l)
	}
}

func (p *consolePager) next(ctx context.Context, b *bot.Bot) string {
	if p.line == "" {
		return "Nothing to continue: ask a command first."
	}
	p.paginate(ctx, b)
	pages := p.pages
	if p.shown >= len(pages) {
		return "That was the last page."
	}
	page := pages[p.shown]
	p.shown++
	return page.Render()
}

// isMore reports a request for the next page.
func isMore(line string) bool {
	switch strings.ToLower(strings.TrimSpace(line)) {
	case "!more", "more", "!next":
		return true
	}
	return false
}

// plain drops the chat markup from a message shown in a terminal: bold
// and code marks go, escaped characters ("Kovalenko\`s") are shown as
// written.
func plain(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s) && strings.IndexByte("\\*_`~|[]", s[i+1]) >= 0:
			i++
			b.WriteByte(s[i])
		case strings.HasPrefix(s[i:], "**"):
			i++
		case s[i] == '`':
		case strings.HasPrefix(s[i:], "\u200b"):
			i += len("\u200b") - 1
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

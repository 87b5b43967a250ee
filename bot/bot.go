// Package bot answers the chat commands (!who, !timeline, !quotes,
// !search, !sources, !help, !reload) from the knowledge base and renders
// the replies. It knows nothing of Discord: callers pass a command line or
// a Request and get an Answer of plain Go values.
package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"regexp"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"
)

// MaxQuery bounds the length of a command's argument text.
const MaxQuery = 300

// DefaultTimeout bounds one command.
const DefaultTimeout = 5 * time.Second

// Request is one parsed chat command.
type Request struct {
	Name string // "who", "timeline", ...
	Args string // the rest of the line, trimmed
	// Full asks for the whole answer (every event, quote and article) as
	// `--json` carries it; a chat reply is bounded instead.
	Full bool
	// BadOption is an option name a slash command typed as text opens
	// with that the command does not have ("/sources outlet:Metro"),
	// answered with the names it has.
	BadOption string
}

// ErrNotCommand is returned by Parse for a line that is not a command.
var ErrNotCommand = errors.New("not a command")

// Parse reads a chat line such as "!who Ushakov". With an empty prefix the
// leading command word needs no prefix (direct messages, the console); a
// prefix, when present, is always accepted.
func Parse(line, prefix string) (Request, error) {
	line = withoutMention(strings.TrimSpace(strings.ToValidUTF8(line, "\uFFFD")))
	slash := strings.HasPrefix(line, "/")
	switch {
	case prefix != "" && strings.HasPrefix(line, prefix):
		line = line[len(prefix):]
	case strings.HasPrefix(line, "!"):
		line = line[1:]
	case strings.HasPrefix(line, "/"):
		line = line[1:]
	case prefix != "":
		return Request{}, ErrNotCommand
	}
	line = strings.TrimSpace(line)
	name, args := line, ""
	if i := strings.IndexFunc(line, unicode.IsSpace); i >= 0 {
		name, args = line[:i], line[i:]
	}
	name = strings.ToLower(name)
	if name == "" {
		return Request{}, ErrNotCommand
	}
	args = strings.TrimSpace(args)
	var bad string
	if slash {
		bad = unknownOption(name, args)
		args = slashArgs(name, args)
	}
	return Request{Name: name, Args: args, BadOption: bad}, nil
}

// withoutMention drops a leading mention of the bot, as a chat user
// addresses it ("@newsbot who Ruiz", "<@123> who Ruiz"): the rest is the
// command, and a mention alone asks for help.
func withoutMention(line string) string {
	if !strings.HasPrefix(line, "@") && !strings.HasPrefix(line, "<@") {
		return line
	}
	end := strings.IndexFunc(line, unicode.IsSpace)
	if strings.HasPrefix(line, "<@") {
		if end = strings.IndexByte(line, '>') + 1; end == 0 {
			return line
		}
	}
	if end < 0 {
		return "help"
	}
	rest := strings.TrimSpace(line[end:])
	if rest == "" {
		return "help"
	}
	return rest
}

// optionMark is an option name and its colon opening a slash command's
// arguments, with a value in words written on: "outlet:Metro". A word
// and a colon followed by a space ("Update: …") is text, and so is one
// followed by a figure ("ratio:3") or a link's slashes ("https://…").
var optionMark = regexp.MustCompile(`^([a-z][a-z_-]{1,19}):[\p{L}"“]`)

// unknownOption returns the option name that the arguments of the slash
// command name open with when the command has no such option, or "".
func unknownOption(name, args string) string {
	sp, ok := LookupSpec(name)
	if !ok || len(sp.Options) == 0 {
		return ""
	}
	m := optionMark.FindStringSubmatch(args)
	if m == nil {
		return ""
	}
	for _, o := range sp.Options {
		if o.Name == m[1] {
			return ""
		}
	}
	return m[1]
}

// slashArgs reads the arguments of a slash command typed as text, with
// its option names ("/who name:Ruiz", "/timeline subject:Putin
// from:2025-11") as the slash command's options give them: the values in
// the order of the command's usage, and an end date alone as "until".
// Arguments that open with no option name of the command stay as typed.
func slashArgs(name, args string) string {
	sp, ok := LookupSpec(name)
	if !ok || len(sp.Options) == 0 {
		return args
	}
	type at struct {
		name       string
		start, end int // of the "name:" mark
	}
	var marks []at
	for _, o := range sp.Options {
		for i := 0; ; {
			j := strings.Index(strings.ToLower(args[i:]), o.Name+":")
			if j < 0 {
				break
			}
			j += i
			if j == 0 || unicode.IsSpace(rune(args[j-1])) {
				marks = append(marks, at{o.Name, j, j + len(o.Name) + 1})
				break
			}
			i = j + 1
		}
	}
	if len(marks) == 0 {
		return args
	}
	slices.SortFunc(marks, func(a, b at) int { return a.start - b.start })
	if marks[0].start != 0 {
		return args
	}
	given := map[string]string{}
	for i, m := range marks {
		end := len(args)
		if i+1 < len(marks) {
			end = marks[i+1].start
		}
		given[m.name] = strings.TrimSpace(args[m.end:end])
	}
	return OptionArgs(sp, given)
}

// OptionArgs joins a slash command's option values (by option name) into
// the command's arguments, in the order its usage lists them, so that
// "/timeline subject:Putin from:2025-11" reads as "!timeline Putin
// 2025-11" and an end date alone ends a range open at its start
// ("/timeline to:2025-11" is "!timeline until 2025-11").
func OptionArgs(sp Spec, given map[string]string) string {
	var out []string
	for _, o := range sp.Options {
		v := given[o.Name]
		if v == "" {
			continue
		}
		if o.Name == "to" && given["from"] == "" {
			v = "until " + v
		}
		out = append(out, v)
	}
	return strings.Join(out, " ")
}

// Info describes the knowledge base being served.
type Info struct {
	Articles int
	Built    time.Time
}

// ReloadFunc builds a fresh knowledge base and returns it with a
// user-facing summary of what changed.
type ReloadFunc func(ctx context.Context) (Store, string, error)

// Bot answers commands from the knowledge base it currently holds. It is
// safe for concurrent use; Swap and Reload replace the knowledge base while
// commands in flight finish on the old one.
type Bot struct {
	log     *slog.Logger
	timeout time.Duration
	cur     atomic.Pointer[held]
	reload  ReloadFunc

	mu       sync.Mutex
	inflight *reloadCall
}

// held is one knowledge base with a count of the commands using it, so
// that a swapped-out store is closed only after they finish.
type held struct {
	store Store
	users sync.WaitGroup
}

type reloadCall struct {
	done    chan struct{}
	summary string
	err     error
}

// Options configure a Bot.
type Options struct {
	Log     *slog.Logger
	Timeout time.Duration // per command; DefaultTimeout when zero
	Reload  ReloadFunc    // nil: reloading is not available
}

// New returns a Bot serving s.
func New(s Store, o Options) *Bot {
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	b := &Bot{log: o.Log, timeout: o.Timeout, reload: o.Reload}
	b.cur.Store(&held{store: s})
	return b
}

// acquire returns the current store, counted as in use until release.
func (b *Bot) acquire() (*held, func()) {
	for {
		h := b.cur.Load()
		h.users.Add(1)
		if b.cur.Load() == h {
			return h, h.users.Done
		}
		h.users.Done() // swapped meanwhile: take the new one
	}
}

// Swap installs s and closes the previous store once the commands using it
// have finished.
func (b *Bot) Swap(s Store) {
	old := b.cur.Swap(&held{store: s})
	if old != nil && old.store != nil {
		go func() {
			old.users.Wait()
			if err := old.store.Close(); err != nil {
				b.log.Warn("close old knowledge base", "err", err)
			}
		}()
	}
}

// Close closes the current store after the commands in flight finish.
func (b *Bot) Close() error {
	h := b.cur.Load()
	h.users.Wait()
	return h.store.Close()
}

// Info describes the knowledge base being served.
func (b *Bot) Info(ctx context.Context) Info {
	h, release := b.acquire()
	defer release()
	n, built, err := h.store.Stats(ctx)
	if err != nil {
		b.log.Warn("knowledge base stats", "err", err)
	}
	return Info{Articles: n, Built: built}
}

// Ask parses and answers one chat line as a chat reply.
func (b *Bot) Ask(ctx context.Context, line string) Answer {
	return b.AskFull(ctx, line, false)
}

// AskFull parses and answers one line; full asks for the whole answer,
// not a bounded chat reply.
func (b *Bot) AskFull(ctx context.Context, line string, full bool) Answer {
	req, err := Parse(line, "")
	if err != nil {
		a := errAnswer("", "", "Type `!help` to see the commands.")
		a.Text = renderText(&a)
		return a
	}
	req.Full = full
	return b.Do(ctx, req)
}

// Do answers one request. It never panics: a failure inside a command is
// logged with its stack and answered with an apology.
func (b *Bot) Do(ctx context.Context, req Request) (ans Answer) {
	defer func() {
		if r := recover(); r != nil {
			b.log.Error("command panicked", "command", req.Name, "panic", r, "stack", string(debug.Stack()))
			ans = errAnswer(req.Name, req.Args, "Sorry, something went wrong answering that. It has been logged.")
		}
	}()
	if utf8.RuneCountInString(req.Args) > MaxQuery {
		ans = errAnswer(req.Name, truncate(req.Args, 40), fmt.Sprintf("That query is too long (at most %d characters).", MaxQuery))
		ans.Text = renderText(&ans)
		return ans
	}
	ctx, cancel := context.WithTimeout(ctx, b.timeout)
	defer cancel()
	if req.Name == "reload" {
		return b.doReload(ctx, req)
	}
	h, release := b.acquire()
	defer release()
	ans = b.dispatch(ctx, h.store, req)
	if ans.Error != "" && ans.Header == "" {
		ans.Header = ans.Error
	}
	ans.Text = renderText(&ans)
	return ans
}

func (b *Bot) doReload(ctx context.Context, req Request) Answer {
	summary, err := b.Reload(context.WithoutCancel(ctx))
	if err != nil {
		a := errAnswer("reload", req.Args, "Reload failed, still serving the previous knowledge base: "+err.Error())
		a.Text = renderText(&a)
		return a
	}
	a := Answer{Command: "reload", Title: "Knowledge base reloaded", Header: summary}
	a.Text = renderText(&a)
	return a
}

// Reload rebuilds the knowledge base and swaps it in. Concurrent calls
// share one rebuild.
func (b *Bot) Reload(ctx context.Context) (string, error) {
	if b.reload == nil {
		return "", errors.New("reloading is not configured")
	}
	b.mu.Lock()
	if c := b.inflight; c != nil {
		b.mu.Unlock()
		select {
		case <-c.done:
			return c.summary, c.err
		case <-ctx.Done():
			return "", ctx.Err()
		}
	}
	c := &reloadCall{done: make(chan struct{})}
	b.inflight = c
	b.mu.Unlock()

	s, summary, err := b.reload(ctx)
	if err == nil {
		b.Swap(s)
	}
	c.summary, c.err = summary, err
	b.mu.Lock()
	b.inflight = nil
	b.mu.Unlock()
	close(c.done)
	return summary, err
}

func errAnswer(cmd, query, msg string) Answer {
	return Answer{Command: cmd, Query: query, Error: msg, Ephemeral: true, Citations: []Citation{}}
}

func renderText(a *Answer) string {
	if a.Citations == nil {
		a.Citations = []Citation{}
	}
	pages := a.Paginate(TextLimits)
	return pages[0].Render()
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

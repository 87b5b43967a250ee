package bot

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"newsbot/kb"
)

// Option is one argument of a command, as a slash command declares it.
type Option struct {
	Name         string
	Description  string
	Required     bool
	Autocomplete bool // offer entity names from the knowledge base
}

// Spec describes one chat command for !help and for slash-command
// registration.
type Spec struct {
	Name        string
	Usage       string
	Description string
	Example     string
	Options     []Option
	Admin       bool

	// Details follow the description in !help, not in a slash command's
	// description, which Discord keeps short: how the arguments read.
	Details string
}

// Commands lists every chat command in the order !help shows them.
var Commands = []Spec{
	{Name: "who", Usage: "!who NAME", Description: "Who a person, organisation or place is: role, other spellings, where they appear, cited snippets.",
		Example: "!who Ushakov", Options: []Option{{Name: "name", Description: "a name or surname", Required: true, Autocomplete: true}}},
	{Name: "timeline", Usage: "!timeline [NAME or TOPIC] [FROM [TO]]", Description: "Dated events in order, merged across outlets, each with its sources.",
		Details: "One date alone is that day, month or year (`2025-11` is November); two dates are a range, and `since` or `until` before one leaves an end open.",
		Example: "!timeline Putin 2025-12", Options: []Option{
			{Name: "subject", Description: "a name or topic words", Autocomplete: true},
			{Name: "from", Description: "a date (alone: that period), or the start: 2025, 2025-11, Nov 2025, 2025-11-30"},
			{Name: "to", Description: "end date: 2025, 2025-12, Dec 2025 or 2025-12-03"}}},
	{Name: "quotes", Usage: "!quotes NAME", Description: "What a person said, each quote cited, newest article first.",
		Example: "!quotes Putin", Options: []Option{{Name: "name", Description: "who said it", Required: true, Autocomplete: true}}},
	{Name: "search", Usage: "!search TEXT", Description: "The best-matching sentences, cited.",
		Example: "!search ceasefire", Options: []Option{{Name: "query", Description: "words to look for", Required: true}}},
	{Name: "sources", Usage: "!sources [OUTLET or TITLE WORDS]", Description: "The articles in the knowledge base with outlet, date, title and link.", Example: "!sources",
		Options: []Option{{Name: "filter", Description: "an outlet or words of a title"}}},
	{Name: "help", Usage: "!help [COMMAND]", Description: "Usage with an example for each command.", Example: "!help timeline",
		Options: []Option{{Name: "command", Description: "a command name"}}},
	{Name: "reload", Usage: "!reload", Description: "Rebuild the knowledge base from the data folder (administrators only).", Example: "!reload", Admin: true},
}

// LookupSpec returns the command named name.
func LookupSpec(name string) (Spec, bool) {
	name = strings.TrimPrefix(strings.ToLower(strings.TrimSpace(name)), "!")
	for _, s := range Commands {
		if s.Name == name {
			return s, true
		}
	}
	return Spec{}, false
}

// exampleWords are the names and words the commands' examples use: the
// seed articles'.
var exampleWords = []string{"Ushakov", "Putin", "ceasefire"}

// exampleCandidates is how many of the most mentioned names an example
// looks through for one that answers it.
const exampleCandidates = 20

// exampleAnswers say, per command, whether an example's arguments get an
// answer with something in it: an entity with events for !timeline, with
// quotes for !quotes, a matching sentence for !search. A command missing
// here needs only a known name.
var exampleAnswers = map[string]func(ctx context.Context, s Store, args string) bool{
	"timeline": hasEvents,
	"quotes":   hasQuotes,
	"search":   hasSentences,
}

// soleMatch returns the one entity a name means.
func soleMatch(ctx context.Context, s Store, name string) (kb.EntityRef, bool) {
	l, err := s.Find(ctx, name)
	if err != nil || len(l.Matches) != 1 {
		return kb.EntityRef{}, false
	}
	return l.Matches[0], true
}

func knownName(ctx context.Context, s Store, name string) bool {
	l, err := s.Find(ctx, name)
	return err == nil && len(l.Matches) > 0
}

func hasEvents(ctx context.Context, s Store, args string) bool {
	subject, from, to, err := parseTimelineArgs(args)
	if err != nil {
		return false
	}
	month := 0
	if from == "" && to == "" {
		if subject, month, err = yearlessMonth(ctx, s, subject); err != nil {
			return false
		}
	}
	ref, ok := soleMatch(ctx, s, subject)
	if !ok {
		return false
	}
	rows, err := s.Timeline(ctx, kb.TimelineQuery{Entity: ref.ID, From: from, To: to, Month: month, Limit: 1})
	return err == nil && len(rows) > 0
}

func hasQuotes(ctx context.Context, s Store, args string) bool {
	ref, ok := soleMatch(ctx, s, args)
	if !ok {
		return false
	}
	hits, err := s.Quotes(ctx, ref.ID, 1)
	return err == nil && len(hits) > 0
}

func hasSentences(ctx context.Context, s Store, args string) bool {
	hits, err := s.Search(ctx, args, 1)
	return err == nil && len(hits) > 0
}

// examples rewrites the commands' examples for the knowledge base at hand.
type examples struct {
	ctx   context.Context
	s     Store
	names []string // the most mentioned names, people first; read once
	read  bool
}

func localExamples(ctx context.Context, s Store) *examples { return &examples{ctx: ctx, s: s} }

// rewrite returns a command's example as it answers here: a seed word
// that gets no answer gives way to the most mentioned name that does (or,
// when none does, the most mentioned person), and the seed articles'
// dates go with it.
func (x *examples) rewrite(spec Spec) string {
	words := strings.Fields(spec.Example)
	i := slices.IndexFunc(words, func(w string) bool { return slices.Contains(exampleWords, w) })
	if i < 0 {
		return spec.Example
	}
	answers := exampleAnswers[spec.Name]
	if answers == nil {
		answers = func(ctx context.Context, s Store, args string) bool { return knownName(ctx, s, args) }
	}
	if answers(x.ctx, x.s, strings.Join(words[1:], " ")) {
		return spec.Example
	}
	names := x.candidates()
	if len(names) == 0 {
		return spec.Example
	}
	pick := names[0]
	for _, n := range names {
		if answers(x.ctx, x.s, n) {
			pick = n
			break
		}
	}
	return words[0] + " " + pick
}

// candidates lists the most mentioned names, the people among them first.
func (x *examples) candidates() []string {
	if x.read {
		return x.names
	}
	x.read = true
	var people, others []string
	for _, n := range x.s.Complete(x.ctx, "", exampleCandidates) {
		if ref, ok := soleMatch(x.ctx, x.s, n); ok && ref.Type == "PERSON" {
			people = append(people, n)
		} else {
			others = append(others, n)
		}
	}
	x.names = append(people, others...)
	return x.names
}

func helpAnswer(ctx context.Context, s Store, args string) Answer {
	local := localExamples(ctx, s)
	if args != "" {
		s, ok := LookupSpec(args)
		if !ok {
			return errAnswer("help", args, fmt.Sprintf("There is no command %q. Type `!help` to see them all.", args))
		}
		return Answer{Command: "help", Query: args, Title: "`" + s.Usage + "`",
			Rows: []Row{{Text: s.helpText()}, {Text: "Example: `" + local.rewrite(s) + "`"}}}
	}
	a := Answer{Command: "help", Title: "Commands", Header: "Ask about the news coverage in the knowledge base. Every answer cites its sources."}
	for _, s := range Commands {
		a.Rows = append(a.Rows, Row{Text: fmt.Sprintf("`%s` — %s Example: `%s`", s.Usage, s.helpText(), local.rewrite(s))})
	}
	return a
}

// helpText is the description !help shows: the description and its
// details.
func (s Spec) helpText() string {
	if s.Details == "" {
		return s.Description
	}
	return s.Description + " " + s.Details
}

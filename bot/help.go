package bot

import (
	"context"
	"fmt"
	"slices"
	"strings"
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
}

// Commands lists every chat command in the order !help shows them.
var Commands = []Spec{
	{Name: "who", Usage: "!who NAME", Description: "Who a person, organisation or place is: role, other spellings, where they appear, cited snippets.",
		Example: "!who Ushakov", Options: []Option{{Name: "name", Description: "a name or surname", Required: true, Autocomplete: true}}},
	{Name: "timeline", Usage: "!timeline [NAME or TOPIC] [FROM [TO]]", Description: "Dated events in order, merged across outlets, each with its sources.",
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

// exampleNames are the names the commands' examples use: the seed
// articles'.
var exampleNames = []string{"Ushakov", "Putin"}

// exampleCandidates is how many of the most mentioned names an example
// looks through for a person.
const exampleCandidates = 20

// localExamples rewrites an example for the knowledge base at hand: a name
// it does not know gives way to the person it mentions most (else the
// name it mentions most), so that every example answers.
func localExamples(ctx context.Context, s Store) func(string) string {
	var top string
	known := map[string]bool{}
	for _, n := range exampleNames {
		if l, err := s.Find(ctx, n); err == nil && len(l.Matches) > 0 {
			known[n] = true
		}
	}
	if len(known) < len(exampleNames) {
		names := s.Complete(ctx, "", exampleCandidates)
		if len(names) > 0 {
			top = names[0]
		}
		for _, n := range names {
			if l, err := s.Find(ctx, n); err == nil && len(l.Matches) == 1 && l.Matches[0].Type == "PERSON" {
				top = n
				break
			}
		}
	}
	return func(ex string) string {
		if top == "" {
			return ex
		}
		var words []string
		replaced := false
		for _, w := range strings.Fields(ex) {
			if slices.Contains(exampleNames, w) && !known[w] {
				w, replaced = top, true
			}
			words = append(words, w)
		}
		if replaced {
			// The seed articles' dates say nothing about another
			// archive's: "!timeline NAME" alone.
			words = slices.DeleteFunc(words, func(w string) bool { return len(w) >= 4 && w[0] >= '0' && w[0] <= '9' })
		}
		return strings.Join(words, " ")
	}
}

func helpAnswer(ctx context.Context, s Store, args string) Answer {
	local := localExamples(ctx, s)
	if args != "" {
		s, ok := LookupSpec(args)
		if !ok {
			return errAnswer("help", args, fmt.Sprintf("There is no command %q. Type `!help` to see them all.", args))
		}
		return Answer{Command: "help", Query: args, Title: "`" + s.Usage + "`",
			Rows: []Row{{Text: s.Description}, {Text: "Example: `" + local(s.Example) + "`"}}}
	}
	a := Answer{Command: "help", Title: "Commands", Header: "Ask about the news coverage in the knowledge base. Every answer cites its sources."}
	for _, s := range Commands {
		a.Rows = append(a.Rows, Row{Text: fmt.Sprintf("`%s` — %s Example: `%s`", s.Usage, s.Description, local(s.Example))})
	}
	return a
}

package bot

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/identity"
	"newsbot/kb"
)

// Result bounds. A chat reply (Discord, the console) lists at most
// chatRows rows and says so; a full answer (`--json`) carries everything.
const (
	fullSearchResults = 50
	chatSearchResults = 20
	chatRows          = 200
	fullRows          = 10_000_000
	// chatEventSources is how many outlets a chat timeline row cites; the
	// row still says how many reported it.
	chatEventSources = 5
)

// rowLimit is how many rows a command may return for req.
func rowLimit(req Request) int {
	if req.Full {
		return fullRows
	}
	return chatRows
}

// moreThan tells the reader a chat reply was cut at the row limit.
func moreThan(limit int, what string) string {
	return fmt.Sprintf("_Showing the first %d %s; narrow the question (a name, a topic, dates) or ask with `--json` for all._", limit, what)
}

func (b *Bot) dispatch(ctx context.Context, s Store, req Request) Answer {
	var (
		a   Answer
		err error
	)
	if sp, ok := LookupSpec(req.Name); ok && req.BadOption != "" {
		a = errAnswer(req.Name, req.Args, badOption(sp, req.BadOption))
		a.Command, a.Query = req.Name, req.Args
		return a
	}
	switch req.Name {
	case "more", "next":
		a = errAnswer(req.Name, req.Args, "`!more` shows the next page of the last answer in a chat or in `bot console`; "+
			"a question asked on its own has no answer before it to continue. Ask it with `--json` to get every row.")
	case "who":
		a, err = who(ctx, s, req.Args, req.Full)
	case "quotes":
		a, err = quotesCmd(ctx, s, req.Args, rowLimit(req))
	case "timeline":
		a, err = timeline(ctx, s, req.Args, rowLimit(req))
	case "search":
		a, err = search(ctx, s, req.Args, searchLimit(req))
	case "sources":
		a, err = sources(ctx, s, req.Args, rowLimit(req))
	case "help":
		a = helpAnswer(ctx, s, req.Args)
	default:
		names := make([]string, 0, len(Commands))
		for _, c := range Commands {
			names = append(names, "`!"+c.Name+"`")
		}
		a = errAnswer(req.Name, req.Args, fmt.Sprintf("I don't know the command `%s`. Try %s.", escape(truncate(req.Name, 30)), strings.Join(names, ", ")))
	}
	if err != nil {
		b.log.Error("command failed", "command", req.Name, "query", req.Args, "err", err)
		a = errAnswer(req.Name, req.Args, userError(err))
	}
	a.Command, a.Query = req.Name, req.Args
	return a
}

// userError turns an error into one clear sentence for the person asking.
func userError(err error) string {
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return "That took too long and was stopped. Try a narrower question."
	case errors.Is(err, context.Canceled):
		return "The bot is shutting down; try again in a moment."
	default:
		return "Sorry, the knowledge base could not answer that. It has been logged."
	}
}

// resolve finds the one entity a name means, or returns the answer that
// explains why it cannot (unknown, ambiguous). Others are the people the
// name also fits that one named far more often left out.
func resolve(ctx context.Context, s Store, cmd, name string) (t target, early *Answer, err error) {
	if strings.TrimSpace(name) == "" {
		spec, _ := LookupSpec(cmd)
		a := errAnswer(cmd, name, fmt.Sprintf("Whom do you mean? Usage: `%s`, for example `%s`.", spec.Usage, localExamples(ctx, s).rewrite(spec)))
		return target{}, &a, nil
	}
	if officeOf(name) {
		// "mayor of Corpus Christi" asks for a person, not the place.
		holders, err := s.ByRole(ctx, name)
		if err != nil {
			return target{}, nil, err
		}
		if len(holders) == 1 {
			return target{ref: holders[0], byRole: true}, nil, nil
		}
		if len(holders) == 0 {
			// "mayor of Getafe" when the articles call him its former
			// mayor: say so, rather than answer with the place.
			if past, _, err := formerHolders(ctx, s, name); err != nil {
				return target{}, nil, err
			} else if len(past) > 0 {
				return resolveRole(ctx, s, cmd, name, nil)
			}
		}
	}
	l, err := s.Find(ctx, name)
	if err != nil {
		return target{}, nil, err
	}
	switch len(l.Matches) {
	case 1:
		return target{ref: l.Matches[0], others: l.Others}, nil, nil
	case 0:
		return resolveRole(ctx, s, cmd, name, l.Suggestions)
	default:
		if one, ok := oneName(l.Matches); ok {
			// Two entities of one name and different types: the reader
			// cannot choose between them by name, so the profile shows
			// one and names the other.
			return target{ref: one, others: append(otherThan(l.Matches, one), l.Others...)}, nil, nil
		}
		a := whichOne(cmd, name, l.Matches)
		return target{}, &a, nil
	}
}

// whichOne asks the reader which of several entities a name means.
func whichOne(cmd, name string, matches []kb.EntityRef) Answer {
	var names []string
	for _, m := range matches {
		names = append(names, m.Name)
	}
	if len(names) > 5 {
		names = names[:5]
	}
	// A name ending in a full stop ("Keane Sr.") ends the sentence with
	// it.
	stop := "."
	if strings.HasSuffix(names[len(names)-1], ".") {
		stop = ""
	}
	a := errAnswer(cmd, name, fmt.Sprintf("“%s” could mean %s%s Which one? For example `!%s %s`.",
		escape(truncate(name, 60)), orList(names), stop, cmd, names[0]))
	a.Candidates = names
	return a
}

// officeOf reports whether a query names an office of something by a
// role noun right before its "of" ("mayor of Corpus Christi", "the chief
// executive of Halcyon"), not a person of a place ("Emperor Naruhito of
// Japan").
func officeOf(query string) bool {
	before, _, ok := strings.Cut(query, " of ")
	ws := strings.Fields(before)
	return ok && len(ws) > 0 && identity.HasRoleHead(ws[len(ws)-1])
}

// target is the entity a command is about, the other people its name
// also fits, and whether it was found by a role the articles give it
// rather than by name ("Health Secretary").
type target struct {
	ref    kb.EntityRef
	others []kb.EntityRef
	byRole bool
}

// resolveRole answers a name no entity bears from the roles the articles
// give people: the one person described so, or the few to choose from.
// Otherwise the reader is told no one is called so, with suggestions.
func resolveRole(ctx context.Context, s Store, cmd, name string, suggestions []string) (target, *Answer, error) {
	holders, err := s.ByRole(ctx, name)
	if err != nil {
		return target{}, nil, err
	}
	quoted := escape(truncate(strings.TrimSpace(name), 60))
	switch len(holders) {
	case 0:
		if past, office, err := formerHolders(ctx, s, name); err != nil {
			return target{}, nil, err
		} else if len(past) > 0 {
			// An office the articles say its holder has left: "prime
			// minister" after a no-confidence vote.
			names := make([]string, len(past))
			for i, h := range past {
				names[i] = h.Name
			}
			holder := "its former holder"
			if len(names) > 1 {
				holder = "its former holders"
			}
			a := errAnswer(cmd, name, fmt.Sprintf("No one in the articles is %s now; they describe %s as %s. For example `!%s %s`.",
				escape(office), orList(names), holder, cmd, names[0]))
			a.Candidates = names
			return target{}, &a, nil
		}
		suggestions = withoutKinOfRole(name, suggestions)
		a := errAnswer(cmd, name, fmt.Sprintf("I found no one called “%s” in the articles.", quoted))
		if len(suggestions) > 0 {
			a.Error += " Did you mean " + orList(suggestions) + "?"
			a.Candidates = suggestions
		}
		if office := withoutArticle(name); office != "" && roleLike(office) {
			// The articles may speak of the office without naming
			// anyone in it ("the foreign minister said").
			a.Error += fmt.Sprintf(" To read what the articles say of it, try `!search %s`.", truncate(office, 60))
		}
		return target{}, &a, nil
	case 1:
		return target{ref: holders[0], byRole: true}, nil, nil
	}
	names := make([]string, len(holders))
	for i, h := range holders {
		names[i] = h.Name
	}
	a := errAnswer(cmd, name, fmt.Sprintf("No one is called “%s”, but the articles describe %s so. Which one? For example `!%s %s`.",
		quoted, orList(names), cmd, names[0]))
	a.Candidates = names
	return target{}, &a, nil
}

// roleLike reports whether a phrase names an office ("foreign minister",
// "mayor of Getafe") rather than someone.
func roleLike(phrase string) bool {
	words := strings.Fields(strings.ToLower(phrase))
	return len(words) > 0 && (identity.HasRoleHead(words[len(words)-1]) || officeOf(phrase))
}

// withoutArticle is a phrase without the article opening it ("the
// foreign minister" → "foreign minister").
func withoutArticle(phrase string) string {
	words := strings.Fields(phrase)
	for len(words) > 0 && (strings.EqualFold(words[0], "the") || strings.EqualFold(words[0], "a") || strings.EqualFold(words[0], "an")) {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// formerHolders returns the people the articles call former holders of
// a role a query asks for, when the query does not ask for a former one
// already, and the office as the query names it without its article.
func formerHolders(ctx context.Context, s Store, role string) ([]kb.EntityRef, string, error) {
	// The office keeps the query's capitals: "the mayor of Getafe".
	office := withoutArticle(role)
	if office == "" || !roleLike(office) {
		return nil, "", nil
	}
	first, _, _ := strings.Cut(office, " ")
	switch strings.ToLower(first) {
	case "former", "ex", "ex-", "outgoing", "previous", "ousted", "incoming", "next", "acting", "interim":
		return nil, "", nil
	}
	past, err := s.ByRole(ctx, "former "+office)
	return past, "the " + office, err
}

// withoutKinOfRole drops the suggestions for a role typed that only
// spell a word of the role's family: "the interior minister" is not the
// "interior ministry".
func withoutKinOfRole(name string, suggestions []string) []string {
	var heads []string
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if identity.HasRoleHead(w) {
			heads = append(heads, w)
		}
	}
	if len(heads) == 0 {
		return suggestions
	}
	var out []string
	for _, sg := range suggestions {
		if !spellsKin(sg, heads) {
			out = append(out, sg)
		}
	}
	return out
}

// spellsKin reports whether a word of s differs from one of words only
// in its last two letters or fewer ("ministry", "minister").
func spellsKin(s string, words []string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		for _, h := range words {
			if w != h && len(h) > 4 && commonPrefix(w, h) >= len(h)-2 {
				return true
			}
		}
	}
	return false
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// byRoleLine tells the reader the answer is about the person the
// articles describe by the words typed, not one named so.
func byRoleLine(name string, ref kb.EntityRef) string {
	return fmt.Sprintf("**Found by role:** the articles describe %s as “%s”.", escape(ref.Name), escape(truncate(strings.TrimSpace(name), 60)))
}

// alsoNamed tells the reader which other people or organisations the
// name they typed also fits, when the answer chose one of them.
func alsoNamed(cmd, name string, others []kb.EntityRef) string {
	if len(others) == 0 {
		return ""
	}
	var names []string
	for _, o := range others[:min(len(others), 3)] {
		n := "**" + escape(o.Name) + "**"
		if strings.EqualFold(o.Name, strings.TrimSpace(name)) {
			// The name typed itself, for something else: say what.
			n += fmt.Sprintf(" (%s, %s)", kinds[o.Type], plural(o.Articles, "article"))
		}
		names = append(names, n)
	}
	more := ""
	if len(others) > 3 {
		more = fmt.Sprintf(" and %d more", len(others)-3)
	}
	hint := fmt.Sprintf(" (`!%s %s`)", cmd, others[0].Name)
	if strings.EqualFold(others[0].Name, strings.TrimSpace(name)) {
		hint = "" // the command would answer with this entity again
	}
	return fmt.Sprintf("**Also named “%s”:** %s%s%s", escape(truncate(strings.TrimSpace(name), 60)), strings.Join(names, ", "), more, hint)
}

func orList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "**" + escape(n) + "**"
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}

var kinds = map[string]string{"PERSON": "person", "ORG": "organisation", "PLACE": "place", "OTHER": "name"}

// who answers !who. Only a full answer lists the articles naming the
// entity; a chat reply says how many there are.
func who(ctx context.Context, s Store, name string, full bool) (Answer, error) {
	t, early, err := resolve(ctx, s, "who", name)
	if err != nil || early != nil {
		return deref(early), err
	}
	ref, others := t.ref, t.others
	p, err := s.Profile(ctx, ref.ID)
	if err != nil {
		return Answer{}, err
	}
	var articles []string
	if full {
		if articles, err = s.EntityArticles(ctx, ref.ID); err != nil {
			return Answer{}, err
		}
	}
	var c cites
	a := Answer{Title: fmt.Sprintf("%s (%s)", escape(p.Name), kinds[p.Type])}
	ent := &Entity{Name: p.Name, Type: p.Type, Aliases: nonNil(p.Aliases), Roles: []string{}, Articles: nonNil(articles),
		Outlets: p.Outlets, First: p.First, Last: p.Last, Quotes: p.Quotes, Related: p.Related}
	var head []string
	if t.byRole {
		head = append(head, byRoleLine(name, ref))
	}
	var roles []kb.RoleHit
	if p.Type == "PERSON" {
		roles = p.Roles
	}
	if len(roles) > 0 {
		// The role shown is cited first; the others, which only the JSON
		// carries, are numbered after the snippets.
		n := c.add(roles[0].Evidence)
		ent.Roles, ent.RoleCites = append(ent.Roles, roles[0].Text), append(ent.RoleCites, n)
		head = append(head, fmt.Sprintf("**Role:** %s [%d]", escape(roles[0].Text), n))
	}
	var lifeCites []int
	if p.Type == "PERSON" {
		line, ns, err := personLife(ctx, s, ref.ID, p.Name, p.Aliases, &c)
		if err != nil {
			return Answer{}, err
		}
		if line != "" {
			head, lifeCites = append(head, line), ns
		}
	}
	if len(p.Aliases) > 0 {
		head = append(head, "**Also written:** "+escape(strings.Join(p.Aliases, ", ")))
	}
	span := ""
	if p.First != "" {
		span = ", " + HumanDate(p.First)
		if p.Last != p.First {
			span += " – " + HumanDate(p.Last)
		}
	}
	head = append(head, fmt.Sprintf("**Mentioned in** %s%s", mentionedIn(p.Articles, len(p.Outlets), p.NoOutlet), span))
	if p.Quotes > 0 {
		head = append(head, quotesLine(p))
	}
	if len(p.Related) > 0 {
		head = append(head, "**Often with:** "+escape(strings.Join(p.Related, ", ")))
	}
	if line := alsoNamed("who", name, others); line != "" {
		head = append(head, line)
	}
	a.Header = strings.Join(head, "\n")
	for _, sn := range p.Snippets {
		n := c.add(sn)
		a.Rows = append(a.Rows, Row{Text: fmt.Sprintf("> %s [%d]", escape(oneLine(withoutDateline(sn.Text, append([]string{p.Name}, p.Aliases...)...))), n), Cites: []int{n}})
	}
	for _, r := range roles[min(1, len(roles)):] {
		ent.Roles, ent.RoleCites = append(ent.Roles, r.Text), append(ent.RoleCites, c.add(r.Evidence))
	}
	a.Entity = ent
	a.Citations = c.list
	// The role and life citations head the reply; make sure page one
	// lists them.
	var headCites []int
	if len(ent.RoleCites) > 0 {
		headCites = append(headCites, ent.RoleCites[0])
	}
	headCites = append(headCites, lifeCites...)
	if len(headCites) > 0 && len(a.Rows) > 0 {
		a.Rows[0].Cites = append(headCites, a.Rows[0].Cites...)
	} else if len(headCites) > 0 {
		a.Rows = append(a.Rows, Row{Text: "", Cites: headCites})
	}
	return a, nil
}

func deref(a *Answer) Answer {
	if a == nil {
		return Answer{}
	}
	return *a
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// quotesLine tells how many statements of a person !quotes shows, one
// row each however many outlets quote it: "**Quotes:** 2 statements,
// quoted 4 times". A speaker quoted more than kb.ProfileQuotes times
// (whose quotes the profile did not read) is counted by quotes alone:
// folding their quotes would cost a profile more than the rest of it.
func quotesLine(p kb.Profile) string {
	statements := p.Quotes
	if p.QuoteHits != nil {
		rows, _, _ := quoteRows(p.QuoteHits)
		statements = len(rows)
	}
	if statements > 0 && statements < p.Quotes {
		return fmt.Sprintf("**Quotes:** %s, quoted %d times (`!quotes %s`)", plural(statements, "statement"), p.Quotes, p.Name)
	}
	return fmt.Sprintf("**Quotes:** %d (`!quotes %s`)", p.Quotes, p.Name)
}

func quotesCmd(ctx context.Context, s Store, name string, limit int) (Answer, error) {
	t, early, err := resolve(ctx, s, "quotes", name)
	if err != nil || early != nil {
		return deref(early), err
	}
	ref, others := t.ref, t.others
	hits, err := s.Quotes(ctx, ref.ID, limit+1)
	if err != nil {
		return Answer{}, err
	}
	cut := len(hits) > limit
	if cut {
		hits = hits[:limit]
	}
	a := Answer{Title: "Quotes: " + escape(ref.Name), Quotes: []Quote{}}
	if len(hits) == 0 {
		a.Header = fmt.Sprintf("The articles quote no words of %s directly. Try `!who %s`.", escape(ref.Name), ref.Name)
	}
	if line := alsoNamed("quotes", name, others); line != "" {
		a.Header = strings.TrimSpace(a.Header + "\n" + line)
	}
	if t.byRole {
		a.Header = strings.TrimSpace(byRoleLine(name, ref) + "\n" + a.Header)
	}
	rows, qs, list := quoteRows(hits)
	a.Quotes = append(a.Quotes, qs...)
	for _, r := range rows {
		a.Rows = append(a.Rows, r.render())
	}
	if cut {
		a.Header = moreThan(limit, "quotes")
	}
	a.Citations = list
	return a, nil
}

// quoteRows makes the rows of a !quotes answer from the quotes found,
// with each quote and the citations they use. The same words quoted by
// several outlets are one row citing each; the same words repeated
// within one article are cited once, and words quoted inside longer ones
// join the longer row. Citations are numbered in the order the rows show
// them, so every row and every source line reads [2][3], never [3][2].
func quoteRows(hits []kb.QuoteHit) ([]quoteRow, []Quote, []Citation) {
	var c cites
	var qs []Quote
	row := map[string]int{}
	cited := map[string]bool{}
	var rows []quoteRow
	for _, h := range hits {
		k := strings.ToLower(oneLine(h.Text))
		if cited[k+"\x00"+h.Cite.Article.ID] {
			continue
		}
		cited[k+"\x00"+h.Cite.Article.ID] = true
		n := c.add(h.Cite)
		qs = append(qs, Quote{Speaker: h.Speaker, Text: h.Text, Citation: n})
		if i, ok := row[k]; ok {
			rows[i].cites = append(rows[i].cites, n)
			rows[i].withDate(h.Cite.Article.Published)
			continue
		}
		row[k] = len(rows)
		rows = append(rows, newSourcedQuoteRow(h.Text, n, h.Cite.Text))
		rows[len(rows)-1].withDate(h.Cite.Article.Published)
	}
	rows = foldContained(rows)
	renum := renumberQuoteRows(rows, len(c.list))
	for i := range qs {
		qs[i].Citation = renum[qs[i].Citation]
	}
	list := make([]Citation, len(c.list))
	for _, ct := range c.list {
		ct.N = renum[ct.N]
		list[ct.N-1] = ct
	}
	return rows, qs, list
}

// searchLimit is how many sentences a search returns: the contract's top
// 50 for a full answer, two chat pages' worth otherwise.
func searchLimit(req Request) int {
	if req.Full {
		return fullSearchResults
	}
	return chatSearchResults
}

func search(ctx context.Context, s Store, q string, limit int) (Answer, error) {
	if typed := q; len(kb.Terms(typed)) > 0 {
		// Mentions and markdown are no words to look for.
		if q = kb.WithoutChatMarkup(typed); len(kb.Terms(q)) == 0 {
			spec, _ := LookupSpec("search")
			msg := fmt.Sprintf("“%s” holds only mentions or formatting, which are not searched: type the words to look for, as in `%s`.", escape(truncate(typed, 80)), localExamples(ctx, s).rewrite(spec))
			return errAnswer("search", typed, msg), nil
		}
	}
	if len(kb.Terms(q)) == 0 {
		spec, _ := LookupSpec("search")
		return errAnswer("search", q, fmt.Sprintf("What should I look for? Usage: `%s`, for example `%s`.", spec.Usage, localExamples(ctx, s).rewrite(spec))), nil
	}
	if kb.OnlyFunctionWords(q) {
		msg := fmt.Sprintf("“%s” holds only words nearly every sentence has: add a more specific word, or quote a phrase (`!search \"…\"`).", escape(truncate(q, 80)))
		return errAnswer("search", q, msg), nil
	}
	hits, err := s.Search(ctx, q, limit)
	if err != nil {
		return Answer{}, err
	}
	var c cites
	a := Answer{Title: "Search: " + escape(truncate(q, 80)), Results: []Result{}}
	switch {
	case len(hits) == 0 && slices.Equal(kb.Decimals(q), strings.Fields(q)):
		// A figure alone ("6.2%") is not several words to find.
		a.Header = fmt.Sprintf("No sentence in the articles holds “%s”.", escape(strings.TrimSpace(q)))
	case len(hits) == 0 && kb.OrAlternatives(q) != nil:
		a.Header = "No sentence in the articles holds any of these."
	case len(hits) == 0 && len(kb.Terms(q)) > 1:
		// Sentences with one word of several are no answer: say so
		// rather than show them.
		a.Header = "No sentence in the articles holds these words together, or even half of them."
	case len(hits) == 0:
		a.Header = "No sentence in the articles matches that."
	case hits[0].Only != "":
		a.Header = fmt.Sprintf("No sentence holds all of these words; these hold “%s”.", escape(hits[0].Only))
	case hits[0].Partial:
		a.Header = "No sentence holds all of these words; these hold some of them."
	}
	for _, h := range hits {
		n := c.add(h.Snippet)
		a.Results = append(a.Results, Result{Citation: n, Score: -h.Score})
		a.Rows = append(a.Rows, Row{Text: fmt.Sprintf("> %s [%d]", escape(oneLine(withoutDateline(h.Text, strings.Fields(q)...))), n), Cites: []int{n}})
	}
	a.Citations = c.list
	return a, nil
}

func sources(ctx context.Context, s Store, filter string, limit int) (Answer, error) {
	filter = strings.TrimSpace(filter)
	arts, err := s.Sources(ctx, filter, limit+1)
	if err != nil {
		return Answer{}, err
	}
	cut := len(arts) > limit
	if cut {
		arts = arts[:limit]
	}
	var c cites
	title := "Sources"
	if filter != "" {
		title = fmt.Sprintf("Sources: %s", escape(filter))
	}
	a := Answer{Title: fmt.Sprintf("%s (%s)", title, plural(len(arts), "article")), Articles: []Article{}}
	switch {
	case cut:
		a.Title = title
		a.Header = moreThan(limit, "articles, newest first")
	case len(arts) == 0 && filter != "":
		a.Header = "No article's outlet or title holds that; `!sources` lists them all."
	}
	for _, sn := range arts {
		n := c.add(sn)
		date := "undated"
		if sn.Article.Published != "" {
			date = HumanDate(sn.Article.Published)
		}
		a.Articles = append(a.Articles, Article{ID: sn.Article.ID, Title: sn.Article.Title, Source: sn.Article.Source,
			Published: sn.Article.Published, URL: sn.Article.URL, Citation: n})
		outlet := "**" + escape(orDash(sn.Article.Source)) + "**"
		if len(sn.Article.AlsoIn) > 0 {
			// A syndicated story, stored once: who else ran it.
			outlet += " (also **" + escape(strings.Join(sn.Article.AlsoIn, "**, **")) + "**)"
		}
		a.Rows = append(a.Rows, Row{Text: fmt.Sprintf("%s · %s · %s [%d]", outlet, date, escape(sn.Article.Title), n), Cites: []int{n}})
	}
	a.Citations = c.list
	return a, nil
}

// oneLine folds a snippet's line breaks so it stays one quoted row.
func oneLine(s string) string {
	if isOneLine(s) {
		return s // most are: a timeline folds hundreds per answer
	}
	return strings.Join(strings.Fields(s), " ")
}

// isOneLine reports whether s is already as oneLine makes it: single
// spaces between words, none around them.
func isOneLine(s string) bool {
	space := true // a leading space is folded away
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' && space:
				return false
			case c == ' ':
				space = true
			case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
				return false
			default:
				space = false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		space = false
		i += n
	}
	return !space || s == ""
}

// escape keeps text from being read as Discord markdown or mentions.
// Brackets are escaped so that "[text](https://…)" in an article or a
// manifest never becomes a masked link.
var mdEscaper = strings.NewReplacer(`\`, `\\`, `*`, `\*`, `_`, `\_`, "`", "\\`", `~`, `\~`, `|`, `\|`, `@`, "@\u200b",
	`[`, `\[`, `]`, `\]`,
	// Direction overrides would turn the rest of the reply around.
	"\u202a", "", "\u202b", "", "\u202c", "", "\u202d", "", "\u202e", "", "\u2066", "", "\u2067", "", "\u2068", "", "\u2069", "")

func escape(s string) string { return mdEscaper.Replace(s) }

// Escape returns s as literal chat text: no markdown, masked links or
// mentions.
func Escape(s string) string { return escape(s) }

// mentionedIn says how many articles name an entity and from how many
// outlets, telling apart the articles that name no outlet: "2 articles
// from 1 outlet" would hide that one of the two is from none ("2
// articles (1 from 1 outlet, 1 with no outlet named)").
func mentionedIn(articles, outlets, noOutlet int) string {
	noOutlet = min(noOutlet, articles)
	switch {
	case outlets == 0:
		return plural(articles, "article")
	case noOutlet == 0:
		return plural(articles, "article") + " from " + plural(outlets, "outlet")
	}
	return fmt.Sprintf("%s (%d from %s, %d with no outlet named)", plural(articles, "article"), articles-noOutlet, plural(outlets, "outlet"), noOutlet)
}

// badOption tells the asker that a slash command has no option named
// bad, and lists those it has: "/sources outlet:Metro" was meant as
// "/sources filter:Metro".
func badOption(sp Spec, bad string) string {
	names := make([]string, len(sp.Options))
	for i, o := range sp.Options {
		names[i] = "`" + o.Name + ":`"
	}
	return fmt.Sprintf("`/%s` has no option `%s:`; its options are %s.", sp.Name, escape(bad), strings.Join(names, ", "))
}

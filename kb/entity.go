package kb

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"newsbot/extract/events"
	"newsbot/extract/identity"
)

// EntityRef names one corpus entity.
type EntityRef struct {
	ID       int64
	Name     string
	Type     string
	Articles int
}

// Lookup is the answer to "who is NAME": the matching entities (one when
// the name is clear, several when a surname is shared) or, when nothing
// matches, suggestions.
type Lookup struct {
	Matches     []EntityRef
	Suggestions []string
	// Others are the other people, and the organisations, the name also
	// fits when one match was chosen because it is named far more
	// ("Keane" in an obituary of Bobby Keane that also names his father
	// and his wife) or is the one person of them ("Halvorsen" for Ingrid
	// Halvorsen beside Halvorsen Group).
	Others []EntityRef
	// Named is set when the articles write the one match by the name as
	// typed (spelling aside), not only a longer name ending in it
	// ("museum" for "Maasoever Museum").
	Named bool
}

// Find resolves a name as users type it: any spelling an article used,
// a surname, or a spelling variant with the same key. A surname typed with
// its particles ("van der Berg") names only those the articles write with
// them, never a bare "Berg".
func (s *Store) Find(ctx context.Context, query string) (Lookup, error) {
	l, err := s.find(ctx, query)
	if err != nil || !identity.ParticleLed(query) {
		return l, err
	}
	return s.writtenWith(ctx, l, query)
}

// writtenWith keeps of a lookup's matches and others those with an alias
// that is the query or ends in it, a whole word; with no match left, it
// suggests names instead.
func (s *Store) writtenWith(ctx context.Context, l Lookup, query string) (Lookup, error) {
	keep := func(refs []EntityRef) ([]EntityRef, error) {
		var out []EntityRef
		for _, r := range refs {
			aliases, err := s.aliasesOf(ctx, r.ID)
			if err != nil {
				return nil, err
			}
			if slices.ContainsFunc(aliases, func(a string) bool { return endsWithWords(a, query) }) {
				out = append(out, r)
			}
		}
		return out, nil
	}
	matches, err := keep(l.Matches)
	if err != nil {
		return Lookup{}, err
	}
	if len(l.Matches) > 0 && len(matches) == 0 {
		return Lookup{Suggestions: s.suggest(query, 5)}, nil
	}
	others, err := keep(l.Others)
	if err != nil {
		return Lookup{}, err
	}
	l.Matches, l.Others = matches, others
	l.Named = l.Named && len(matches) == 1
	return l, nil
}

// endsWithWords reports whether a name is a particle-led surname typed as
// query or ends in it, whole words, compared by the keys of their words:
// a hyphen or a space after the particle and the spellings keys fold
// alike ("Al Harthi" ends "Salem al-Harthy"). The particles stay: "van
// der Berg" does not end "Maria Berg".
func endsWithWords(name, query string) bool {
	n, q := identity.WordsKey(name), identity.WordsKey(query)
	return q != "" && (n == q || strings.HasSuffix(n, " "+q))
}

// aliasesOf returns the names the articles write an entity by.
func (s *Store) aliasesOf(ctx context.Context, id int64) ([]string, error) {
	rows, err := s.query(ctx, `SELECT alias FROM aliases WHERE entity = ?`, id)
	list, err := collect(rows, err, func(r *sql.Rows) (string, error) {
		var a string
		err := r.Scan(&a)
		return a, err
	})
	if err != nil {
		return nil, fmt.Errorf("aliases of entity %d: %w", id, err)
	}
	return list, nil
}

// find is Find before the particles typed are checked.
func (s *Store) find(ctx context.Context, query string) (Lookup, error) {
	key := identity.Key(query)
	if key == "" {
		return Lookup{}, nil
	}
	refs, err := s.matches(ctx, query, "al.key = ?", key)
	if err != nil {
		return Lookup{}, err
	}
	// The people the articles themselves call by the name typed.
	called := map[int64]bool{}
	for _, r := range refs {
		called[r.ID] = true
	}
	if len(refs) > 0 && !strings.Contains(key, " ") {
		if refs, err = s.withBearers(ctx, refs, key); err != nil {
			return Lookup{}, err
		}
	}
	if len(refs) == 0 && !strings.Contains(key, " ") {
		// "Vega" for "De la Vega": the articles call by the surname
		// typed, particles aside, the people they write by it alone.
		folded := fold(query)
		calledBySurname := func(id int64, alias string) (bool, bool) {
			if identity.IsSurname(alias) {
				called[id] = true
			}
			return true, fold(alias) == folded
		}
		if refs, err = s.aliasMatches(ctx, calledBySurname, "al.last = ?", key); err != nil {
			return Lookup{}, err
		}
		if len(refs) == 0 {
			if refs, err = s.surnameHalfMatches(ctx, query, key); err != nil {
				return Lookup{}, err
			}
		}
	} else if len(refs) == 0 && identity.IsSurname(query) {
		// "van der Walt": a surname with its particles.
		if refs, err = s.matches(ctx, query, "al.last = ?", identity.SurnameKey(query)); err != nil {
			return Lookup{}, err
		}
	} else if len(refs) == 0 && identity.ParticleLed(query) {
		// "Al Mansouri" for "Abdullah bin Rashid Al Mansouri": the
		// surname with particles the name ends in, typed in any case.
		endsIn := func(_ int64, alias string) (bool, bool) {
			return endsWithWords(alias, query) && fold(alias) != fold(query), false
		}
		if refs, err = s.aliasMatches(ctx, endsIn, "al.last = ? AND e.type = 'PERSON'", identity.SurnameKey(query)); err != nil {
			return Lookup{}, err
		}
	}
	if len(refs) == 0 {
		// "Valmont" for "Valmont FC", "Joao Pedro" for "João Pedro
		// Araújo": the first words of a name, whole words only. The
		// range is on the key's index; U+10FFFF sorts after any key.
		if refs, err = s.matches(ctx, query, "al.key > ? AND al.key < ?", key+" ", key+" \U0010FFFF"); err != nil {
			return Lookup{}, err
		}
	}
	if len(refs) == 0 && !identity.IsSurname(query) {
		// "marcus whitfield jr" for "Marcus J. Whitfield Jr.": a middle
		// initial or a generational suffix left out or added.
		if refs, err = s.variants(ctx, query); err != nil {
			return Lookup{}, err
		}
	}
	if i := strings.Index(query, " of "); len(refs) == 0 && i > 0 {
		// "Emperor Naruhito of Japan": a person named with the place of
		// the title.
		if l, err := s.Find(ctx, query[:i]); err != nil || len(l.Matches) == 1 && l.Matches[0].Type == "PERSON" {
			return l, err
		}
	}
	if bare := identity.WithoutLegalForm(query); len(refs) == 0 && bare != query {
		// "Castlegate Pharma plc" for "Castlegate Pharma": a company
		// named without its legal form, which names no person.
		l, err := s.Find(ctx, bare)
		notPerson := func(m EntityRef) bool { return m.Type != "PERSON" }
		if err != nil || slices.ContainsFunc(l.Matches, notPerson) {
			l.Matches = slices.DeleteFunc(l.Matches, func(m EntityRef) bool { return !notPerson(m) })
			return l, err
		}
	}
	if joined := hyphenatedLast(query); len(refs) == 0 && joined != query {
		// "Fernandez Ortega" for "Fernández-Ortega": a double surname
		// typed with a space for its hyphen.
		if l, err := s.Find(ctx, joined); err != nil || len(l.Matches) > 0 {
			return l, err
		}
	}
	if len(refs) == 0 {
		// "President Reagan", "Mr Putin": the title is no part of a name.
		// Looked up as typed first, so "General Motors" keeps its word.
		// A generic head left alone ("Court" of "Birmingham Crown
		// Court") names no one institution.
		if bare := identity.StripTitles(query); bare != query && strings.TrimSpace(bare) != "" && !identity.IsGenericHead(bare) {
			l, err := s.Find(ctx, bare)
			// "Mrs Okafor" is not James Okafor, even when the articles
			// call him "Okafor".
			fits := func(m EntityRef) bool { return identity.HonorificFits(query, m.Name) }
			if all := append(slices.Clone(l.Matches), l.Others...); slices.ContainsFunc(all, fits) {
				l.Matches, l.Others = slices.DeleteFunc(all, func(m EntityRef) bool { return !fits(m) }), nil
			}
			if err == nil {
				// "Chief Alvarez": the one of the name who is a chief.
				l.Matches, err = s.holdingTitle(ctx, l.Matches, typedTitle(query, bare))
			}
			return l, err
		}
		return Lookup{Suggestions: s.suggest(query, 5)}, nil
	}
	chosen, others := narrow(sameSuffix(refs, query), key)
	if len(chosen) > 1 {
		var rest []EntityRef
		if chosen, rest, err = s.mostNamed(ctx, chosen, called); err != nil {
			return Lookup{}, err
		}
		others = append(rest, others...)
	}
	if len(chosen) == 1 && chosen[0].Type == "PERSON" && !strings.Contains(key, " ") {
		if others, err = s.alsoBearing(ctx, query, key, chosen[0], others); err != nil {
			return Lookup{}, err
		}
	}
	if len(chosen) == 1 && chosen[0].Type != "PERSON" && !strings.Contains(key, " ") {
		wider, ok, err := s.widerEndingIn(ctx, query, key, chosen[0])
		if err != nil {
			return Lookup{}, err
		}
		if ok {
			return Lookup{Matches: []EntityRef{wider, chosen[0]}, Others: others}, nil
		}
	}
	return Lookup{Matches: chosen, Others: others, Named: len(chosen) == 1 && called[chosen[0].ID]}, nil
}

// widerFactor is how many times more articles an entity whose name ends
// in a one-word query must have than the one the articles write by the
// word alone for the word to be taken as meaning either (see
// widerEndingIn).
const widerFactor = 10

// maxWiderLookups bounds the names widerEndingIn reads from the
// knowledge base.
const maxWiderLookups = 5

// widerEndingIn finds, for a one-word query that names chosen (not a
// person), the entity of its type whose name ends in the word and that
// the archive reports far more: "Reserve" is what one company's articles
// call Reserve Exploration Co, but a reader of an archive with thousands
// of Federal Reserve stories may mean the Fed, so the answer asks which
// (as "York" may be New York). Generic heads ("Bank") and legal forms
// ("Plc") end too many names to mean one of them.
func (s *Store) widerEndingIn(ctx context.Context, query, key string, chosen EntityRef) (EntityRef, bool, error) {
	if s.names == nil || identity.IsGenericHead(query) || identity.IsLegalForm(query) {
		return EntityRef{}, false, nil
	}
	lookups := 0
	known := len(s.names.types) == len(s.names.names)
	// byWord lists the names most mentioned first: the first of the
	// chosen's type decides.
	for _, i := range s.names.byWord[key] {
		k := s.names.keys[i]
		if !strings.HasSuffix(k, " "+key) || s.names.names[i] == chosen.Name {
			continue
		}
		if known {
			// The index knows each name's type and articles: only the
			// one that decides is read.
			if s.names.types[i] != chosen.Type {
				continue
			}
			if int(s.names.articles[i]) < widerFactor*chosen.Articles {
				return EntityRef{}, false, nil
			}
		}
		if lookups++; lookups > maxWiderLookups {
			break
		}
		ms, err := s.matches(ctx, s.names.names[i], "al.key = ? AND e.type = ?", k, chosen.Type)
		if err != nil {
			return EntityRef{}, false, fmt.Errorf("names ending in %q: %w", key, err)
		}
		for _, m := range ms {
			if m.ID != chosen.ID && m.Name == s.names.names[i] {
				return m.EntityRef, m.Articles >= widerFactor*chosen.Articles, nil
			}
		}
	}
	return EntityRef{}, false, nil
}

// maxAlsoBearing bounds the other names alsoBearing adds.
const maxAlsoBearing = 5

// alsoBearing adds to others the names a one-word query chose a person
// over without their writing it alone: the organisations whose names open
// with the word ("Halvorsen Group" beside Ingrid Halvorsen) and the people
// with the word as half of a double-barrelled surname ("Szabó-Lindgren"
// beside Eva Lindgren). The reader is told of them rather than left to
// guess that the answer picked one.
func (s *Store) alsoBearing(ctx context.Context, query, key string, chosen EntityRef, others []EntityRef) ([]EntityRef, error) {
	orgs, err := s.matches(ctx, query, "al.key > ? AND al.key < ? AND e.type = 'ORG'", key+" ", key+" \U0010FFFF")
	if err != nil {
		return nil, err
	}
	halves, err := s.surnameHalfMatches(ctx, query, key)
	if err != nil {
		return nil, err
	}
	for _, m := range append(orgs, halves...) {
		if len(others) >= maxAlsoBearing {
			break
		}
		if m.ID == chosen.ID || slices.ContainsFunc(others, func(o EntityRef) bool { return o.ID == m.ID }) {
			continue
		}
		others = append(others, m.EntityRef)
	}
	return others, nil
}

// mostNamedArticles bounds the entities whose mentions mostNamed counts:
// among widely reported entities the count of articles decides.
const mostNamedArticles = 20

// mostNamed picks, of people in a few articles that share a name, the one
// the articles mean by it: the only one they call by the name as typed
// ("Keane" alone, which the article's resolution gave to the subject of an
// obituary rather than to the father and the daughter it names once), or
// else the one named far more often than all the others together. It
// returns refs unchanged when none stands out.
func (s *Store) mostNamed(ctx context.Context, refs []EntityRef, called map[int64]bool) (chosen, others []EntityRef, err error) {
	counts := make([]int, len(refs))
	best, nCalled := -1, 0
	for i, r := range refs {
		if r.Type != "PERSON" || r.Articles > mostNamedArticles {
			return refs, nil, nil
		}
		if called[r.ID] {
			best, nCalled = i, nCalled+1
		}
		err := s.queryRow(ctx, `SELECT COALESCE(SUM(de.mentions), 0) FROM entity_members em
			JOIN doc_entities de ON de.id = em.doc_entity WHERE em.entity = ?`, r.ID).Scan(&counts[i])
		if err != nil {
			return nil, nil, fmt.Errorf("counting the mentions of %q: %w", r.Name, err)
		}
	}
	if nCalled != 1 {
		best = 0
		for i := range refs {
			if counts[i] > counts[best] {
				best = i
			}
		}
	}
	rest := 0
	for i, c := range counts {
		if i == best {
			continue
		}
		if refs[i].Articles > refs[best].Articles {
			return refs, nil, nil
		}
		rest += c
	}
	if nCalled != 1 && counts[best] < 3*rest {
		return refs, nil, nil
	}
	others = slices.Delete(slices.Clone(refs), best, best+1)
	return refs[best : best+1], others, nil
}

// sameSuffix keeps, of the people a query with a generational suffix
// found ("Keane Jr."), those named with that suffix, when there are any.
func sameSuffix(refs []match, query string) []match {
	sf := identity.Suffix(query)
	if sf == "" {
		return refs
	}
	return narrowed(refs, func(m match) bool { return identity.Suffix(m.Name) == sf })
}

// narrowed returns the items keep accepts, or all of them when it
// accepts none: a hint narrows a choice but never empties it.
func narrowed[T any](items []T, keep func(T) bool) []T {
	out := slices.DeleteFunc(slices.Clone(items), func(x T) bool { return !keep(x) })
	if len(out) == 0 {
		return items
	}
	return out
}

// match is one entity an alias query found, and whether an alias is the
// query itself (case and accents aside) rather than only a variant of it.
type match struct {
	EntityRef
	exact bool
}

func (s *Store) matches(ctx context.Context, query, cond string, args ...any) ([]match, error) {
	return s.aliasMatches(ctx, func(_ int64, alias string) (bool, bool) { return true, fold(alias) == fold(query) }, cond, args...)
}

// aliasMatches returns the entities with an alias meeting cond that keep
// accepts, each once; keep, given the entity's id and the alias, also says
// whether the alias is the query itself.
func (s *Store) aliasMatches(ctx context.Context, keep func(id int64, alias string) (ok, exact bool), cond string, args ...any) ([]match, error) {
	rows, err := s.query(ctx, `SELECT e.id, e.name, e.type, e.articles, al.alias FROM aliases al
		JOIN entities e ON e.id = al.entity WHERE `+cond+` ORDER BY e.articles DESC, e.name, e.id LIMIT 200`, args...)
	type row struct {
		m     match
		alias string
	}
	list, err := collect(rows, err, func(r *sql.Rows) (row, error) {
		var x row
		err := r.Scan(&x.m.ID, &x.m.Name, &x.m.Type, &x.m.Articles, &x.alias)
		return x, err
	})
	if err != nil {
		return nil, err
	}
	var out []match
	idx := map[int64]int{}
	for _, x := range list {
		ok, exact := keep(x.m.ID, x.alias)
		if !ok {
			continue
		}
		if i, seen := idx[x.m.ID]; seen {
			out[i].exact = out[i].exact || exact
			continue
		}
		x.m.exact = exact
		idx[x.m.ID] = len(out)
		out = append(out, x.m)
	}
	return out, nil
}

// surnameHalfMatches finds the people whose double-barrelled surname has
// the one-word query as a half, written in full or not: "Lind" or
// "Stauffenberg" for Margarethe von Stauffenberg-Lind.
func (s *Store) surnameHalfMatches(ctx context.Context, query, key string) ([]match, error) {
	names := s.names.surnameHalf(key)
	if len(names) == 0 {
		return nil, nil
	}
	args := make([]any, len(names))
	for i, n := range names {
		args[i] = identity.Key(n)
	}
	ms, err := s.matches(ctx, query, "al.key IN ("+marks(len(names))+") AND e.type = 'PERSON'", args...)
	return slices.DeleteFunc(ms, func(m match) bool { return !slices.Contains(names, m.Name) }), err
}

// withBearers adds to the people a one-word query found by spelling the
// other people with that surname, as if they had been written by it too:
// "Petrenko" in an article about Nikolai Petrenko may also be his wife
// Olena, and the reader is asked which one unless one is named far more.
// Nothing is added when the query found mostly something else than a
// person ("Jordan" the country, "Corp" the end of company names), which
// also spares reading every company name that ends in the word.
func (s *Store) withBearers(ctx context.Context, refs []match, key string) ([]match, error) {
	if len(refs) == 0 || refs[0].Type != "PERSON" {
		return refs, nil
	}
	more, err := s.aliasMatches(ctx, func(_ int64, alias string) (bool, bool) { return !identity.IsSurname(alias), true },
		"al.last = ? AND e.type = 'PERSON'", key)
	if err != nil {
		return nil, err
	}
	for _, m := range more {
		if i := slices.IndexFunc(refs, func(r match) bool { return r.ID == m.ID }); i >= 0 {
			refs[i].exact = refs[i].exact || m.exact
			continue
		}
		refs = append(refs, m)
	}
	// narrow weighs the first against the rest: most articles first.
	slices.SortStableFunc(refs, func(a, b match) int { return b.Articles - a.Articles })
	return refs, nil
}

// variants finds the people named by the query's name with a middle
// initial or a generational suffix more or less (see identity.SameName),
// but not a son for his father: "Marcus Whitfield Sr." is not the man
// also written "Marcus Whitfield Jr.".
func (s *Store) variants(ctx context.Context, query string) ([]match, error) {
	suffix := identity.Suffix(query)
	other := map[int64]bool{} // entities also written with another suffix
	ms, err := s.aliasMatches(ctx, func(id int64, alias string) (bool, bool) {
		if sf := identity.Suffix(alias); suffix != "" && sf != "" && sf != suffix {
			other[id] = true
		}
		return identity.SameName(query, alias), true
	}, "al.last = ? AND e.type = 'PERSON'", identity.SurnameKey(query))
	if err != nil {
		return nil, err
	}
	return slices.DeleteFunc(ms, func(m match) bool { return other[m.ID] }), nil
}

// narrow picks, among the entities a query matched, the one it means when
// that is clear: an exact spelling beats a variant ("Britain" is not
// "Brittain"), an entity named far more often than all the others wins,
// and a person beats organisations and places of the same name. When it
// is not clear, the caller asks which one; a bare surname that could not
// be tied to a full name is then left out, since naming it again could
// never choose it.
//
// Besides the matches it returns the other people of the name that a far
// more often named one left out, for the answer to mention.
func narrow(ms []match, key string) (chosen, others []EntityRef) {
	var exact []match
	for _, m := range ms {
		if m.exact {
			exact = append(exact, m)
		}
	}
	if len(exact) > 0 {
		ms = exact
	}
	if len(ms) > 1 {
		rest := 0
		for _, m := range ms[1:] {
			rest += m.Articles
		}
		if ms[0].Articles >= 5*rest { // ordered by articles, most first
			others = refsOf(slices.DeleteFunc(slices.Clone(ms[1:]), func(m match) bool {
				return m.Type == "PERSON" && identity.Key(m.Name) == key
			}))
			ms = ms[:1]
		}
	}
	if len(ms) > 1 {
		var people, rest []match
		for _, m := range ms {
			if m.Type == "PERSON" {
				people = append(people, m)
			} else {
				rest = append(rest, m)
			}
		}
		if len(people) == 1 {
			// "Ford" for Prime Minister Tomas Ford beside Ford Motor
			// Co: the person, and the reader told of the company.
			ms, others = people, append(others, refsOf(rest)...)
		}
	}
	if len(ms) > 1 {
		var full, bare []match
		for _, m := range ms {
			if identity.Key(m.Name) != key {
				full = append(full, m)
			} else if m.Type == "ORG" {
				bare = append(bare, m)
			}
		}
		if slices.ContainsFunc(full, func(m match) bool { return m.Type == "PERSON" }) {
			// "Ford" for Daniel and Amelia Ford beside the carmaker
			// Ford: the people, and the reader told of the company.
			others = append(others, refsOf(bare)...)
		}
		if len(full) > 0 {
			ms = full
		}
	}
	return refsOf(ms), others
}

func refsOf(ms []match) []EntityRef {
	out := make([]EntityRef, len(ms))
	for i, m := range ms {
		out[i] = m.EntityRef
	}
	return out
}

// fold lowercases s and drops its accents, for comparing spellings.
// hyphenatedLast joins the last two words of a name with a hyphen:
// "Fernandez Ortega" is "Fernandez-Ortega". A name of one word is
// returned as it is.
func hyphenatedLast(name string) string {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return name
	}
	ws[len(ws)-2] += "-" + ws[len(ws)-1]
	return strings.Join(ws[:len(ws)-1], " ")
}

func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(strings.TrimSpace(s))) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// Profile is everything !who shows about an entity.
type Profile struct {
	EntityRef
	Aliases []string
	Outlets []string
	// NoOutlet is how many of its articles name no outlet.
	NoOutlet int
	First    string
	Last     string
	Quotes   int
	// QuoteHits are the entity's quotes, as Quotes returns them, when
	// it has at most ProfileQuotes of them (else nil): few enough to
	// tell how many statements they are.
	QuoteHits []QuoteHit
	Roles     []RoleHit
	Snippets  []Snippet
	Related   []string
}

// ProfileQuotes is the most quotes a profile reads (Profile.QuoteHits).
const ProfileQuotes = 25

// profileSnippets is how many sentences naming the entity a profile
// shows.
const profileSnippets = 3

// RoleHit is one description of an entity, with how many outlets give it
// and one verbatim citation.
type RoleHit struct {
	Text     string
	Outlets  int
	Evidence Snippet
}

// Profile gathers an entity's profile. Its parts that grow with the
// number of articles are precomputed by the build (entity_profiles); the
// list of the articles themselves is EntityArticles, as a chat reply
// shows only how many there are (a news agency is named in all of them).
func (s *Store) Profile(ctx context.Context, id int64) (Profile, error) {
	var p Profile
	var outlets, recent, related string
	err := s.queryRow(ctx, `SELECT e.id, e.name, e.type, e.articles, e.first, e.last, e.quotes,
		p.outlets, p.recent, p.related
		FROM entities e JOIN entity_profiles p ON p.entity = e.id WHERE e.id = ?`, id).
		Scan(&p.ID, &p.Name, &p.Type, &p.Articles, &p.First, &p.Last, &p.Quotes, &outlets, &recent, &related)
	if err == sql.ErrNoRows {
		return p, ErrNotFound
	}
	if err != nil {
		return p, err
	}
	rows, err := s.query(ctx, "SELECT alias FROM aliases WHERE entity = ? ORDER BY alias", id)
	if p.Aliases, err = collect(rows, err, scanString); err != nil {
		return p, err
	}
	p.Aliases = without(p.Aliases, p.Name)
	if p.Type == "PERSON" || p.Type == "PLACE" {
		p.Aliases = withoutCapsForms(p.Aliases, p.Name)
	}
	p.Outlets, p.Related = splitList(outlets), splitList(related)
	if p.NoOutlet, err = s.noOutlet(ctx, id); err != nil {
		return p, err
	}
	// The snippets, the roles and the few quotes are read side by side,
	// on the pool's connections: they are most of a profile's time.
	var snippets []Snippet
	var quotes []QuoteHit
	var snErr, qErr error
	done := make(chan struct{})
	prepared := s.prepared(ctx)
	go func() {
		defer close(done)
		if prepared && snippetsPrepared(recent) {
			snippets, snErr = s.preparedSnippets(ctx, id)
			return
		}
		snippets, snErr = s.mentionSnippets(ctx, recent, profileSnippets)
	}()
	quoted := make(chan struct{})
	if p.Quotes > 0 && p.Quotes <= ProfileQuotes {
		go func() {
			defer close(quoted)
			quotes, qErr = s.Quotes(ctx, id, ProfileQuotes)
		}()
	} else {
		close(quoted)
	}
	p.Roles, err = s.roles(ctx, id, prepared)
	<-done
	<-quoted
	p.Snippets, p.QuoteHits = snippets, quotes
	return p, errors.Join(err, snErr, qErr)
}

// noOutlet counts the articles naming an entity that name no outlet,
// when the knowledge base holds any such article.
func (s *Store) noOutlet(ctx context.Context, id int64) (int, error) {
	s.unsourcedOnce.Do(func() {
		s.unsourcedErr = s.queryRow(ctx, "SELECT EXISTS (SELECT 1 FROM articles WHERE source = '')").Scan(&s.unsourced)
	})
	if s.unsourcedErr != nil || !s.unsourced {
		return 0, s.unsourcedErr
	}
	// From the few articles without an outlet to the entity, not from
	// the thousands of articles a busy name is in.
	var n int
	err := s.queryRow(ctx, `SELECT count(*) FROM articles a WHERE a.source = '' AND EXISTS (SELECT 1 FROM doc_entities d
		JOIN entity_members em ON em.doc_entity = d.id WHERE d.article = a.id AND em.entity = ?)`, id).Scan(&n)
	return n, err
}

// EntityArticles lists the ids of the articles naming an entity, oldest
// first.
func (s *Store) EntityArticles(ctx context.Context, id int64) ([]string, error) {
	var arts string
	err := s.queryRow(ctx, "SELECT articles FROM entity_profiles WHERE entity = ?", id).Scan(&arts)
	if err == sql.ErrNoRows {
		return nil, ErrNotFound
	}
	return splitList(arts), err
}

// splitList splits a list stored in one column; empty is no items.
func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, sep)
}

func scanString(r *sql.Rows) (string, error) {
	var v string
	err := r.Scan(&v)
	return v, err
}

func without(list []string, drop string) []string {
	out := list[:0]
	for _, v := range list {
		if v != drop {
			out = append(out, v)
		}
	}
	return out
}

// maxRoles is how many descriptions a profile lists.
const maxRoles = 10

// formerRole is 1 for a role held no more ("former chief whip", "ex-CEO").
const formerRole = `(er.norm LIKE 'former %' OR er.norm LIKE 'ex-%' OR er.norm LIKE 'ex %')`

// articleLine is the first line of the article a, in bytes.
const articleLine = `CAST(substr(CAST(a.text AS BLOB), 1, instr(CAST(a.text AS BLOB), x'0a') - 1) AS TEXT)`

// headlineRole is 1 for a role mention r on the first line of its article
// a when that line repeats the article's title, whole or cut (the build's
// form of onHeadline, which picks each role's citation from the body
// first).
const headlineRole = `(a.title <> '' AND r.start < instr(CAST(a.text AS BLOB), x'0a') AND trim(` + articleLine + `) <> ''
	AND (instr(a.title, trim(` + articleLine + `)) = 1 OR instr(trim(` + articleLine + `), a.title) = 1))`

// maxHeadline is how far into its article a role mention may start and
// still stand on a first line that repeats the title.
const maxHeadline = 300

// onHeadline reports whether a role mention starting at byte start of an
// article whose text opens with lead (its first maxHeadline bytes) stands
// on the first line, when that line repeats the article's title, whole
// or cut: a headline's title ("Mayor Halvorsen found guilty") may be one
// the body says no more.
func onHeadline(lead, title string, start int) bool {
	nl := strings.IndexByte(lead, '\n')
	if title == "" || nl < 0 || start >= nl {
		return false
	}
	line := strings.TrimSpace(lead[:nl])
	return line != "" && (strings.HasPrefix(title, line) || strings.HasPrefix(line, title))
}

// roles returns the entity's descriptions ranked at build time: roles
// named by a noun before those only a relative clause gives ("who heads
// the council"), roles the body gives before those only a headline gives
// ("Former Riverton mayor" before the headline's "Mayor"), offices held
// before former ones ("Justice Secretary" before "Former Foreign
// Secretary"), then most outlets, most articles and the fuller wording,
// each with the verbatim snippet that cites it. An office a successor
// holds, or one an article as new says the entity left, is a former one
// (succeeded, leftOffices). With prepared, the roles listed are read
// from the query table that holds them with their citations
// (preparedRoles).
func (s *Store) roles(ctx context.Context, id int64, prepared bool) ([]RoleHit, error) {
	var ranked []rankedRole
	var err error
	if prepared {
		ranked, err = s.preparedRoles(ctx, id)
	} else {
		ranked, err = s.rankedRoles(ctx, id)
	}
	if err != nil {
		return nil, err
	}
	leftOffices(ranked)
	officeSupport(ranked)
	return s.succeeded(ctx, id, ranked)
}

// rankedRoles reads the first maxRoles of the entity's descriptions as
// ranked at build time, each with its citation and whether it stands on
// a headline.
func (s *Store) rankedRoles(ctx context.Context, id int64) ([]rankedRole, error) {
	// The headline test reads the citing article's opening (onHeadline):
	// only for the roles listed, which succeeded orders by it.
	rows, err := s.query(ctx, `SELECT er.norm, er.former, er.clause, CAST(substr(CAST(a.text AS BLOB), 1, `+strconv.Itoa(maxHeadline)+`) AS TEXT), er.text, er.outlets, `+snippetCols("r.start", "r.end")+`
		FROM (SELECT er.*, `+formerRole+` AS former FROM entity_roles er WHERE er.entity = ?
			ORDER BY clause, former, outlets DESC, articles DESC, length(er.text) DESC, er.norm LIMIT ?) er
		JOIN roles r ON r.rowid = er.evidence JOIN doc_entities d ON d.id = r.doc_entity JOIN articles a ON a.id = d.article
		ORDER BY er.clause, er.former, er.outlets DESC, er.articles DESC, length(er.text) DESC, er.norm`, id, maxRoles)
	return collect(rows, err, func(r *sql.Rows) (rankedRole, error) {
		var h rankedRole
		var lead string
		sn, err := scanSnippetAfter(r, &h.norm, &h.former, &h.clause, &lead, &h.Text, &h.Outlets)
		h.Evidence, h.headline = sn, onHeadline(lead, sn.Article.Title, sn.Start)
		return h, err
	})
}

// officeSupport counts for each role the outlets giving it, and those
// giving the same office with more or fewer words before it: "opposition
// leader" in one article and "conservative opposition leader" in
// another are two outlets for the office, which outranks a description
// only one gives ("candidate to replace Montalbán"), however long. An
// office and its abbreviation or fuller title are one ("interim chief
// executive" and "Interim Chief Executive Officer").
func officeSupport(ranked []rankedRole) {
	forms := make([]string, len(ranked))
	for i, r := range ranked {
		forms[i] = identity.OfficeForm(r.norm)
	}
	for i := range ranked {
		r, rn := &ranked[i], forms[i]
		r.support = r.Outlets
		for j, o := range ranked {
			if on := forms[j]; j != i && !o.clause && (on == rn || strings.HasSuffix(on, " "+rn) || strings.HasSuffix(rn, " "+on)) {
				r.support += o.Outlets
			}
		}
	}
}

// leftOffices marks as former the offices of a profile that a verb of
// the same article or a later one says the entity left: "general
// secretary" beside "retired on Thursday as general secretary of the
// union" (normalised "former general secretary of union"), or that a
// noun of a later article calls former ("Prime Minister" on 29 January,
// "the former prime minister" on 10 February). A "former President" a
// noun of the same article gives may look back on a first term and
// leaves the office alone.
func leftOffices(ranked []rankedRole) {
	for i, r := range ranked {
		if r.former || r.clause {
			continue
		}
		for _, f := range ranked {
			later := f.Evidence.Article.Published > r.Evidence.Article.Published ||
				f.clause && f.Evidence.Article.Published == r.Evidence.Article.Published
			if later && leavesOffice(f.norm, r.norm) {
				ranked[i].former = true
				ranked[i].Text = "former " + r.Text
				break
			}
		}
		if !ranked[i].former && confirmedLater(ranked, r) {
			// "interim president" before "confirmed as president".
			ranked[i].former = true
			ranked[i].Text = formerText(r.Text)
		}
	}
}

// leavesOffice reports whether the role former (normalised) says the
// office norm is held no more: "former general secretary of union" for
// "general secretary", "former chief executive of lumenfold" for "chief
// executive officer of lumenfold" (an office and its abbreviation are
// one, identity.OfficeForm).
func leavesOffice(former, norm string) bool {
	rest, ok := strings.CutPrefix(identity.OfficeForm(former), "former ")
	norm = identity.OfficeForm(norm)
	return ok && (rest == norm || strings.HasPrefix(rest, norm+" of ") || leavesOwnedOffice(rest, norm))
}

// leavesOwnedOffice reports whether the office left (normalised, without
// "former") is the office norm of something, held no more: the office
// without saying whose ("stepped down as chief executive" leaves the
// "chief executive of calvora"), or of the same owner named in more or
// fewer words ("chief executive of calvora systems" leaves the "chief
// executive of calvora"; sameOwner).
func leavesOwnedOffice(left, norm string) bool {
	office, owner, ok := strings.Cut(norm, " of ")
	if !ok {
		return false
	}
	leftOffice, leftOwner, named := strings.Cut(left, " of ")
	return leftOffice == office && (!named || sameOwner(owner, leftOwner))
}

// sameOwner reports whether two owners of an office (normalised) are one
// company named with or without its legal form or a word of its kind
// (ownerTails): "calvora" and "calvora systems plc", not "bank" and
// "club", nor "american" and "american financial corp".
func sameOwner(a, b string) bool {
	a, b = identity.WithoutLegalForm(a), identity.WithoutLegalForm(b)
	if len(a) > len(b) {
		a, b = b, a
	}
	rest, ok := strings.CutPrefix(b, a+" ")
	if a == b || !ok {
		return a == b
	}
	for _, w := range strings.Fields(rest) {
		if !ownerTails[w] {
			return false
		}
	}
	return true
}

// ownerTails end a company's name after the words that tell it from
// others, and may be left out: "Calvora Systems" is "Calvora".
var ownerTails = map[string]bool{"systems": true, "international": true, "industries": true, "technologies": true,
	"technology": true, "solutions": true, "services": true, "enterprises": true, "holdings": true, "group": true}

// scanSnippetAfter scans leading columns into lead, then a snippet.
func scanSnippetAfter(r *sql.Rows, lead ...any) (Snippet, error) {
	var sn Snippet
	dst := append(lead, &sn.Article.ID, &sn.Article.Title, &sn.Article.Source, &sn.Article.URL, &sn.Article.Published, &sn.Start, &sn.End, &sn.Text)
	err := r.Scan(dst...)
	return sn, err
}

// mentionSnippets returns up to n sentences naming the entity, one per
// outlet, newest first, preferring the article's body to its headline and
// sentences that give the full name.
// docs is the JSON array of the entity's per-article entities in its
// newest articles. The newest snippetDocs of them are read first: when
// they give every outlet of docs its sentence, or n outlets theirs, and n
// sentences in all, the older ones cannot change the answer (their
// sentences come after), and a name in every article is answered from a
// third of the mentions.
func (s *Store) mentionSnippets(ctx context.Context, docs string, n int) ([]Snippet, error) {
	// Few articles are read at once: no ordering query first.
	var all []int64
	if json.Unmarshal([]byte(docs), &all) == nil && len(all) > snippetDocs {
		ordered, outlets, err := s.newestDocs(ctx, docs)
		if err != nil {
			return nil, err
		}
		if len(ordered) > snippetDocs {
			first, err := jsonString(ordered[:snippetDocs])
			if err != nil {
				return nil, err
			}
			out, picked, err := s.snippetsOf(ctx, first, n)
			if err != nil || len(out) == n && (picked == n || picked >= outlets) {
				return out, err
			}
		}
	}
	out, _, err := s.snippetsOf(ctx, docs, n)
	return out, err
}

// snippetDocs is how many of an entity's newest articles a profile's
// snippets are first looked for in.
const snippetDocs = 10

// maxSnippetRows is how many sentences naming the entity a profile's
// snippets are chosen from at most.
const maxSnippetRows = 500

// newestDocs returns the per-article entities of docs (a JSON array),
// newest article first as snippetsOf orders them, and how many outlets
// their articles are from.
func (s *Store) newestDocs(ctx context.Context, docs string) ([]int64, int, error) {
	rows, err := s.query(ctx, `SELECT d.id, lower(a.source) FROM json_each(?) j JOIN doc_entities d ON d.id = j.value
		JOIN articles a ON a.id = d.article ORDER BY a.published DESC, a.ext_id`, docs)
	type doc struct {
		id     int64
		outlet string
	}
	list, err := collect(rows, err, func(r *sql.Rows) (doc, error) {
		var d doc
		err := r.Scan(&d.id, &d.outlet)
		return d, err
	})
	if err != nil {
		return nil, 0, err
	}
	ids := make([]int64, len(list))
	outlets := map[string]bool{}
	for i, d := range list {
		ids[i], outlets[d.outlet] = d.id, true
	}
	return ids, len(outlets), nil
}

// snippetsOf chooses the snippets of mentionSnippets among the mentions
// of docs, and says how many it chose one per outlet (its first pass).
func (s *Store) snippetsOf(ctx context.Context, docs string, n int) ([]Snippet, int, error) {
	rows, err := s.query(ctx, `SELECT lower(a.source), d.name = CAST(substr(CAST(a.text AS BLOB), mn.start + 1, mn.end - mn.start) AS TEXT) AS full, `+snippetCols("st.start", "st.end")+`
		FROM json_each(?) j JOIN doc_entities d ON d.id = j.value JOIN mentions mn ON mn.doc_entity = d.id
		JOIN sentences st ON st.id = mn.sentence JOIN articles a ON a.id = d.article
		ORDER BY a.published DESC, a.ext_id,
			a.title <> '' AND instr(a.title, trim(CAST(substr(CAST(a.text AS BLOB), st.start + 1, st.end - st.start) AS TEXT))) = 1,
			full DESC, st.start LIMIT `+strconv.Itoa(maxSnippetRows), docs)
	hits, err := collect(rows, err, func(r *sql.Rows) (snippetHit, error) {
		var h snippetHit
		var full bool
		sn, err := scanSnippetAfter(r, &h.outlet, &full)
		h.sn = sn
		return h, err
	})
	if err != nil {
		return nil, 0, err
	}
	out, picked := chooseSnippets(hits, n)
	return out, picked, nil
}

// snippetHit is one sentence naming an entity, with its article's outlet
// (lowercased), as snippetsOf reads them.
type snippetHit struct {
	outlet string
	sn     Snippet
}

// chooseSnippets chooses up to n snippets among hits, ordered as
// snippetsOf reads them, and says how many it chose one per outlet (its
// first pass).
func chooseSnippets(hits []snippetHit, n int) ([]Snippet, int) {
	var out, headings, quoted []Snippet
	picked := 0
	outlets, texts := map[string]bool{}, map[string]bool{}
	norms := make([]string, len(hits)) // each hit's, once the first pass needed it
	for pass := 0; pass < 2 && len(out) < n; pass++ {
		for i, h := range hits {
			if len(out) >= n {
				break
			}
			// The cheap tests first: an outlet already given its
			// sentence passes over most of a busy name's mentions.
			if (pass == 0 && outlets[h.outlet]) || len(h.sn.Text) > 600 {
				continue
			}
			if norms[i] == "" {
				norms[i] = normalSentence(h.sn.Text)
			}
			norm := norms[i]
			// A correction note tells what an earlier version got
			// wrong: no sentence to introduce anyone with.
			if texts[norm] || events.EditorialNote(h.sn.Text) {
				continue
			}
			if quoteOnly(h.sn.Text) {
				quoted = append(quoted, h.sn) // someone's words: the name may be theirs to use
				continue
			}
			if headingLine(h.sn.Text) || !hasLowerWord(h.sn.Text) {
				// A live blog's entry heading ("Savchenko speaks") says
				// less than the body under it, and so does a line of
				// names and figures only, a live score ("Ashcombe Rovers
				// 1-0 Kelbury Town.") that may not be the final one.
				headings = append(headings, h.sn)
				continue
			}
			outlets[h.outlet], texts[norm] = true, true
			out = append(out, h.sn)
		}
		if pass == 0 {
			picked = len(out)
		}
	}
	out = appendQuoted(out, quoted, texts, n)
	if len(out) == 0 && len(headings) > 0 {
		out = append(out, headings[0])
	}
	return out, picked
}

// normalSentence is a sentence lowercased with its runs of white space
// as one space, as two snippets are told the same by.
func normalSentence(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return strings.ToLower(strings.Join(strings.Fields(s), " "))
		case c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			if len(b) > 0 && b[len(b)-1] != ' ' {
				b = append(b, ' ')
			}
		case 'A' <= c && c <= 'Z':
			b = append(b, c+'a'-'A')
		default:
			b = append(b, c)
		}
	}
	return strings.TrimSuffix(string(b), " ")
}

// hasLowerWord reports whether a sentence holds a word that opens with a
// letter other than a capital one: a line of capitalised names and
// figures ("Ashcombe Rovers 1-0 Kelbury Town.", "FULL TIME: ROVERS 1-2 TOWN")
// has no verb or other word to tell anything with.
func hasLowerWord(s string) bool {
	for _, w := range strings.Fields(s) {
		i := strings.IndexFunc(w, unicode.IsLetter)
		if i < 0 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w[i:]); !unicode.IsUpper(r) && !unicode.IsTitle(r) {
			return true
		}
	}
	return false
}

// maxHeadingWords is how many words a heading line holds at most.
const maxHeadingWords = 12

// headingLine reports whether a sentence is a heading: one short line
// whose last word ends it without a full stop or other closing mark
// ("Savchenko speaks", "Hrytsenko arrives").
func headingLine(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsRune(s, '\n') || len(strings.Fields(s)) > maxHeadingWords {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

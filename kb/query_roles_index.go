package kb

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"sync"

	"newsbot/extract/identity"
)

// roleEntry is one role the articles give a person, as a role lookup
// reads it: the person, the role normalised and as written (lower case,
// a company office's abbreviation spelled out: identity.OfficeForm),
// whether only a relative clause's verb gives it, how widely it is
// reported and the date of the article citing it.
type roleEntry struct {
	ref               EntityRef
	norm, text, last  string
	clause            bool
	outlets, articles int
	// left is set when a later role says the office was left (markLeft):
	// the wording "Calvora chief executive" then names no office held.
	left bool
}

// roleIndex holds every person's roles in memory, read on the first role
// lookup: matching a role by its last words ("education minister" for
// "minister") or by its head and narrowing words scans all of them, which
// in SQL read every role row twice per lookup.
type roleIndex struct {
	mu      sync.Mutex
	entries []roleEntry
	loaded  bool
}

// roles returns the people's roles, reading them on first use.
func (s *Store) roleEntries(ctx context.Context) ([]roleEntry, error) {
	ix := &s.roleIdx
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.loaded {
		return ix.entries, nil
	}
	rows, err := s.query(ctx, `SELECT e.id, e.name, e.type, e.articles, er.norm, lower(er.text), er.clause,
			er.outlets, er.articles, a.published
		FROM entity_roles er JOIN entities e ON e.id = er.entity
		JOIN roles r ON r.rowid = er.evidence JOIN doc_entities d ON d.id = r.doc_entity JOIN articles a ON a.id = d.article
		WHERE e.type = 'PERSON' ORDER BY er.rowid`)
	entries, err := collect(rows, err, func(r *sql.Rows) (roleEntry, error) {
		var v roleEntry
		err := r.Scan(&v.ref.ID, &v.ref.Name, &v.ref.Type, &v.ref.Articles, &v.norm, &v.text, &v.clause, &v.outlets, &v.articles, &v.last)
		return v, err
	})
	if err != nil {
		return nil, fmt.Errorf("roles: %w", err)
	}
	for i := range entries {
		entries[i].norm = identity.OfficeForm(entries[i].norm)
		entries[i].text = identity.OfficeForm(entries[i].text)
	}
	markLeft(entries)
	markConfirmed(entries)
	ix.entries, ix.loaded = entries, true
	return entries, nil
}

// roleMatch is a role lookup's role (normalised) and key (as typed),
// with the forms it compares the entries' roles with.
type roleMatch struct {
	role, key                string
	former, ex, of, formerOf string // "former ROLE", "ex-ROLE", "ROLE of ", "former ROLE of "
	ending, inner            string // " ROLE", " ROLE of "
}

func newRoleMatch(role, key string) roleMatch {
	return roleMatch{role: role, key: key, former: "former " + role, ex: "ex-" + role, of: role + " of ",
		formerOf: "former " + role + " of ", ending: " " + role, inner: " " + role + " of "}
}

// hit is the entry as a role lookup's match: typed when it is the role as
// typed (key, an article and all), office when it is the office asked
// for or the office of a place ("prime minister of france").
func (m roleMatch) hit(v roleEntry) roleHit {
	return roleHit{
		ref: v.ref, norm: v.norm, last: v.last, clause: v.clause, outlets: v.outlets, articles: v.articles,
		typed: v.norm == m.key || v.text == m.key && !v.left,
		office: v.norm == m.role || v.norm == m.former || v.norm == m.ex || v.text == m.role || strings.HasPrefix(v.norm, m.of) ||
			m.standIn(v.norm) || m.ownerAlike(strings.TrimPrefix(v.norm, "former ")),
	}
}

// standInWords say an office is held for now: the "interim chief
// executive of lumenfold" holds the office of "chief executive of
// lumenfold" until another is named.
var standInWords = map[string]bool{"interim": true, "acting": true, "caretaker": true, "temporary": true}

// standIn reports whether norm is the office asked for held for now:
// "interim chief executive of lumenfold" for "chief executive of
// lumenfold".
func (m roleMatch) standIn(norm string) bool {
	w, rest, ok := strings.Cut(norm, " ")
	return ok && standInWords[w] && (rest == m.role || strings.HasPrefix(rest, m.of) || m.ownerAlike(rest))
}

// ownerAlike reports whether norm is the office asked for of an owner
// named in more or fewer words (sameOwner): "chief executive of calvora
// systems" for "chief executive of calvora".
func (m roleMatch) ownerAlike(norm string) bool {
	office, owner, ok := strings.Cut(m.role, " of ")
	o, other, ok2 := strings.Cut(norm, " of ")
	return ok && ok2 && o == office && owner != other && sameOwner(owner, other)
}

// matches reports whether the entry is the role or the key, a past
// holding of it, the role of something ("prime minister of france"), or
// a role it ends ("education minister").
func (m roleMatch) matches(v roleEntry) bool {
	n := v.norm
	switch {
	case n == m.role || n == m.key || n == m.former || n == m.ex || v.text == m.role || v.text == m.key:
		return true
	case strings.HasPrefix(n, m.of) || strings.HasPrefix(n, m.formerOf):
		return true
	case m.standIn(n) || m.ownerAlike(strings.TrimPrefix(n, "former ")):
		return true
	}
	if pre, ok := strings.CutSuffix(n, m.ending); ok {
		// "education minister", not "spokesperson for the governor" or
		// "spokesperson of governor": the role another's office
		// complements is not that office.
		ws := strings.Fields(pre)
		last := ""
		if len(ws) > 0 {
			last = ws[len(ws)-1]
		}
		return last == "and" || last == "&" || !complementWords[last] && !queryDeterminers[last]
	}
	return strings.Contains(n, m.inner)
}

// markLeft makes former the roles a person left, as a profile shows them
// (leavesOffice): "chief executive of lumenfold" beside a later "former
// chief executive of lumenfold" is held no more, so that a lookup of the
// office does not find the person in it.
func markLeft(entries []roleEntry) {
	byPerson := map[int64][]int{}
	for i, v := range entries {
		if pastRole(v.norm) {
			byPerson[v.ref.ID] = append(byPerson[v.ref.ID], i)
		}
	}
	for i, v := range entries {
		if v.clause || pastRole(v.norm) {
			continue
		}
		for _, j := range byPerson[v.ref.ID] {
			f := entries[j]
			if leavesOffice(f.norm, v.norm) && (f.last > v.last || f.clause && f.last == v.last) {
				entries[i].norm, entries[i].left = "former "+v.norm, true
				break
			}
		}
	}
}

package kb

import (
	"context"
	"database/sql"
	"strings"

	"newsbot/extract/identity"
)

// maxRoleHolders bounds the people a role lookup returns: a role more
// people hold than that ("minister", "spokesman") names no one.
const maxRoleHolders = 5

// ByRole returns the people the articles describe by a role written as
// query ("Health Secretary", "the AIU head", "chief executive of
// Halcyon"), most reported first, for a name lookup that found no one.
// A role held only formerly counts too when typed so ("former finance
// minister"). More than maxRoleHolders holders return none.
func (s *Store) ByRole(ctx context.Context, query string) ([]EntityRef, error) {
	role := roleKey(query)
	if role == "" || !identity.HasRoleHead(role) {
		return nil, nil // "Halvorsen Daiy" is no role: no scan of every role
	}
	rows, err := s.db.QueryContext(ctx, `SELECT e.id, e.name, e.type, e.articles FROM entity_roles er
		JOIN entities e ON e.id = er.entity
		WHERE e.type = 'PERSON' AND (er.norm = ? OR lower(er.text) = ?)
		GROUP BY e.id ORDER BY SUM(er.outlets) DESC, SUM(er.articles) DESC, e.articles DESC, e.name
		LIMIT ?`, role, role, maxRoleHolders+1)
	refs, err := collect(rows, err, func(r *sql.Rows) (EntityRef, error) {
		var e EntityRef
		err := r.Scan(&e.ID, &e.Name, &e.Type, &e.Articles)
		return e, err
	})
	if err != nil || len(refs) > maxRoleHolders {
		return nil, err
	}
	return refs, nil
}

// roleKey is a role as the knowledge base stores it: lower case, single
// spaces, without a leading article.
func roleKey(query string) string {
	words := strings.Fields(strings.ToLower(query))
	for len(words) > 0 && (words[0] == "the" || words[0] == "a" || words[0] == "an") {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

package kb

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"newsbot/extract/identity"
)

// typedTitle returns the last word of the title typed in front of a name,
// lower case: "chief" of "Fire Chief Alvarez" when the name is "Alvarez".
// It returns "" when no word was stripped.
func typedTitle(query, name string) string {
	q, n := strings.Fields(query), strings.Fields(name)
	if len(q) <= len(n) {
		return ""
	}
	w := q[len(q)-len(n)-1]
	return strings.ToLower(strings.Trim(w, ".,"))
}

// holdingTitle narrows refs, the people a name typed after a title fits
// ("Chief Alvarez"), to the one the articles describe with a role ending
// in that title ("fire chief"). With none or several holding it, refs are
// returned as they are: the title tells them apart only when one holds it.
func (s *Store) holdingTitle(ctx context.Context, refs []EntityRef, title string) ([]EntityRef, error) {
	if len(refs) < 2 || title == "" || !identity.HasRoleHead(title) {
		return refs, nil
	}
	var holder []EntityRef
	for _, r := range refs {
		ok, err := s.holdsTitle(ctx, r.ID, title)
		if err != nil {
			return nil, err
		}
		if ok {
			holder = append(holder, r)
		}
	}
	if len(holder) != 1 {
		return refs, nil
	}
	return holder, nil
}

// holdsTitle reports whether the articles give entity id a role that is
// the title or ends in it as a whole word.
func (s *Store) holdsTitle(ctx context.Context, id int64, title string) (bool, error) {
	rows, err := s.query(ctx, `SELECT norm FROM entity_roles WHERE entity = ?`, id)
	roles, err := collect(rows, err, func(r *sql.Rows) (string, error) {
		var n string
		err := r.Scan(&n)
		return n, err
	})
	if err != nil {
		return false, fmt.Errorf("roles of entity %d: %w", id, err)
	}
	for _, n := range roles {
		if n == title || strings.HasSuffix(n, " "+title) {
			return true, nil
		}
	}
	return false, nil
}

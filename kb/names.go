package kb

import (
	"context"
	"database/sql"
	"strings"

	"newsbot/extract/identity"
)

// nameIndex keeps every entity name in memory for suggestions and
// autocomplete, most-mentioned first.
type nameIndex struct {
	names []string
	keys  []string
	// fuzzy holds the names' keys and tokens computed once: suggesting
	// from the bare list recomputed them for every unknown name.
	fuzzy *identity.NameIndex
}

func loadNames(ctx context.Context, db *sql.DB) (*nameIndex, error) {
	rows, err := db.QueryContext(ctx, "SELECT name FROM entities ORDER BY articles DESC, name")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	idx := &nameIndex{}
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, err
		}
		idx.names = append(idx.names, name)
		idx.keys = append(idx.keys, identity.Key(name))
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	idx.fuzzy = identity.NewNameIndex(idx.names)
	return idx, nil
}

// Complete returns up to n entity names for a partly typed name: names
// starting with it, then names with a word starting with it, then near
// misses.
func (s *Store) Complete(ctx context.Context, prefix string, n int) []string {
	idx := s.names
	key := identity.Key(prefix)
	var out []string
	seen := map[string]bool{}
	add := func(name string) bool {
		if !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
		return len(out) >= n
	}
	if key == "" {
		for _, name := range idx.names {
			if add(name) {
				return out
			}
		}
		return out
	}
	for i, k := range idx.keys {
		if strings.HasPrefix(k, key) && add(idx.names[i]) {
			return out
		}
	}
	for i, k := range idx.keys {
		if strings.Contains(" "+k, " "+key) && add(idx.names[i]) {
			return out
		}
	}
	if len(out) < n {
		for _, name := range idx.fuzzy.Suggest(prefix, n-len(out)) {
			if add(name) {
				break
			}
		}
	}
	return out
}

// suggest returns near misses for an unknown name.
func (s *Store) suggest(query string, n int) []string {
	return s.names.fuzzy.Suggest(query, n)
}

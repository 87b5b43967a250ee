package kb

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"slices"
	"strings"

	"newsbot/extract/identity"
)

// rankedRole is a role of a profile with what ranks it.
type rankedRole struct {
	RoleHit
	norm           string
	former, clause bool
}

// succeeded marks as former the offices of the entity id that another
// person holds in a later article also naming the entity ("Émilie
// Fournier was confirmed as France's prime minister … after the
// government of Jean-Luc de la Croix fell"), and lists them after the
// offices still held, the order otherwise kept.
func (s *Store) succeeded(ctx context.Context, id int64, ranked []rankedRole) ([]RoleHit, error) {
	for i, r := range ranked {
		if r.former || !identity.SoleOffice(r.norm) || ownOffice(ranked, r.norm) {
			continue
		}
		ok, err := s.hasSuccessor(ctx, id, r.norm, r.Evidence.Article.Published)
		if err != nil {
			return nil, err
		}
		if ok {
			ranked[i].former = true
			ranked[i].Text = "former " + r.Text
		}
	}
	slices.SortStableFunc(ranked, func(a, b rankedRole) int {
		return cmp.Or(cmp.Compare(btoi(a.clause), btoi(b.clause)), cmp.Compare(btoi(a.former), btoi(b.former)))
	})
	out := make([]RoleHit, len(ranked))
	for i, r := range ranked {
		out[i] = r.RoleHit
	}
	return out, nil
}

// ownOffice reports whether one of the roles says whose office norm is,
// another role ending in it ("Ukrainian President" or "president of
// Ukraine" beside "President"): the entity's office is then no other
// place's.
func ownOffice(ranked []rankedRole, norm string) bool {
	for _, r := range ranked {
		if r.norm != norm && (strings.HasSuffix(r.norm, " "+norm) || strings.HasPrefix(r.norm, norm+" of ")) {
			return true
		}
	}
	return false
}

// hasSuccessor reports whether another person holds the office norm in an
// article later than since that also names the entity id: the same
// office of a place or body ("prime minister of france"), or for an
// office the articles give without saying whose, that office of a place
// or body.
func (s *Store) hasSuccessor(ctx context.Context, id int64, norm, since string) (bool, error) {
	if since == "" {
		return false, nil
	}
	var one int
	err := s.db.QueryRowContext(ctx, `SELECT 1 FROM entity_roles o
		JOIN roles ro ON ro.rowid = o.evidence JOIN doc_entities od ON od.id = ro.doc_entity JOIN articles oa ON oa.id = od.article
		WHERE o.entity <> ?1 AND (o.norm = ?2 AND instr(?2, ' of ') > 0 OR substr(o.norm, 1, length(?2) + 4) = ?2 || ' of ')
		AND oa.published > ?3
		AND EXISTS (SELECT 1 FROM doc_entities x JOIN entity_members xm ON xm.doc_entity = x.id
			WHERE x.article = oa.id AND xm.entity = ?1)
		LIMIT 1`, id, norm, since).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

package kb

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"

	"newsbot/extract/identity"
)

// entityPlan is what a build does with the corpus entities: every
// entity's id (kept or fresh), which entities are fresh, the previous ids
// no entity kept, and which entities need their profile built.
type entityPlan struct {
	ids   []int64
	fresh []int
	stale []int64
	need  []bool
}

// planEntities matches the entities to the previous build's (prev) by
// digest and deletes the rows of those it no longer has, and the profiles
// that are to be rebuilt.
func planEntities(ctx context.Context, tx *sql.Tx, ents *clustered, prev *previousRows) (*entityPlan, error) {
	sigs := make([]string, len(ents.recs))
	for i, r := range ents.recs {
		sigs[i] = r.sig
	}
	ids, fresh, stale := reuse(prev, sigs)
	if err := deleteIDs(ctx, tx, stale, [2]string{"entities", "id"}, [2]string{"entity_members", "entity"},
		[2]string{"aliases", "entity"}, [2]string{"entity_profiles", "entity"}, [2]string{"entity_roles", "entity"}); err != nil {
		return nil, err
	}
	// A profile is rebuilt for every new entity, and for a kept one that
	// shares an article with a new person: the people named beside it may
	// have merged, split or been renamed.
	need := make([]bool, len(ents.recs))
	for _, i := range fresh {
		need[i] = true
	}
	if len(fresh) < len(ids) {
		freshPersonIn := map[int64]bool{}
		for _, m := range ents.members {
			if need[m.entity] && ents.recs[m.entity].person {
				freshPersonIn[m.article] = true
			}
		}
		var kept []int64
		for _, m := range ents.members {
			if !need[m.entity] && freshPersonIn[m.article] {
				need[m.entity] = true
				kept = append(kept, ids[m.entity])
			}
		}
		if err := deleteIDs(ctx, tx, kept, [2]string{"entity_profiles", "entity"}); err != nil {
			return nil, err
		}
	}
	return &entityPlan{ids: ids, fresh: fresh, stale: stale, need: need}, nil
}

// storeEntities writes the rows of the fresh entities and the profiles
// the plan needs.
func storeEntities(ctx context.Context, tx *sql.Tx, ents *clustered, plan *entityPlan, ch *changes) error {
	ids, fresh, stale, need := plan.ids, plan.fresh, plan.stale, plan.need
	// The profiles and the aliases' keys are computed on other cores while
	// the entities, their members and aliases are written.
	profiles := make(chan []entityProfile, 1)
	go func() { profiles <- sortedProfiles(buildProfiles(ents.members, ents.names, need), ids) }()
	keys := make(chan [][]aliasKeys, 1)
	go func() { keys <- freshAliasKeys(ents.recs, fresh) }()
	freshIDs := make([]int64, 0, len(fresh))
	for _, i := range fresh {
		freshIDs = append(freshIDs, ids[i])
	}
	if err := insertEntities(ctx, tx, ents.recs, fresh, ids); err != nil {
		return err
	}
	if err := insertAliases(ctx, tx, ents.recs, fresh, ids, <-keys); err != nil {
		return err
	}
	insProf := newBulk(tx, "entity_profiles", "entity", "articles", "outlets", "recent", "related")
	for _, p := range <-profiles {
		if err := insProf.add(ctx, p.id, p.articles, p.outlets, p.recent, p.related); err != nil {
			return err
		}
	}
	if err := insProf.flush(ctx); err != nil {
		return err
	}
	ch.freshEntities, ch.staleEntities = freshIDs, stale
	if err := rankRoles(ctx, tx, freshIDs, len(fresh) == len(ids)); err != nil {
		return fmt.Errorf("rank roles: %w", err)
	}
	return nil
}

// insertEntities writes the rows of the fresh entities and their
// members. The members go in doc_entity order, the order of the table's
// key, so that each row is appended rather than fitted in between.
func insertEntities(ctx context.Context, tx *sql.Tx, recs []entityRec, fresh []int, ids []int64) error {
	insEnt := newBulk(tx, "entities", "id", "name", "type", "articles", "outlets", "first", "last", "quotes", "sig")
	var members [][2]int64
	for _, i := range fresh {
		r, id := &recs[i], ids[i]
		if err := insEnt.add(ctx, id, r.name, r.typ, r.articles, r.outlets, r.first, r.last, r.quotes, r.sig); err != nil {
			return err
		}
		for _, m := range r.members {
			members = append(members, [2]int64{m, id})
		}
	}
	if err := insEnt.flush(ctx); err != nil {
		return err
	}
	slices.SortFunc(members, func(a, b [2]int64) int { return cmp.Compare(a[0], b[0]) })
	insMem := newBulk(tx, "entity_members", "doc_entity", "entity")
	for _, m := range members {
		if err := insMem.add(ctx, m[0], m[1]); err != nil {
			return err
		}
	}
	return insMem.flush(ctx)
}

// aliasKeys are the keys an alias is looked up by.
type aliasKeys struct {
	key, last string
}

// freshAliasKeys computes the keys of the fresh entities' aliases, in the
// order of recs[fresh[i]].aliases. The keys of fresh entities only:
// computing every alias's key again on each build cost more than writing
// the few that changed.
func freshAliasKeys(recs []entityRec, fresh []int) [][]aliasKeys {
	out := make([][]aliasKeys, len(fresh))
	for n, i := range fresh {
		out[n] = make([]aliasKeys, len(recs[i].aliases))
		for k, al := range recs[i].aliases {
			out[n][k] = aliasKeys{identity.Key(al), identity.SurnameKey(al)}
		}
	}
	return out
}

// insertAliases writes the aliases of the fresh entities, keys giving
// their keys (freshAliasKeys).
func insertAliases(ctx context.Context, tx *sql.Tx, recs []entityRec, fresh []int, ids []int64, keys [][]aliasKeys) error {
	ins := newBulk(tx, "aliases", "entity", "alias", "key", "last")
	for n, i := range fresh {
		for k, al := range recs[i].aliases {
			if err := ins.add(ctx, ids[i], al, keys[n][k].key, keys[n][k].last); err != nil {
				return err
			}
		}
	}
	return ins.flush(ctx)
}

// entityProfile is a profile with the id of its entity.
type entityProfile struct {
	id int64
	profileRow
}

// sortedProfiles gives the profiles their entities' ids, in id order, the
// order of the table's key.
func sortedProfiles(profiles map[int64]profileRow, ids []int64) []entityProfile {
	out := make([]entityProfile, 0, len(profiles))
	for ent, p := range profiles {
		out = append(out, entityProfile{ids[ent], p})
	}
	slices.SortFunc(out, func(a, b entityProfile) int { return cmp.Compare(a.id, b.id) })
	return out
}

// openerRole is 1 for a role mention r whose first letter alone is a
// capital, as a sentence opens with it ("Medical director Dr Ann Roe
// said"): another article's "medical director" is the wording shown.
// A title every word of which is capitalised ("Prime Minister") and an
// abbreviation ("CEO") are no opener's.
const openerRole = `(r.text GLOB '[A-Z]*' AND substr(r.text, 2) = lower(substr(r.text, 2)))`

// rankRoles ranks the role mentions of the given entities (of all of them
// when all is set): grouped by normalised form, counting outlets and
// articles and keeping the newest wording and its citation (of a story
// republished under its title, the original: see firstOfCopies), one a noun
// gives before one only a clause gives ("will become prime minister"),
// one from an article's body before one from a headline. A role is a clause role
// only when no article names it with a noun.
func rankRoles(ctx context.Context, tx *sql.Tx, ids []int64, all bool) error {
	if len(ids) == 0 {
		return nil
	}
	filter, args := "", []any{}
	if !all {
		js, err := jsonString(ids)
		if err != nil {
			return err
		}
		filter, args = "WHERE m.entity IN (SELECT value FROM json_each(?))", []any{js}
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO entity_roles(entity, norm, text, evidence, outlets, articles, clause)
	WITH g AS (
		SELECT m.entity, r.rowid AS rid, r.norm, r.text, r.clause, lower(a.source) AS outlet, a.id AS art,
			`+headlineRole+` AS headline, `+openerRole+` AS opener, a.published, a.ext_id, r.start,
			`+firstOfCopies+` AS first
		FROM roles r JOIN entity_members m ON m.doc_entity = r.doc_entity
		JOIN doc_entities d ON d.id = r.doc_entity JOIN articles a ON a.id = d.article `+filter+`),
	h AS (
		SELECT entity, rid, norm, text, clause, outlet, art,
			row_number() OVER (PARTITION BY entity, norm ORDER BY clause, headline, opener, first DESC, published, ext_id, start) AS rn
		FROM g)
	SELECT entity, norm, max(CASE WHEN rn = 1 THEN text END), max(CASE WHEN rn = 1 THEN rid END),
		count(DISTINCT outlet), count(DISTINCT art), min(clause)
	FROM h GROUP BY entity, norm`, args...)
	return err
}

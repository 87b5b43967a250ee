package kb

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"newsbot/extract/doc"
	"newsbot/extract/identity"
)

// entityRec is one corpus entity as it is to be stored: its row, aliases
// and members, and the digest of all of them.
type entityRec struct {
	name, typ         string
	articles, outlets int
	first, last       string
	quotes            int
	aliases           []string
	keys              [][2]string // each alias's identity.Key and identity.SurnameKey
	members           []int64     // doc_entities ids
	person            bool
	sig               string
}

// clustered is the corpus entities of a build; byName gives, for each
// (article, name), the index of the entity it belongs to.
type clustered struct {
	recs   []entityRec
	byName map[articleName]int
	// What profiles are built from; memberRow.entity is an index into recs.
	members []memberRow
	names   map[int64]string
}

type docEntityRow struct {
	id, article              int64
	extID, source, published string
}

// docEntities are the per-article entities as clustering reads them.
type docEntities struct {
	ins      []identity.DocEntity
	meta     []docEntityRow
	quotesBy map[int64]int // quotes by doc_entities id
}

// loadDocEntities reads the per-article entities, in article order.
func loadDocEntities(ctx context.Context, tx *sql.Tx) (*docEntities, error) {
	// Articles apart: a join would repeat their columns on every row, and
	// reading rows is what this step spends its time on.
	arts := map[int64]docEntityRow{}
	ar, err := tx.QueryContext(ctx, "SELECT id, ext_id, source, published FROM articles")
	if err != nil {
		return nil, err
	}
	for ar.Next() {
		var r docEntityRow
		if err := ar.Scan(&r.article, &r.extID, &r.source, &r.published); err != nil {
			ar.Close()
			return nil, err
		}
		arts[r.article] = r
	}
	ar.Close()
	if err := ar.Err(); err != nil {
		return nil, err
	}
	outlets := map[string]bool{}
	for _, r := range arts {
		if k := outletKey(r.source); k != "" {
			outlets[k] = true
		}
	}
	rolesBy, err := roleNorms(ctx, tx)
	if err != nil {
		return nil, err
	}
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM doc_entities").Scan(&n); err != nil {
		return nil, err
	}
	rows, err := tx.QueryContext(ctx, "SELECT id, article, name, type, surfaces, mentions FROM doc_entities")
	if err != nil {
		return nil, err
	}
	ins, meta := make([]identity.DocEntity, 0, n), make([]docEntityRow, 0, n)
	for rows.Next() {
		var de identity.DocEntity
		var id, art int64
		var typ, surfaces string
		if err := rows.Scan(&id, &art, &de.Name, &typ, &surfaces, &de.Mentions); err != nil {
			rows.Close()
			return nil, err
		}
		r := arts[art]
		r.id = id
		de.Article = strconv.FormatInt(art, 10)
		de.Source = r.source
		de.Type = doc.EntityType(typ)
		if outlets[outletKey(de.Name)] {
			// The tagger cannot know that "Sahel Observer" is a newspaper;
			// the articles' metadata says so.
			de.Type = doc.Org
		}
		de.Surfaces = strings.Split(surfaces, sep)
		de.Roles = rolesBy[id]
		ins = append(ins, de)
		meta = append(meta, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// In article order (by ext_id, then as extracted), whatever the row
	// ids: a rebuild and a full build must cluster the same input. Sorted
	// here, as SQLite would sort the wide rows in a temporary b-tree.
	order := articleOrder(len(ins), func(i int) (string, int64) { return meta[i].extID, meta[i].id })
	sortedIns, sortedMeta := make([]identity.DocEntity, len(ins)), make([]docEntityRow, len(ins))
	for i, k := range order {
		sortedIns[i], sortedMeta[i] = ins[k], meta[k]
	}
	ins, meta = sortedIns, sortedMeta
	quotesBy, err := quoteCounts(ctx, tx)
	if err != nil {
		return nil, err
	}
	return &docEntities{ins: ins, meta: meta, quotesBy: quotesBy}, nil
}

// outletKey is how an outlet's name is compared with an entity's: case
// and a leading "The" aside.
func outletKey(name string) string {
	name = strings.ToLower(strings.TrimSpace(name))
	return strings.TrimPrefix(name, "the ")
}

// clusterEntities clusters the per-article entities into corpus entities
// and prepares everything stored for them; it counts them in rep.
func clusterEntities(de *docEntities, rep *Report) *clustered {
	ins, meta, quotesBy := de.ins, de.meta, de.quotesBy
	clusters := identity.Cluster(ins)
	out := &clustered{recs: make([]entityRec, len(clusters)), byName: make(map[articleName]int, len(ins))}
	members := make([]memberRow, 0, len(ins))
	names := make(map[int64]string, len(clusters))
	for i, c := range clusters {
		rec := &out.recs[i]
		articles, outlets := map[int64]bool{}, map[string]bool{}
		for _, m := range c.Members {
			r := meta[m]
			articles[r.article] = true
			if r.source != "" {
				outlets[strings.ToLower(r.source)] = true
			}
			if r.published != "" && (rec.first == "" || r.published < rec.first) {
				rec.first = r.published
			}
			rec.last = max(rec.last, r.published)
			rec.quotes += quotesBy[r.id]
			rec.members = append(rec.members, r.id)
			out.byName[articleName{r.article, ins[m].Name}] = i
			members = append(members, memberRow{doc: r.id, article: r.article, entity: int64(i), extID: r.extID, source: r.source,
				pub: r.published, mentions: ins[m].Mentions, person: c.Type == doc.Person})
		}
		rec.name, rec.typ, rec.person = c.Name, string(c.Type), c.Type == doc.Person
		rec.articles, rec.outlets = len(articles), len(outlets)
		seen := map[string]bool{}
		for k, al := range append([]string{c.Name}, c.Aliases...) {
			if k > 0 && identity.IsGenericHead(al) {
				// "Court" would answer for every court.
				continue
			}
			if !seen[al] {
				seen[al] = true
				rec.aliases = append(rec.aliases, al)
				rec.keys = append(rec.keys, [2]string{identity.Key(al), identity.SurnameKey(al)})
			}
		}
		names[int64(i)] = c.Name
		switch c.Type {
		case doc.Person:
			rep.People++
		case doc.Org:
			rep.Orgs++
		case doc.Place:
			rep.Places++
		}
		rep.Quotes += rec.quotes
	}
	out.members, out.names = members, names
	// The digest covers the entity's row, aliases and members. Its
	// profile is left out: it is a function of the members and of the
	// people named beside them, and storeEntities rebuilds it whenever
	// either changed.
	for i := range out.recs {
		r := &out.recs[i]
		d := newDigest().add(r.name, r.typ, r.articles, r.outlets, r.first, r.last, r.quotes, len(r.aliases))
		for _, a := range r.aliases {
			d.add(a)
		}
		for _, m := range r.members {
			d.add(m)
		}
		r.sig = d.sum()
	}
	return out
}

// articleOrder returns the indexes 0..n-1 ordered by (ext_id, row id),
// which is unique, as key gives them.
func articleOrder(n int, key func(i int) (string, int64)) []int {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		ea, ia := key(a)
		eb, ib := key(b)
		if c := strings.Compare(ea, eb); c != 0 {
			return c
		}
		return cmp.Compare(ia, ib)
	})
	return order
}

// roleNorms returns the normalised roles by doc_entities id: clustering
// weighs them as evidence that two spellings are one person.
func roleNorms(ctx context.Context, tx *sql.Tx) (map[int64][]string, error) {
	rows, err := tx.QueryContext(ctx, "SELECT doc_entity, norm FROM roles")
	if err != nil {
		return nil, fmt.Errorf("read roles: %w", err)
	}
	defer rows.Close()
	out := map[int64][]string{}
	for rows.Next() {
		var id int64
		var norm string
		if err := rows.Scan(&id, &norm); err != nil {
			return nil, fmt.Errorf("read roles: %w", err)
		}
		out[id] = append(out[id], norm)
	}
	return out, rows.Err()
}

func quoteCounts(ctx context.Context, tx *sql.Tx) (map[int64]int, error) {
	rows, err := tx.QueryContext(ctx, "SELECT doc_entity, count(*) FROM quotes WHERE doc_entity IS NOT NULL GROUP BY doc_entity")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64]int{}
	for rows.Next() {
		var id int64
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			return nil, err
		}
		out[id] = n
	}
	return out, rows.Err()
}

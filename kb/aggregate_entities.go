package kb

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

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
	members           []int64 // doc_entities ids
	person            bool
	sig               string
}

// clustered is the corpus entities of a build.
type clustered struct {
	recs []entityRec
	// What profiles are built from; memberRow.entity is an index into recs.
	members []memberRow
	names   map[int64]string
	// The input and, for each entity, the indexes of its members in it:
	// what entityByName reads.
	in      *docEntities
	inputOf [][]int
}

// entityByName gives, for each (article, name), the id of the entity it
// belongs to, ids giving each entity's. It is left to the event rows,
// which alone need it, off the path of the entities' own rows.
func (c *clustered) entityByName(ids []int64) map[articleName]int64 {
	out := make(map[articleName]int64, len(c.in.ins))
	for i, idx := range c.inputOf {
		for _, m := range idx {
			out[articleName{c.in.meta[m].article, c.in.ins[m].Name}] = ids[i]
			if w := c.in.meta[m].written; w != "" {
				// The article's events name it as its text does.
				out[articleName{c.in.meta[m].article, w}] = ids[i]
			}
		}
	}
	return out
}

// docEntityRow is a per-article entity's id and what clustering needs of
// its article; loadArticles fills the article's part, one row per
// article.
type docEntityRow struct {
	id, article              int64
	extID, source, published string
	outlet                   string   // source lower-cased, as entities count outlets
	key                      string   // the article's id as clustering names it
	copies                   []string // outlets of word-for-word copies, as written
	rank                     int      // the article's place in ext_id order (ext_id is unique)
	// written is the entity's name as its article gives it where the
	// corpus renamed it ("Ledger" for "The Eastern Ledger"), else "".
	written string
}

// docEntities are the per-article entities as clustering reads them.
type docEntities struct {
	ins      []identity.DocEntity
	meta     []docEntityRow
	quotesBy map[int64]int // quotes by doc_entities id
}

// loadArticles reads what the corpus-wide steps need of every article,
// by id.
func loadArticles(ctx context.Context, tx *sql.Tx) (map[int64]docEntityRow, error) {
	p, err := readPacked(ctx, tx, packQuery("FROM articles", "#id", "ext_id", "source", "published"))
	if err != nil {
		return nil, fmt.Errorf("read articles: %w", err)
	}
	arts := map[int64]docEntityRow{}
	for p.more() {
		r := docEntityRow{article: p.num(), extID: p.text(), source: p.text(), published: p.text()}
		r.outlet, r.key = strings.ToLower(r.source), strconv.FormatInt(r.article, 10)
		arts[r.article] = r
	}
	if p.err != nil {
		return nil, fmt.Errorf("read articles: %w", p.err)
	}
	rankArticles(arts)
	rows, err := tx.QueryContext(ctx, "SELECT article, source FROM copies WHERE source <> '' ORDER BY article, source")
	if err != nil {
		return nil, fmt.Errorf("read copies: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var art int64
		var src string
		if err := rows.Scan(&art, &src); err != nil {
			return nil, fmt.Errorf("read copies: %w", err)
		}
		if r, ok := arts[art]; ok {
			r.copies = append(r.copies, src)
			arts[art] = r
		}
	}
	return arts, rows.Err()
}

// entityEvidence is what clustering reads of the per-article entities
// besides their rows: their normalised roles and their quotes, by
// doc_entities id.
type entityEvidence struct {
	roles  map[int64][]string
	quotes map[int64]int
}

// readEntityEvidence reads the roles and quote counts of the per-article
// entities.
func readEntityEvidence(ctx context.Context, tx *sql.Tx) (*entityEvidence, error) {
	roles, err := roleNorms(ctx, tx)
	if err != nil {
		return nil, err
	}
	quotes, err := quoteCounts(ctx, tx)
	if err != nil {
		return nil, err
	}
	return &entityEvidence{roles: roles, quotes: quotes}, nil
}

// docEntities builds the per-article entities of rows, in article order,
// with their roles and quotes, without the database: it runs on the
// clustering's goroutine while the connection reads on. It only reads
// arts and rows.
func (ev *entityEvidence) docEntities(arts map[int64]docEntityRow, rows []docEntityRaw) (*docEntities, error) {
	outlets, sources := map[string]bool{}, map[string]bool{}
	add := func(src string) {
		if sources[src] {
			return
		}
		if k := outletKey(src); k != "" {
			outlets[k] = true
			sources[src] = true
		}
	}
	for _, r := range arts {
		add(r.source)
		for _, src := range r.copies {
			add(src)
		}
	}
	shorts := outletShortNames(sources)
	rolesBy := ev.roles
	// In article order (by ext_id, then as extracted), whatever the row
	// ids: a rebuild and a full build must cluster the same input. The
	// order is taken first, and the entities built in it.
	ranks := make([]int, len(rows))
	for i := range rows {
		r, ok := arts[rows[i].article]
		if !ok {
			return nil, fmt.Errorf("read entities: entity %d of no article", rows[i].id)
		}
		ranks[i] = r.rank
	}
	order := articleOrder(len(rows), func(i int) (int, int64) { return ranks[i], rows[i].id })
	ins, meta := make([]identity.DocEntity, len(rows)), make([]docEntityRow, len(rows))
	for n, k := range order {
		row := &rows[k]
		de := &ins[n]
		de.Name = row.name
		de.Mentions = row.mentions
		r := arts[row.article]
		r.id = row.id
		de.Article = r.key
		de.Published = r.published
		de.Source = r.source
		de.Type = doc.EntityType(row.typ)
		if byOutletKey(outlets, de.Name) {
			// The tagger cannot know that "Sahel Observer" is a newspaper;
			// the articles' metadata says so.
			de.Type = doc.Org
		}
		if full := outletOfShortName(shorts, de.Name); full != "" && de.Type == doc.Org {
			// "told the Ledger": an outlet of the corpus by the last
			// word of its name.
			r.written, de.Name = de.Name, full
		}
		de.Surfaces = strings.Split(row.surfaces, sep)
		de.Roles = rolesBy[row.id]
		meta[n] = r
	}
	return &docEntities{ins: ins, meta: meta, quotesBy: ev.quotes}, nil
}

// outletKey is how an outlet's name is compared with an entity's: case
// and a leading "The" aside.
func outletKey(name string) string {
	name = strings.ToLower(strings.TrimSpace(name))
	return strings.TrimPrefix(name, "the ")
}

// byOutletKey is m[outletKey(name)], without building the key of a
// short ASCII name: every entity of the corpus is looked up.
func byOutletKey[V any](m map[string]V, name string) V {
	t := strings.TrimSpace(name)
	var buf [64]byte
	if len(t) > len(buf) {
		return m[outletKey(name)]
	}
	b := buf[:len(t)]
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c >= utf8.RuneSelf:
			return m[outletKey(name)]
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		b[i] = c
	}
	if len(b) >= 4 && string(b[:4]) == "the " {
		b = b[4:]
	}
	return m[string(b)]
}

// clusterEntities clusters the per-article entities into corpus entities
// and prepares everything stored for them; it counts them in rep.
func clusterEntities(de *docEntities, rep *Report) *clustered {
	ins, meta, quotesBy := de.ins, de.meta, de.quotesBy
	clusters := identity.Cluster(ins)
	out := &clustered{recs: make([]entityRec, len(clusters)), in: de, inputOf: make([][]int, len(clusters))}
	members := make([]memberRow, 0, len(ins))
	names := make(map[int64]string, len(clusters))
	// Distinct articles and outlets are counted on sorted lists, reused
	// from one entity to the next: most entities have a member or two.
	var articles []int64
	var outlets []string
	for i, c := range clusters {
		rec := &out.recs[i]
		out.inputOf[i] = c.Members
		articles, outlets = articles[:0], outlets[:0]
		for _, m := range c.Members {
			r := meta[m]
			articles = append(articles, r.article)
			if r.outlet != "" { // an article without an outlet names none
				outlets = append(outlets, r.outlet)
			}
			for _, c := range r.copies {
				outlets = append(outlets, strings.ToLower(c))
			}
			if r.published != "" && (rec.first == "" || r.published < rec.first) {
				rec.first = r.published
			}
			rec.last = max(rec.last, r.published)
			rec.quotes += quotesBy[r.id]
			rec.members = append(rec.members, r.id)
			members = append(members, memberRow{doc: r.id, article: r.article, entity: int64(i), extID: r.extID, source: r.source, copies: r.copies,
				pub: r.published, mentions: ins[m].Mentions, person: c.Type == doc.Person})
		}
		rec.name, rec.typ, rec.person = c.Name, string(c.Type), c.Type == doc.Person
		rec.articles, rec.outlets = distinct(articles), distinct(outlets)
		rec.aliases = entityAliases(c)
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
	d := newDigest()
	for i := range out.recs {
		r := &out.recs[i]
		d.reset().add(r.name, r.typ, r.articles, r.outlets, r.first, r.last, r.quotes, len(r.aliases))
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

// entityAliases lists an entity's name and aliases once each, leaving
// out generic heads: "Court" would answer for every court.
func entityAliases(c identity.Entity) []string {
	out := []string{c.Name}
	seen := map[string]bool{c.Name: true}
	for _, al := range c.Aliases {
		if !seen[al] && !identity.IsGenericHead(al) {
			seen[al] = true
			out = append(out, al)
		}
	}
	return out
}

// distinct counts the distinct values of l, which it sorts.
func distinct[T cmp.Ordered](l []T) int {
	slices.Sort(l)
	return len(slices.Compact(l))
}

// articleOrder returns the indexes 0..n-1 ordered by (ext_id, row id),
// which is unique, as key gives them: the article's rank (see
// rankArticles) stands for its ext_id. The ranks are small numbers, one
// per article: the indexes are put in buckets by rank, and a bucket
// sorted by row id only when the rows came out of order (they come in
// id order when read as stored).
func articleOrder(n int, key func(i int) (int, int64)) []int {
	ranks, ids := make([]int, n), make([]int64, n)
	top := -1
	for i := range n {
		ranks[i], ids[i] = key(i)
		if ranks[i] < 0 {
			return sortedOrder(ranks, ids)
		}
		top = max(top, ranks[i])
	}
	if top > 4*n+1024 {
		return sortedOrder(ranks, ids)
	}
	start := make([]int, top+2)
	for _, r := range ranks {
		start[r+1]++
	}
	for r := 1; r < len(start); r++ {
		start[r] += start[r-1]
	}
	next := append([]int(nil), start[:top+1]...)
	order := make([]int, n)
	for i, r := range ranks {
		order[next[r]] = i
		next[r]++
	}
	byID := func(a, b int) int { return cmp.Compare(ids[a], ids[b]) }
	for r := 0; r <= top; r++ {
		if b := order[start[r]:start[r+1]]; len(b) > 1 && !slices.IsSortedFunc(b, byID) {
			slices.SortFunc(b, byID)
		}
	}
	return order
}

// sortedOrder is articleOrder by comparisons, for any ranks.
func sortedOrder(ranks []int, ids []int64) []int {
	order := make([]int, len(ranks))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		if c := cmp.Compare(ranks[a], ranks[b]); c != 0 {
			return c
		}
		return cmp.Compare(ids[a], ids[b])
	})
	return order
}

// rankArticles numbers the articles in ext_id order: sorting their
// entities and events by the number is sorting them by the ext_id,
// which is unique, without comparing strings.
func rankArticles(arts map[int64]docEntityRow) {
	type idExt struct {
		id  int64
		ext string
	}
	l := make([]idExt, 0, len(arts))
	for id, r := range arts {
		l = append(l, idExt{id, r.extID})
	}
	slices.SortFunc(l, func(a, b idExt) int {
		if c := strings.Compare(a.ext, b.ext); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	for n, x := range l {
		r := arts[x.id]
		r.rank = n
		arts[x.id] = r
	}
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

package kb

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// A profile's roles and snippets are cut from article texts: the roles'
// citations and the headline test from each citing article, the
// snippets from every sentence naming the entity in its newest articles.
// The build does it once, into query_entity_roles for every entity and
// query_entity_snippets for those whose snippets are chosen from more
// than snippetsOver per-article entities (snippetsPrepared), so that !who
// reads a few short rows instead. The snippets of a name in a few
// articles cost little to choose as it is asked about, and choosing
// them for all would cost a build more than it saves a query.

// snippetsOver is the number of per-article entities an entity's newest
// articles must hold more of for the build to choose its snippets: as
// many as mentionSnippets reads at first (snippetDocs). A variable for
// the tests.
var snippetsOver = snippetDocs

// snippetsPrepared reports whether the build chose the snippets of the
// entity whose newest articles' per-article entities are recent (a JSON
// array, entity_profiles.recent).
func snippetsPrepared(recent string) bool {
	var all []int64
	return json.Unmarshal([]byte(recent), &all) == nil && len(all) > snippetsOver
}

// prepareEntityRoles writes, for each entity, its first maxRoles
// descriptions in the order rankedRoles reads them, with the headline
// test done and the citation cut from its article.
func prepareEntityRoles(ctx context.Context, tx *sql.Tx, d *delta) error {
	filter, args, err := clearEntityRows(ctx, tx, d, "query_entity_roles", "er.entity")
	if err != nil {
		return err
	}
	// The opening is read only where a headline could stand
	// (onHeadline).
	rows, err := tx.QueryContext(ctx, `SELECT x.entity, x.n, x.norm, x.former, x.clause,
			CASE WHEN a.title <> '' AND r.start < `+strconv.Itoa(maxHeadline)+`
				THEN CAST(substr(CAST(a.text AS BLOB), 1, `+strconv.Itoa(maxHeadline)+`) AS TEXT) ELSE '' END, x.text, x.outlets, a.id, a.title, r.start, r.end,
			CAST(substr(CAST(a.text AS BLOB), r.start + 1, r.end - r.start) AS TEXT)
		FROM (SELECT er.entity, er.norm, er.text, er.evidence, er.outlets, er.clause, `+formerRole+` AS former,
				row_number() OVER (PARTITION BY er.entity ORDER BY er.clause, `+formerRole+`, er.outlets DESC, er.articles DESC,
					length(er.text) DESC, er.norm) AS n
			FROM entity_roles er`+filter+`) x
		JOIN roles r ON r.rowid = x.evidence JOIN doc_entities d ON d.id = r.doc_entity JOIN articles a ON a.id = d.article
		WHERE x.n <= ?`, append(args, maxRoles)...)
	type roleRow struct {
		entity, n, article      int64
		norm, lead, text, title string
		snippet                 string
		former, clause          bool
		outlets, start, end     int
	}
	list, err := collect(rows, err, func(r *sql.Rows) (roleRow, error) {
		var x roleRow
		err := r.Scan(&x.entity, &x.n, &x.norm, &x.former, &x.clause, &x.lead, &x.text, &x.outlets, &x.article, &x.title,
			&x.start, &x.end, &x.snippet)
		return x, err
	})
	if err != nil {
		return err
	}
	ins := newBulk(tx, "query_entity_roles", "entity", "n", "norm", "former", "clause", "headline", "text", "outlets",
		"article", "start", "end", "snippet")
	for _, x := range list {
		if err := ins.add(ctx, x.entity, x.n, x.norm, x.former, x.clause, onHeadline(x.lead, x.title, x.start), x.text,
			x.outlets, x.article, x.start, x.end, x.snippet); err != nil {
			return err
		}
	}
	return ins.flush(ctx)
}

// clearEntityRows empties a query table keyed by entity, in a full
// refill, or deletes the rows of the entities an update replaced; it
// returns the condition (on col) and its arguments that select the
// entities whose rows are to be written.
func clearEntityRows(ctx context.Context, tx *sql.Tx, d *delta, table, col string) (string, []any, error) {
	if d.full {
		_, err := tx.ExecContext(ctx, "DELETE FROM "+table)
		return "", nil, err
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM "+table+" WHERE entity"+inJSON, d.staleEntities); err != nil {
		return "", nil, err
	}
	return " WHERE " + col + inJSON, []any{d.freshEntities}, nil
}

// preparedRoles reads what rankedRoles does from query_entity_roles.
func (s *Store) preparedRoles(ctx context.Context, id int64) ([]rankedRole, error) {
	rows, err := s.query(ctx, `SELECT r.norm, r.former, r.clause, r.headline, r.text, r.outlets,
			qa.ext_id, qa.title, qa.source, qa.url, qa.published, r.start, r.end, r.snippet
		FROM query_entity_roles r JOIN query_articles qa ON qa.id = r.article WHERE r.entity = ? ORDER BY r.n`, id)
	return collect(rows, err, func(r *sql.Rows) (rankedRole, error) {
		var h rankedRole
		sn, err := scanSnippetAfter(r, &h.norm, &h.former, &h.clause, &h.headline, &h.Text, &h.Outlets)
		h.Evidence = sn
		return h, err
	})
}

// preparedSnippets reads what mentionSnippets chooses from
// query_entity_snippets.
func (s *Store) preparedSnippets(ctx context.Context, id int64) ([]Snippet, error) {
	rows, err := s.query(ctx, `SELECT qa.ext_id, qa.title, qa.source, qa.url, qa.published, s.start, s.end, s.text
		FROM query_entity_snippets s JOIN query_articles qa ON qa.id = s.article WHERE s.entity = ? ORDER BY s.n`, id)
	return collect(rows, err, func(r *sql.Rows) (Snippet, error) { return scanSnippet(r) })
}

// recentDoc is one per-article entity of a profile's newest articles
// (entity_profiles.recent), pos its place in that list, with its
// article's date, id and outlet (lowercased), and once read the spans of
// its mentions and of their sentences.
type recentDoc struct {
	entity, doc, article   int64
	pos                    int
	name, pub, ext, outlet string
	mentions               []recentMention
	read                   bool // its mentions are read
}

// recentMention is a mention of a recent per-article entity: its span
// and its sentence's.
type recentMention struct {
	start, end, stStart, stEnd int
}

// recentArticle is what a profile's snippets read of an article.
type recentArticle struct {
	title, text string
}

// entityDocs are the recent docs of an entity in the order of its
// list, the newest snippetDocs of them when it has more (first), and
// how many outlets their articles are from.
type entityDocs struct {
	entity     int64
	all, first []*recentDoc
	outlets    int
}

// prepareEntitySnippets writes, for each entity whose snippets are
// prepared (snippetsPrepared), the snippets mentionSnippets chooses among
// the sentences naming it in its newest articles.
func prepareEntitySnippets(ctx context.Context, tx *sql.Tx, d *delta) error {
	return writeEntitySnippets(ctx, tx, d, snippetsOver)
}

// writeEntitySnippets writes the snippets of the entities whose newest
// articles hold more than minDocs per-article entities. As
// mentionSnippets does, it chooses them first among the newest
// snippetDocs per-article entities, and reads the mentions and articles
// of the others only for the entities those do not settle.
func writeEntitySnippets(ctx context.Context, tx *sql.Tx, d *delta, minDocs int) error {
	filter, args, err := clearEntityRows(ctx, tx, d, "query_entity_snippets", "p.entity")
	if err != nil {
		return err
	}
	ents, err := recentDocs(ctx, tx, minDocs, filter, args)
	if err != nil || len(ents) == 0 {
		return err
	}
	var want []*recentDoc
	for _, e := range ents {
		want = append(want, e.newest()...)
	}
	arts := map[int64]*recentArticle{}
	if err := readDocs(ctx, tx, want, arts); err != nil {
		return err
	}
	chosen := make([][]Snippet, len(ents))
	var again []int
	want = want[:0]
	for i, e := range ents {
		out, picked := snippetsAmong(e.newest(), arts)
		if e.first == nil || len(out) == profileSnippets && (picked == profileSnippets || picked >= e.outlets) {
			chosen[i] = out
			continue
		}
		again, want = append(again, i), append(want, e.all...)
	}
	if err := readDocs(ctx, tx, want, arts); err != nil {
		return err
	}
	for _, i := range again {
		chosen[i], _ = snippetsAmong(ents[i].all, arts)
	}
	ins := newBulk(tx, "query_entity_snippets", "entity", "n", "article", "start", "end", "text")
	for i, e := range ents {
		articleOf := map[string]int64{}
		for _, x := range e.all {
			articleOf[x.ext] = x.article
		}
		for n, sn := range chosen[i] {
			if err := ins.add(ctx, e.entity, n, articleOf[sn.Article.ID], sn.Start, sn.End, sn.Text); err != nil {
				return err
			}
		}
	}
	return ins.flush(ctx)
}

// newest returns the docs the entity's snippets are first chosen among:
// the newest snippetDocs when it has more, else all.
func (e entityDocs) newest() []*recentDoc {
	if e.first != nil {
		return e.first
	}
	return e.all
}

// recentDocs reads the recent docs of the entities (those cond selects
// on p.entity, with its args) whose lists hold more than minDocs, each
// entity's in the order of its list, with the newest snippetDocs of
// them, as newestDocs orders them, when there are more.
func recentDocs(ctx context.Context, tx *sql.Tx, minDocs int, cond string, args []any) ([]entityDocs, error) {
	// Tens of thousands of rows: read packed (see packQuery).
	p, err := readPacked(ctx, tx, packQuery(`FROM entity_profiles p, json_each(p.recent) j
		JOIN doc_entities d ON d.id = j.value JOIN query_articles qa ON qa.id = d.article
		WHERE json_array_length(p.recent) > `+strconv.Itoa(minDocs)+strings.Replace(cond, " WHERE ", " AND ", 1),
		"#p.entity", "#j.key", "#d.id", "#d.article", "d.name", "qa.published", "qa.ext_id", "lower(qa.source)"), args...)
	if err != nil {
		return nil, err
	}
	var docs []*recentDoc
	for p.more() {
		x := &recentDoc{entity: p.num(), pos: int(p.num()), doc: p.num(), article: p.num()}
		x.name, x.pub, x.ext, x.outlet = p.text(), p.text(), p.text(), p.text()
		docs = append(docs, x)
	}
	if p.err != nil {
		return nil, fmt.Errorf("read recent docs: %w", p.err)
	}
	slices.SortStableFunc(docs, func(a, b *recentDoc) int { return cmp.Or(cmp.Compare(a.entity, b.entity), cmp.Compare(a.pos, b.pos)) })
	var ents []entityDocs
	for _, x := range docs {
		if len(ents) == 0 || ents[len(ents)-1].entity != x.entity {
			ents = append(ents, entityDocs{entity: x.entity})
		}
		e := &ents[len(ents)-1]
		e.all = append(e.all, x)
	}
	for i := range ents {
		e := &ents[i]
		outlets := map[string]bool{}
		for _, x := range e.all {
			outlets[x.outlet] = true
		}
		e.outlets = len(outlets)
		if len(e.all) > snippetDocs {
			ordered := slices.Clone(e.all)
			slices.SortStableFunc(ordered, func(a, b *recentDoc) int { return cmp.Or(cmp.Compare(b.pub, a.pub), cmp.Compare(a.ext, b.ext)) })
			e.first = ordered[:snippetDocs]
			slices.SortFunc(e.first, func(a, b *recentDoc) int { return cmp.Compare(a.pos, b.pos) })
		}
	}
	return ents, nil
}

// readDocs reads the mentions of the docs not read yet, and the
// articles of theirs arts lacks.
func readDocs(ctx context.Context, tx *sql.Tx, docs []*recentDoc, arts map[int64]*recentArticle) error {
	byDoc := map[int64]*recentDoc{}
	var ids, artIDs []int64
	for _, x := range docs {
		if x.read {
			continue
		}
		x.read, byDoc[x.doc] = true, x
		ids = append(ids, x.doc)
		if _, ok := arts[x.article]; !ok {
			arts[x.article] = nil
			artIDs = append(artIDs, x.article)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	js, err := jsonString(ids)
	if err != nil {
		return err
	}
	p, err := readPacked(ctx, tx, packQuery(`FROM mentions mn JOIN sentences st ON st.id = mn.sentence
		WHERE mn.doc_entity`+inJSON, "#mn.doc_entity", "#mn.start", "#mn.end", "#st.start", "#st.end"), js)
	if err != nil {
		return err
	}
	for p.more() {
		doc := p.num()
		m := recentMention{start: int(p.num()), end: int(p.num()), stStart: int(p.num()), stEnd: int(p.num())}
		if x := byDoc[doc]; x != nil && p.err == nil {
			x.mentions = append(x.mentions, m)
		}
	}
	if p.err != nil {
		return fmt.Errorf("read mentions: %w", p.err)
	}
	if len(artIDs) == 0 {
		return nil
	}
	if js, err = jsonString(artIDs); err != nil {
		return err
	}
	rows, err := tx.QueryContext(ctx, "SELECT id, title, text FROM articles WHERE id"+inJSON, js)
	if err != nil {
		return err
	}
	for rows.Next() {
		var id int64
		var a recentArticle
		var text sql.RawBytes
		if err := rows.Scan(&id, &a.title, &text); err != nil {
			rows.Close()
			return err
		}
		a.text = string(text)
		arts[id] = &a
	}
	return closeRows(rows)
}

// closeRows closes rows and returns the error that ended them, if any.
func closeRows(rows *sql.Rows) error {
	err := rows.Err()
	if cerr := rows.Close(); err == nil {
		err = cerr
	}
	return err
}

// byteSpan is the bytes start to end of text, as substr cuts them from
// the text as a BLOB: what lies past the end is left out.
func byteSpan(text string, start, end int) string {
	if start < 0 || start >= len(text) || end <= start {
		return ""
	}
	return text[start:min(end, len(text))]
}

// recentHit is a sentence naming the entity, with what snippetsOf orders
// it by.
type recentHit struct {
	snippetHit
	pub, ext string
	headline bool // the sentence opens the article's title
	full     bool // the mention gives the full name
}

// snippetsAmong chooses snippets among the sentences naming the entity
// in docs (read by readDocs, in the order of its list) as snippetsOf
// does, and says how many it chose one per outlet.
func snippetsAmong(docs []*recentDoc, arts map[int64]*recentArticle) ([]Snippet, int) {
	var hits []recentHit
	for _, x := range docs {
		a := arts[x.article]
		for _, m := range x.mentions {
			sent := byteSpan(a.text, m.stStart, m.stEnd)
			h := recentHit{pub: x.pub, ext: x.ext, full: x.name == byteSpan(a.text, m.start, m.end),
				headline: a.title != "" && strings.HasPrefix(a.title, strings.Trim(sent, " "))}
			h.outlet = x.outlet
			h.sn = Snippet{Article: ArticleMeta{ID: x.ext}, Start: m.stStart, End: m.stEnd, Text: sent}
			hits = append(hits, h)
		}
	}
	// snippetsOf's order: newest article first, the body before a
	// sentence the headline repeats, the full name first, then by place.
	slices.SortStableFunc(hits, func(a, b recentHit) int {
		return cmp.Or(cmp.Compare(b.pub, a.pub), cmp.Compare(a.ext, b.ext), cmp.Compare(btoi(a.headline), btoi(b.headline)),
			cmp.Compare(btoi(b.full), btoi(a.full)), cmp.Compare(a.sn.Start, b.sn.Start))
	})
	list := make([]snippetHit, 0, min(len(hits), maxSnippetRows))
	for _, h := range hits[:min(len(hits), maxSnippetRows)] {
		list = append(list, h.snippetHit)
	}
	return chooseSnippets(list, profileSnippets)
}

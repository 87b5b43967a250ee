package kb

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
)

// docEntityRaw is one doc_entities row as stored.
type docEntityRaw struct {
	id, article int64
	name, typ   string
	surfaces    string
	mentions    int
}

// queryDocEntities reads the doc_entities rows as one packed string, for
// parseDocEntities, and counts them.
func queryDocEntities(ctx context.Context, tx *sql.Tx) (*packed, int, error) {
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM doc_entities").Scan(&n); err != nil {
		return nil, 0, err
	}
	p, err := readPacked(ctx, tx, packQuery("FROM doc_entities", "#id", "#article", "#mentions", "name", "type", "surfaces"))
	if err != nil {
		return nil, 0, fmt.Errorf("read entities: %w", err)
	}
	return p, n, nil
}

// parseDocEntities parses the n rows queryDocEntities read.
func parseDocEntities(p *packed, n int) ([]docEntityRaw, error) {
	out := make([]docEntityRaw, 0, n)
	for p.more() {
		var r docEntityRaw
		r.id, r.article, r.mentions = p.num(), p.num(), int(p.num())
		r.name, r.typ, r.surfaces = p.text(), p.text(), p.text()
		out = append(out, r)
	}
	if p.err == nil && len(out) != n {
		p.err = fmt.Errorf("%d rows of %d", len(out), n)
	}
	if p.err != nil {
		return nil, fmt.Errorf("read entities: %w", p.err)
	}
	return out, nil
}

// articleNameSets are, by article, the names the corpus-wide steps weigh:
// stories (see storyNames), casts (see castNames) and subjects (see
// withSubjects). An article with none of a kind has no entry for it.
type articleNameSets struct {
	stories, casts, subjects map[int64][]string
}

// docEntitiesNamed are the doc_entities rows and their name sets.
type docEntitiesNamed struct {
	rows  []docEntityRaw
	names articleNameSets
	err   error
}

// parseNamed parses the rows queryDocEntities read and takes their name
// sets.
func parseNamed(p *packed, n int) docEntitiesNamed {
	rows, err := parseDocEntities(p, n)
	if err != nil {
		return docEntitiesNamed{err: err}
	}
	return docEntitiesNamed{rows: rows, names: nameSetsOf(rows)}
}

// nameSetsOf computes the name sets of every article from its
// doc_entities rows, each article's names in byte order (as SQLite's
// ORDER BY name gives them):
//   - its cast: the names of its people, organisations and places;
//   - its story: the names of its people and organisations mentioned as
//     often as the most mentioned of them, at least twice; none when more
//     than maxStoryNames are;
//   - its subject: the organisation mentioned more often than every
//     other person and organisation, at least twice.
func nameSetsOf(rows []docEntityRaw) articleNameSets {
	order := make([]int, len(rows))
	for i := range order {
		order[i] = i
	}
	// By article first (the rows mostly are), then each article's by
	// name: two sorts of short lists of strings cost less than one of
	// them all.
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(rows[a].article, rows[b].article) })
	out := articleNameSets{stories: map[int64][]string{}, casts: map[int64][]string{}, subjects: map[int64][]string{}}
	for len(order) > 0 {
		n := 1
		for n < len(order) && rows[order[n]].article == rows[order[0]].article {
			n++
		}
		idx := order[:n]
		slices.SortFunc(idx, func(a, b int) int { return strings.Compare(rows[a].name, rows[b].name) })
		out.addArticle(rows, idx)
		order = order[n:]
	}
	return out
}

// addArticle adds the name sets of one article, given its rows sorted by
// name.
func (s articleNameSets) addArticle(rows []docEntityRaw, idx []int) {
	art := rows[idx[0]].article
	top, tied, subject, any := 0, 0, "", false
	var cast, story []string
	for _, i := range idx {
		r := &rows[i]
		if r.typ == "PERSON" || r.typ == "ORG" || r.typ == "PLACE" {
			cast = append(cast, r.name)
		}
		if r.typ != "PERSON" && r.typ != "ORG" {
			continue
		}
		switch {
		case !any || r.mentions > top:
			top, tied, subject, any = r.mentions, 1, "", true
			if r.typ == "ORG" {
				subject = r.name
			}
		case r.mentions == top:
			tied++
		}
	}
	for _, i := range idx {
		if r := &rows[i]; (r.typ == "PERSON" || r.typ == "ORG") && r.mentions == top && top >= 2 {
			story = append(story, r.name)
		}
	}
	if len(cast) > 0 {
		s.casts[art] = cast
	}
	if len(story) > 0 && len(story) <= maxStoryNames {
		s.stories[art] = story
	}
	if top >= 2 && tied == 1 && subject != "" {
		s.subjects[art] = []string{subject}
	}
}

// dropRows returns rows without those of the ids dropped, and updates the
// subjects of names for the articles that lost a row: their stories and
// casts are read before the furniture is marked, their subjects after.
func dropRows(rows []docEntityRaw, dropped []int64, names articleNameSets) []docEntityRaw {
	if len(dropped) == 0 {
		return rows
	}
	gone := make(map[int64]bool, len(dropped))
	for _, id := range dropped {
		gone[id] = true
	}
	touched := map[int64]bool{}
	kept := make([]docEntityRaw, 0, len(rows))
	for _, r := range rows {
		if gone[r.id] {
			touched[r.article] = true
			continue
		}
		kept = append(kept, r)
	}
	var theirs []docEntityRaw
	for _, r := range kept {
		if touched[r.article] {
			theirs = append(theirs, r)
		}
	}
	subjects := nameSetsOf(theirs).subjects
	for art := range touched {
		if s, ok := subjects[art]; ok {
			names.subjects[art] = s
		} else {
			delete(names.subjects, art)
		}
	}
	return kept
}

package kb

import (
	"context"
	"database/sql"
	"regexp"
	"strings"
)

// ageQuery is a lookup of a person by age alone: "the 47-year-old".
var ageQuery = regexp.MustCompile(`^(?:(?:the|a|an)\s+)?(\d{1,3})-year-old$`)

// queryAge returns the age a query describes a person by, or "".
func queryAge(query string) string {
	m := ageQuery.FindStringSubmatch(strings.ToLower(strings.TrimSpace(query)))
	if m == nil {
		return ""
	}
	return m[1]
}

// maxAgeSentences bounds the sentences an age lookup reads.
const maxAgeSentences = 50

// ageSentence is a sentence holding an age word: its id, its article,
// where it starts there and its text.
type ageSentence struct {
	id, article int64
	start       int
	text        string
}

// byAge returns the people the articles call by their age ("The
// 47-year-old was appointed in June 2024"): the person named right after
// the age ("47-year-old Stefan Hallam"), or, for a sentence that opens
// with the age and names no one, the one person the sentence before it
// names. More than maxRoleHolders people return none.
func (s *Store) byAge(ctx context.Context, age string) ([]EntityRef, error) {
	rows, err := s.query(ctx, `SELECT st.id, st.article, st.start, CAST(substr(CAST(a.text AS BLOB), st.start + 1, st.end - st.start) AS TEXT)
		FROM sentence_fts f JOIN sentences st ON st.id = f.rowid JOIN articles a ON a.id = st.article
		WHERE sentence_fts MATCH ? AND st.boilerplate = 0 ORDER BY st.id LIMIT ?`, `"`+age+` year old"`, maxAgeSentences)
	sents, err := collect(rows, err, func(r *sql.Rows) (ageSentence, error) {
		var a ageSentence
		err := r.Scan(&a.id, &a.article, &a.start, &a.text)
		return a, err
	})
	if err != nil {
		return nil, err
	}
	word := regexp.MustCompile(`(?i)\b` + age + `-year-old\b`)
	var out []EntityRef
	seen := map[int64]bool{}
	for _, st := range sents {
		loc := word.FindStringIndex(st.text)
		if loc == nil {
			continue
		}
		ref, ok, err := s.agedPerson(ctx, st, loc)
		if err != nil {
			return nil, err
		}
		if ok && !seen[ref.ID] {
			seen[ref.ID] = true
			out = append(out, ref)
		}
	}
	if len(out) > maxRoleHolders {
		return nil, nil
	}
	return out, nil
}

// agedPerson returns the person the age word at loc of sentence st
// describes, if the sentence says whom.
func (s *Store) agedPerson(ctx context.Context, st ageSentence, loc []int) (EntityRef, bool, error) {
	people, err := s.sentencePeople(ctx, st.id)
	if err != nil {
		return EntityRef{}, false, err
	}
	for _, p := range people {
		// "47-year-old Stefan Hallam", "the 47-year-old coach Stefan
		// Hallam" is a role's business: only the name right after.
		if gap := p.start - st.start - loc[1]; gap >= 0 && gap <= 1 {
			return p.ref, true, nil
		}
	}
	lead := strings.ToLower(strings.TrimSpace(st.text[:loc[0]]))
	if len(people) > 0 || lead != "the" && lead != "" {
		return EntityRef{}, false, nil
	}
	var prev int64
	err = s.queryRow(ctx, `SELECT id FROM sentences WHERE article = ? AND start < ? AND boilerplate = 0
		ORDER BY start DESC LIMIT 1`, st.article, st.start).Scan(&prev)
	if err == sql.ErrNoRows {
		return EntityRef{}, false, nil
	}
	if err != nil {
		return EntityRef{}, false, err
	}
	before, err := s.sentencePeople(ctx, prev)
	if err != nil || len(before) == 0 {
		return EntityRef{}, false, err
	}
	for _, p := range before[1:] {
		if p.ref.ID != before[0].ref.ID {
			return EntityRef{}, false, nil // "Smith beat Jones. The 47-year-old ..."
		}
	}
	return before[0].ref, true, nil
}

// namedPerson is one mention of a person in a sentence.
type namedPerson struct {
	ref   EntityRef
	start int
}

// sentencePeople returns the mentions of people in sentence id, in order.
func (s *Store) sentencePeople(ctx context.Context, id int64) ([]namedPerson, error) {
	rows, err := s.query(ctx, `SELECT e.id, e.name, e.type, e.articles, m.start
		FROM mentions m JOIN entity_members em ON em.doc_entity = m.doc_entity JOIN entities e ON e.id = em.entity
		WHERE m.sentence = ? AND e.type = 'PERSON' ORDER BY m.start`, id)
	return collect(rows, err, func(r *sql.Rows) (namedPerson, error) {
		var p namedPerson
		err := r.Scan(&p.ref.ID, &p.ref.Name, &p.ref.Type, &p.ref.Articles, &p.start)
		return p, err
	})
}

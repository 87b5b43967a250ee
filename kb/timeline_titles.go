package kb

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"newsbot/extract/stopwords"
)

// A topic's timeline also holds the news of the articles whose headline
// names the topic, told in sentences that do not: "Danube flood forces
// thousands from homes in Hungary and Slovakia" is about the flood, and so
// is its "Authorities in Hungary and Slovakia evacuated about 12,000
// people". Only reports dated near the article's publication count (its
// news, not the background it recalls), and only those sharing more of
// the headline (see sharesHeadline): a long story's other news ("The
// council met on Monday") is not the topic's.

// newsDays is how far from its publication a report may be dated and
// still be news of its article's headline.
const newsDays = 31

// maxTitled bounds the articles, newest first, whose reports a topic's
// headlines add: a common word heads thousands of stories.
const maxTitled = 500

// headlineNews returns, as a JSON list, the reports (doc_events ids) that
// tell the news of an article whose headline holds a form of every
// group's word (a form ending in "*" as a prefix).
func (s *Store) headlineNews(ctx context.Context, groups [][]string, prepared bool) (string, error) {
	ids := []int64{}
	if len(groups) == 0 {
		return "[]", nil
	}
	// The headlines are read from the query tables' copy when there is
	// one: scanning articles reads their texts too.
	titles := "articles"
	if prepared {
		titles = "query_articles"
	}
	// A LIKE on the first group's forms narrows the headlines read; the
	// words are then matched whole.
	var likes []string
	var args []any
	for _, f := range groups[0] {
		likes = append(likes, `a.title LIKE ? ESCAPE '\'`)
		args = append(args, "%"+likeEscaper.Replace(strings.TrimSuffix(f, "*"))+"%")
	}
	rows, err := s.db.QueryContext(ctx, `WITH titled AS (SELECT id, title, published FROM `+titles+` a WHERE `+strings.Join(likes, " OR ")+`
			ORDER BY published DESC LIMIT ?)
		SELECT d.id, t.title, CAST(substr(CAST(a.text AS BLOB), d.start + 1, d.end - d.start) AS TEXT)
		FROM titled t JOIN doc_events d ON d.article = t.id JOIN articles a ON a.id = t.id
		WHERE d.precision IN ('day', 'month')
		AND abs(julianday(CASE WHEN d.precision = 'month' THEN d.date || '-01' ELSE d.date END) - julianday(t.published)) <= ?`,
		append(args, maxTitled, newsDays)...)
	type report struct {
		id             int64
		title, summary string
	}
	reports, err := collect(rows, err, func(r *sql.Rows) (report, error) {
		var v report
		err := r.Scan(&v.id, &v.title, &v.summary)
		return v, err
	})
	if err != nil {
		return "", fmt.Errorf("read headline news: %w", err)
	}
	for _, r := range reports {
		if titleHolds(r.title, groups) && sharesHeadline(r.summary, r.title, groups) {
			ids = append(ids, r.id)
		}
	}
	js, _ := json.Marshal(ids)
	return string(js), nil
}

// lowerWords returns the words of s, lower-cased, diacritics dropped.
func lowerWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(foldLetters(s)), func(r rune) bool { return !wordRune(r) })
}

// titleHolds reports whether a headline holds a form of every group's
// word as whole words.
func titleHolds(title string, groups [][]string) bool {
	text := " " + strings.Join(lowerWords(title), " ") + " "
	for _, g := range groups {
		if !slices.ContainsFunc(g, func(f string) bool {
			f = strings.ToLower(f)
			if p, ok := strings.CutSuffix(f, "*"); ok {
				return strings.Contains(text, " "+p)
			}
			return strings.Contains(text, " "+f+" ")
		}) {
			return false
		}
	}
	return true
}

// sharesHeadline reports whether a summary shares with the headline a
// common word, or two names, other than function words, words under
// three letters and the topic's own, by their stems: "the truce would be
// reviewed" under "Sudan rivals sign Geneva truce"; "evacuated … in
// Hungary and Slovakia" under "Danube flood forces thousands from homes
// in Hungary and Slovakia". One name alone ("Ukraine") is shared by most
// of a story's other news.
func sharesHeadline(summary, title string, groups [][]string) bool {
	topic := map[string]bool{}
	for _, g := range groups {
		for _, f := range g {
			for _, w := range lowerWords(f) {
				topic[stem(w)] = true
			}
		}
	}
	head := map[string]bool{}
	for _, w := range lowerWords(title) {
		if len(w) >= 3 && !stopwords.Is(w) && !headlineNoise[w] && !topic[stem(w)] {
			head[stem(w)] = true
		}
	}
	score := 0
	for _, w := range strings.FieldsFunc(foldLetters(summary), func(r rune) bool { return !wordRune(r) }) {
		lw := strings.ToLower(w)
		if len(lw) < 3 || !head[stem(lw)] {
			continue
		}
		delete(head, stem(lw)) // each word counts once
		score++
		if lw == w {
			score++ // a common word, not a name
		}
	}
	return score >= 2
}

// withHeadlineNews adds to an entity's events (heads) the news of the
// articles whose headline names it: "Sudan rivals sign Geneva truce"
// tells Sudan's "The truce takes effect on December 1". The rows stay in
// timeline order, at most q.Limit. A name with no events of its own in
// the range gets none: the caller then reads it as a topic, whose
// timeline holds that news and more.
func (s *Store) withHeadlineNews(ctx context.Context, q TimelineQuery, prepared bool, heads []eventHead) ([]eventHead, error) {
	if len(heads) == 0 {
		return heads, nil
	}
	var name string
	err := s.db.QueryRowContext(ctx, "SELECT name FROM entities WHERE id = ?", q.Entity).Scan(&name)
	if errors.Is(err, sql.ErrNoRows) {
		return heads, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read entity %d: %w", q.Entity, err)
	}
	var groups [][]string
	for _, w := range lowerWords(name) {
		groups = append(groups, []string{w})
	}
	news, err := s.headlineNews(ctx, groups, prepared)
	if err != nil || news == "[]" {
		return heads, err
	}
	c, a := newsCond(news)
	more, err := s.headsWhere(ctx, q, prepared, []string{c}, a)
	if err != nil {
		return nil, err
	}
	seen := map[int64]bool{}
	for _, h := range heads {
		seen[h.id] = true
	}
	for _, h := range more {
		if !seen[h.id] {
			heads = append(heads, h)
		}
	}
	slices.SortStableFunc(heads, func(x, y eventHead) int {
		return cmp.Or(strings.Compare(x.row.Date, y.row.Date), cmp.Compare(y.row.Reports, x.row.Reports), cmp.Compare(x.id, y.id))
	})
	return heads[:min(len(heads), q.Limit)], nil
}

// headlineNoise are the words of time and of saying that a headline
// shares with most sentences of its story ("next year", "says").
var headlineNoise = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`next last year years week weeks month months day days today
		yesterday tomorrow tonight now new monday tuesday wednesday thursday friday saturday sunday
		january february march april may june july august september october november december
		say says said tell tells told warn warns warned`) {
		m[w] = true
	}
	return m
}()

// newsCond is the condition on ev.id that an event has one of the
// reports (a JSON list of doc_events ids) among its members.
func newsCond(reports string) (string, []any) {
	return `ev.id IN (SELECT em.event FROM event_members em WHERE em.doc_event IN (SELECT value FROM json_each(?)))`, []any{reports}
}

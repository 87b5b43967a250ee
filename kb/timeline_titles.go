package kb

import (
	"context"
	"database/sql"
	"encoding/json"
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
const maxTitled = 30

// headlineNews returns, as a JSON list, the reports (doc_events ids) that
// tell the news of an article whose headline holds a form of every
// group's word (a form ending in "*" as a prefix).
func (s *Store) headlineNews(ctx context.Context, groups [][]string, prepared bool) (string, error) {
	ids := []int64{}
	if len(groups) == 0 {
		return "[]", nil
	}
	idx, err := s.headlines(ctx, prepared)
	if err != nil {
		return "", err
	}
	var arts []int64
	for _, i := range idx.holding(groups[0]) {
		if len(arts) == maxTitled {
			break
		}
		if titleHolds(idx.arts[i].title, groups) {
			arts = append(arts, idx.arts[i].id)
		}
	}
	if len(arts) == 0 {
		return "[]", nil
	}
	list, _ := json.Marshal(arts)
	titles := "articles"
	if prepared {
		titles = "query_articles"
	}
	rows, err := s.query(ctx, `SELECT d.id, t.title, CAST(substr(CAST(a.text AS BLOB), d.start + 1, d.end - d.start) AS TEXT),
			d.start = (SELECT min(f.start) FROM doc_events f WHERE f.article = t.id)
		FROM json_each(?) j JOIN `+titles+` t ON t.id = j.value JOIN doc_events d ON d.article = t.id JOIN articles a ON a.id = t.id
		WHERE d.precision IN ('day', 'month')
		AND abs(julianday(CASE WHEN d.precision = 'month' THEN d.date || '-01' ELSE d.date END) - julianday(t.published)) <= ?
		ORDER BY d.article, d.start, d.id`,
		string(list), newsDays)
	type report struct {
		id             int64
		title, summary string
		lede           bool
	}
	reports, err := collect(rows, err, func(r *sql.Rows) (report, error) {
		var v report
		err := r.Scan(&v.id, &v.title, &v.summary, &v.lede)
		return v, err
	})
	if err != nil {
		return "", fmt.Errorf("read headline news: %w", err)
	}
	heads := map[string]headSet{} // headline -> its headWords
	for i, r := range reports {
		// The lede tells the headline's news in other words: "Skater's
		// appeal heard in Geneva" over "Ine Dahl asked the tribunal on
		// Tuesday to lift the ban imposed on her in March". Its first
		// report is the news, not those after it (the ban in March).
		if r.lede && (i == 0 || !reports[i-1].lede || reports[i-1].title != r.title) {
			ids = append(ids, r.id)
			continue
		}
		h, ok := heads[r.title]
		if !ok {
			h = headWords(r.title, groups)
			heads[r.title] = h
		}
		if h.shares(r.summary) {
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
	return headWords(title, groups).shares(summary)
}

// headSet is a headline's counted stems, with the first two letters of
// their words and of themselves, to pass over the words of a summary
// without stemming each (a stem keeps its word's first two letters, bar
// "lying", "tying" and "dying").
type headSet struct {
	stems, starts map[string]bool
}

// headWords are the stems of a headline's words that sharesHeadline
// counts: not function words, words under three letters, words of time
// and saying, or the topic's own.
func headWords(title string, groups [][]string) headSet {
	topic := map[string]bool{}
	for _, g := range groups {
		for _, f := range g {
			for _, w := range lowerWords(f) {
				topic[stem(w)] = true
			}
		}
	}
	head := headSet{stems: map[string]bool{}, starts: map[string]bool{}}
	for _, w := range lowerWords(title) {
		if len(w) >= 3 && !stopwords.Is(w) && !headlineNoise[w] && !topic[stem(w)] {
			st := stem(w)
			head.stems[st] = true
			head.starts[w[:2]], head.starts[st[:min(2, len(st))]] = true, true
		}
	}
	return head
}

// shares is sharesHeadline on a headline's headWords.
func (head headSet) shares(summary string) bool {
	seen := map[string]bool{}
	score := 0
	for _, w := range strings.FieldsFunc(foldLetters(summary), func(r rune) bool { return !wordRune(r) }) {
		lw := strings.ToLower(w)
		if len(lw) < 3 || !head.starts[lw[:2]] {
			continue
		}
		st := stem(lw)
		if !head.stems[st] || seen[st] {
			continue
		}
		seen[st] = true // each word counts once
		score++
		if lw == w {
			score++ // a common word, not a name
		}
	}
	return score >= 2
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

// headlineIndex is every headline's words, read once per open knowledge
// base (its file never changes): a topic's headlines are then found
// without reading every article's title per request.
type headlineIndex struct {
	arts  []headline         // newest first
	words []string           // sorted
	posts map[string][]int32 // word -> indexes into arts, ascending
}

type headline struct {
	id    int64
	title string
}

// headlines returns the store's headline index, reading it on first use.
func (s *Store) headlines(ctx context.Context, prepared bool) (*headlineIndex, error) {
	s.titleOnce.Do(func() {
		s.titleIdx, s.titleErr = readHeadlines(ctx, s.db, prepared)
	})
	return s.titleIdx, s.titleErr
}

func readHeadlines(ctx context.Context, db *sql.DB, prepared bool) (*headlineIndex, error) {
	titles := "articles"
	if prepared {
		titles = "query_articles"
	}
	rows, err := db.QueryContext(ctx, "SELECT id, title FROM "+titles+" ORDER BY published DESC, id")
	arts, err := collect(rows, err, func(r *sql.Rows) (headline, error) {
		var h headline
		err := r.Scan(&h.id, &h.title)
		return h, err
	})
	if err != nil {
		return nil, fmt.Errorf("read headlines: %w", err)
	}
	idx := &headlineIndex{arts: arts, posts: map[string][]int32{}}
	for i, h := range arts {
		for _, w := range lowerWords(h.title) {
			p := idx.posts[w]
			if len(p) > 0 && p[len(p)-1] == int32(i) {
				continue
			}
			if p == nil {
				idx.words = append(idx.words, w)
			}
			idx.posts[w] = append(p, int32(i))
		}
	}
	slices.Sort(idx.words)
	return idx, nil
}

// holding returns, newest first, the headlines holding one of the forms
// (a form ending in "*" as a prefix; of a form of several words, its
// first).
func (idx *headlineIndex) holding(forms []string) []int32 {
	var out []int32
	for _, f := range forms {
		p, prefix := strings.CutSuffix(f, "*")
		ws := lowerWords(p)
		if len(ws) == 0 {
			continue
		}
		if !prefix || len(ws) > 1 {
			out = append(out, idx.posts[ws[0]]...)
			continue
		}
		for i, _ := slices.BinarySearch(idx.words, ws[0]); i < len(idx.words) && strings.HasPrefix(idx.words[i], ws[0]); i++ {
			out = append(out, idx.posts[idx.words[i]]...)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

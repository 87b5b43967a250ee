package kb

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"newsbot/extract/events"
)

// TimelineQuery selects timeline rows. Zero fields do not filter.
type TimelineQuery struct {
	Entity int64  // events involving this entity
	Topic  string // events whose summary sentence matches these words
	From   string // ISO date prefix, inclusive: 2025, 2025-11, 2025-11-30
	To     string // inclusive, at its own precision
	// Month keeps the events dated in that month (1 to 12) of any year,
	// to the month or the day: a reader's "December" without a year.
	Month int
	Limit int
	// Sources caps the reports cited per event (MaxEventSources when 0).
	Sources int
}

// TimelineRow is one event, merged across the outlets reporting it.
type TimelineRow struct {
	Date, Precision string
	// Week is the ISO week ("2026-W47") of a row the text dates by its
	// week ("next week"), which Date gives as the month holding it.
	Week     string
	Planned  bool
	Summary  string
	Sources  []Snippet // the summary span in the first reporting articles, at most MaxEventSources
	Reports  int       // articles reporting the event, cited or not
	Entities []string
	// Subject is the subject a row cut from the second predicate of its
	// sentence shares with the first, when no participant is it
	// ("prosecutors" for "will decide next week …"); see clauseSubjects.
	Subject string `json:",omitempty"`
}

// Shown is the row's summary as a reader away from its article needs it:
// an opening pronoun is followed by the person it stands for ("She (Ruth
// Wanjiru) tested positive in 2019."). Summary stays the verbatim span.
func (r TimelineRow) Shown() string {
	if r.Subject != "" {
		return "(" + r.Subject + ") " + r.Summary
	}
	return quoteLedNamed(r.Summary, r.Entities, "", events.Named(r.Summary, r.Entities))
}

// ShownFor is Shown on the timeline of the person named person: an
// opening pronoun no other participant fits is theirs (see
// events.NamedFor).
func (r TimelineRow) ShownFor(person string) string {
	if r.Subject != "" {
		return "(" + r.Subject + ") " + r.Summary
	}
	return quoteLedNamed(r.Summary, r.Entities, person, events.NamedFor(r.Summary, r.Entities, person))
}

// LedByReportNaming leads a row of a name's timeline with a report that
// names it when the row's own summary does not: an event merged from two
// outlets ("He added that his sister would fly home on Saturday"; "Ms
// Marsh is expected to arrive at RAF Brize Norton on Saturday") shows,
// under "RAF Brize Norton", the report that says so. The report moves to
// the front of the row's sources, so its citation comes first; it must
// write the whole name ("Ms Marsh" may be his sister).
func (r TimelineRow) LedByReportNaming(name string) TimelineRow {
	var words []string
	for _, w := range strings.Fields(name) {
		if utf8.RuneCountInString(w) >= 3 && w != strings.ToLower(w) {
			words = append(words, w)
		}
	}
	if len(words) == 0 || slices.ContainsFunc(words, func(w string) bool { return events.HasWord(r.Summary, w) }) {
		return r
	}
	for i, sn := range r.Sources {
		if events.HasWord(sn.Text, name) && !r.announcedIn(sn) {
			src := slices.Clone(r.Sources)
			copy(src[1:i+1], r.Sources[:i])
			src[0] = sn
			r.Sources, r.Summary = src, sn.Text
			return r
		}
	}
	return r
}

// announcedIn reports whether sn, a report of a row of what happened, was
// published before the row's date: it told the event in advance ("will
// put the bill to the House on Thursday"), and does not lead a row that
// other reports tell as done.
func (r TimelineRow) announcedIn(sn Snippet) bool {
	return !r.Planned && r.Date != "" && sn.Article.Published != "" && sn.Article.Published < r.Date
}

// MaxEventSources bounds the articles one timeline row cites: a date that
// thousands of articles mention ("in 1986") merges into one event, and
// citing them all would make the answer grow with the archive.
const MaxEventSources = 20

// Timeline lists events in date order.
func (s *Store) Timeline(ctx context.Context, q TimelineQuery) ([]TimelineRow, error) {
	if q.Limit <= 0 {
		q.Limit = 1000
	}
	maxSources := q.Sources
	if maxSources <= 0 || maxSources > MaxEventSources {
		maxSources = MaxEventSources
	}
	prepared := s.prepared(ctx)
	var (
		heads []eventHead
		err   error
	)
	if prepared && q.Entity != 0 && q.Topic == "" {
		heads, err = s.entityEventHeads(ctx, q)
	} else {
		heads, err = s.eventHeads(ctx, q, prepared)
	}
	if err == nil && q.Entity != 0 && q.Topic == "" && len(heads) < q.Limit {
		heads, err = s.withTitledHeads(ctx, q, prepared, heads)
	}
	if err == nil {
		heads, err = s.inClockOrder(ctx, heads)
	}
	if err != nil || len(heads) == 0 {
		return nil, err
	}
	ids := make([]int64, len(heads))
	pos := make(map[int64]int, len(heads))
	out := make([]TimelineRow, len(heads))
	for i, h := range heads {
		ids[i], pos[h.id], out[i] = h.id, i, h.row
	}
	js, _ := json.Marshal(ids)
	if prepared {
		err = s.citedSources(ctx, string(js), maxSources, out, pos)
	} else {
		err = s.eventSources(ctx, string(js), maxSources, out, pos)
	}
	if err != nil {
		return nil, err
	}
	if !prepared {
		err = s.eventEntities(ctx, string(js), out, pos)
	}
	if err == nil {
		err = s.ownClauses(ctx, heads, out)
	}
	if err == nil {
		err = s.clauseSubjects(ctx, out)
	}
	return out, err
}

// topicSentences bounds the sentences a topic timeline draws events from.
const topicSentences = 5000

// eventHead is one chosen event before its sources are read.
type eventHead struct {
	id  int64
	row TimelineRow
	// article is the article of the event's lead report.
	article int64
	// order is the lead report's place in the archive (leadOrder).
	order string
}

// leadOrder orders the events of one date that equally many articles
// report: by their lead report's article (its id in the data folder) and
// place in it, so that two rows of one article keep their order in its
// text. An event's row id only says which build first stored it: an
// incremental build that stores an edited article's events anew would
// otherwise list them after a day's other rows, where a build from
// scratch lists them before.
const leadOrder = `coalesce(la.ext_id || char(31) || printf('%012d', ld.start), '')`

// leadJoin joins an event ev to its lead report ld and that report's
// article la, which headCols reads: its row of query_articles, without
// the text an articles row holds (a knowledge base built without the
// query tables orders by row id).
const leadJoin = ` LEFT JOIN doc_events ld ON ld.id = ev.lead LEFT JOIN query_articles la ON la.id = ld.article`

// headCols are the columns of an event row that scanHead reads: the
// event, its lead report's summary span, and (prepared) its names; the
// query joins its events ev with leadJoin.
func headCols(prepared bool) string {
	// The week of a row dated by its week, kept by the build, and the
	// article of its lead report.
	const week = "ev.week"
	const lead = ", coalesce(ld.article, 0), " + leadOrder
	if prepared {
		return `ev.id, ev.date, ev.precision, ev.planned, ev.reports,
		coalesce((SELECT text FROM query_event_cites WHERE event = ev.id AND n = 0), ''),
		coalesce((SELECT names FROM query_event_names WHERE event = ev.id), ''), ` + week + lead
	}
	return `ev.id, ev.date, ev.precision, ev.planned, ev.reports,
		coalesce((SELECT CAST(substr(CAST(a.text AS BLOB), d.start + 1, d.end - d.start) AS TEXT)
			FROM doc_events d JOIN articles a ON a.id = d.article WHERE d.id = ev.lead), ''), '', ` + week + lead
}

func scanHead(r *sql.Rows) (eventHead, error) {
	var h eventHead
	var names string
	err := r.Scan(&h.id, &h.row.Date, &h.row.Precision, &h.row.Planned, &h.row.Reports, &h.row.Summary, &names, &h.row.Week, &h.article, &h.order)
	h.row.Entities = splitList(names)
	return h, err
}

// eventHeads chooses and orders the events from the events table; only
// the chosen ones have their summaries cut out of the article texts.
func (s *Store) eventHeads(ctx context.Context, q TimelineQuery, prepared bool) ([]eventHead, error) {
	var conds []string
	var args []any
	if q.Entity != 0 {
		conds = append(conds, "ev.id IN (SELECT event FROM event_entities WHERE entity = ?)")
		args = append(args, q.Entity)
	}
	if q.Topic != "" {
		// FTS5 syntax typed is plain text, as in a search.
		topic := withoutColumnFilters(q.Topic)
		terms := Terms(foldLetters(topic))
		if len(terms) == 0 {
			return nil, nil
		}
		// Each word in the forms the archive holds, as !search reads
		// it: "!timeline flood" finds "the floods", "!timeline crash"
		// finds "crashed".
		clauses := withoutOperators(parseSearch(foldLetters(topic)))
		_, wide, err := s.searchGroups(ctx, clauses)
		if err != nil {
			return nil, err
		}
		words := make([]string, len(clauses))
		for i, c := range clauses {
			words[i] = strings.Join(c.words, " ")
		}
		groups := kindPhrases(words, formTexts(wide))
		context := make([][]string, len(groups))
		titled := make([][]string, len(groups))
		for i, g := range groups {
			if len(g) == 0 {
				return nil, nil
			}
			kind := kindOf(g)
			forms := append(numberForms(g[0]), kind.words...)
			for _, w := range append(forms, officerPhrases(g)...) {
				if !slices.Contains(groups[i], w) {
					groups[i] = append(groups[i], w)
				}
			}
			context[i] = kind.context
			titled[i] = append(slices.Clone(groups[i]), kind.titles...)
		}
		events, err := s.topicEvents(ctx, groups, context, prepared)
		if err != nil {
			return nil, err
		}
		c, a := "ev.id IN (SELECT value FROM json_each(?))", []any{events}
		heads, err := s.headsWhere(ctx, q, prepared, append(conds, c), append(args, a...))
		if err != nil || len(heads) >= q.Limit {
			// A topic the archive reports this often fills the answer
			// with the sentences naming it.
			return heads, err
		}
		news, err := s.headlineNews(ctx, titled, prepared)
		if err != nil || news == "[]" {
			return heads, err
		}
		nc, na := newsCond(news)
		conds, args = append(conds, "("+c+" OR "+nc+")"), append(append(args, a...), na...)
	}
	return s.headsWhere(ctx, q, prepared, conds, args)
}

// headsWhere chooses the events meeting conds (on ev, with their args)
// and q's dates, in timeline order, at most q.Limit.
func (s *Store) headsWhere(ctx context.Context, q TimelineQuery, prepared bool, conds []string, args []any) ([]eventHead, error) {
	c, a := rangeConds("ev.date", "ev.week", q.From, q.To)
	conds, args = append(conds, c...), append(args, a...)
	if q.Month > 0 {
		conds, args = append(conds, "substr(ev.date, 6, 2) = ?"), append(args, fmt.Sprintf("%02d", q.Month))
	}
	where := ""
	if len(conds) > 0 {
		where = "WHERE " + strings.Join(conds, " AND ")
	}
	return s.inLeadOrder(ctx, q.Limit, prepared, func(limit int) (string, []any) {
		return `SELECT ev.id AS id FROM events ev ` + where + ` ORDER BY ev.date, ev.reports DESC, ev.id LIMIT ?`, append(slices.Clone(args), limit)
	})
}

// entityEventHeads reads an entity's events, rows and all, from the list
// the build keeps in timeline order: the first rows are the answer, with
// no sort of every event a busy name has and no other table read.
func (s *Store) entityEventHeads(ctx context.Context, q TimelineQuery) ([]eventHead, error) {
	conds := []string{"qe.entity = ?"}
	args := []any{q.Entity}
	if q.From != "" {
		// The year bounds the range read on the list's index.
		conds = append(conds, "qe.date >= ?")
		args = append(args, q.From[:min(4, len(q.From))])
	}
	c, a := rangeConds("qe.date", "qe.week", q.From, q.To)
	conds, args = append(conds, c...), append(args, a...)
	if q.Month > 0 {
		conds, args = append(conds, "substr(qe.date, 6, 2) = ?"), append(args, fmt.Sprintf("%02d", q.Month))
	}
	// The rows hold what headCols reads.
	rows, err := s.query(ctx, `SELECT event, date, precision, planned, reports, summary, names, week, article, lead
		FROM query_entity_events qe WHERE `+strings.Join(conds, " AND ")+
		` ORDER BY qe.date, qe.reports DESC, qe.event LIMIT ?`, append(args, q.Limit)...)
	return leadOrdered(rows, err)
}

// inLeadOrder reads the first limit events in timeline order: by date,
// the more widely reported first, then by leadOrder. The keys query (at
// most limit rows) reads the events in index order, which ties by row
// id; the rows read are then put in leadOrder in Go, so that the rows a
// reader sees are in the same order whichever build stored them. Where a
// tie runs past the end of a page, which of the tied rows make the page
// is still the index's choice: breaking that tie would mean reading
// every tied row's lead, hundreds for a busy name on a busy day.
func (s *Store) inLeadOrder(ctx context.Context, limit int, prepared bool, keys func(limit int) (string, []any)) ([]eventHead, error) {
	q, a := keys(limit)
	rows, err := s.query(ctx, `WITH sel AS (`+q+`) SELECT `+headCols(prepared)+` FROM sel JOIN events ev ON ev.id = sel.id`+leadJoin, a...)
	return leadOrdered(rows, err)
}

// leadOrdered reads the event rows of a query (columns as headCols) and
// puts them in timeline order, ties by leadOrder.
func leadOrdered(rows *sql.Rows, err error) ([]eventHead, error) {
	heads, err := collect(rows, err, scanHead)
	if err != nil {
		return nil, err
	}
	slices.SortFunc(heads, headOrder)
	return heads, nil
}

// rangeConds are the SQL conditions on the date column col (an ISO date
// at its precision: 2026, 2026-11, 2026-11-02) of the events that lie
// within FROM to TO, both inclusive at their own precision. An event of a
// coarser period is in the range only when the whole period is: "Nov
// 2026" is in 2026-11-01 to 2026-11-30 and in 2026-10 to 2026-12, but
// neither it nor "2026" is in 2026-11-02 to 2026-11-03, where a reader
// asks what happened on those days. A row dated by its week (weekCol)
// is in the range when its week is (see weekConds).
func rangeConds(col, weekCol, from, to string) (conds []string, args []any) {
	if from != "" {
		c := col + " >= ?"
		args = append(args, from)
		for _, p := range periodsFrom(from) {
			c += " OR " + col + " = ?"
			args = append(args, p)
		}
		conds = append(conds, "("+c+")")
	}
	if to != "" {
		// Finer or equal dates up to TO, and coarser ones that end
		// before TO's period or with it.
		c := "substr(" + col + ", 1, ?) <= ? AND (length(" + col + ") >= ? OR " + col + " <> substr(?, 1, length(" + col + "))"
		args = append(args, len(to), to, len(to), to)
		for _, p := range periodsTo(to) {
			c += " OR " + col + " = ?"
			args = append(args, p)
		}
		conds = append(conds, c+")")
	}
	if wc, wa := weekConds(col, weekCol, from, to); wc != "" {
		conds, args = []string{"((" + strings.Join(conds, " AND ") + ") OR " + wc + ")"}, append(args, wa...)
	}
	return conds, args
}

// periodsFrom returns the coarser periods that begin with date: 2026-01
// and 2026 for 2026-01-01, 2026-11 for 2026-11-01.
func periodsFrom(date string) []string {
	var out []string
	for d := date; ; {
		head, tail, ok := cutLast(d)
		if !ok || tail != "01" {
			return out
		}
		out, d = append(out, head), head
	}
}

// periodsTo returns the coarser periods that end with date: 2026-12 and
// 2026 for 2026-12-31, 2026-11 for 2026-11-30.
func periodsTo(date string) []string {
	var out []string
	for d := date; ; {
		head, tail, ok := cutLast(d)
		if !ok {
			return out
		}
		last := "12"
		if strings.Count(head, "-") == 1 { // a day of a month
			t, err := time.Parse("2006-01", head)
			if err != nil {
				return out
			}
			last = strconv.Itoa(t.AddDate(0, 1, -1).Day())
		}
		if tail != last {
			return out
		}
		out, d = append(out, head), head
	}
}

// cutLast splits an ISO date at its last dash.
func cutLast(d string) (head, tail string, ok bool) {
	i := strings.LastIndexByte(d, '-')
	if i < 0 {
		return d, "", false
	}
	return d[:i], d[i+1:], true
}

// eventKind is a kind of event and the words news tells it with.
type eventKind struct {
	words []string
	// context are words that tell the kind only in an article that also
	// tells it by one of words: "the board rejected last month's
	// approach" in a report of merger talks, not "a new approach to
	// policing".
	context []string
	// titles are words that tell the kind in a headline, where a
	// sentence's context is missing: "Skater's appeal heard in Geneva".
	titles []string
}

// eventKinds are the kinds of event a topic timeline of one of their
// words finds by the others ("!timeline strike" finds "the nurses walked
// out", "a two-day stoppage").
var eventKinds = []eventKind{
	{words: []string{"strike", "strikes", "walkout", "walkouts", "walked out", "stoppage", "stoppages", "industrial action"}},
	{words: []string{"earthquake", "earthquakes", "quake", "quakes", "tremor", "tremors"}},
	{words: []string{"wildfire", "wildfires", "bushfire", "bushfires", "forest fire", "forest fires"}},
	{words: []string{"ceasefire", "ceasefires", "truce", "truces"}},
	{words: []string{"flood", "floods", "flooding", "flash floods"}},
	{words: []string{"storm", "storms", "typhoon", "hurricane", "cyclone"}},
	{words: []string{"resignation", "resigned", "stepped down", "steps down"}},
	// Jobs cut are layoffs in an article about them, not "tax cuts".
	{words: []string{"layoff", "layoffs", "lay-off", "lay-offs", "laid off", "lay off", "lays off", "laying off",
		"job cuts", "job losses", "redundancies"},
		context: []string{"jobs", "workforce", "headcount"}},
	{words: []string{"takeover", "takeovers", "acquisition", "acquisitions", "buyout", "buyouts", "merger", "mergers",
		"merge", "merges", "merged", "merging", "tie-up", "tie-ups"},
		context: []string{"bid", "bids", "approach", "approaches", "deal", "deals"}},
	// A breach or an attacker is a cyberattack's in an article about
	// one, not "a breach of the ceasefire".
	{words: []string{"cyberattack", "cyberattacks", "cyber attack", "cyber-attack", "hack", "hacks", "hacked", "hackers",
		"hacking", "ransomware", "data breach", "data breaches"},
		context: []string{"breach", "breaches", "attacker", "attackers"}},
	{words: []string{"theft", "thefts", "stolen", "steal", "steals", "stealing", "stole", "thief", "thieves",
		"burglary", "burglaries", "heist", "heists", "robbery", "robberies", "break-in", "break-ins", "broke into"}},
	// A suit is a lawsuit's in an article about one, not a tailor's.
	{words: []string{"lawsuit", "lawsuits", "sued", "sues", "suing", "class action", "class-action"},
		context: []string{"suit", "suits"}},
	{words: []string{"rescue", "rescues", "rescued", "rescuing", "rescuer", "rescuers"}},
	// A case heard is a hearing in an article or a headline about one,
	// not "residents heard a blast".
	{words: []string{"appeal", "appeals", "appealed"}},
	// Witnesses questioned or giving evidence are a hearing's in an
	// article about one: "will be questioned by MPs next Thursday",
	// "told a parliamentary committee on Thursday".
	{words: []string{"hearing", "hearings"}, context: append([]string{"heard"}, hearingContext...), titles: []string{"heard"}},
	{words: []string{"protest", "protests", "demonstration", "demonstrations"}},
	{words: []string{"collapse", "collapsed", "gave way"}},
	{words: []string{"launch", "launches", "launched", "liftoff", "lift-off", "lifted off", "blasted off"}},
	{words: []string{"death", "deaths", "died", "dies", "passed away"}},
	// Violence or protests erupt too: an eruption is a volcano's only in
	// an article about one.
	{words: []string{"volcano", "volcanoes", "volcanic"},
		context: []string{"erupt", "erupts", "erupted", "erupting", "eruption", "eruptions"}},
}

// kindOf returns the kind of event a group of a word's forms names, if it
// names one.
func kindOf(forms []string) eventKind {
	for _, kind := range eventKinds {
		if slices.ContainsFunc(forms, func(f string) bool { return slices.Contains(kind.words, strings.ToLower(f)) }) {
			return kind
		}
	}
	return eventKind{}
}

// eventSource is one report an event cites.
type eventSource struct {
	event int64
	sn    Snippet
}

func scanSource(r *sql.Rows) (eventSource, error) {
	var v eventSource
	sn, err := scanSnippetAfter(r, &v.event)
	v.sn = sn
	return v, err
}

// citedSources reads the reports each event cites from the list the
// build made (one per article, in rank order), at most maxSources each.
func (s *Store) citedSources(ctx context.Context, ids string, maxSources int, out []TimelineRow, pos map[int64]int) error {
	rows, err := s.query(ctx, `SELECT c.event, a.ext_id, a.title, a.source, a.url, a.published, c.start, c.end, c.text
		FROM json_each(?) j JOIN query_event_cites c ON c.event = j.value AND c.n < ? AND c.rank < ?
		JOIN query_articles a ON a.id = c.article
		ORDER BY c.event, c.n`, ids, maxSources, 2*maxSources)
	srcs, err := collect(rows, err, scanSource)
	for _, v := range srcs {
		row := &out[pos[v.event]]
		row.Sources = append(row.Sources, v.sn)
	}
	return err
}

// eventSources reads the reports of each event from event_members, for a
// knowledge base built without the query tables. The reports are ranked
// at build time (lead first, then by date); twice the cap leaves room for
// articles reporting an event twice, which are cited once.
func (s *Store) eventSources(ctx context.Context, ids string, maxSources int, out []TimelineRow, pos map[int64]int) error {
	rows, err := s.query(ctx, `SELECT em.event, `+snippetCols("d.start", "d.end")+`
		FROM json_each(?) j JOIN event_members em ON em.event = j.value AND em.rank < ?
		JOIN doc_events d ON d.id = em.doc_event JOIN articles a ON a.id = d.article
		ORDER BY em.event, em.rank`, ids, 2*maxSources)
	srcs, err := collect(rows, err, scanSource)
	if err != nil {
		return err
	}
	for _, v := range srcs {
		row := &out[pos[v.event]]
		row.Sources = append(row.Sources, v.sn)
	}
	for i := range out {
		out[i].Sources = onePerArticle(out[i].Sources)
		if len(out[i].Sources) > maxSources {
			out[i].Sources = out[i].Sources[:maxSources]
		}
	}
	return nil
}

// eventEntities names each event's entities, for a knowledge base built
// without the query tables.
func (s *Store) eventEntities(ctx context.Context, ids string, out []TimelineRow, pos map[int64]int) error {
	rows, err := s.query(ctx, `SELECT ee.event, e.name FROM json_each(?) j JOIN event_entities ee ON ee.event = j.value
		JOIN entities e ON e.id = ee.entity ORDER BY ee.event, e.articles DESC, e.name`, ids)
	type named struct {
		event int64
		name  string
	}
	names, err := collect(rows, err, func(r *sql.Rows) (named, error) {
		var v named
		err := r.Scan(&v.event, &v.name)
		return v, err
	})
	for _, v := range names {
		row := &out[pos[v.event]]
		row.Entities = append(row.Entities, v.name)
	}
	return err
}

// onePerArticle keeps the first snippet of each article: an event cites
// every outlet that reports it, each once.
func onePerArticle(sns []Snippet) []Snippet {
	seen := map[string]bool{}
	out := sns[:0]
	for _, sn := range sns {
		if !seen[sn.Article.ID] {
			seen[sn.Article.ID] = true
			out = append(out, sn)
		}
	}
	return out
}

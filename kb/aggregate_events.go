package kb

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"newsbot/extract/events"
)

// docEvents are the per-article events, in article order; Ref.Key is
// the index into the slices.
type docEvents struct {
	refs   []events.Ref
	ids    []int64
	arts   []int64
	extIDs []string
	// called are, by report, the names its article's first sentence
	// gives that the report calls by their kind ("the storm" for
	// Hurricane Delphine, see events.CalledByKind), or the organisation
	// its article is about when it names no one (see withSubjects).
	called map[int][]string
}

// textWords is the number of words below which an event's summary text is
// read for merging: reports with as many words alike are merged on their
// words (events.Merge), and reading every summary would cost a read of
// its article's text per event.
const textWords = 3

// eventRows are the per-article events as read (readEvents), for parse.
type eventRows struct {
	n     int     // rows of doc_events
	p     *packed // the rows' fields (eventFields)
	texts map[int64]string
	// texts are the summaries' texts of the events with few words, by
	// doc_events id (see textWords).
}

// eventFields are the fields of a doc_events row as readEvents reads
// them, in order.
var eventFields = []string{"#e.id", "#e.article", "#e.planned",
	"#e.start", "#e.end", "#e.tstart", "#e.tend", "e.date", "e.precision", "e.entities", "e.words", "e.week"}

// readEvents reads the per-article events and the summaries' texts of
// those with few words; parse makes them the input of merging, without
// the database.
func readEvents(ctx context.Context, tx *sql.Tx) (*eventRows, error) {
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM doc_events").Scan(&n); err != nil {
		return nil, err
	}
	p, err := readPacked(ctx, tx, packQuery("FROM doc_events e", eventFields...))
	if err != nil {
		return nil, fmt.Errorf("read events: %w", err)
	}
	// The events whose summary's text is read, in reading order: a pass
	// over the rows that takes their ids and words only.
	var few []int64
	q := *p
	for q.more() {
		id := q.num()
		for range 6 { // article … tend
			q.num()
		}
		q.text() // date
		q.text() // precision
		q.text() // entities
		if fewWords(q.text()) && q.err == nil {
			few = append(few, id)
		}
		q.text() // week
	}
	texts, err := readSummaries(ctx, tx, few)
	if err != nil {
		return nil, err
	}
	return &eventRows{n: n, p: p, texts: texts}, nil
}

// parse gives the events read, in article order, given the articles by
// id and their story and cast names (see nameSetsOf). It reads only its
// arguments: it runs on the merging's goroutine.
func (e *eventRows) parse(articles map[int64]docEntityRow, stories, casts map[int64][]string) (*docEvents, error) {
	n, p := e.n, &packed{s: e.p.s, err: e.p.err}
	refs, ids, arts, extIDs := make([]events.Ref, 0, n), make([]int64, 0, n), make([]int64, 0, n), make([]string, 0, n)
	ranks := make([]int, 0, n)
	for p.more() {
		var ev events.Event
		var r events.Ref
		id, art, planned := p.num(), p.num(), p.num()
		ev.Summary.Start, ev.Summary.End, ev.Time.Start, ev.Time.End = int(p.num()), int(p.num()), int(p.num()), int(p.num())
		ev.Date, ev.Precision, ev.Planned = p.text(), p.text(), planned != 0
		ents, words := p.text(), p.text()
		ev.Week = p.text()
		a, ok := articles[art]
		if !ok && p.err == nil {
			p.err = fmt.Errorf("event %d of no article", id)
		}
		r.Published, r.Source = a.published, a.source
		if ents != "" {
			ev.Entities = strings.Split(ents, sep)
		}
		ev.Words = strings.Fields(words)
		r.Article = a.extID
		r.Story = stories[art]
		r.Cast = casts[art]
		r.Key = len(refs) // an index into ids and arts
		r.Event = ev
		if t, ok := e.texts[id]; ok {
			r.Text = t
		}
		refs = append(refs, r)
		ids = append(ids, id)
		arts = append(arts, art)
		extIDs = append(extIDs, a.extID)
		ranks = append(ranks, a.rank)
	}
	if p.err == nil && len(refs) != n {
		p.err = fmt.Errorf("%d rows of %d", len(refs), n)
	}
	if p.err != nil {
		return nil, fmt.Errorf("read events: %w", p.err)
	}
	// In article order, whatever the row ids (see docEntities).
	order := articleOrder(len(refs), func(i int) (int, int64) { return ranks[i], ids[i] })
	out := &docEvents{refs: make([]events.Ref, len(refs)), ids: make([]int64, len(refs)), arts: make([]int64, len(refs)), extIDs: make([]string, len(refs))}
	for n, k := range order {
		r := refs[k]
		r.Key = n
		out.refs[n], out.ids[n], out.arts[n], out.extIDs[n] = r, ids[k], arts[k], extIDs[k]
	}
	return out, nil
}

// fewWords reports whether an event's words (as stored) are fewer than
// textWords, counted as SQLite's length(words) - length(replace(words,
// ' ', ”)) counts them: the spaces of valid UTF-8 without a NUL byte.
func fewWords(words string) bool {
	if strings.IndexByte(words, 0) < 0 && utf8.ValidString(words) {
		return strings.Count(words, " ") < textWords-1
	}
	return sqliteLength(words)-sqliteLength(strings.ReplaceAll(words, " ", "")) < textWords-1
}

// sqliteLength is SQLite's length of a text: its characters before the
// first NUL byte, a byte from 0x80 up taking the continuation bytes
// (0x80-0xbf) after it, whether or not they make a valid character.
func sqliteLength(s string) int {
	n := 0
	for i := 0; i < len(s) && s[i] != 0; n++ {
		c := s[i]
		i++
		if c >= 0x80 {
			for i < len(s) && s[i]&0xc0 == 0x80 {
				i++
			}
		}
	}
	return n
}

// readSummaries reads the summaries' texts of the events ids, by id.
func readSummaries(ctx context.Context, tx *sql.Tx, ids []int64) (map[int64]string, error) {
	texts := make(map[int64]string, len(ids))
	if len(ids) == 0 {
		return texts, nil
	}
	js, err := json.Marshal(ids)
	if err != nil {
		return nil, err
	}
	p, err := readPacked(ctx, tx, packQuery(`FROM doc_events e JOIN articles a ON a.id = e.article
		WHERE e.id IN (SELECT value FROM json_each(?))`,
		"#e.id", "CAST(substr(CAST(a.text AS BLOB), e.start + 1, e.end - e.start) AS TEXT)"), string(js))
	if err != nil {
		return nil, fmt.Errorf("read summaries: %w", err)
	}
	for p.more() {
		id, text := p.num(), p.text()
		if p.err == nil {
			texts[id] = text
		}
	}
	if p.err != nil {
		return nil, fmt.Errorf("read summaries: %w", p.err)
	}
	return texts, nil
}

// calledNames returns, by report, the names of its article's lead
// (leads, by article) it calls by their kind. Only the articles whose
// lead names something of a kind are read. Merging does not need them,
// only the timeline rows: they are read while the events are merged.
// subjects are the organisations the articles are about (see
// withSubjects).
func calledNames(ctx context.Context, tx *sql.Tx, evs *docEvents, leads, subjects map[int64][]string) (map[int][]string, error) {
	out := map[int][]string{}
	texts := map[int64]string{}
	for i, art := range evs.arts {
		if len(leads[art]) == 0 {
			continue
		}
		text, ok := texts[art]
		if !ok {
			if err := tx.QueryRowContext(ctx, "SELECT text FROM articles WHERE id = ?", art).Scan(&text); err != nil {
				return nil, fmt.Errorf("read article %d: %w", art, err)
			}
			texts[art] = text
		}
		sum := evs.refs[i].Event.Summary
		if sum.Start < 0 || sum.End > len(text) || sum.Start > sum.End {
			continue
		}
		for _, n := range leads[art] {
			if !slices.Contains(evs.refs[i].Event.Entities, n) && events.CalledByKind(text[sum.Start:sum.End], n) {
				out[i] = append(out[i], n)
			}
		}
	}
	return withSubjects(evs, out, subjects), nil
}

// withSubjects adds to called, by report, the organisation its article is
// about for the reports that name no one: in an article about an airline,
// "Normal schedules are expected to resume on Tuesday" and "About 920
// flights were cancelled" are the airline's, told without its name. An
// article about a person is left alone: its reports that name no one tell
// as often of what happened around them ("Operating profit was £41.2
// million" in a profile of a chief executive). An outlet naming itself
// most by the last word of its name ("the Ledger can reveal", "told the
// Ledger") tells its own reporting: its article is about someone else.
func withSubjects(evs *docEvents, called map[int][]string, subjects map[int64][]string) map[int][]string {
	for i, art := range evs.arts {
		if len(subjects[art]) > 0 && len(evs.refs[i].Event.Entities) == 0 && len(called[i]) == 0 &&
			!slices.ContainsFunc(subjects[art], func(n string) bool { return namesOwnOutlet(n, evs.refs[i].Source) }) {
			called[i] = subjects[art]
		}
	}
	return called
}

// leadNames returns, by article, the names its first sentence gives
// that events.CalledByKind may find in its later reports. rows are the
// doc_entities rows (a superset of those stored does no harm): only the
// few whose name is of a kind are looked for in the first sentences,
// rather than every first sentence's mentions read.
func leadNames(ctx context.Context, tx *sql.Tx, rows []docEntityRaw) (map[int64][]string, error) {
	var ids []int64
	kinds := map[string]bool{}
	for i := range rows {
		k, ok := kinds[rows[i].name]
		if !ok {
			k = isKindName(rows[i].name)
			kinds[rows[i].name] = k
		}
		if k {
			ids = append(ids, rows[i].id)
		}
	}
	if len(ids) == 0 {
		return map[int64][]string{}, nil
	}
	js, err := json.Marshal(ids)
	if err != nil {
		return nil, err
	}
	return articleNames(ctx, tx, "lead names", leadsOfQuery, isKindName, string(js))
}

// leadsOfQuery reads the names of the doc_entities given (as a JSON
// array) that the first sentences of their articles mention: the
// sentences starting where the article's first sentence that is not
// boilerplate does, as leadsQuery finds them.
const leadsOfQuery = `SELECT DISTINCT s.article, de.name FROM doc_entities de
		JOIN mentions m ON m.doc_entity = de.id
		JOIN sentences s ON s.id = m.sentence
		WHERE de.id IN (SELECT value FROM json_each(?))
		AND s.start = (SELECT min(f.start) FROM sentences f WHERE f.article = s.article AND f.boilerplate = 0)
		ORDER BY s.article, de.name`

// leadNamesOf is leadNames for the articles arts only.
func leadNamesOf(ctx context.Context, tx *sql.Tx, arts []int64) (map[int64][]string, error) {
	js, err := json.Marshal(arts)
	if err != nil {
		return nil, err
	}
	return articleNames(ctx, tx, "lead names", fmt.Sprintf(leadsQuery, "AND article IN (SELECT value FROM json_each(?))"),
		isKindName, string(js))
}

// leadsQuery reads the names of the articles' first sentences, the
// articles chosen by the condition put in at %s.
const leadsQuery = `WITH first AS (
			SELECT article, min(start) AS start FROM sentences WHERE boilerplate = 0 %s GROUP BY article)
		SELECT DISTINCT s.article, de.name FROM first f
		JOIN sentences s ON s.article = f.article AND s.start = f.start
		JOIN mentions m ON m.sentence = s.id
		JOIN doc_entities de ON de.id = m.doc_entity
		ORDER BY s.article, de.name`

// isKindName reports whether events.CalledByKind may find name called by
// its kind.
func isKindName(name string) bool { return events.KindOfName(name) != "" }

// articleNames reads (article, name) rows of query into names by
// article, those keep accepts (all when nil); what names them in errors.
func articleNames(ctx context.Context, tx *sql.Tx, what, query string, keep func(string) bool, args ...any) (map[int64][]string, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", what, err)
	}
	defer rows.Close()
	out := map[int64][]string{}
	for rows.Next() {
		var art int64
		var name string
		if err := rows.Scan(&art, &name); err != nil {
			return nil, fmt.Errorf("read %s: %w", what, err)
		}
		if keep == nil || keep(name) {
			out[art] = append(out[art], name)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", what, err)
	}
	return out, nil
}

// maxStoryNames bounds the names that tell what an article is about: an
// article naming many people equally often is about none of them.
const maxStoryNames = 3

// eventRec is one timeline event as it is to be stored.
type eventRec struct {
	date, precision string
	week            string // of the report that dates it, when it dates it by the week
	planned         bool
	lead            int64 // doc_events id
	reports         int
	members         []int64 // doc_events ids, in rank order
	entities        []int64
	sig             string
	idx             []int // the reports (indexes into docEvents), in article order
}

// eventRecs prepares the timeline rows of the merged events; towns gives
// the place of a venue (see venueTowns).
func eventRecs(evs *docEvents, groups [][]events.Ref, byName map[articleName]int64, towns map[int64]int64) []eventRec {
	return withEntities(evs, eventBases(evs, groups), byName, towns)
}

// eventBases prepares the timeline rows of the merged events but for
// their entities and digests, which need the entities' ids (see
// withEntities): the rows of event_members are known once the events are
// merged.
func eventBases(evs *docEvents, groups [][]events.Ref) []eventRec {
	recs := make([]eventRec, 0, len(groups))
	for _, g := range groups {
		if len(g) > 0 {
			recs = append(recs, eventBase(evs, g))
		}
	}
	return recs
}

// withEntities completes the rows eventBases prepared with their entities
// and digests.
func withEntities(evs *docEvents, recs []eventRec, byName map[articleName]int64, towns map[int64]int64) []eventRec {
	d := newDigest()
	for i := range recs {
		addEntities(evs, &recs[i], byName, towns, d)
	}
	return recs
}

// storeEvents stores the merged events as timeline rows: those whose
// digest the previous build did not store are written, those it stored
// and no longer has are deleted. With membersStored, a full aggregation
// wrote the events' members already (prefillEvents).
func storeEvents(ctx context.Context, tx *sql.Tx, recs []eventRec, prev *previousRows, rep *Report, ch *changes, membersStored bool) error {
	rep.Events += len(recs)
	sigs := make([]string, len(recs))
	for i, r := range recs {
		sigs[i] = r.sig
	}
	ids, fresh, stale := reuse(prev, sigs)
	if membersStored {
		// prefillEvents numbered the events 1, 2, … as they are.
		if len(fresh) != len(recs) || len(stale) != 0 {
			return errors.New("events written beforehand are not all new")
		}
		for i, id := range ids {
			if id != int64(i+1) {
				return fmt.Errorf("event %d written beforehand as %d", id, i+1)
			}
		}
	}
	if err := deleteIDs(ctx, tx, stale, [2]string{"events", "id"}, [2]string{"event_members", "event"},
		[2]string{"event_entities", "event"}); err != nil {
		return err
	}
	insEv := newBulk(tx, "events", "id", "date", "precision", "week", "planned", "lead", "reports", "sig")
	insMem := newBulk(tx, "event_members", "event", "doc_event", "rank")
	insEnt := newBulk(tx, "event_entities", "event", "entity")
	ch.staleEvents = stale
	for _, i := range fresh {
		r, id := &recs[i], ids[i]
		ch.freshEvents = append(ch.freshEvents, id)
		if err := insEv.add(ctx, id, r.date, r.precision, r.week, r.planned, r.lead, r.reports, r.sig); err != nil {
			return err
		}
		for rank, m := range r.members {
			if membersStored {
				break // written already
			}
			if err := insMem.add(ctx, id, m, rank); err != nil {
				return err
			}
		}
		for _, e := range r.entities {
			if err := insEnt.add(ctx, id, e); err != nil {
				return err
			}
		}
	}
	for _, b := range []*bulk{insEv, insMem, insEnt} {
		if err := b.flush(ctx); err != nil {
			return err
		}
	}
	return nil
}

// eventBase prepares the rows of one merged event but for its entities
// and digest (see addEntities).
func eventBase(evs *docEvents, g []events.Ref) eventRec {
	refs, ids, arts, extIDs := evs.refs, evs.ids, evs.arts, evs.extIDs
	idx := make([]int, len(g))
	for i, r := range g {
		idx[i] = r.Key
	}
	sort.Ints(idx)
	dated, lead := leadReports(refs, idx)
	planned := true
	reporting := map[int64]bool{}
	for _, i := range idx {
		planned = planned && refs[i].Event.Planned
		reporting[arts[i]] = true
	}
	ev := refs[dated].Event
	r := eventRec{date: ev.Date, precision: ev.Precision, week: ev.Week, planned: planned, lead: ids[lead], reports: len(reporting)}
	// The reports in the order a timeline row cites them: the lead first,
	// then the earliest articles, so that a query reads only the first few
	// of an event reported thousands of times.
	byRank := append([]int(nil), idx...)
	sort.SliceStable(byRank, func(a, b int) bool {
		i, j := byRank[a], byRank[b]
		if (i == lead) != (j == lead) {
			return i == lead
		}
		if refs[i].Published != refs[j].Published {
			return refs[i].Published < refs[j].Published
		}
		return extIDs[i] < extIDs[j]
	})
	// An article that tells the event twice (its lead and a later
	// paragraph) is cited for it once before any article is cited twice.
	cited := map[int64]bool{}
	var again []int
	for _, i := range byRank {
		if cited[arts[i]] {
			again = append(again, i)
			continue
		}
		cited[arts[i]] = true
		r.members = append(r.members, ids[i])
	}
	for _, i := range again {
		r.members = append(r.members, ids[i])
	}
	r.idx = idx
	return r
}

// addEntities gives the event r its entities, those its reports name
// (byName) and the places of its venues (towns), and its digest; d is
// the digest it computes the sig with, reset first.
func addEntities(evs *docEvents, r *eventRec, byName map[articleName]int64, towns map[int64]int64, d *digest) {
	arts := evs.arts
	seen := map[int64]bool{}
	// Entities in the order of the reports as stored, so that the digest
	// does not depend on map order.
	for _, i := range r.idx {
		for _, name := range reportNames(evs, i) {
			if e, ok := byName[articleName{arts[i], name}]; ok && !seen[e] {
				seen[e] = true
				r.entities = append(r.entities, e)
			}
		}
	}
	for _, e := range r.entities {
		if t, ok := towns[e]; ok && !seen[t] {
			seen[t] = true
			r.entities = append(r.entities, t)
		}
	}
	d.reset().add(r.date, r.precision, r.week, r.planned, r.lead, r.reports, len(r.members))
	for _, m := range r.members {
		d.add(m)
	}
	for _, e := range r.entities {
		d.add(e)
	}
	r.sig = d.sum()
}

// reportNames returns the participants of report i: those it names,
// then what its article's lead names and the report calls by its kind
// ("the storm" in an article that opened on Hurricane Delphine).
func reportNames(evs *docEvents, i int) []string {
	if len(evs.called[i]) == 0 {
		return evs.refs[i].Event.Entities
	}
	return append(slices.Clip(evs.refs[i].Event.Entities), evs.called[i]...)
}

// precisionRank orders the precisions of dates, coarsest first (0 for
// none of them).
func precisionRank(p string) int {
	switch p {
	case "year":
		return 1
	case "month":
		return 2
	case "day":
		return 3
	}
	return 0
}

// leadReports picks, among the reports idx of one event (in article
// order), the one that dates it and the one whose summary is shown. The
// group is dated by its most precise report: "on 24 February 2022"
// rather than another outlet's "in 2022"; of reports alike precise, the
// one published first, so that an original wire story shows its own
// words rather than a later copy's rewording of them. A group that
// merges what was announced with what then happened is shown by the
// latest report of what happened, the most precise of those: "Erdogan
// toured Malatya on Thursday", not "Erdogan is expected to visit on
// Thursday".
func leadReports(refs []events.Ref, idx []int) (dated, lead int) {
	dated = idx[0]
	for _, i := range idx[1:] {
		if pi, pd := precisionRank(refs[i].Event.Precision), precisionRank(refs[dated].Event.Precision); pi > pd || pi == pd && publishedBefore(refs[i].Published, refs[dated].Published) {
			dated = i
		}
	}
	lead = dated
	if !refs[lead].Event.Planned {
		return dated, fuller(refs, idx, dated)
	}
	lead = -1
	opens := opensOnEvent(refs, idx)
	for _, i := range idx {
		if refs[i].Event.Planned {
			continue
		}
		if lead < 0 || opens[i] && !opens[lead] || opens[i] == opens[lead] && shownActual(refs[i], refs[lead]) {
			lead = i
		}
	}
	if lead < 0 {
		return dated, dated
	}
	// A report not opening on what was announced may be a fragment of a
	// few words besides its figures that another tells in full; and any
	// report of what happened may be a fragment ("the leisure centre,
	// which opened on Saturday") that another tells in more words.
	if !opens[lead] {
		if f := fullerThanFragment(refs, idx, lead); f != lead {
			return dated, f
		}
	}
	return dated, fuller(refs, idx, lead)
}

// openWords is how many opening words of a report stand for its subject
// and verb.
const openWords = 2

// opensOnEvent returns the reports of idx whose opening words (subject
// and verb, figures left out) share a word with a plan of the event in
// another article: they tell what was planned in their main clause. "They
// married two years later at the church where hundreds gathered for a
// vigil on Thursday" tells of a wedding, with the vigil in a relative
// clause; "About 600 people attended a vigil on Thursday" tells the vigil
// "Hundreds of people are expected at" on Thursday.
func opensOnEvent(refs []events.Ref, idx []int) map[int]bool {
	out := map[int]bool{}
	// The words of the plans, each with the first article planning with
	// it and whether another article does too.
	type planWord struct {
		article string
		more    bool
	}
	planned := map[string]planWord{}
	for _, j := range idx {
		if !refs[j].Event.Planned {
			continue
		}
		for _, w := range refs[j].Event.Words {
			if p, ok := planned[w]; !ok {
				planned[w] = planWord{article: refs[j].Article}
			} else if p.article != refs[j].Article {
				planned[w] = planWord{article: p.article, more: true}
			}
		}
	}
	if len(planned) == 0 {
		return out
	}
	for _, i := range idx {
		n := 0
		for k, w := range refs[i].Event.Words {
			if n == openWords {
				break
			}
			if strings.ContainsAny(w, "#@") || strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' }) < 0 || figureUnit(refs[i].Event.Words, k) {
				continue
			}
			n++
			if p, ok := planned[w]; ok && (p.more || p.article != refs[i].Article) {
				out[i] = true
				break
			}
		}
	}
	return out
}

// publishedBefore reports whether publication date a is known and comes
// before b (an unknown date comes after every known one).
func publishedBefore(a, b string) bool {
	return a != "" && (b == "" || a < b)
}

// laterActual reports whether report a is to be shown rather than b: more
// precise, else published later.
// fragmentWords is the most content words a summary has that another
// report of the event may stand in for.
const fragmentWords = 5

// fuller returns, for a lead report whose summary is a fragment ("The
// floods, which hit on Sunday afternoon"), the report of the same
// precision that tells the event in at least twice its words, the one
// with the most; else lead.
func fuller(refs []events.Ref, idx []int, lead int) int {
	n := len(refs[lead].Event.Words)
	if n > fragmentWords {
		return lead
	}
	best := lead
	for _, i := range idx {
		e := refs[i].Event
		if !e.Planned && e.Precision == refs[lead].Event.Precision && len(e.Words) >= 2*max(n, 1) && len(e.Words) > len(refs[best].Event.Words) {
			best = i
		}
	}
	return best
}

func laterActual(a, b events.Ref) bool {
	if pa, pb := precisionRank(a.Event.Precision), precisionRank(b.Event.Precision); pa != pb {
		return pa > pb
	}
	return a.Published > b.Published
}

// jsonString is a list as a JSON array for json_each.
func jsonString[T any](l []T) (string, error) {
	b, err := json.Marshal(l)
	return string(b), err
}

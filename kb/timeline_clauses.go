package kb

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/events"
)

// Two reports of one sentence may be given the whole sentence as their
// summary: "Mayor Ines Holt said on Monday she would meet the unions next
// week" is both what she said on Monday and what she plans for next week,
// and a timeline showing it twice reads as a repeat. When the sentence
// reports what was said, the row of what was said keeps its own clause,
// "she would meet the unions next week". The row of the saying keeps the
// whole summary: "Mayor Ines Holt said on Monday" alone says nothing.

// spanPair is two rows whose lead reports share one summary span.
type spanPair struct{ a, b int }

// sharedSpans returns the pairs of rows led by reports of one article
// with the same summary; a summary three rows share is left alone.
func sharedSpans(heads []eventHead) []spanPair {
	type key struct {
		article int64
		summary string
	}
	first := map[key]int{}
	count := map[key]int{}
	for i, h := range heads {
		if h.row.Summary == "" {
			continue
		}
		k := key{h.article, h.row.Summary}
		if _, ok := first[k]; !ok {
			first[k] = i
		}
		count[k]++
	}
	var out []spanPair
	for i, h := range heads {
		k := key{h.article, h.row.Summary}
		if j, ok := first[k]; ok && j != i && count[k] == 2 {
			out = append(out, spanPair{j, i})
		}
	}
	return out
}

// leadTime is where a lead report's time expression lies in its summary.
type leadTime struct {
	event      int64
	start, end int // byte offsets into the summary
}

// ownClauses gives the later row of each pair sharing a summary its own
// clause, when the sentence reports it after a saying the earlier row
// dates (see splitReported); the citations quoting the summary are
// narrowed with it. The saying's row keeps the summary whole, since a
// subject, a verb of saying and a date tell nothing.
func (s *Store) ownClauses(ctx context.Context, heads []eventHead, out []TimelineRow) error {
	pairs := sharedSpans(heads)
	if len(pairs) == 0 {
		return nil
	}
	var ids []int64
	for _, p := range pairs {
		ids = append(ids, heads[p.a].id, heads[p.b].id)
	}
	js, _ := json.Marshal(ids)
	rows, err := s.query(ctx, `SELECT ev.id, d.tstart - d.start, d.tend - d.start FROM events ev JOIN doc_events d ON d.id = ev.lead
		WHERE ev.id IN (SELECT value FROM json_each(?))`, string(js))
	times, err := collect(rows, err, func(r *sql.Rows) (leadTime, error) {
		var t leadTime
		err := r.Scan(&t.event, &t.start, &t.end)
		return t, err
	})
	if err != nil {
		return fmt.Errorf("own clauses: %w", err)
	}
	at := map[int64]leadTime{}
	for _, t := range times {
		at[t.event] = t
	}
	for _, p := range pairs {
		a, b := p.a, p.b
		ta, oka := at[heads[a].id]
		tb, okb := at[heads[b].id]
		if !oka || !okb || ta.start == tb.start {
			continue
		}
		if tb.start < ta.start {
			a, b, ta, tb = b, a, tb, ta
		}
		summary := out[a].Summary
		_, from, ok := splitReported(summary, ta.start, ta.end, tb.start)
		if !ok {
			continue
		}
		narrowRow(&out[b], summary, from, len(summary))
	}
	return nil
}

// narrowRow sets a row's summary to summary[from:to], and so its citations
// that quote the summary.
func narrowRow(r *TimelineRow, summary string, from, to int) {
	r.Summary = summary[from:to]
	for i, sn := range r.Sources {
		if sn.Text == summary {
			r.Sources[i].Start, r.Sources[i].End, r.Sources[i].Text = sn.Start+from, sn.Start+to, r.Summary
		}
	}
}

// reportPronouns open the clause of what someone said they would do:
// "said on Monday she would …".
var reportPronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true}

// splitReported cuts a summary after its first time expression (at
// [start, end)) when a reported clause follows it and holds the second time
// expression (starting at next): "that" or a pronoun opening it ("said
// on Monday she would meet the unions next week", "announced on Tuesday
// that the plant would close in May"), after a verb of saying that the
// expression dates (see saidAt). It
// returns the end of the first clause and the start of the second;
// "that" is left out of both.
func splitReported(summary string, start, end, next int) (cut, from int, ok bool) {
	if start < 0 || end <= start || end >= next || next > len(summary) {
		return 0, 0, false
	}
	i := end
	for i < len(summary) && (summary[i] == ' ' || summary[i] == ',') {
		i++
	}
	word := func(at int) (string, int) {
		j := at
		for j < len(summary) && unicode.IsLetter(rune(summary[j])) {
			j++
		}
		return strings.ToLower(summary[at:j]), j
	}
	w, j := word(i)
	if w == "that" {
		from = j
		for from < len(summary) && summary[from] == ' ' {
			from++
		}
	} else if reportPronouns[w] && j < len(summary) && summary[j] == ' ' {
		from = i
	} else {
		return 0, 0, false
	}
	if from >= next {
		return 0, 0, false
	}
	if !saidAt(summary[:start]) {
		return 0, 0, false
	}
	return len(strings.TrimRight(summary[:end], " ,")), from, true
}

// sayingVerbs are the verbs that report what follows them: the first
// clause must tell the saying ("On Monday she met the unions" is one
// clause, not two).
var sayingVerbs = map[string]bool{"said": true, "says": true, "told": true, "announced": true, "added": true,
	"confirmed": true, "stated": true, "promised": true, "pledged": true, "warned": true, "vowed": true,
	"insisted": true, "declared": true, "disclosed": true, "revealed": true}

// saidAt reports a verb of saying ending s, the text before the first
// time expression, but for a preposition: "said on Monday", "announced
// Friday"; not "said that by the end of 1987", whose date is the reported
// clause's, nor "expects to report profits in fiscal 1987".
func saidAt(s string) bool {
	ws := lowerWords(s)
	for i := len(ws) - 1; i >= 0 && len(ws)-i <= 3; i-- {
		if sayingVerbs[ws[i]] {
			return true
		}
		if !timePrepositions[ws[i]] {
			return false
		}
	}
	return false
}

// timePrepositions may stand between a verb of saying and the time
// expression that dates it, when the expression does not hold them.
var timePrepositions = map[string]bool{"on": true, "in": true, "at": true, "during": true, "over": true,
	"earlier": true, "late": true, "early": true, "the": true}

// A row cut from the second of two predicates joined by "and" has no
// subject of its own: "prosecutors opened an inquiry on 2 March and will
// decide next week whether to summon Ruiz" gives the row "will decide
// next week whether to summon Ruiz". Its subject is the first
// predicate's, which the row shows before it, "(prosecutors) will decide
// …", when it is no participant the naming of a row (events.Named) could
// give: without it, the one person the row leaves unwritten would be
// taken for the subject, and Ruiz would decide whether to summon herself.

// maxSubjectWords bounds the subject read before a first predicate.
const maxSubjectWords = 5

// clauseVerbs open a predicate: auxiliaries, modals and verbs of saying.
var clauseVerbs = map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true, "have": true,
	"had": true, "will": true, "would": true, "could": true, "can": true, "may": true, "might": true,
	"should": true, "must": true, "shall": true, "said": true, "says": true, "told": true, "did": true, "does": true}

// subjectPronouns are subjects the naming of a row already handles.
var subjectPronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true}

// coordinatedSubject returns the subject of the predicate that the
// clause starting at sentence[from:] is joined to by "and", read in
// sentence: the words of the first predicate's clause (after its last
// comma) before its verb, a word in -ed or a verb of clauseVerbs.
// names are the row's participants: a subject that writes one, or a
// pronoun, is left to the row's naming, and ok is false.
func coordinatedSubject(sentence string, from int, names []string) (subject string, ok bool) {
	if from <= 0 || from > len(sentence) {
		return "", false
	}
	r, _ := utf8.DecodeRuneInString(sentence[from:])
	if !unicode.IsLower(r) {
		return "", false
	}
	before, ok := strings.CutSuffix(strings.TrimRight(sentence[:from], " "), " and")
	if !ok || strings.HasSuffix(before, ",") {
		return "", false
	}
	clause := before
	if i := strings.LastIndexAny(clause, ",;:"); i >= 0 {
		clause = clause[i+1:]
	}
	clause = reportedClause(clause)
	words := strings.Fields(clause)
	for i, w := range words {
		lw := strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }))
		if !clauseVerbs[lw] && !(len(lw) > 4 && strings.HasSuffix(lw, "ed")) {
			continue
		}
		if i == 0 || i > maxSubjectWords {
			return "", false
		}
		subject = strings.Join(words[:i], " ")
		break
	}
	if subject == "" || subjectPronouns[strings.ToLower(subject)] || strings.ContainsAny(subject, "\"“”()") {
		return "", false
	}
	for _, n := range names {
		for _, w := range strings.Fields(n) {
			if len(w) > 2 && strings.Contains(strings.ToLower(subject), strings.ToLower(w)) {
				return "", false
			}
		}
	}
	if first, rest, _ := strings.Cut(subject, " "); rest != "" && (first == "The" || first == "A" || first == "An") {
		subject = strings.ToLower(first) + " " + rest
	}
	return subject, true
}

// reportedClause returns what follows "that" after a verb of saying in
// clause, or clause itself: in "said on Thursday that a new ballot would
// open on Monday and close in December" the second predicate's subject
// is the reported clause's ("a new ballot"), not the speaker.
func reportedClause(clause string) string {
	ws := strings.Fields(clause)
	for i := len(ws) - 1; i > 0; i-- {
		if strings.ToLower(ws[i]) != "that" {
			continue
		}
		for j := i - 1; j >= 0 && i-j <= 4; j-- {
			if sayingVerbs[strings.ToLower(ws[j])] {
				return strings.Join(ws[i+1:], " ")
			}
		}
		return clause
	}
	return clause
}

// clauseSubjects sets the Subject of each row whose summary is a second
// predicate cut from inside its sentence (see coordinatedSubject).
func (s *Store) clauseSubjects(ctx context.Context, out []TimelineRow) error {
	type cand struct {
		R int    `json:"r"`
		A string `json:"a"`
		S int    `json:"s"`
		E int    `json:"e"`
	}
	var cands []cand
	for i := range out {
		r := &out[i]
		if len(r.Sources) == 0 || r.Sources[0].Text != r.Summary {
			continue
		}
		if c, _ := utf8.DecodeRuneInString(r.Summary); !unicode.IsLower(c) {
			continue
		}
		sn := r.Sources[0]
		cands = append(cands, cand{i, sn.Article.ID, sn.Start, sn.End})
	}
	if len(cands) == 0 {
		return nil
	}
	// The sentences holding the rows' summaries, in one query.
	js, err := json.Marshal(cands)
	if err != nil {
		return fmt.Errorf("clause subjects: %w", err)
	}
	rows, err := s.query(ctx, `SELECT j.value ->> 'r', CAST(substr(CAST(a.text AS BLOB), st.start + 1, st.end - st.start) AS TEXT), st.start
		FROM json_each(?) j JOIN articles a ON a.ext_id = j.value ->> 'a'
		JOIN sentences st ON st.article = a.id AND st.start <= j.value ->> 's' AND st.end >= j.value ->> 'e'`, string(js))
	type holder struct {
		row, start int
		text       string
	}
	found, err := collect(rows, err, func(r *sql.Rows) (holder, error) {
		var h holder
		err := r.Scan(&h.row, &h.text, &h.start)
		return h, err
	})
	if err != nil {
		return fmt.Errorf("clause subjects: %w", err)
	}
	done := map[int]bool{}
	for _, h := range found {
		if done[h.row] {
			continue
		}
		done[h.row] = true
		r := &out[h.row]
		if subj, ok := coordinatedSubject(h.text, r.Sources[0].Start-h.start, r.Entities); ok {
			r.Subject = subj
		}
	}
	return nil
}

// A row that opens with a quotation names its speaker after it, often by
// a pronoun: "“The vote is a relief,” she told reporters on Monday." The
// pronoun is named as one opening a row is ("she (Ines Holt) told …"),
// among the participants the quotation does not write: a name written
// inside it is whom the speaker speaks of.

// quoteLedNamed returns shown, the row's summary as naming left it, with
// the pronoun after an opening quotation named, when naming left the
// summary as it was. person is the timeline's subject, or "".
func quoteLedNamed(summary string, names []string, person, shown string) string {
	if shown != summary {
		return shown
	}
	open, size := utf8.DecodeRuneInString(summary)
	if open != '"' && open != '“' {
		return summary
	}
	close := strings.IndexAny(summary[size:], "\"”")
	if close < 0 {
		return summary
	}
	quote := summary[size : size+close]
	at := size + close
	_, csize := utf8.DecodeRuneInString(summary[at:])
	at += csize
	rest := strings.TrimLeft(summary[at:], " ")
	if !strings.HasSuffix(strings.TrimRight(quote, " "), ",") || rest == "" {
		return summary
	}
	at = len(summary) - len(rest)
	var left []string
	for _, n := range names {
		if !events.HasWord(strings.ToLower(quote), strings.ToLower(lastName(n))) {
			left = append(left, n)
		}
	}
	var named string
	if person != "" && slices.Contains(left, person) {
		named = events.NamedFor(rest, left, person)
	} else {
		named = events.Named(rest, left)
	}
	if named == rest {
		return summary
	}
	// Naming opens the cut with a capital, as a row's first word; here
	// the pronoun stays as the sentence writes it.
	return summary[:at] + rest[:1] + named[1:]
}

// lastName is the last word of a name.
func lastName(n string) string {
	f := strings.Fields(n)
	if len(f) == 0 {
		return n
	}
	return f[len(f)-1]
}

package kb

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"slices"
)

// posting is one sentence holding a word: its id, its length in tokens
// and how often the word occurs in it.
type posting struct {
	id   int64
	size uint32
	freq uint32
}

// appendPosting encodes p after the posting with id prev.
func appendPosting(buf []byte, prev int64, p posting) []byte {
	buf = binary.AppendUvarint(buf, uint64(p.id-prev))
	if p.freq > 1 {
		buf = binary.AppendUvarint(buf, uint64(p.size)<<1|1)
		return binary.AppendUvarint(buf, uint64(p.freq))
	}
	return binary.AppendUvarint(buf, uint64(p.size)<<1)
}

var errBadPostings = errors.New("damaged postings")

// cursor reads a postings list in order without decoding it whole: a
// search for common words steps through hundreds of thousands.
type cursor struct {
	buf []byte
	posting
	done bool
	err  error
}

func newCursor(buf []byte) *cursor {
	c := &cursor{buf: buf}
	c.next()
	return c
}

// uvarint decodes one value, the one-byte case inline.
func (c *cursor) uvarint() uint64 {
	if len(c.buf) > 0 && c.buf[0] < 0x80 {
		v := uint64(c.buf[0])
		c.buf = c.buf[1:]
		return v
	}
	v, n := binary.Uvarint(c.buf)
	if n <= 0 {
		c.err, c.buf = errBadPostings, nil
		return 0
	}
	c.buf = c.buf[n:]
	return v
}

// next moves to the next posting; done is set past the last.
func (c *cursor) next() {
	if c.done || len(c.buf) == 0 {
		c.done = true
		return
	}
	c.id += int64(c.uvarint())
	sz := c.uvarint()
	c.size, c.freq = uint32(sz>>1), 1
	if sz&1 == 1 {
		c.freq = uint32(c.uvarint())
	}
	if c.err != nil {
		c.done = true
	}
}

// seek moves to the first posting with an id of at least id. Postings of
// two one-byte values (a near id, a short sentence, the word once: most
// of a common word's) are stepped over without decoding.
func (c *cursor) seek(id int64) {
	for !c.done && c.id < id {
		b, x := c.buf, c.id
		for len(b) >= 2 && b[0] < 0x80 && b[1] < 0x80 && b[1]&1 == 0 {
			x += int64(b[0])
			if x >= id {
				c.id, c.size, c.freq, c.buf = x, uint32(b[1]>>1), 1, b[2:]
				return
			}
			b = b[2:]
		}
		c.id, c.buf = x, b
		c.next()
	}
}

// sqliteVarint decodes SQLite's big-endian varint, as FTS5 stores sizes
// and totals.
func sqliteVarint[T string | []byte](b T) (uint64, int) {
	var v uint64
	for i := 0; i < len(b) && i < 9; i++ {
		if i == 8 {
			return v<<8 | uint64(b[i]), 9
		}
		v = v<<7 | uint64(b[i]&0x7f)
		if b[i]&0x80 == 0 {
			return v, i + 1
		}
	}
	return 0, 0
}

// plainTerm reports whether an FTS5 token (or a search word) is ASCII
// letters and digits only: such a word is one token, its lower case, for
// the unicode61 tokenizer, so its postings answer for it exactly.
func plainTerm(t string) bool {
	if t == "" {
		return false
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// prepareTerms writes every plain word's postings, read from the FTS5
// index itself (readTerms), so that they hold exactly what a MATCH finds.
// Unless the delta is a full refill only the words it names are written
// again (see patchTerms).
func prepareTerms(ctx context.Context, tx *sql.Tx, d *delta) error {
	if !d.full {
		return patchTerms(ctx, tx, d)
	}
	terms, err := readTerms(ctx, tx)
	if err != nil {
		return err
	}
	return storeTerms(ctx, tx, terms)
}

// storeTerms fills query_terms with the rows of terms.
func storeTerms(ctx context.Context, tx *sql.Tx, terms *termRows) error {
	if _, err := tx.ExecContext(ctx, "DELETE FROM query_terms"); err != nil {
		return err
	}
	// Many rows a statement: their ids follow one another as they would
	// one by one.
	ins := newBulk(tx, "query_terms", "term", "df", "postings", "bits", "repeats")
	for _, t := range terms.rows {
		if err := ins.add(ctx, t.term, t.df, t.postings, t.bits, t.repeats); err != nil {
			return err
		}
	}
	return ins.flush(ctx)
}

// termRow is one row of query_terms.
type termRow struct {
	term                    string
	df                      int
	postings, bits, repeats []byte
}

// termRows are the rows of query_terms, in the order of the index's words.
type termRows struct {
	rows []termRow
}

// readTerms reads every plain word's postings from the full-text index:
// from its leaf pages when it is one segment (readSegmentTerms), else
// through fts5vocab. It only reads, so a build runs it as soon as the
// index is final, while the corpus-wide clustering keeps the other cores
// busy.
func readTerms(ctx context.Context, tx *sql.Tx) (*termRows, error) {
	sizes, count, err := sentenceSizes(ctx, tx)
	if err != nil {
		return nil, err
	}
	terms, err := readSegmentTerms(ctx, tx, sizes, count)
	if !errors.Is(err, errSegmentLayout) {
		return terms, err
	}
	return readVocabTerms(ctx, tx, sizes, count)
}

// readVocabTerms reads every plain word's postings through fts5vocab,
// given the sentences' sizes and count (sentenceSizes).
func readVocabTerms(ctx context.Context, tx *sql.Tx, sizes []uint32, count int) (*termRows, error) {
	if _, err := tx.ExecContext(ctx, "CREATE VIRTUAL TABLE temp.query_vocab USING fts5vocab(main, sentence_fts, instance)"); err != nil {
		return nil, err
	}
	defer tx.ExecContext(context.WithoutCancel(ctx), "DROP TABLE temp.query_vocab")
	// One row a word, its sentence ids in order, once per occurrence:
	// fts5vocab lists instances by word and sentence, so the grouping
	// needs no sort, and far fewer rows cross into Go than instances.
	rows, err := tx.QueryContext(ctx, "SELECT term, group_concat(doc) FROM temp.query_vocab GROUP BY term")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := &termRows{}
	for rows.Next() {
		var term string
		var docs sql.RawBytes
		if err := rows.Scan(&term, &docs); err != nil {
			return nil, err
		}
		if !plainTerm(term) || len(docs) == 0 {
			continue
		}
		t := termRow{term: term}
		t.postings, t.df = encodeInstances(nil, docs, sizes)
		if t.df*denseShare > count {
			t.bits, t.repeats = denseLists(t.postings, len(sizes))
		}
		out.rows = append(out.rows, t)
	}
	return out, rows.Err()
}

// patchTerms updates the postings of the words a rebuild touched: the
// sentences that left the index are dropped from each list, and those
// that entered it are appended, tokenised by a scratch FTS5 table set up
// as the index is, so that they hold what the index holds. New sentences
// have ids above every id given before (sentences.id never repeats), so
// appending keeps each list in order. This reads the lists of the words
// touched, not the index: a common word's list is patched in
// milliseconds, where reading it from fts5vocab took a tenth of a second.
func patchTerms(ctx context.Context, tx *sql.Tx, d *delta) error {
	if len(d.words) == 0 && len(d.newSentences) == 0 {
		return nil
	}
	var maxID int64
	var count int
	if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(id), 0), count(*) FROM sentence_fts_docsize").Scan(&maxID, &count); err != nil {
		return err
	}
	add, err := newPostings(ctx, tx, d.newSentences)
	if err != nil {
		return fmt.Errorf("new sentences: %w", err)
	}
	words := map[string]bool{}
	for _, w := range d.words {
		words[w] = true
	}
	for w := range add {
		words[w] = true
	}
	del, err := tx.PrepareContext(ctx, "DELETE FROM query_terms WHERE term = ?")
	if err != nil {
		return err
	}
	defer del.Close()
	ins, err := tx.PrepareContext(ctx, "INSERT INTO query_terms(term, df, postings, bits, repeats) VALUES (?, ?, ?, ?, ?)")
	if err != nil {
		return err
	}
	defer ins.Close()
	for _, term := range slices.Sorted(maps.Keys(words)) {
		if !plainTerm(term) {
			continue
		}
		var old []byte
		if err := tx.QueryRowContext(ctx, "SELECT postings FROM query_terms WHERE term = ?", term).Scan(&old); err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		buf, df, err := patchPostings(old, d.goneSentences, add[term])
		if err != nil {
			return fmt.Errorf("postings of %q: %w (rebuild with --full)", term, err)
		}
		if _, err := del.ExecContext(ctx, term); err != nil {
			return err
		}
		if df == 0 {
			continue
		}
		var bits, repeats []byte
		if df*denseShare > count {
			bits, repeats = denseLists(buf, int(maxID)+1)
		}
		if _, err := ins.ExecContext(ctx, term, df, buf, bits, repeats); err != nil {
			return err
		}
	}
	return nil
}

// newPostings tokenises sentences as the index does and returns each
// plain word's postings among them, in id order.
func newPostings(ctx context.Context, tx *sql.Tx, sents []indexedSentence) (map[string][]posting, error) {
	out := map[string][]posting{}
	if len(sents) == 0 {
		return out, nil
	}
	for _, q := range []string{
		"CREATE VIRTUAL TABLE temp.query_new USING fts5(body, tokenize='unicode61 remove_diacritics 2')",
		"CREATE VIRTUAL TABLE temp.query_new_vocab USING fts5vocab(temp, query_new, instance)",
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return nil, err
		}
	}
	defer tx.ExecContext(context.WithoutCancel(ctx), "DROP TABLE temp.query_new_vocab")
	defer tx.ExecContext(context.WithoutCancel(ctx), "DROP TABLE temp.query_new")
	ids := make([]int64, len(sents))
	for i, s := range sents {
		if _, err := tx.ExecContext(ctx, "INSERT INTO temp.query_new(rowid, body) VALUES (?, ?)", s.id, s.text); err != nil {
			return nil, err
		}
		ids[i] = s.id
	}
	js, err := jsonString(ids)
	if err != nil {
		return nil, err
	}
	sizes := map[int64]uint32{}
	rows, err := tx.QueryContext(ctx, "SELECT id, sz FROM sentence_fts_docsize WHERE id"+inJSON, js)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id int64
		var sz []byte
		if err := rows.Scan(&id, &sz); err != nil {
			rows.Close()
			return nil, err
		}
		if v, n := sqliteVarint(sz); n > 0 {
			sizes[id] = uint32(v)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows, err = tx.QueryContext(ctx, "SELECT term, doc, count(*) FROM temp.query_new_vocab GROUP BY term, doc ORDER BY term, doc")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var term string
		var id int64
		var n uint32
		if err := rows.Scan(&term, &id, &n); err != nil {
			return nil, err
		}
		if plainTerm(term) {
			out[term] = append(out[term], posting{id: id, size: sizes[id], freq: n})
		}
	}
	return out, rows.Err()
}

// patchPostings drops the postings of gone sentences from a list and adds
// new ones, keeping it in id order.
func patchPostings(old []byte, gone map[int64]bool, add []posting) ([]byte, int, error) {
	var kept []posting
	c := newCursor(old)
	for ; !c.done; c.next() {
		if !gone[c.id] {
			kept = append(kept, c.posting)
		}
	}
	if c.err != nil {
		return nil, 0, c.err
	}
	all := append(kept, add...)
	if !slices.IsSortedFunc(all, func(a, b posting) int { return cmp.Compare(a.id, b.id) }) {
		slices.SortStableFunc(all, func(a, b posting) int { return cmp.Compare(a.id, b.id) })
	}
	var buf []byte
	var prev int64
	for _, p := range all {
		buf = appendPosting(buf, prev, p)
		prev = p.id
	}
	return buf, len(all), nil
}

// encodeInstances appends the postings of a word given its sentence ids
// in order, once per occurrence, as text ("3,3,17"), and returns how many
// sentences hold it.
func encodeInstances(buf []byte, docs []byte, sizes []uint32) ([]byte, int) {
	var prev int64
	cur := posting{id: -1}
	df := 0
	end := func() {
		if cur.id >= 0 {
			buf = appendPosting(buf, prev, cur)
			prev = cur.id
			df++
		}
	}
	for len(docs) > 0 {
		var id int64
		i := 0
		for ; i < len(docs) && docs[i] != ','; i++ {
			id = id*10 + int64(docs[i]-'0')
		}
		docs = docs[min(i+1, len(docs)):]
		if id != cur.id {
			end()
			cur = posting{id: id}
			if id < int64(len(sizes)) {
				cur.size = sizes[id]
			}
		}
		cur.freq++
	}
	end()
	return buf, df
}

// denseShare: a word in more than one indexed sentence in denseShare is
// also kept as a bitmap.
const denseShare = 32

// denseLists returns the bitmap over ids [0, n) of a postings list and
// its repeats list.
func denseLists(buf []byte, n int) (bits, repeats []byte) {
	bits = make([]byte, (n+7)/8)
	var prev int64
	for c := newCursor(buf); !c.done; c.next() {
		if c.id >= 0 && c.id < int64(n) {
			bits[c.id/8] |= 1 << (c.id % 8)
		}
		if c.freq > 1 {
			repeats = binary.AppendUvarint(repeats, uint64(c.id-prev))
			repeats = binary.AppendUvarint(repeats, uint64(c.freq))
			prev = c.id
		}
	}
	if repeats == nil {
		repeats = []byte{}
	}
	return bits, repeats
}

// sentenceSizes returns the length in tokens of every indexed sentence,
// by id, from the FTS5 docsize table, and how many there are.
func sentenceSizes(ctx context.Context, tx *sql.Tx) ([]uint32, int, error) {
	var maxID int64
	var count int
	if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(id), 0), count(*) FROM sentence_fts_docsize").Scan(&maxID, &count); err != nil {
		return nil, 0, err
	}
	sizes := make([]uint32, maxID+1)
	// A row a sentence: read packed (see packQuery), each size's bytes
	// as a text field.
	p, err := readPacked(ctx, tx, packQuery("FROM sentence_fts_docsize", "#id", "sz"))
	if err != nil {
		return nil, 0, err
	}
	for p.more() {
		id, sz := p.num(), p.text()
		if v, n := sqliteVarint(sz); n > 0 && id >= 0 && id <= maxID && p.err == nil {
			sizes[id] = uint32(v)
		}
	}
	if p.err != nil {
		return nil, 0, fmt.Errorf("read sentence sizes: %w", p.err)
	}
	return sizes, count, nil
}

package kb

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
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
func sqliteVarint(b []byte) (uint64, int) {
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
// index itself (fts5vocab), so that they hold exactly what a MATCH finds.
// With a delta only the words it names are written again: those of every
// sentence that entered or left the index.
func prepareTerms(ctx context.Context, tx *sql.Tx, d *delta) error {
	if d == nil {
		if _, err := tx.ExecContext(ctx, "DELETE FROM query_terms"); err != nil {
			return err
		}
	} else {
		if len(d.words) == 0 {
			return nil
		}
		js, err := jsonString(d.words)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM query_terms WHERE term"+inJSON, js); err != nil {
			return err
		}
	}
	sizes, count, err := sentenceSizes(ctx, tx)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "CREATE VIRTUAL TABLE temp.query_vocab USING fts5vocab(main, sentence_fts, instance)"); err != nil {
		return err
	}
	defer tx.ExecContext(context.WithoutCancel(ctx), "DROP TABLE temp.query_vocab")
	ins, err := tx.PrepareContext(ctx, "INSERT INTO query_terms(term, df, postings, bits, repeats) VALUES (?, ?, ?, ?, ?)")
	if err != nil {
		return err
	}
	defer ins.Close()
	var buf []byte
	write := func(term string, docs []byte) error {
		if !plainTerm(term) || len(docs) == 0 {
			return nil
		}
		var df int
		buf, df = encodeInstances(buf[:0], docs, sizes)
		var bits, repeats []byte
		if df*denseShare > count {
			bits, repeats = denseLists(buf, len(sizes))
		}
		_, err := ins.ExecContext(ctx, term, df, buf, bits, repeats)
		return err
	}
	if d != nil {
		// One word at a time: fts5vocab looks a word up in the index.
		for _, term := range d.words {
			var docs []byte
			if err := tx.QueryRowContext(ctx, "SELECT group_concat(doc) FROM temp.query_vocab WHERE term = ?", term).Scan(&docs); err != nil {
				return err
			}
			if err := write(term, docs); err != nil {
				return err
			}
		}
		return nil
	}
	// One row a word, its sentence ids in order, once per occurrence:
	// fts5vocab lists instances by word and sentence, so the grouping
	// needs no sort, and far fewer rows cross into Go than instances.
	rows, err := tx.QueryContext(ctx, "SELECT term, group_concat(doc) FROM temp.query_vocab GROUP BY term")
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var term string
		var docs sql.RawBytes
		if err := rows.Scan(&term, &docs); err != nil {
			return err
		}
		if err := write(term, docs); err != nil {
			return err
		}
	}
	return rows.Err()
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
	rows, err := tx.QueryContext(ctx, "SELECT id, sz FROM sentence_fts_docsize")
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var sz sql.RawBytes
		if err := rows.Scan(&id, &sz); err != nil {
			return nil, 0, err
		}
		if v, n := sqliteVarint(sz); n > 0 && id >= 0 && id <= maxID {
			sizes[id] = uint32(v)
		}
	}
	return sizes, count, rows.Err()
}

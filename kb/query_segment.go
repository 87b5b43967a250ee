package kb

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
)

// The search terms of a build from scratch are read from the leaf pages
// of the full-text index itself (sentence_fts_data) rather than through
// fts5vocab: stepping fts5vocab's millions of (word, sentence, position)
// rows one by one cost a build a third of a second where decoding the
// pages costs a few hundredths. The decoder knows FTS5's leaf format (the
// notes on segment leaves in fts5_index.c) as it is written for a table
// with detail=full and no prefix indexes, and reads an index of one
// segment without tombstones only: what the 'optimize' of a full build
// leaves. On anything else (more segments, tombstones, a delete flag, a
// layout it does not expect) it gives up and the terms are read through
// fts5vocab, so a surprise costs time, never a wrong list.

// errSegmentLayout reports an index the segment decoder does not read.
var errSegmentLayout = errors.New("full-text index layout not read directly")

// FTS5's record ids in its %_data table (fts5_index.c).
const (
	fts5StructureRowid = 10
	fts5PageBits       = 31 // FTS5_DATA_PAGE_B
	fts5SegmentShift   = fts5PageBits + 5 + 1
	fts5MainPrefix     = '0' // the first byte of every term of the main index
)

// fts5SegmentRowid is FTS5_SEGMENT_ROWID: the id of a segment's leaf page.
func fts5SegmentRowid(segid, pgno int64) int64 { return segid<<fts5SegmentShift + pgno }

// fts5Segment is the one segment of an index: its id and leaf pages.
type fts5Segment struct {
	id, first, last int64
}

// soleSegment reads the structure record of an FTS5 index and returns its
// segment when it has exactly one and no tombstones.
func soleSegment(rec []byte) (fts5Segment, error) {
	var seg fts5Segment
	if len(rec) < 4 {
		return seg, errSegmentLayout
	}
	b := rec[4:] // past the configuration cookie
	v2 := len(b) >= 4 && b[0] == 0xff && b[1] == 0 && b[2] == 0 && b[3] == 1
	if v2 {
		b = b[4:]
	}
	next := func() uint64 {
		v, n := sqliteVarint(b)
		if n == 0 {
			b = nil
			return 0
		}
		b = b[n:]
		return v
	}
	levels, segments := next(), next()
	next() // write counter
	if segments != 1 || levels == 0 || levels > 64 {
		return seg, errSegmentLayout
	}
	found := false
	for range levels {
		merge, total := next(), next()
		if merge != 0 || total > 1 || (total == 1 && found) {
			return seg, errSegmentLayout
		}
		if total == 0 {
			continue
		}
		found = true
		seg = fts5Segment{id: int64(next()), first: int64(next()), last: int64(next())}
		if v2 {
			next() // origins
			next()
			if tombstones := next(); tombstones != 0 {
				return seg, errSegmentLayout
			}
			next() // tombstone entries
			next() // rows
		}
	}
	if b == nil || !found || seg.id <= 0 || seg.id >= 1<<16 || seg.first < 1 || seg.last < seg.first || seg.last >= 1<<fts5PageBits {
		return seg, errSegmentLayout
	}
	return seg, nil
}

// readSegmentTerms reads the search terms from the leaf pages of the
// full-text index when it is one segment without tombstones; it returns
// errSegmentLayout when the index is not, or not as the decoder expects.
func readSegmentTerms(ctx context.Context, tx *sql.Tx, sizes []uint32, count int) (*termRows, error) {
	var rec []byte
	err := tx.QueryRowContext(ctx, "SELECT block FROM sentence_fts_data WHERE id = ?", fts5StructureRowid).Scan(&rec)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, errSegmentLayout
	}
	if err != nil {
		return nil, err
	}
	seg, err := soleSegment(rec)
	if err != nil {
		return nil, err
	}
	from, to := fts5SegmentRowid(seg.id, seg.first), fts5SegmentRowid(seg.id, seg.last)
	rows, err := tx.QueryContext(ctx, "SELECT id, block FROM sentence_fts_data WHERE id BETWEEN ? AND ? ORDER BY id", from, to)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	d := newSegmentDecoder(sizes, count)
	want := from
	for rows.Next() {
		var id int64
		var page sql.RawBytes
		if err := rows.Scan(&id, &page); err != nil {
			return nil, err
		}
		if id != want {
			return nil, errSegmentLayout // a leaf is missing
		}
		want++
		if err := d.page(page); err != nil {
			return nil, err
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if want != to+1 {
		return nil, errSegmentLayout
	}
	return d.finish()
}

// segmentDecoder turns the leaf pages of a segment, given in order, into
// the rows of query_terms: every plain word's postings, as readVocabTerms
// makes them from fts5vocab.
type segmentDecoder struct {
	sizes []uint32
	count int
	rows  []termRow
	offs  []int // the term offsets of the page being read

	term  []byte // the current term, its index prefix byte first
	open  bool   // a term's doclist is being read
	plain bool   // the current term is a plain word (plainTerm)

	rowid   int64  // the sentence whose positions are being read
	last    int64  // the sentence before it in the doclist (-1: none)
	freq    uint32 // its positions read so far
	posLeft int    // bytes of its position list on the pages to come
	col     int    // position list state: colNone, colNumber, colFirst

	// The current term's postings, encoded at the end of arena from
	// start on: the rows' lists share the arena.
	arena []byte
	start int
	prev  int64
	df    int
}

// The states of a position list between two varints: positions, the
// column number after a 0x01 marker, the first position of that column.
const (
	colNone = iota
	colNumber
	colFirst
)

func newSegmentDecoder(sizes []uint32, count int) *segmentDecoder {
	return &segmentDecoder{sizes: sizes, count: count, arena: make([]byte, 0, arenaSize)}
}

// page reads one leaf page: the 4-byte header (the offset of the first
// rowid before the page's first term, and szLeaf), the data, and the
// page index of term offsets after szLeaf.
func (d *segmentDecoder) page(p []byte) error {
	if len(p) < 4 {
		return errSegmentLayout
	}
	rowidOff := int(binary.BigEndian.Uint16(p))
	szLeaf := int(binary.BigEndian.Uint16(p[2:]))
	if szLeaf < 4 || szLeaf > len(p) {
		return errSegmentLayout
	}
	d.offs = d.offs[:0]
	for i, off := szLeaf, 0; i < len(p); {
		v, n := sqliteVarint(p[i:])
		if n == 0 || v == 0 && len(d.offs) > 0 {
			return errSegmentLayout
		}
		i += n
		off += int(v)
		if off < 4 || off >= szLeaf {
			return errSegmentLayout
		}
		d.offs = append(d.offs, off)
	}
	data := p[:szLeaf]
	pos := 4
	// The rest of a position list the previous page began.
	if d.posLeft > 0 {
		end := min(pos+d.posLeft, szLeaf)
		if len(d.offs) > 0 && end > d.offs[0] || rowidOff != 0 && end > rowidOff {
			return errSegmentLayout
		}
		if err := d.positions(data[pos:end]); err != nil {
			return err
		}
		d.posLeft -= end - pos
		pos = end
		if d.posLeft == 0 {
			if err := d.endPoslist(); err != nil {
				return err
			}
		}
	}
	firstTerm := szLeaf
	if len(d.offs) > 0 {
		firstTerm = d.offs[0]
	}
	// More sentences of the current term's doclist, the first rowid in
	// full.
	if pos < firstTerm {
		if !d.open || d.posLeft > 0 || rowidOff != pos {
			return errSegmentLayout
		}
		var err error
		if pos, err = d.doclist(data, pos, firstTerm); err != nil {
			return err
		}
	} else if rowidOff != 0 {
		return errSegmentLayout
	}
	for i, off := range d.offs {
		if pos != off {
			return errSegmentLayout
		}
		var err error
		if pos, err = d.newTerm(data, pos, i == 0); err != nil {
			return err
		}
		end := szLeaf
		if i+1 < len(d.offs) {
			end = d.offs[i+1]
		}
		if pos, err = d.doclist(data, pos, end); err != nil {
			return err
		}
	}
	if pos != szLeaf {
		return errSegmentLayout
	}
	return nil
}

// newTerm ends the current term and reads the next one's header: its
// size and bytes when it is the page's first, else the bytes it shares
// with the term before and the bytes that follow.
func (d *segmentDecoder) newTerm(data []byte, pos int, first bool) (int, error) {
	if d.posLeft > 0 {
		return 0, errSegmentLayout
	}
	d.endTerm()
	shared := uint64(0)
	if !first {
		v, n := sqliteVarint(data[pos:])
		if n == 0 {
			return 0, errSegmentLayout
		}
		shared, pos = v, pos+n
	}
	size, n := sqliteVarint(data[pos:])
	if n == 0 || shared > uint64(len(d.term)) || size > uint64(len(data)) {
		return 0, errSegmentLayout
	}
	pos += n
	end := pos + int(size)
	if end > len(data) {
		return 0, errSegmentLayout
	}
	d.term = append(d.term[:shared], data[pos:end]...)
	if len(d.term) == 0 || d.term[0] != fts5MainPrefix {
		return 0, errSegmentLayout
	}
	d.open, d.plain = true, plainBytes(d.term[1:])
	if cap(d.arena)-len(d.arena) < arenaSpare {
		d.arena = make([]byte, 0, arenaSize)
	}
	d.start, d.prev, d.df = len(d.arena), 0, 0
	d.rowid, d.last = 0, -1
	return end, nil
}

// doclist reads (rowid, position list) entries from pos up to end, the
// next term or the end of the page's data, the first rowid in full and
// the others as deltas. A position list running past the page's data
// goes on on the next page.
func (d *segmentDecoder) doclist(data []byte, pos, end int) (int, error) {
	full := true
	for pos < end {
		v, n := sqliteVarint(data[pos:end])
		if n == 0 {
			return 0, errSegmentLayout
		}
		pos += n
		switch {
		case full:
			d.rowid = int64(v)
		case v == 0:
			return 0, errSegmentLayout
		default:
			d.rowid += int64(v)
		}
		full = false
		if d.rowid <= d.last {
			return 0, errSegmentLayout
		}
		d.last = d.rowid
		sz, n := sqliteVarint(data[pos:end])
		if n == 0 || sz&1 == 1 { // a delete flag: not an optimised index
			return 0, errSegmentLayout
		}
		pos += n
		size := int(sz >> 1)
		d.freq, d.col = 0, colNone
		if pos+size <= end {
			if err := d.positions(data[pos : pos+size]); err != nil {
				return 0, err
			}
			pos += size
			if err := d.endPoslist(); err != nil {
				return 0, err
			}
			continue
		}
		if end != len(data) {
			return 0, errSegmentLayout // runs into the next term
		}
		if err := d.positions(data[pos:end]); err != nil {
			return 0, err
		}
		d.posLeft = pos + size - end
		pos = end
	}
	return pos, nil
}

// positions counts the positions in a piece of a position list: every
// varint of 2 or more is one (a position plus 2), and a 0x01 marker is
// followed by a column number and the column's first position, as
// sqlite3Fts5PoslistNext64 reads them. A piece holds whole varints.
func (d *segmentDecoder) positions(b []byte) error {
	for i := 0; i < len(b); {
		c := b[i]
		if c >= 2 && c < 0x80 && d.col == colNone {
			d.freq++
			i++
			continue
		}
		v, n := sqliteVarint(b[i:])
		if n == 0 {
			return errSegmentLayout
		}
		i += n
		switch d.col {
		case colNone:
			switch {
			case v >= 2:
				d.freq++
			case v == 1:
				d.col = colNumber
			default:
				return errSegmentLayout
			}
		case colNumber:
			d.col = colFirst
		default:
			if v < 2 {
				return errSegmentLayout
			}
			d.freq++
			d.col = colNone
		}
	}
	return nil
}

// endPoslist adds the sentence whose position list is read to the
// current term's postings: once per position, as fts5vocab lists it.
func (d *segmentDecoder) endPoslist() error {
	if d.col != colNone {
		return errSegmentLayout
	}
	if d.freq == 0 || !d.plain {
		return nil
	}
	p := posting{id: d.rowid, freq: d.freq}
	if d.rowid < int64(len(d.sizes)) {
		p.size = d.sizes[d.rowid]
	}
	d.arena = appendPosting(d.arena, d.prev, p)
	d.prev = d.rowid
	d.df++
	return nil
}

// endTerm keeps the current term's row if it is a plain word any
// sentence holds.
func (d *segmentDecoder) endTerm() {
	if !d.open {
		return
	}
	d.open = false
	if !d.plain || d.df == 0 {
		d.arena = d.arena[:d.start]
		return
	}
	t := termRow{term: string(d.term[1:]), df: d.df, postings: d.arena[d.start:len(d.arena):len(d.arena)]}
	if t.df*denseShare > d.count {
		t.bits, t.repeats = denseLists(t.postings, len(d.sizes))
	}
	d.rows = append(d.rows, t)
}

// The postings lists are encoded into arenas of arenaSize bytes; a term
// starts a new one when the current one has less than arenaSpare left.
const (
	arenaSize  = 1 << 20
	arenaSpare = 1 << 14
)

// finish ends the last term and returns the rows.
func (d *segmentDecoder) finish() (*termRows, error) {
	if d.posLeft > 0 {
		return nil, fmt.Errorf("%w: the last position list is cut short", errSegmentLayout)
	}
	d.endTerm()
	return &termRows{rows: d.rows}, nil
}

// plainBytes is plainTerm of a term's bytes.
func plainBytes(t []byte) bool {
	if len(t) == 0 {
		return false
	}
	for _, c := range t {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

package model

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
)

// The file is gzip-compressed: a magic string, the table size, the
// transition scores, the non-zero weight rows quantised to 16 bits and
// delta-coded, the word clusters and the gazetteer.
const magic = "NERMODEL1"

// Save writes m, dropping rows whose largest weight quantises below
// minQ; larger minQ gives a smaller file at some cost in accuracy.
func (m *Model) Save(w io.Writer, minQ int) error {
	if m.W == nil {
		return errors.New("model: only a model built by New can be saved")
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var tmp [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(tmp[:binary.PutUvarint(tmp[:], x)]) }
	sv := func(x int64) { bw.Write(tmp[:binary.PutVarint(tmp[:], x)]) }
	bw.WriteString(magic)
	uv(uint64(m.Bits))
	for p := range m.Trans {
		for g := range m.Trans[p] {
			binary.Write(bw, binary.LittleEndian, m.Trans[p][g])
		}
	}
	var maxAbs float32
	for _, x := range m.W {
		maxAbs = max(maxAbs, float32(math.Abs(float64(x))))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	binary.Write(bw, binary.LittleEndian, scale)
	rows := len(m.W) / NumTags
	var keep []int
	var q [NumTags]int64
	for r := 0; r < rows; r++ {
		for g := range q {
			if int(math.Abs(math.Round(float64(m.W[r*NumTags+g]/scale)))) >= minQ && m.W[r*NumTags+g] != 0 {
				keep = append(keep, r)
				break
			}
		}
	}
	uv(uint64(len(keep)))
	last := 0
	for _, r := range keep {
		uv(uint64(r - last))
		last = r
		for g := range q {
			sv(int64(math.Round(float64(m.W[r*NumTags+g] / scale))))
		}
	}
	uv(uint64(len(m.Parent1)))
	for _, p := range m.Parent1 {
		uv(uint64(p))
	}
	uv(uint64(len(m.Parent2)))
	for _, p := range m.Parent2 {
		uv(uint64(p))
	}
	words := make([]string, 0, len(m.Clusters))
	for w := range m.Clusters {
		words = append(words, w)
	}
	sort.Strings(words)
	uv(uint64(len(words)))
	for _, w := range words {
		uv(uint64(len(w)))
		bw.WriteString(w)
		uv(uint64(m.Clusters[w]))
	}
	keys := make([]uint64, 0, len(m.Gaz))
	for k := range m.Gaz {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	uv(uint64(len(keys)))
	for _, k := range keys {
		binary.Write(bw, binary.LittleEndian, k)
		bw.WriteByte(m.Gaz[k])
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	m, err := load(&decoder{b: data})
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	return m, nil
}

var errFormat = errors.New("not a tagger model")

// decoder reads from a byte slice and remembers the first error, so that
// parsing reads straight through and checks once.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail() {
	if d.err == nil {
		d.err = errFormat
	}
	d.b = nil
}

func (d *decoder) uvarint() uint64 {
	x, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return x
}

func (d *decoder) varint() int64 {
	x, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return x
}

func (d *decoder) bytes(n uint64) []byte {
	if n > uint64(len(d.b)) {
		d.fail()
		return nil
	}
	out := d.b[:n]
	d.b = d.b[n:]
	return out
}

func (d *decoder) float32() float32 {
	b := d.bytes(4)
	if b == nil {
		return 0
	}
	return math.Float32frombits(binary.LittleEndian.Uint32(b))
}

func load(d *decoder) (*Model, error) {
	if string(d.bytes(uint64(len(magic)))) != magic {
		return nil, errFormat
	}
	bits := d.uvarint()
	if d.err != nil || bits < 8 || bits > 26 {
		return nil, errFormat
	}
	m := &Model{Bits: uint(bits)}
	for p := range m.Trans {
		for g := range m.Trans[p] {
			m.Trans[p][g] = d.float32()
		}
	}
	scale := d.float32()
	rows := d.uvarint()
	// Each row takes at least NumTags+1 bytes of the file.
	m.tab = newTable(uint(bits), int(min(rows, uint64(len(d.b))/(NumTags+1), 1<<bits)))
	r := uint64(0)
	var w []float32
	for i := uint64(0); i < rows && d.err == nil; i++ {
		delta := d.uvarint()
		r += delta
		if delta >= 1<<bits || r >= 1<<bits {
			return nil, errFormat
		}
		if i == 0 || delta > 0 {
			w = m.tab.add(r)
		} // else the row repeats and overwrites the one before
		for g := range w {
			w[g] = float32(d.varint()) * scale
		}
	}
	readParents := func() []uint16 {
		n := d.uvarint()
		if n > 1<<16 || n > uint64(len(d.b)) {
			d.fail()
			return nil
		}
		p := make([]uint16, n)
		for i := range p {
			p[i] = uint16(d.uvarint())
		}
		return p
	}
	m.Parent1 = readParents()
	m.Parent2 = readParents()
	for _, p := range m.Parent1 {
		if int(p) >= len(m.Parent2) {
			return nil, errFormat
		}
	}
	n := d.uvarint()
	if d.err != nil || n > uint64(len(d.b)) {
		return nil, errFormat
	}
	m.Clusters = make(map[string]uint32, n)
	for i := uint64(0); i < n && d.err == nil; i++ {
		w := d.bytes(d.uvarint())
		c := d.uvarint()
		if int(c) >= len(m.Parent1) {
			return nil, errFormat
		}
		m.Clusters[string(w)] = uint32(c)
	}
	n = d.uvarint()
	if d.err != nil || n > uint64(len(d.b)) {
		return nil, errFormat
	}
	m.Gaz = make(Gazetteer, n)
	for i := uint64(0); i < n && d.err == nil; i++ {
		b := d.bytes(9)
		if b == nil {
			break
		}
		m.Gaz[binary.LittleEndian.Uint64(b)] = b[8]
	}
	if d.err != nil {
		return nil, d.err
	}
	m.words = newWordIndex(m.Clusters)
	m.gazFilter = newKeyFilter(m.Gaz)
	m.initDecode()
	return m, nil
}

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
	br := bufio.NewReaderSize(zr, 1<<16)
	m, err := load(br)
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	return m, nil
}

var errFormat = errors.New("not a tagger model")

func load(br *bufio.Reader) (*Model, error) {
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errFormat
	}
	var rerr error
	uv := func() uint64 {
		x, err := binary.ReadUvarint(br)
		if err != nil && rerr == nil {
			rerr = err
		}
		return x
	}
	bits := uv()
	if rerr != nil || bits < 8 || bits > 26 {
		return nil, errFormat
	}
	m := &Model{Bits: uint(bits), W: make([]float32, (1<<bits)*NumTags)}
	if err := binary.Read(br, binary.LittleEndian, &m.Trans); err != nil {
		return nil, err
	}
	var scale float32
	if err := binary.Read(br, binary.LittleEndian, &scale); err != nil {
		return nil, err
	}
	rows := uv()
	r := 0
	for i := uint64(0); i < rows && rerr == nil; i++ {
		r += int(uv())
		if r >= 1<<bits {
			return nil, errFormat
		}
		for g := 0; g < NumTags; g++ {
			q, err := binary.ReadVarint(br)
			if err != nil {
				return nil, err
			}
			m.W[r*NumTags+g] = float32(q) * scale
		}
	}
	readParents := func() []uint16 {
		n := uv()
		if n > 1<<16 {
			rerr = errFormat
			return nil
		}
		p := make([]uint16, n)
		for i := range p {
			p[i] = uint16(uv())
		}
		return p
	}
	m.Parent1 = readParents()
	m.Parent2 = readParents()
	n := uv()
	if rerr != nil || n > 1<<24 {
		return nil, errFormat
	}
	m.Clusters = make(map[string]uint32, n)
	var buf []byte
	for i := uint64(0); i < n && rerr == nil; i++ {
		l := uv()
		if l > 1<<10 {
			return nil, errFormat
		}
		buf = append(buf[:0], make([]byte, l)...)
		if _, err := io.ReadFull(br, buf); err != nil {
			return nil, err
		}
		c := uv()
		if int(c) >= len(m.Parent1) {
			return nil, errFormat
		}
		m.Clusters[string(buf)] = uint32(c)
	}
	for _, p := range m.Parent1 {
		if int(p) >= len(m.Parent2) {
			return nil, errFormat
		}
	}
	n = uv()
	if rerr != nil || n > 1<<24 {
		return nil, errFormat
	}
	m.Gaz = make(Gazetteer, n)
	for i := uint64(0); i < n; i++ {
		var k uint64
		if err := binary.Read(br, binary.LittleEndian, &k); err != nil {
			return nil, err
		}
		b, err := br.ReadByte()
		if err != nil {
			return nil, err
		}
		m.Gaz[k] = b
	}
	return m, rerr
}

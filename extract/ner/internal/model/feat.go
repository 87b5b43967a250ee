package model

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/ner/internal/tok"
)

// tokInfo holds the per-token hashes that feature templates combine.
type tokInfo struct {
	w, l, sh uint64
	folded   uint64    // hash of the lower-case word without accents (place list)
	c        [3]uint32 // cluster ids at three granularities plus one, 0 if unknown
	flags    uint8
	gaz      uint16    // bit 2t: begins a gazetteer name of type t, 2t+1: continues one
	name     uint8     // NameFirst, NameLast
	place    uint8     // 1 begins, 2 continues a listed place name
	outside  bool      // a plain word that no training name holds (see plain.go)
	quiet    bool      // holds no capital and no digit
	lex      lexPlaces // filled for a loaded model only
}

// Scratch is the reusable working memory of one goroutine.
type Scratch struct {
	info   []tokInfo // every token of the prepared document
	feats  []uint64  // feature hashes of the current sentence's tokens, flattened
	off    []int     // token i's features are feats[off[i]:off[i+1]]
	sent   []int     // sentence k is tokens sent[k]:sent[k+1]
	kind   []uint8   // lineKind of each sentence
	doc    docIndex  // the entries of s.pool by the words they are of
	pool   []docEntry
	buf    []byte
	lbuf   []byte
	tbuf   []byte
	words  *wordCache
	shapes *shapeCache
	rows   []int32 // feats mapped to weight rows
	ks     []int32 // rows mapped to their places in a loaded model's packed table
	koff   []int32 // in Decode, token i's places are ks[koff[i]:koff[i+1]]
	em     []float32
	back   []uint8
	onlyO  []bool // tokens of the current sentence that Decode tags O unscored
	// The prepared document's text and tokens, and the affixes of the
	// tokens of the sentence Sentence extracts, which only the full
	// feature extraction reads (see sentenceAffixes).
	text  string
	toks  []tok.Token
	affix []affixes
}

// affixes are the hashes of the prefixes and suffixes of up to four runes
// of a lower-case word.
type affixes struct {
	pre, suf [4]uint64
}

// Gazetteer maps the chained hash of a lower-cased token sequence to a bit
// set of entity types (bit t for type t) it was seen as; name-part keys
// (see NameKey) share the map.
type Gazetteer map[uint64]uint8

// MaxGazLen bounds the length in tokens of a gazetteer name.
const MaxGazLen = 6

// gazKey extends the chained key of a token sequence by one token.
func gazKey(k, l uint64) uint64 { return mix(k*0x9e3779b97f4a7c15 ^ l) }

// foldedHash returns the hash of the lower-case word in s.lbuf without
// accents: l itself for a word in plain letters.
func foldedHash(s *Scratch, l uint64) uint64 {
	for _, c := range s.lbuf {
		if c >= utf8.RuneSelf {
			s.tbuf = appendFolded(s.tbuf[:0], s.lbuf)
			return hashBytes(s.tbuf)
		}
	}
	return l
}

// placeKey returns the place list's key of a sequence of words, which
// ignores accents.
func placeKey(words []string) uint64 {
	var k uint64
	// Room for the forms of most words, so that the rules that ask for
	// many names do not allocate.
	var bs, ls, fs [48]byte
	b, lb, fb := bs[:0], ls[:0], fs[:0]
	for _, w := range words {
		b = AppendNorm(b[:0], w)
		lb = appendLower(lb[:0], b)
		if isASCII(lb) {
			// Plain letters have no accents to drop.
			k = gazKey(k, hashBytes(lb))
			continue
		}
		fb = appendFolded(fb[:0], lb)
		k = gazKey(k, hashBytes(fb))
	}
	return k
}

// isASCII reports whether b is all ASCII.
func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// GazKey returns the gazetteer key of a sequence of words.
func GazKey(words []string) uint64 {
	var k uint64
	var b, lb []byte
	for _, w := range words {
		b = AppendNorm(b[:0], w)
		lb = appendLower(lb[:0], b)
		k = gazKey(k, hashBytes(lb))
	}
	return k
}

// lookupCluster finds the cluster of a normalised word, falling back to its
// lower-case and title-case forms so that headlines in capitals still match.
// wh and lh are the hashes of w and l.
//
// With the word index, a form the same as one already looked up is not
// looked up again: it would miss again. Most words the clusters lack are
// their own lower case ("ceasefire") or title case ("Kyiv"), and each
// lookup costs a cache miss or two.
func (m *Model) lookupCluster(s *Scratch, w, l []byte, wh, lh uint64) (uint32, bool) {
	if m.words != nil {
		if c, ok := m.words.lookup(wh, w); ok {
			return c, true
		}
		if !bytes.Equal(l, w) {
			if c, ok := m.words.lookup(lh, l); ok {
				return c, true
			}
		}
		if len(l) == 0 {
			return 0, false
		}
		s.tbuf = appendTitle(s.tbuf[:0], l)
		if bytes.Equal(s.tbuf, w) || bytes.Equal(s.tbuf, l) {
			return 0, false
		}
		return m.words.lookup(hashBytes(s.tbuf), s.tbuf)
	}
	if c, ok := m.Clusters[string(w)]; ok {
		return c, true
	}
	if c, ok := m.Clusters[string(l)]; ok {
		return c, true
	}
	if len(l) == 0 {
		return 0, false
	}
	s.tbuf = appendTitle(s.tbuf[:0], l)
	c, ok := m.Clusters[string(s.tbuf)]
	return c, ok
}

// appendTitle appends l with its first letter in upper case.
func appendTitle(dst, l []byte) []byte {
	r, n := utf8.DecodeRune(l)
	dst = utf8.AppendRune(dst, unicode.ToUpper(r))
	return append(dst, l[n:]...)
}

// wordForms sets s.buf to the normal form of raw and s.lbuf to its
// lower case.
func wordForms(s *Scratch, raw string) {
	s.buf = AppendNorm(s.buf[:0], raw)
	if string(s.buf) == "US" {
		// The training text writes the country U.S.; modern style
		// drops the stops.
		s.buf = append(s.buf[:0], "U.S."...)
	}
	s.lbuf = appendLower(s.lbuf[:0], s.buf)
}

// affixesOf returns the affixes of the lower-case word l.
func affixesOf(l []byte) (a affixes) {
	end := len(l)
	p, q := 0, end
	for k := 0; k < 4; k++ {
		if p < end {
			_, n := utf8.DecodeRune(l[p:])
			p += n
		}
		if q > 0 {
			_, n := utf8.DecodeLastRune(l[:q])
			q -= n
		}
		a.pre[k] = hashBytes(l[:p])
		a.suf[k] = hashBytes(l[q:])
	}
	return a
}

// sentenceAffixes sets s.affix to the affixes of the tokens of sentence
// k of the prepared document.
func sentenceAffixes(s *Scratch, k int) {
	s.affix = s.affix[:0]
	for _, t := range s.toks[s.sent[k]:s.sent[k+1]] {
		wordForms(s, s.text[t.Start:t.End])
		s.affix = append(s.affix, affixesOf(s.lbuf))
	}
}

// analyseWord fills the fields of in that depend on the word alone. The
// affixes are left to Sentence, except that a loaded model resolves the
// word's features (see fillPlaces), affixes included, here.
func (m *Model) analyseWord(s *Scratch, in *tokInfo, raw string) {
	*in = tokInfo{}
	wordForms(s, raw)
	in.w = hashBytes(s.buf)
	in.l = hashBytes(s.lbuf)
	in.folded = foldedHash(s, in.l)
	in.flags = wordFlags(s.buf)
	in.outside = outsideWord(raw)
	s.tbuf = appendShape(s.tbuf[:0], s.buf)
	in.sh = hashBytes(s.tbuf)
	in.quiet = bytes.IndexAny(s.tbuf, "Xd") < 0 // the shape of capitals and digits
	if c, ok := m.lookupCluster(s, s.buf, s.lbuf, in.w, in.l); ok {
		fine := c
		mid := uint32(m.Parent1[fine])
		coarse := uint32(m.Parent2[mid])
		in.c = [3]uint32{fine + 1, mid + 1, coarse + 1}
	}
	if m.tab != nil {
		a := affixesOf(s.lbuf)
		m.fillPlaces(in, &a)
	}
}

// analyse fills s.info for the tokens of a document.
// Gazetteer lookups pass through f first. own tells that gaz is the
// model's own gazetteer, whose answers for one word the word cache keeps.
func (m *Model) analyse(s *Scratch, text string, toks []tok.Token, gaz Gazetteer, f keyFilter, own bool) {
	if cap(s.info) < len(toks) {
		s.info = make([]tokInfo, len(toks), 2*len(toks))
	}
	s.info = s.info[:len(toks)]
	wc := s.wordCache(m, own)
	for i, t := range toks {
		raw := text[t.Start:t.End]
		e, victim := wc.find(raw)
		if e != nil {
			s.info[i] = e.info
			if !own {
				wordGaz(&s.info[i], gaz, f)
			}
			continue
		}
		m.analyseWord(s, &s.info[i], raw)
		wordGaz(&s.info[i], gaz, f)
		if victim != nil {
			victim.store(raw, &s.info[i])
		}
	}
	for k := 0; k+1 < len(s.sent); k++ {
		markPlaces(s.info[s.sent[k]:s.sent[k+1]])
	}
	if len(gaz) == 0 {
		return
	}
	for k := 0; k+1 < len(s.sent); k++ {
		markGazNames(s.info[s.sent[k]:s.sent[k+1]], gaz, f)
	}
}

// markGazNames sets the gazetteer bits of the tokens of one sentence for
// the names of 2 to MaxGazLen words, looked up through f. (The names of
// one word are in the tokens' gaz already: see wordGaz.) Every token
// starts several lookups, so the filter's words are read here directly.
func markGazNames(info []tokInfo, gaz Gazetteer, f keyFilter) {
	words, shift := f.bits, f.shift
	for i := range info {
		key := gazKey(0, info[i].l)
		last := min(len(info), i+MaxGazLen)
		for j := i + 1; j < last; j++ {
			key = gazKey(key, info[j].l)
			if words != nil {
				if b := keyBits(key); words[key>>shift]&b != b {
					continue
				}
			}
			mask, ok := gaz[key]
			if !ok {
				continue
			}
			for t := 0; t < NumTypes; t++ {
				if mask&(1<<t) == 0 {
					continue
				}
				info[i].gaz |= 1 << (2 * t)
				for n := i + 1; n <= j; n++ {
					info[n].gaz |= 1 << (2*t + 1)
				}
			}
		}
	}
}

// wordGaz sets the fields of in that the gazetteer gives its word alone:
// its name parts, and in in.gaz the begin bits of the types of the names
// it is by itself, to which the names of several words add their bits.
// They depend on the word and the gazetteer only, so the word cache keeps
// them for the model's own gazetteer.
func wordGaz(in *tokInfo, gaz Gazetteer, f keyFilter) {
	in.name, in.gaz = 0, 0
	if len(gaz) == 0 {
		return
	}
	if k := nameKey(in.l); f.mayHave(k) {
		in.name = gaz[k]
	}
	if k := gazKey(0, in.l); f.mayHave(k) {
		in.gaz = beginBits(gaz[k])
	}
}

// beginBits returns the gazetteer bits of tokInfo that open a name of
// each type of mask: bit 2t for type t.
func beginBits(mask uint8) uint16 {
	var b uint16
	for t := 0; t < NumTypes; t++ {
		if mask&(1<<t) != 0 {
			b |= 1 << (2 * t)
		}
	}
	return b
}

// Name-part entries share the gazetteer under keys of their own: bit
// NameFirst marks words seen as the first word of a multi-word person
// name, NameLast as the last.
const (
	NameFirst = 1 << iota
	NameLast
)

func nameKey(l uint64) uint64 { return gazKey(0x6e616d65, l) }

// NameKey returns the name-part key of a word.
func NameKey(w string) uint64 {
	b := AppendNorm(nil, w)
	return nameKey(hashBytes(appendLower(nil, b)))
}

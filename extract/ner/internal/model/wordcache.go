package model

// Word forms repeat: in news text most tokens are words seen a little
// earlier in the same or a recent article. Their analysis (normal form,
// shape, cluster and, for a loaded model, the places in the weight table
// of the word's own features) depends on the word alone, so a small
// direct-mapped cache of recent word forms, kept in the Scratch, saves
// recomputing it. A cached analysis is the very one computed the first
// time, so the cache changes nothing but speed.

const (
	wordCacheBits = 14 // 16384 entries of 176 bytes, about 88% of tokens found
	maxCachedWord = 22 // longer words are analysed every time
)

type wordCache struct {
	m *Model // the model the analyses were made with
	// own tells whether the entries' gazetteer fields (see wordGaz) are
	// the model's own gazetteer's; with another gazetteer they are found
	// again for every token.
	own  bool
	ents [1 << wordCacheBits]cachedWord
}

type cachedWord struct {
	n    uint8 // length of the word; 0 marks an empty entry
	raw  [maxCachedWord]byte
	info tokInfo // the fields analyseWord fills
}

// wordCache returns the cache of analyses by m, with the gazetteer
// fields of m's own gazetteer if own, or nil if m can still change (a
// model being trained has no word index).
func (s *Scratch) wordCache(m *Model, own bool) *wordCache {
	if m.words == nil {
		return nil
	}
	if s.words == nil {
		s.words = new(wordCache)
	}
	if s.words.m != m || s.words.own != own {
		clear(s.words.ents[:])
		s.words.m, s.words.own = m, own
	}
	return s.words
}

// slot returns the entry where raw is or would be cached, or nil if raw
// is not cached.
func (c *wordCache) slot(raw string) *cachedWord {
	if c == nil || len(raw) == 0 || len(raw) > maxCachedWord {
		return nil
	}
	h := uint64(fnvOffset)
	for i := 0; i < len(raw); i++ {
		h ^= uint64(raw[i])
		h *= fnvPrime
	}
	return &c.ents[mix(h)>>(64-wordCacheBits)]
}

func (e *cachedWord) holds(raw string) bool {
	return int(e.n) == len(raw) && string(e.raw[:e.n]) == raw
}

func (e *cachedWord) store(raw string, in *tokInfo) {
	e.n = uint8(copy(e.raw[:], raw))
	e.info = *in
}

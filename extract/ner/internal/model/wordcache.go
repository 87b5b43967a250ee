package model

// Word forms repeat: in news text most tokens are words seen a little
// earlier in the same or a recent article. Their analysis (normal form,
// shape, cluster and, for a loaded model, the places in the weight table
// of the word's own features) depends on the word alone, so a cache of
// recent word forms, kept in the Scratch, saves recomputing it. A
// cached analysis is the very one computed the first time, so the cache
// changes nothing but speed.
//
// A word may sit in either of the two entries of its set, and a new word
// replaces the one of the two used less recently: of the words of news
// text that a direct-mapped cache of the same size misses, this finds
// about a third, each of which would cost a whole analysis.

const (
	wordCacheBits = 15 // 32768 entries of 176 bytes (5.6 MB), about 95% of tokens found
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
	n   uint8 // length of the word; 0 marks an empty entry
	raw [maxCachedWord]byte
	// older, in the first entry of a set, is the index in the set of the
	// entry used less recently, which a new word replaces.
	older uint8
	info  tokInfo // the fields analyseWord fills
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

// find returns the entry that holds raw, or else nil and the entry to
// store raw in once analysed; both are nil if raw is not to be cached.
func (c *wordCache) find(raw string) (hit, victim *cachedWord) {
	if c == nil || len(raw) == 0 || len(raw) > maxCachedWord {
		return nil, nil
	}
	set := c.set(raw)
	for k := range set {
		if set[k].holds(raw) {
			set[0].older = uint8(1 - k)
			return &set[k], nil
		}
	}
	k := set[0].older
	set[0].older = 1 - k
	return nil, &set[k]
}

// set returns the two entries where raw may be cached.
func (c *wordCache) set(raw string) *[2]cachedWord {
	h := uint64(fnvOffset)
	for i := 0; i < len(raw); i++ {
		h ^= uint64(raw[i])
		h *= fnvPrime
	}
	i := mix(h) >> (64 - wordCacheBits + 1) << 1
	return (*[2]cachedWord)(c.ents[i : i+2])
}

func (e *cachedWord) holds(raw string) bool {
	return int(e.n) == len(raw) && string(e.raw[:e.n]) == raw
}

func (e *cachedWord) store(raw string, in *tokInfo) {
	e.n = uint8(copy(e.raw[:], raw))
	e.info = *in
}

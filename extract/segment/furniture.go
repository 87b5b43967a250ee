package segment

import (
	"hash/maphash"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// Furniture finds site furniture that no rule knows by counting short lines
// across the articles of one build: a line such as "Most Read" or a site's
// slogan that turns up in many different articles belongs to the page, not to
// any story.
//
// Use it in two passes when the build can afford them: Add every article,
// then Mark each one. Used in one pass (Add then Mark per article), articles
// early in the build are marked against fewer counts; a later re-mark of the
// stored sentences with Is catches up. Exact duplicate texts are counted once.
// Only lines hashes are kept, so memory stays small for large builds; it is
// not safe for concurrent use.
type Furniture struct {
	// MinArticles is how many distinct articles must carry a line before it
	// counts as furniture. Syndicated copies of one story repeat its headline
	// a few times, so keep it well above the number of copies a story has.
	MinArticles int

	seed   maphash.Seed
	counts map[uint64]int32
	texts  map[uint64]struct{}
}

// Furniture lines are short: a longer repeated line is syndicated prose.
const (
	maxFurnitureBytes = 100
	minFurnitureBytes = 2
)

// NewFurniture returns an empty counter that reports lines seen in at least
// minArticles articles (at least 2). A threshold that grows with the build,
// such as max(5, articles/500), keeps small builds safe from syndicated
// copies and large ones from a wire's recurring table headings.
func NewFurniture(minArticles int) *Furniture {
	return &Furniture{
		MinArticles: max(minArticles, 2),
		seed:        maphash.MakeSeed(),
		counts:      make(map[uint64]int32),
		texts:       make(map[uint64]struct{}),
	}
}

// Add counts the short paragraphs (lines, as Split sees them) of one
// article's text, each distinct one once.
func (f *Furniture) Add(text string) {
	th := maphash.String(f.seed, text)
	if _, dup := f.texts[th]; dup {
		return
	}
	f.texts[th] = struct{}{}
	seen := make(map[uint64]struct{})
	forEachParagraph(text, func(start, end int) {
		h, ok := f.key(text[start:end])
		if !ok {
			return
		}
		if _, again := seen[h]; again {
			return
		}
		seen[h] = struct{}{}
		f.counts[h]++
	})
}

// Is reports whether line (one line of an article, any case and spacing) has
// been seen in at least MinArticles articles.
func (f *Furniture) Is(line string) bool {
	h, ok := f.key(line)
	return ok && int(f.counts[h]) >= f.MinArticles
}

// Mark sets Boilerplate on the sentences of text (as Split returned them)
// whose whole paragraph is repeated furniture, and returns how many it set.
func (f *Furniture) Mark(text string, sents []doc.Sentence) int {
	n := 0
	for i := 0; i < len(sents); {
		j := i + 1
		for j < len(sents) && sents[j].Para == sents[i].Para {
			j++
		}
		start, end := sents[i].Start, sents[j-1].End
		if start >= 0 && start <= end && end <= len(text) && f.Is(text[start:end]) {
			for k := i; k < j; k++ {
				if !sents[k].Boilerplate {
					sents[k].Boilerplate = true
					n++
				}
			}
		}
		i = j
	}
	return n
}

// key hashes the normalised form of a candidate line: lower case, runs of
// space made single, trimmed. ok is false for lines that cannot be counted
// as furniture: too short or too long, ending with a full stop (stock
// phrases of reporting, "Terms were not disclosed.", recur across a wire's
// stories), or holding digits (dates and figures are information).
func (f *Furniture) key(line string) (h uint64, ok bool) {
	line = strings.TrimSpace(line)
	if len(line) < minFurnitureBytes || len(line) > maxFurnitureBytes {
		return 0, false
	}
	if strings.ContainsAny(line, "0123456789") || endsSentence(line) && !strings.HasSuffix(line, ":") {
		return 0, false
	}
	// Hashed as it is normalised, without building the normal form: a
	// build passes every short line of every article through here.
	var mh maphash.Hash
	mh.SetSeed(f.seed)
	var buf [utf8.UTFMax]byte
	alnum, space, started := false, false, false
	for _, r := range line {
		if unicode.IsSpace(r) {
			space = started
			continue
		}
		if space {
			mh.WriteByte(' ')
			space = false
		}
		started = true
		r = unicode.ToLower(r)
		if r < utf8.RuneSelf {
			mh.WriteByte(byte(r))
		} else {
			mh.Write(buf[:utf8.EncodeRune(buf[:], r)])
		}
		alnum = alnum || unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	if !alnum {
		return 0, false
	}
	return mh.Sum64(), true
}

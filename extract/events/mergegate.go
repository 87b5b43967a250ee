package events

import "slices"

// gate is the little of a report's features that rules out most pairs
// before they are compared: Merge compares millions of pairs in a large
// archive, and reading the full features of both reports of each cost
// more than the tests below. The gates are necessary conditions only: a
// pair they let through is compared in full (sameEvent, finerMatch).
type gate struct {
	// names has one bit per name and initials of the report, by a hash
	// of the id: reports whose bits meet nowhere share no name.
	names [gateWords]uint64
	// words has a bit per word likewise.
	words                      [gateWords]uint64
	text, said, week, incident int32
	key, told, gist, lead      int32
	nWords, nNames             int32
	stoppage                   int8
	day, year, planned, ruling bool
	singular                   bool
}

// gateWords is the size of gate.names in 64-bit words.
const gateWords = 4

// gateOf returns the gate of features f.
func gateOf(f *features) gate {
	g := gate{text: f.text, said: f.said, week: f.week, incident: f.incident,
		key: f.key, told: f.told, gist: f.gist, lead: f.lead, nWords: int32(len(f.words)), nNames: int32(len(f.names)),
		stoppage: f.stoppage, day: f.day, year: f.year, planned: f.planned, ruling: f.ruling, singular: f.singular}
	for _, ids := range [][]int32{f.names, f.shorts} {
		for _, id := range ids {
			setBit(&g.names, id)
		}
	}
	for _, id := range f.words {
		setBit(&g.words, id)
	}
	return g
}

// setBit sets the bit of id in bits, by Fibonacci hashing onto them.
func setBit(bits *[gateWords]uint64, id int32) {
	h := uint32(id) * 2654435761 >> (32 - 8)
	bits[h/64] |= 1 << (h % 64)
}

// meet reports whether two sets of bits share one.
func meet(a, b *[gateWords]uint64) bool {
	return a[0]&b[0] != 0 || a[1]&b[1] != 0 || a[2]&b[2] != 0 || a[3]&b[3] != 0
}

// namesMeet reports whether two reports may share a name or the
// initials of one (see sharedNames): false when they surely do not.
func namesMeet(a, b *gate) bool {
	return meet(&a.names, &b.names)
}

// maySame reports whether sameEvent(a, b) may hold: false only for pairs
// it surely rejects. Every case of sameEvent holds for copies (the same
// text or words), or needs a shared name, or a plan and a report of one
// week (sameKeyOfCast, sameKeyDoneOfCast), or is one of those below for
// reports of a day (maySameDay) or of a month or a year (mayPlansSame).
func maySame(a, b *gate) bool {
	switch {
	case a.text >= 0 && a.text == b.text, a.said >= 0 && a.said == b.said, namesMeet(a, b):
		return true
	case (a.planned || b.planned) && a.week >= 0 && a.week == b.week:
		return true
	case a.day != b.day:
		return true
	case a.day:
		return maySameDay(a, b)
	case a.nWords >= 3 && a.nWords == b.nWords && a.nNames == b.nNames && a.words == b.words:
		return true
	case !a.year && !a.planned && !b.planned && a.nNames == 0 && b.nNames == 0 && meet(&a.words, &b.words):
		return true // sameUnnamedOfStory
	}
	return a.planned && b.planned && mayPlansSame(a, b)
}

// maySameDay reports whether two reports of a day sharing no name may
// be one event: they share a word (a deed, an incident, most cases), or
// tell of a stoppage of work, or both await a ruling, or name the same
// key noun, or tell one retold incident or gist (see retold), or open
// with the same subject and verb.
func maySameDay(a, b *gate) bool {
	return meet(&a.words, &b.words) || a.stoppage != noStoppage && b.stoppage != noStoppage || a.ruling && b.ruling ||
		a.key >= 0 && a.key == b.key || a.told >= 0 && a.told == b.told || a.gist >= 0 && a.gist == b.gist ||
		a.lead >= 0 && a.lead == b.lead
}

// mayPlansSame reports whether two plans of a month or a year sharing no
// name may be one event: naming no one, they share a deed (see
// samePlanOfStory); one naming no one, they share words
// (samePlanWorded); of a year, the words of one are the words or names
// of the other (see sameYearPlanOfCast).
func mayPlansSame(a, b *gate) bool {
	if a.nNames == 0 && b.nNames == 0 && meet(&a.words, &b.words) {
		return true
	}
	if (a.nNames == 0 || b.nNames == 0) && a.nWords >= minPlanWords && b.nWords >= minPlanWords && meet(&a.words, &b.words) {
		return true // samePlanWorded
	}
	return a.year && b.year && min(a.nWords, b.nWords) >= minYearPlanWords &&
		(meet(&a.words, &b.words) || meet(&a.words, &b.names) || meet(&b.words, &a.names))
}

// mayFiner reports whether finerMatch(coarse, fine, month, week) may be
// above 0: false only for pairs it surely scores 0. Every case of it
// needs a shared word, and one kind of incident if any; and a shared
// name but those of two plans the coarse of which names no one, of two
// reports of a week naming no one, of a week's report and a plan of its
// day naming no one (weekDone), and of a report of a month naming no one
// that says at least three words of the finer (monthTold).
func mayFiner(coarse, fine *gate, month, week bool) bool {
	switch {
	case coarse.incident >= 0 && fine.incident >= 0 && coarse.incident != fine.incident, !meet(&coarse.words, &fine.words):
		return false
	case namesMeet(coarse, fine):
		return true
	case coarse.singular && fine.singular && coarse.incident == fine.incident && !coarse.planned && !fine.planned:
		// One participant named by one and written as a word by the
		// other (singularNamed).
		return true
	case week && !coarse.planned && fine.planned && fine.nNames == 0:
		// A plan of the week's day told done (weekDone).
		return true
	case coarse.nNames > 0:
		return false
	case coarse.planned && fine.planned, week && fine.nNames == 0:
		return true
	}
	return month && !coarse.planned && !fine.planned && coarse.nWords >= 3 && fine.nWords >= 3
}

// postings are the reports of one date bucket by key (an id of a name or
// a word, see comparePairs), kept in arrays indexed by key and used again
// for every bucket: a map of lists cost a build more than the comparing.
type postings struct {
	count, start []int32 // by key
	keys         []int32 // the keys of the bucket, as first given
	list         []int32 // the reports, key after key
}

// newPostings returns room for postings of keys below 2*ids.
func newPostings(ids int) *postings {
	return &postings{count: make([]int32, 2*ids), start: make([]int32, 2*ids)}
}

// fill files the reports ids under their keys, each report once per
// key: its names (even keys) and words (odd keys), see comparePairs. A
// key's reports stay in the order of ids.
func (p *postings) fill(ids []int, feats []features) {
	for _, i := range ids {
		for _, n := range feats[i].names {
			p.count1(2 * n)
		}
		for _, w := range feats[i].words {
			p.count1(2*w + 1)
		}
	}
	var off int32
	for _, k := range p.keys {
		p.start[k] = off
		off += p.count[k]
	}
	p.list = slices.Grow(p.list[:0], int(off))[:off]
	for _, i := range ids {
		for _, n := range feats[i].names {
			p.file(2*n, i)
		}
		for _, w := range feats[i].words {
			p.file(2*w+1, i)
		}
	}
	for _, k := range p.keys {
		p.start[k] -= p.count[k]
	}
}

// count1 counts one more report under key k.
func (p *postings) count1(k int32) {
	if p.count[k] == 0 {
		p.keys = append(p.keys, k)
	}
	p.count[k]++
}

// file files report i under key k, once the keys are counted.
func (p *postings) file(k int32, i int) {
	p.list[p.start[k]] = int32(i)
	p.start[k]++
}

// of returns the reports filed under key k.
func (p *postings) of(k int32) []int32 {
	return p.list[p.start[k] : p.start[k]+p.count[k]]
}

// clear empties the postings for the next bucket.
func (p *postings) clear() {
	for _, k := range p.keys {
		p.count[k] = 0
	}
	p.keys = p.keys[:0]
}

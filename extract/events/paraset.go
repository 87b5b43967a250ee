package events

// paraSet is a set of paragraph numbers (doc.Sentence.Para). Paragraphs
// are numbered from zero in text order, so most numbers index a slice of
// flags; a number outside it (negative, or beyond maxDensePara) is kept
// in a map.
type paraSet struct {
	dense  []bool
	sparse map[int]bool
}

// maxDensePara bounds the paragraph numbers kept in the slice.
const maxDensePara = 1 << 16

// has reports whether k is in the set.
func (p *paraSet) has(k int) bool {
	if 0 <= k && k < len(p.dense) {
		return p.dense[k]
	}
	return p.sparse[k]
}

// add puts k in the set.
func (p *paraSet) add(k int) {
	if 0 <= k && k < maxDensePara {
		if k >= len(p.dense) {
			p.dense = append(p.dense, make([]bool, k+1-len(p.dense))...)
		}
		p.dense[k] = true
		return
	}
	if p.sparse == nil {
		p.sparse = map[int]bool{}
	}
	p.sparse[k] = true
}

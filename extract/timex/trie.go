package timex

// A trie tells whether one of a set of literals, some of which demand a
// word boundary at points (boundaryMark), starts at a position of a text.
// Bytes are compared through spaceFold.
type trie struct {
	nodes []trieNode
	root  [256]int32 // first-byte dispatch; 0 means none
}

type trieNode struct {
	edges []trieEdge
	dense *[256]int32 // edges by byte, for nodes with many
	bnd   int32       // node after a word boundary, 0 if none
	final bool
}

type trieEdge struct {
	c    byte
	next int32
}

func newTrie(lits []string) *trie {
	t := &trie{nodes: make([]trieNode, 1)} // node 0 is the root
	for _, lit := range lits {
		n := int32(0)
		for i := 0; i < len(lit); i++ {
			if lit[i] == boundaryMark[0] {
				if t.nodes[n].bnd == 0 {
					t.nodes = append(t.nodes, trieNode{})
					t.nodes[n].bnd = int32(len(t.nodes) - 1)
				}
				n = t.nodes[n].bnd
				continue
			}
			n = t.child(n, lit[i])
		}
		t.nodes[n].final = true
	}
	for _, e := range t.nodes[0].edges {
		t.root[e.c] = e.next
	}
	for n := range t.nodes {
		if nd := &t.nodes[n]; len(nd.edges) > 8 {
			nd.dense = new([256]int32)
			for _, e := range nd.edges {
				nd.dense[e.c] = e.next
			}
		}
	}
	return t
}

// child returns the node after byte c, adding it if need be.
func (t *trie) child(n int32, c byte) int32 {
	for _, e := range t.nodes[n].edges {
		if e.c == c {
			return e.next
		}
	}
	t.nodes = append(t.nodes, trieNode{})
	next := int32(len(t.nodes) - 1)
	t.nodes[n].edges = append(t.nodes[n].edges, trieEdge{c, next})
	return next
}

// prefixAt reports whether one of the literals starts at s[i].
func (t *trie) prefixAt(s string, i int) bool {
	if bnd := t.nodes[0].bnd; bnd != 0 && atBoundary(s, i) && t.matchAt(s, i, bnd) {
		return true
	}
	if i < len(s) {
		if n := t.root[spaceFold[s[i]]]; n != 0 && t.matchAt(s, i+1, n) {
			return true
		}
	}
	return false
}

// matchAt reports whether a literal continues from node n at s[i:].
func (t *trie) matchAt(s string, i int, n int32) bool {
	for {
		nd := &t.nodes[n]
		if nd.final {
			return true
		}
		if nd.bnd != 0 && atBoundary(s, i) && t.matchAt(s, i, nd.bnd) {
			return true
		}
		if i >= len(s) {
			return false
		}
		next, c := int32(0), spaceFold[s[i]]
		if nd.dense != nil {
			next = nd.dense[c]
		} else {
			for _, e := range nd.edges {
				if e.c == c {
					next = e.next
					break
				}
			}
		}
		if next == 0 {
			return false
		}
		n, i = next, i+1
	}
}

// atBoundary reports whether \b holds at s[i], as Go's regexp decides it:
// a word character (ASCII letter, digit, underscore) on one side only,
// the text's ends counting as non-word.
func atBoundary(s string, i int) bool {
	before := i > 0 && isWordByte(s[i-1])
	after := i < len(s) && isWordByte(s[i])
	return before != after
}

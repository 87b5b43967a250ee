package timex

import (
	"regexp"
	"regexp/syntax"
	"sync"
)

// A scanner finds the matches of one rule's pattern exactly as
// FindAllStringSubmatchIndex does, only faster. An unanchored search runs
// the pattern's automaton over every byte, which for patterns built from
// long word lists costs hundreds of nanoseconds a byte. Every match starts
// with one of a few bytes, nearly always at a word boundary, so the
// scanner looks only at the positions where a match can start, and runs
// the regexp anchored there only where its startDFA (or, for a pattern
// too big for one, its start prefixes) says a match starts. Leftmost-first
// semantics are kept: positions are tried in order, the first that
// matches gives the same match (same groups) as the unanchored search,
// and the search resumes where it ended.
type scanner struct {
	re *regexp.Regexp
	// anchored is the pattern anchored at the start of its input, for
	// positions after a byte that is no word character (or at the
	// start); ctx consumes one word byte of left context first, so that
	// \b at the match start sees the byte before it.
	anchored, ctx *regexp.Regexp
	first         [256]bool // bytes a match can start with
	boundary      bool      // every match starts at a word boundary
	ok            bool      // false: use re's own search
	// dfa, when set, tells the positions where a match starts; else
	// starts, when set, holds the prefixes every match begins with.
	dfa    *startDFA
	starts *trie
	// bt finds the match at a position, with its groups, as anchored
	// does (or ctx after a word byte), without either's overhead.
	bt *backtracker
}

// ruleScanners returns one scanner per rule, in rule order. They are
// built on first use: their automata take tens of milliseconds, which
// programs that never look for time expressions need not pay.
var ruleScanners = sync.OnceValue(func() []*scanner {
	out := make([]*scanner, len(rules))
	for i := range rules {
		out[i] = newScanner(rules[i].re)
	}
	return out
})

func newScanner(re *regexp.Regexp) *scanner { return newScannerLimit(re, maxDFAStates) }

// newScannerLimit is newScanner with a bound on the states of its
// startDFA.
func newScannerLimit(re *regexp.Regexp, states int) *scanner {
	sc := &scanner{re: re}
	tree, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return sc
	}
	tree = tree.Simplify()
	// Patterns that can match the empty string or look at the start of
	// the text need the library's exact handling of those cases.
	if nullable(tree) || usesBegin(tree) {
		return sc
	}
	set, _ := firstBytes(tree)
	for c := 0x80; c < 256; c++ {
		if set[c] {
			// Only ASCII start bytes are certain to begin a rune
			// wherever they occur.
			return sc
		}
	}
	sc.first = set
	sc.boundary = leadsWithBoundary(tree)
	if prog, err := syntax.Compile(tree); err == nil {
		sc.dfa = newStartDFA(prog, states)
	}
	if sc.dfa == nil {
		if ps := startPrefixes(tree); ps != nil {
			sc.starts = newTrie(ps)
		}
	}
	sc.anchored = regexp.MustCompile(`\A(?:` + re.String() + `)`)
	sc.ctx = regexp.MustCompile(`\A(?s:.)(?:` + re.String() + `)`)
	sc.ok = sc.anchored.NumSubexp() == re.NumSubexp() && sc.ctx.NumSubexp() == re.NumSubexp()
	sc.bt = newBacktracker(tree, re.NumSubexp())
	return sc
}

// findAll returns what re.FindAllStringSubmatchIndex(s, -1) returns.
func (sc *scanner) findAll(s string) [][]int {
	if !sc.ok {
		return sc.re.FindAllStringSubmatchIndex(s, -1)
	}
	var out [][]int
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !sc.first[c] {
			continue
		}
		prevWord := i > 0 && isWordByte(s[i-1])
		if sc.boundary && isWordByte(c) == prevWord {
			continue
		}
		if m := sc.matchAt(s, i, prevWord); m != nil {
			out = append(out, m)
			i = m[1] - 1 // the loop's i++ resumes at the match end
		}
	}
	return out
}

// matchAt returns the match that starts at s[i], or nil; prevWord tells
// whether s[i-1] is a word character.
func (sc *scanner) matchAt(s string, i int, prevWord bool) []int {
	return sc.matchIn(nil, nil, s, i, prevWord)
}

// matchIn is matchAt, with the backtracker's memory in b and the match
// appended to *buf (see backtracker.matchIn) when b is not nil.
func (sc *scanner) matchIn(b *btState, buf *[]int, s string, i int, prevWord bool) []int {
	if sc.dfa != nil {
		if !sc.dfa.matchAt(s, i) {
			return nil
		}
	} else if sc.starts != nil && !sc.starts.prefixAt(s, i) {
		return nil
	}
	if sc.bt != nil {
		if b != nil {
			return sc.bt.matchIn(b, buf, s, i)
		}
		return sc.bt.matchAt(s, i)
	}
	var m []int
	shift := i
	if prevWord {
		shift = i - 1
		m = sc.ctx.FindStringSubmatchIndex(s[shift:])
	} else {
		m = sc.anchored.FindStringSubmatchIndex(s[i:])
	}
	if m == nil {
		return nil
	}
	for k := range m {
		if m[k] >= 0 {
			m[k] += shift
		}
	}
	m[0] = i
	return m
}

// isWordByte reports whether c is a word character for \b, which in Go's
// regexp means an ASCII letter, digit or underscore. It reads a table:
// the searches ask it of every byte of every sentence.
func isWordByte(c byte) bool { return wordBytes[c] }

// wordBytes marks the word characters of isWordByte.
var wordBytes = func() (t [256]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
	}
	return t
}()

// nullable reports whether re can match the empty string.
func nullable(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune) == 0
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL, syntax.OpNoMatch:
		return false
	case syntax.OpConcat:
		for _, s := range re.Sub {
			if !nullable(s) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if nullable(s) {
				return true
			}
		}
		return false
	case syntax.OpStar, syntax.OpQuest:
		return true
	case syntax.OpRepeat:
		return re.Min == 0 || nullable(re.Sub[0])
	case syntax.OpPlus, syntax.OpCapture:
		return nullable(re.Sub[0])
	}
	return true // empty-width assertions and anything unforeseen
}

// usesBegin reports whether re contains ^ or \A.
func usesBegin(re *syntax.Regexp) bool {
	if re.Op == syntax.OpBeginLine || re.Op == syntax.OpBeginText {
		return true
	}
	for _, s := range re.Sub {
		if usesBegin(s) {
			return true
		}
	}
	return false
}

// firstBytes returns the bytes a match of re can start with, and whether
// re can match the empty string (when what follows it may start too).
// The set errs on the large side: any rune beyond ASCII marks every
// non-ASCII byte.
func firstBytes(re *syntax.Regexp) (set [256]bool, empty bool) {
	all := func() {
		for c := range set {
			set[c] = true
		}
	}
	addRune := func(r rune) {
		if r < 0x80 {
			set[r] = true
			return
		}
		for c := 0x80; c < 256; c++ {
			set[c] = true
		}
	}
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return set, true
		}
		if re.Flags&syntax.FoldCase != 0 {
			all()
			return set, false
		}
		addRune(re.Rune[0])
		return set, false
	case syntax.OpCharClass:
		for k := 0; k+1 < len(re.Rune); k += 2 {
			for r := re.Rune[k]; r <= re.Rune[k+1] && r < 0x80; r++ {
				set[r] = true
			}
			if re.Rune[k+1] >= 0x80 {
				addRune(0x80)
			}
		}
		return set, false
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		all()
		return set, false
	case syntax.OpNoMatch:
		return set, false
	case syntax.OpConcat:
		for _, s := range re.Sub {
			sub, e := firstBytes(s)
			union(&set, &sub)
			if !e {
				return set, false
			}
		}
		return set, true
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			sub, e := firstBytes(s)
			union(&set, &sub)
			empty = empty || e
		}
		return set, empty
	case syntax.OpStar, syntax.OpQuest:
		set, _ = firstBytes(re.Sub[0])
		return set, true
	case syntax.OpRepeat:
		set, empty = firstBytes(re.Sub[0])
		return set, empty || re.Min == 0
	case syntax.OpPlus, syntax.OpCapture:
		return firstBytes(re.Sub[0])
	}
	return set, true // empty-width assertions
}

func union(dst, src *[256]bool) {
	for c, ok := range src {
		if ok {
			dst[c] = true
		}
	}
}

// leadsWithBoundary reports whether every match of re starts at a \b.
func leadsWithBoundary(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpWordBoundary:
		return true
	case syntax.OpCapture:
		return leadsWithBoundary(re.Sub[0])
	case syntax.OpConcat:
		return len(re.Sub) > 0 && leadsWithBoundary(re.Sub[0])
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if !leadsWithBoundary(s) {
				return false
			}
		}
		return len(re.Sub) > 0
	}
	return false
}

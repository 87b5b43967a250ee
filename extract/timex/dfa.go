package timex

import (
	"encoding/binary"
	"math"
	"regexp/syntax"
	"slices"
)

// A startDFA answers exactly whether a pattern has a match starting at a
// position of a text, without finding the match: the scanner calls the
// regexp, with its submatch bookkeeping, only where the answer is yes.
// Most positions that look like a start ("2" of "2.5 pct", "the" before a
// noun) die after a byte or two.
//
// It is the pattern's compiled program determinised over ASCII bytes,
// built in full once; the state of a run is the set of instructions
// still alive plus the kind of the byte before (for \b and the line and
// text edges). A byte beyond ASCII stops the run with "maybe", which the
// regexp then settles: the text is nearly all ASCII.
type startDFA struct {
	class  [128]uint8 // ASCII byte to byte class
	nclass int
	// next holds, per state, the state after each byte class, or
	// dfaDead or dfaMatch. A state is kept as the offset of its row,
	// its number times nclass, which spares a run a multiplication a
	// byte; in 16 bits, which halves the memory the automata of all
	// the rules take, and so the cache misses of a run.
	next []dfaState
	// atEnd says whether a match ends at the end of the text in a
	// state, by state number.
	atEnd []bool
	// start is the first state for each kind of byte before the start.
	start [numKinds]dfaState
}

// dfaState is a state of a startDFA, the offset of its row in next; an
// automaton whose offsets do not fit is not built.
type dfaState = int16

const (
	dfaDead  = -1 // no match can start at the position
	dfaMatch = -2 // a match starting at the position ends here
)

// maxDFAStates bounds the work and memory of one pattern's automaton;
// a pattern that needs more goes without.
const maxDFAStates = 8192

// Byte kinds, as far as empty-width assertions can tell bytes apart.
const (
	kindEdge    = iota // before the start or after the end of the text
	kindNewline        // '\n'
	kindWord           // ASCII letter, digit, underscore
	kindOther
	numKinds
)

func kindOf(c byte) int {
	switch {
	case c == '\n':
		return kindNewline
	case isWordByte(c):
		return kindWord
	}
	return kindOther // also every byte beyond ASCII: no \b word character
}

// kindRune returns a rune of the kind, for syntax.EmptyOpContext.
var kindRune = [numKinds]rune{kindEdge: -1, kindNewline: '\n', kindWord: 'a', kindOther: ' '}

// newStartDFA determinises prog, or returns nil when the automaton would
// have more than limit states.
func newStartDFA(prog *syntax.Prog, limit int) *startDFA {
	d := &startDFA{}
	d.classify(prog)
	b := dfaBuilder{prog: prog, d: d, ids: map[string]int32{}, limit: limit}
	var start [numKinds]int32
	for k := range start {
		id, ok := b.state([]uint32{uint32(prog.Start)}, k)
		if !ok {
			return nil
		}
		start[k] = id
	}
	for n := 0; n < len(b.sets); n++ {
		set, kind := b.sets[n], b.kinds[n]
		// The instructions alive before a byte depend on the byte only
		// through its kind.
		var closures [numKinds][]uint32
		var matches [numKinds]bool
		for k := range closures {
			closures[k], matches[k] = b.closure(set, syntax.EmptyOpContext(kindRune[kind], kindRune[k]))
		}
		for c := 0; c < d.nclass; c++ {
			rep := b.reps[c]
			k := kindOf(rep)
			next := int32(dfaMatch)
			if !matches[k] {
				var ok bool
				if next, ok = b.step(closures[k], rep); !ok {
					return nil
				}
			}
			b.next[n*d.nclass+c] = next
		}
		d.atEnd[n] = matches[kindEdge]
	}
	if !d.setOffsets(b.next, start) {
		return nil
	}
	return d
}

// setOffsets sets next and start from the state numbers of next and
// start, as the builder numbers them, turned into the offsets of their
// rows in next; false when an offset does not fit in a dfaState.
func (d *startDFA) setOffsets(next []int32, start [numKinds]int32) bool {
	if len(next) > math.MaxInt16 {
		return false // every offset is below len(next)
	}
	d.next = make([]dfaState, len(next))
	for i, st := range next {
		if st >= 0 {
			st *= int32(d.nclass)
		}
		d.next[i] = dfaState(st)
	}
	for k, st := range start {
		d.start[k] = dfaState(st * int32(d.nclass))
	}
	return true
}

// classify groups the ASCII bytes that no instruction of prog and no
// empty-width assertion can tell apart.
func (d *startDFA) classify(prog *syntax.Prog) {
	var runeInsts []*syntax.Inst
	for i := range prog.Inst {
		switch prog.Inst[i].Op {
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			runeInsts = append(runeInsts, &prog.Inst[i])
		}
	}
	seen := map[string]uint8{}
	sig := make([]byte, 0, len(runeInsts)+1)
	for c := 0; c < 128; c++ {
		sig = append(sig[:0], byte(kindOf(byte(c))))
		for _, in := range runeInsts {
			if in.MatchRune(rune(c)) {
				sig = append(sig, 1)
			} else {
				sig = append(sig, 0)
			}
		}
		cl, ok := seen[string(sig)]
		if !ok {
			cl = uint8(len(seen))
			seen[string(sig)] = cl
		}
		d.class[c] = cl
	}
	d.nclass = len(seen)
}

// matchAt reports whether a match can start at s[i]: false means the
// regexp anchored there finds none.
func (d *startDFA) matchAt(s string, i int) bool {
	kind := kindEdge
	if i > 0 {
		kind = kindOf(s[i-1])
	}
	st := d.start[kind]
	for ; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return true // maybe: the regexp decides
		}
		if st = d.next[int(st)+int(d.class[c])]; st < 0 {
			return st == dfaMatch
		}
	}
	return d.atEnd[int(st)/d.nclass]
}

// mayStart reports whether a match can start with the byte c0 followed
// by c1, after a byte of any kind; c1 may be pairEnd, for the end of the
// text or a byte beyond ASCII, which stop a run with "maybe".
func (d *startDFA) mayStart(c0 byte, c1 int) bool {
	for _, st := range d.start {
		switch st = d.next[int(st)+int(d.class[c0])]; {
		case st == dfaMatch || st >= 0 && c1 == pairEnd:
			return true
		case st >= 0 && d.next[int(st)+int(d.class[c1])] != dfaDead:
			return true
		}
	}
	return false
}

// mayStart3 reports whether a match can start with the bytes c0 c1 c2,
// after a byte of any kind; c2 may be pairEnd, as for mayStart.
func (d *startDFA) mayStart3(c0, c1 byte, c2 int) bool {
	for _, st := range d.start {
		if st = d.next[int(st)+int(d.class[c0])]; st == dfaMatch {
			return true
		} else if st < 0 {
			continue
		}
		if st = d.next[int(st)+int(d.class[c1])]; st == dfaMatch || st >= 0 && c2 == pairEnd {
			return true
		} else if st < 0 {
			continue
		}
		if d.next[int(st)+int(d.class[c2])] != dfaDead {
			return true
		}
	}
	return false
}

// afterDigits returns, for each ASCII byte c, whether a match can start
// with n digits followed by c, after a byte of any kind; at pairEnd,
// whether one can start with n digits that end the text. A match that
// may end inside the digits counts for every c.
func (d *startDFA) afterDigits(n int) (after [pairStride]bool) {
	var digitClasses []uint8
	for c := byte('0'); c <= '9'; c++ {
		if !slices.Contains(digitClasses, d.class[c]) {
			digitClasses = append(digitClasses, d.class[c])
		}
	}
	states := slices.Clone(d.start[:])
	for range n {
		var next []dfaState
		for _, st := range states {
			for _, cl := range digitClasses {
				switch nx := d.next[int(st)+int(cl)]; {
				case nx == dfaMatch:
					for c := range after {
						after[c] = true
					}
					return after
				case nx >= 0 && !slices.Contains(next, nx):
					next = append(next, nx)
				}
			}
		}
		states = next
	}
	for _, st := range states {
		for c := range 128 {
			if d.next[int(st)+int(d.class[c])] != dfaDead {
				after[c] = true
			}
		}
		if d.atEnd[int(st)/d.nclass] {
			after[pairEnd] = true
		}
	}
	return after
}

// dfaBuilder numbers the states of a startDFA as it discovers them.
type dfaBuilder struct {
	prog  *syntax.Prog
	d     *startDFA
	ids   map[string]int32
	limit int
	sets  [][]uint32 // instructions alive in each state, sorted
	kinds []int      // kind of the byte before each state
	reps  []byte     // one byte of each class
	stack []uint32
	mark  []bool
	// next is startDFA.next as it is built, by state number.
	next []int32
}

// state returns the number of the state (set, kind), adding it if new.
func (b *dfaBuilder) state(set []uint32, kind int) (int32, bool) {
	key := make([]byte, 1, 1+4*len(set))
	key[0] = byte(kind)
	for _, pc := range set {
		key = binary.LittleEndian.AppendUint32(key, pc)
	}
	if id, ok := b.ids[string(key)]; ok {
		return id, true
	}
	if len(b.sets) >= b.limit {
		return 0, false
	}
	id := int32(len(b.sets))
	b.ids[string(key)] = id
	b.sets = append(b.sets, set)
	b.kinds = append(b.kinds, kind)
	b.next = append(b.next, make([]int32, b.d.nclass)...)
	b.d.atEnd = append(b.d.atEnd, false)
	if b.reps == nil {
		b.reps = make([]byte, b.d.nclass)
		for c := 127; c >= 0; c-- {
			b.reps[b.d.class[c]] = byte(c)
		}
	}
	return id, true
}

// step returns the state after byte c from the instructions insts, a
// closure.
func (b *dfaBuilder) step(insts []uint32, c byte) (int32, bool) {
	var next []uint32
	for _, pc := range insts {
		if b.prog.Inst[pc].MatchRune(rune(c)) {
			next = append(next, b.prog.Inst[pc].Out)
		}
	}
	if len(next) == 0 {
		return dfaDead, true
	}
	slices.Sort(next)
	return b.state(slices.Compact(next), kindOf(c))
}

// closure follows the instructions of set that consume no byte, under
// the empty-width conditions flag, to those that consume one; match
// reports whether it reached the end of the pattern.
func (b *dfaBuilder) closure(set []uint32, flag syntax.EmptyOp) (insts []uint32, match bool) {
	if b.mark == nil {
		b.mark = make([]bool, len(b.prog.Inst))
	}
	var seen []uint32
	defer func() {
		for _, pc := range seen {
			b.mark[pc] = false
		}
	}()
	b.stack = append(b.stack[:0], set...)
	for len(b.stack) > 0 {
		pc := b.stack[len(b.stack)-1]
		b.stack = b.stack[:len(b.stack)-1]
		if b.mark[pc] {
			continue
		}
		b.mark[pc] = true
		seen = append(seen, pc)
		in := &b.prog.Inst[pc]
		switch in.Op {
		case syntax.InstMatch:
			match = true
		case syntax.InstAlt, syntax.InstAltMatch:
			b.stack = append(b.stack, in.Arg, in.Out)
		case syntax.InstNop, syntax.InstCapture:
			b.stack = append(b.stack, in.Out)
		case syntax.InstEmptyWidth:
			if syntax.EmptyOp(in.Arg)&^flag == 0 {
				b.stack = append(b.stack, in.Out)
			}
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			insts = append(insts, pc)
		}
	}
	return insts, match
}

package timex

import (
	"regexp/syntax"
	"sync"
	"unicode/utf8"
)

// A backtracker finds the match of a pattern that starts at a given
// position of a text, with its groups, as the regexp package finds it
// anchored there: the same search of the same compiled program, in the
// order of the regexp package's own backtracker, whose result its other
// engines share (leftmost-first, the groups of the first path that
// matches). The scanner asks it only where its startDFA has said a match
// starts, and it costs there a fraction of a regexp call: the library
// runs patterns of more than 500 instructions (the long number and unit
// lists) on its slower NFA, clears a table the size of the program times
// the rest of the text for every call, and needs a copy of the pattern
// anchored at the text start, plus one reading a byte of left context.
// This one reads the text around the position itself, and clears only
// the rows of the positions the search reaches.
type backtracker struct {
	prog *syntax.Prog
	ncap int // length of a match's index slice: 2 per group, group 0 too
	// words is the length of a visited row, one bit per instruction.
	words int
	// first holds, per instruction, what the text may hold where the
	// search reaches it for a match to follow (see starts); ascii, per
	// InstRune, the ASCII runes it matches.
	first []starts
	ascii [][2]uint64
}

// starts tells what can follow an instruction: the ASCII bytes its
// paths can consume first, whether they can consume a byte beyond
// ASCII first, and whether one can reach the match consuming nothing
// (the empty-width conditions on the way assumed to hold).
type starts struct {
	bytes    [2]uint64
	nonASCII bool
	empty    bool
}

// union adds o to s and reports whether s grew.
func (s *starts) union(o starts) bool {
	n := starts{[2]uint64{s.bytes[0] | o.bytes[0], s.bytes[1] | o.bytes[1]}, s.nonASCII || o.nonASCII, s.empty || o.empty}
	grew := n != *s
	*s = n
	return grew
}

// viable reports whether a match can follow the instruction pc at
// s[pos]: false means every path from there fails, and the search
// need not try it.
func (bt *backtracker) viable(pc uint32, s string, pos int) bool {
	f := &bt.first[pc]
	switch {
	case f.empty:
		return true
	case pos >= len(s):
		return false
	case s[pos] >= utf8.RuneSelf:
		return f.nonASCII
	}
	c := s[pos]
	return f.bytes[c>>6]&(1<<(c&63)) != 0
}

// computeStarts fills bt.first and bt.ascii, the first by iterating to
// a fixed point, as the loops of a program may lead back to themselves.
func (bt *backtracker) computeStarts() {
	insts := bt.prog.Inst
	bt.first = make([]starts, len(insts))
	bt.ascii = make([][2]uint64, len(insts))
	for pc := range insts {
		in := &insts[pc]
		var f starts
		switch in.Op {
		case syntax.InstRune, syntax.InstRune1:
			for c := range 128 {
				if in.MatchRune(rune(c)) {
					bt.ascii[pc][c>>6] |= 1 << (c & 63)
				}
			}
			f.bytes = bt.ascii[pc]
			f.nonASCII = in.Op == syntax.InstRune || in.Rune[0] >= utf8.RuneSelf
		case syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			f.bytes = [2]uint64{^uint64(0), ^uint64(0)}
			f.nonASCII = true
		case syntax.InstMatch:
			f.empty = true
		}
		bt.first[pc] = f
	}
	for grew := true; grew; {
		grew = false
		for pc := range insts {
			in := &insts[pc]
			switch in.Op {
			case syntax.InstAlt, syntax.InstAltMatch:
				grew = bt.first[pc].union(bt.first[in.Out]) || grew
				grew = bt.first[pc].union(bt.first[in.Arg]) || grew
			case syntax.InstNop, syntax.InstCapture, syntax.InstEmptyWidth:
				grew = bt.first[pc].union(bt.first[in.Out]) || grew
			}
		}
	}
}

// newBacktracker returns the backtracker of the simplified syntax tree
// of a pattern with nsub groups, or nil when it does not compile.
func newBacktracker(tree *syntax.Regexp, nsub int) *backtracker {
	prog, err := syntax.Compile(tree)
	if err != nil {
		return nil
	}
	bt := &backtracker{prog: prog, ncap: 2 * (nsub + 1), words: (len(prog.Inst) + 63) / 64}
	bt.computeStarts()
	return bt
}

// btJob is a branch left to try: the instruction pc at text position
// pos, or, with arg set, the second half of an Alt or the restoring of
// a group's old position.
type btJob struct {
	pc  uint32
	arg bool
	pos int
}

// btState is the memory of one search, kept in btPool between them.
type btState struct {
	jobs []btJob
	cap  []int
	// visited holds a row of bits per text position from the start,
	// rows [0, cleared) cleared for the current search.
	visited []uint64
	cleared int
}

var btPool = sync.Pool{New: func() any { return new(btState) }}

// matchAt returns what the pattern anchored at s[start:] finds, its
// offsets those of s, with the assertions at start reading the byte
// before it as the regexp package reads it at start in s; nil when no
// match starts there.
func (bt *backtracker) matchAt(s string, start int) []int {
	b := btPool.Get().(*btState)
	defer btPool.Put(b)
	if !bt.search(b, s, start) {
		return nil
	}
	return append([]int(nil), b.cap...)
}

// matchIn is matchAt with the memory of the search in b, and the
// offsets of the match appended to *buf, which the match returned
// shares: a search of many matches then allocates once for them all.
func (bt *backtracker) matchIn(b *btState, buf *[]int, s string, start int) []int {
	if !bt.search(b, s, start) {
		return nil
	}
	n := len(*buf)
	*buf = append(*buf, b.cap...)
	return (*buf)[n:len(*buf):len(*buf)]
}

// search runs try from s[start] with b made ready for it.
func (bt *backtracker) search(b *btState, s string, start int) bool {
	b.jobs = b.jobs[:0]
	b.cleared = 0
	if cap(b.cap) < bt.ncap {
		b.cap = make([]int, bt.ncap)
	}
	b.cap = b.cap[:bt.ncap]
	for k := range b.cap {
		b.cap[k] = -1
	}
	b.cap[0] = start
	return bt.try(b, s, start)
}

// shouldVisit reports whether (pc, pos) is new to the search, marking
// it visited.
func (bt *backtracker) shouldVisit(b *btState, pc uint32, pos, start int) bool {
	row := pos - start
	if row >= b.cleared {
		need := (row + 1) * bt.words
		if need > len(b.visited) {
			b.visited = append(b.visited, make([]uint64, need-len(b.visited))...)
		}
		clear(b.visited[b.cleared*bt.words : need])
		b.cleared = row + 1
	}
	n := row*bt.words + int(pc/64)
	bit := uint64(1) << (pc % 64)
	if b.visited[n]&bit != 0 {
		return false
	}
	b.visited[n] |= bit
	return true
}

func (bt *backtracker) push(b *btState, pc uint32, pos, start int, arg bool) {
	if bt.prog.Inst[pc].Op != syntax.InstFail && (arg || bt.shouldVisit(b, pc, pos, start)) {
		b.jobs = append(b.jobs, btJob{pc: pc, arg: arg, pos: pos})
	}
}

// step returns the rune at s[pos] and its width, or -1 and 0 at the end
// of the text, as the regexp package reads a string.
func step(s string, pos int) (rune, int) {
	if pos < len(s) {
		if c := s[pos]; c < utf8.RuneSelf {
			return rune(c), 1
		}
		return utf8.DecodeRuneInString(s[pos:])
	}
	return -1, 0
}

// emptyContext returns the empty-width conditions that hold at s[pos],
// as the regexp package computes them.
func emptyContext(s string, pos int) syntax.EmptyOp {
	r1, r2 := rune(-1), rune(-1)
	if uint(pos-1) < uint(len(s)) {
		r1, _ = utf8.DecodeLastRuneInString(s[:pos])
	}
	if uint(pos) < uint(len(s)) {
		r2, _ = utf8.DecodeRuneInString(s[pos:])
	}
	return syntax.EmptyOpContext(r1, r2)
}

// try runs the search from s[start], leaving the groups of the match in
// b.cap; it is the regexp package's tryBacktrack for a first match.
func (bt *backtracker) try(b *btState, s string, start int) bool {
	insts := bt.prog.Inst
	bt.push(b, uint32(bt.prog.Start), start, start, false)
	for len(b.jobs) > 0 {
		l := len(b.jobs) - 1
		pc, pos, arg := b.jobs[l].pc, b.jobs[l].pos, b.jobs[l].arg
		b.jobs = b.jobs[:l]
		goto Skip // push checked the visit
	CheckAndLoop:
		// shouldVisit, written out: it runs at every step.
		if row := pos - start; row < b.cleared {
			n, bit := row*bt.words+int(pc/64), uint64(1)<<(pc%64)
			if b.visited[n]&bit != 0 {
				continue
			}
			b.visited[n] |= bit
		} else if !bt.shouldVisit(b, pc, pos, start) {
			continue
		}
	Skip:
		inst := &insts[pc]
		switch inst.Op {
		default:
			panic("timex: bad instruction")
		case syntax.InstFail:
			panic("timex: unexpected InstFail")
		case syntax.InstAlt:
			// Out first; Arg when Out's branches are all tried. A
			// branch that cannot go on from the next byte fails
			// whenever it is tried, and is not.
			if arg {
				arg = false
				pc = inst.Arg
				goto CheckAndLoop
			}
			if !bt.viable(inst.Out, s, pos) {
				pc = inst.Arg
				goto CheckAndLoop
			}
			if bt.viable(inst.Arg, s, pos) {
				bt.push(b, pc, pos, start, true)
			}
			pc = inst.Out
			goto CheckAndLoop
		case syntax.InstAltMatch:
			switch insts[inst.Out].Op {
			case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
				bt.push(b, inst.Arg, pos, start, false)
				pc = inst.Arg
				pos = len(s)
				goto CheckAndLoop
			}
			bt.push(b, inst.Out, len(s), start, false)
			pc = inst.Out
			goto CheckAndLoop
		case syntax.InstRune:
			r, width := step(s, pos)
			if uint32(r) < utf8.RuneSelf {
				if bt.ascii[pc][r>>6]&(1<<(r&63)) == 0 {
					continue
				}
			} else if !inst.MatchRune(r) {
				continue
			}
			pos += width
			pc = inst.Out
			goto CheckAndLoop
		case syntax.InstRune1:
			r, width := step(s, pos)
			if r != inst.Rune[0] {
				continue
			}
			pos += width
			pc = inst.Out
			goto CheckAndLoop
		case syntax.InstRuneAnyNotNL:
			r, width := step(s, pos)
			if r == '\n' || r == -1 {
				continue
			}
			pos += width
			pc = inst.Out
			goto CheckAndLoop
		case syntax.InstRuneAny:
			r, width := step(s, pos)
			if r == -1 {
				continue
			}
			pos += width
			pc = inst.Out
			goto CheckAndLoop
		case syntax.InstCapture:
			if arg {
				b.cap[inst.Arg] = pos // the branch is done: restore
				continue
			}
			if inst.Arg < uint32(len(b.cap)) {
				bt.push(b, pc, b.cap[inst.Arg], start, true)
				b.cap[inst.Arg] = pos
			}
			pc = inst.Out
			goto CheckAndLoop
		case syntax.InstEmptyWidth:
			if syntax.EmptyOp(inst.Arg)&^emptyContext(s, pos) != 0 {
				continue
			}
			pc = inst.Out
			goto CheckAndLoop
		case syntax.InstNop:
			pc = inst.Out
			goto CheckAndLoop
		case syntax.InstMatch:
			b.cap[1] = pos
			return true
		}
	}
	return false
}

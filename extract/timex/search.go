package timex

import (
	"maps"
	"math/bits"
	"newsbot/extract/internal/swar"
	"sync"
)

// Searching one sentence. A rule is looked for only in its windows, the
// stretches of the sentence around its trigger words, and there only at
// the word boundaries where its matches can start (heads). Heads are
// found once a sentence for all the rules, windows once for all the rules
// that share their trigger words, so that the bytes no rule can start
// with cost one look, not one a rule.

// windowClass maps each rule to the first rule with the same trigger
// words, whose windows it shares: nine rules look around every number.
var windowClass = func() []int {
	out := make([]int, len(rules))
	for i := range rules {
		out[i] = i
		for j := 0; j < i; j++ {
			if maps.Equal(rules[i].trig, rules[j].trig) {
				out[i] = j
				break
			}
		}
	}
	return out
}()

// windows appends to out the stretches of s worth searching for rule
// ri, given the rules each word of ws triggers: a margin of bytes around
// each trigger word, widened to whitespace so that word boundaries
// inside the window are those of the sentence.
func windows(out [][2]int, s string, ws []word, masks []uint64, ri int) [][2]int {
	for i, t := range ws {
		if masks[i]&(1<<ri) == 0 {
			continue
		}
		out = addWindow(out, window(s, t))
	}
	return out
}

// window returns the stretch of s around the trigger word t: a margin
// of bytes on either side, widened to whitespace.
func window(s string, t word) [2]int {
	const margin = 48
	a, b := max(0, t.start-margin), min(len(s), t.end+margin)
	for a > 0 && !isSpace(s[a-1]) {
		a--
	}
	for b < len(s) && !isSpace(s[b]) {
		b++
	}
	return [2]int{a, b}
}

// addWindow appends w to the windows out, merged with the last when
// they overlap.
func addWindow(out [][2]int, w [2]int) [][2]int {
	if n := len(out); n > 0 && w[0] <= out[n-1][1] {
		out[n-1][1] = max(out[n-1][1], w[1])
		return out
	}
	return append(out, w)
}

// classWindows sets f.wins[c], for each window class c in classes, to
// windows(f.wins[c][:0], s, f.trigWords, f.masks, c), in one pass over
// the trigger words: a word's window is widened once for all the
// classes it triggers, not once a class. It sets f.union to the union
// of those windows.
func (f *finder) classWindows(s string, classes uint64) {
	for m := classes; m != 0; m &= m - 1 {
		c := bits.TrailingZeros64(m)
		f.wins[c] = f.wins[c][:0]
	}
	f.union = f.union[:0]
	for i, t := range f.trigWords {
		m := f.masks[i] & classes
		if m == 0 {
			continue
		}
		w := window(s, t)
		f.union = addWindow(f.union, w)
		for ; m != 0; m &= m - 1 {
			c := bits.TrailingZeros64(m)
			f.wins[c] = addWindow(f.wins[c], w)
		}
	}
}

// classRules[c] are the rules of window class c, one bit per rule.
var classRules = func() []uint64 {
	out := make([]uint64, len(rules))
	for ri, c := range windowClass {
		out[c] |= 1 << ri
	}
	return out
}()

// startTables are the rules whose scanner tries word boundaries only
// (scanner.boundary), and for each pair of ASCII bytes, those of them
// whose matches can start with the pair; the second byte of a pair may
// also be pairEnd, which stands for the end of the text or a byte beyond
// ASCII. Two bytes tell far more than one: "th" may begin "the third
// quarter", "to" begins nothing.
type startTables struct {
	atBounds uint64
	pairs    [128 * pairStride]uint64
	// runs[n-1][c] are the rules whose matches can start with a run of
	// n digits followed by the ASCII byte c, or by the end of the text
	// when c is pairEnd. A number is where most rules that read digits
	// are tried, and the byte after it tells most of them no: "1987,"
	// begins no "1987-03-02" and no "4:30". Longer runs are not told.
	runs [maxRun][pairStride]uint64
	// triples[(c0-'a')*26+c1-'a'][k] are the rules whose matches can
	// start with the letters c0 c1 followed by the letter 'a'+k, or,
	// at k = 26, by any other byte, a byte beyond ASCII or the end of
	// the text. A word's first two letters say little ("th" may begin
	// "thursday", "the" nothing of it); the third says more.
	triples [26 * 26][27]uint64
	// firsts marks the bytes some rule's matches may start with, every
	// first byte of a pair among them. Few bytes that are no word
	// character do ("'" of "'90s"), so most boundaries at the end of a
	// word are passed over after one look here.
	firsts [256]bool
}

const (
	pairEnd    = 128
	pairStride = pairEnd + 1
	maxRun     = 8
)

var ruleStarts = sync.OnceValue(func() *startTables {
	t := new(startTables)
	for ri, sc := range ruleScanners() {
		if !sc.ok || !sc.boundary {
			continue
		}
		t.atBounds |= 1 << ri
		for c0 := range 128 {
			if !sc.first[c0] {
				continue
			}
			for c1 := range pairStride {
				if sc.dfa == nil || sc.dfa.mayStart(byte(c0), c1) {
					t.pairs[c0*pairStride+c1] |= 1 << ri
				}
			}
		}
		for p := range t.triples {
			c0, c1 := 'a'+byte(p/26), 'a'+byte(p%26)
			if t.pairs[int(c0)*pairStride+int(c1)]&(1<<ri) == 0 {
				continue
			}
			for c2 := range pairStride {
				if sc.dfa == nil || sc.dfa.mayStart3(c0, c1, c2) {
					t.triples[p][tripleClass(c2)] |= 1 << ri
				}
			}
		}
		for c := range 128 {
			t.firsts[c] = t.firsts[c] || sc.first[c]
		}
		for n := 1; n <= maxRun; n++ {
			var after [pairStride]bool
			if sc.dfa != nil {
				after = sc.dfa.afterDigits(n)
			} else {
				after = [pairStride]bool{}
				for c := range after {
					after[c] = true
				}
			}
			for c, ok := range after {
				if ok {
					t.runs[n-1][c] |= 1 << ri
				}
			}
		}
	}
	return t
})

// runRules returns the rules of t.runs that may start at the digit
// low[i] at a word boundary: all of them when the run of digits there
// is longer than maxRun or ends at a byte beyond ASCII. A space after
// the run may also end a window, which its rules see as the end of the
// text, so it admits the rules of both.
func (t *startTables) runRules(low string, i int) uint64 {
	j := i + 1
	for j < len(low) && '0' <= low[j] && low[j] <= '9' {
		j++
	}
	n := j - i
	switch {
	case n > maxRun || j < len(low) && low[j] >= 0x80:
		return ^uint64(0)
	case j == len(low):
		return t.runs[n-1][pairEnd]
	case isSpace(low[j]):
		return t.runs[n-1][low[j]] | t.runs[n-1][pairEnd]
	}
	return t.runs[n-1][low[j]]
}

// tripleClass returns the column of startTables.triples for the third
// byte c of a match, pairEnd for the end of the text: its letter, or 26
// for every other byte.
func tripleClass(c int) int {
	if 'a' <= c && c <= 'z' {
		return c - 'a'
	}
	return 26
}

// tripleRules narrows m, the rules that may start with the two lowered
// letters at low[i], to those that may start with the three bytes
// there. Any byte but a letter falls in one column with the end of the
// text, so a space that ends a window, and a byte beyond ASCII that
// stops the start automaton with "maybe", admit what the end admits.
func (t *startTables) tripleRules(low string, i int, m uint64) uint64 {
	c2 := pairEnd
	if i+2 < len(low) {
		c2 = int(low[i+2])
	}
	return m & t.triples[int(low[i]-'a')*26+int(low[i+1]-'a')][tripleClass(c2)]
}

// ruleMatch is a match of rule with sentence offsets.
type ruleMatch struct {
	rule int
	idx  []int
}

// sentenceMatches splits the sentence s, numbered f.sentIdx, into words
// (kept for the rules in f.words) and returns the matches of the rules
// its words trigger, rule by rule in rule order and in text order within
// a rule: what each rule's regexp finds in each of its windows. low is
// lowerASCII(s).
func (f *finder) sentenceMatches(s, low string) []ruleMatch {
	f.wordsOf, f.words = s, appendWords(f.words[:0], s, low)
	f.trigWords, f.masks = f.trigWords[:0], f.masks[:0]
	var any uint64
	digit := -1 // the first digit of low at or after the last word's start
	for _, w := range f.words {
		if digit < w.start {
			digit = nextDigit(low, w.start)
		}
		if m := wordTriggers(w.text, digit < w.end); m != 0 {
			f.trigWords, f.masks = append(f.trigWords, w), append(f.masks, m)
			any |= m
		}
	}
	if any == 0 {
		return nil
	}
	return f.search(s, low, any)
}

// search returns the matches of the rules in the set any in the sentence
// s, whose trigger words and the rules they trigger f.trigWords and
// f.masks hold; low is lowerASCII(s).
func (f *finder) search(s, low string, any uint64) []ruleMatch {
	if f.wins == nil {
		f.wins = make([][][2]int, len(rules))
		f.starts = make([][]int, len(rules))
	}
	scs, st := ruleScanners(), ruleStarts()
	f.idx = f.idx[:0] // the last sentence's matches are done with
	var classes uint64
	for set := any; set != 0; set &= set - 1 {
		classes |= 1 << windowClass[bits.TrailingZeros64(set)]
	}
	f.classWindows(s, classes)
	// Heads are wanted inside windows only, and a fifth of a sentence
	// with a trigger word lies outside every window.
	f.heads = f.heads[:0]
	for _, w := range f.union {
		f.heads = headsIn(f.heads, low, w[0], w[1], any&st.atBounds, st)
	}
	for m := classes; m != 0; m &= m - 1 {
		c := bits.TrailingZeros64(m)
		f.findStarts(f.wins[c], classRules[c]&any&st.atBounds)
	}
	out := f.matches[:0]
	for set := any; set != 0; set &= set - 1 {
		ri := bits.TrailingZeros64(set) // the rules in order
		wins := f.wins[windowClass[ri]]
		if st.atBounds&(1<<ri) != 0 {
			out = f.tryStarts(out, low, wins, f.starts[ri], scs[ri], ri)
			continue
		}
		for _, w := range wins {
			for _, idx := range scs[ri].findAll(low[w[0]:w[1]]) {
				out = append(out, ruleMatch{ri, shifted(idx, w[0])})
			}
		}
	}
	f.matches = out[:0]
	return out
}

// head is a word boundary of a sentence where a match of rules may
// start.
type head struct {
	p     int
	rules uint64
}

// heads appends to out the word boundaries of low where a match of a
// rule in set may start, judging by the two bytes there (three when
// they begin with two letters, see tripleRules), with those
// rules. A window ends where a space follows, and its rules see the end
// of the text there, so a space counts as the end (pairEnd, which admits
// more).
func heads(out []head, low string, set uint64, st *startTables) []head {
	return headsIn(out, low, 0, len(low), set, st)
}

// headsIn appends to out the heads of low that lie in low[from:to],
// as heads finds them; from is 0 or follows a byte that is no word
// character, as a window's start follows a space.
func headsIn(out []head, low string, from, to int, set uint64, st *startTables) []head {
	// Eight bytes at a time, the word boundaries are the bytes whose
	// kind differs from the byte's before: most bytes are none, and are
	// passed over in bulk.
	var prev uint64 // 0x80 when the byte before these eight is a word character
	i := from
	for ; i+8 <= to; i += 8 {
		w := wordBytes8(swar.Load64(low, i))
		for t := w ^ (w<<8 | prev); t != 0; t &= t - 1 {
			if p := i + bits.TrailingZeros64(t)/8; st.firsts[low[p]] {
				out = appendHead(out, low, p, set, st)
			}
		}
		prev = w >> 56
	}
	prevWord := prev != 0
	for ; i < to; i++ {
		if w := isWordByte(low[i]); w != prevWord {
			prevWord = w
			if st.firsts[low[i]] {
				out = appendHead(out, low, i, set, st)
			}
		}
	}
	return out
}

// appendHead appends to out the head at the word boundary low[i], with
// the rules of set that may start there, if any.
func appendHead(out []head, low string, i int, set uint64, st *startTables) []head {
	c0 := low[i]
	if c0 >= 0x80 {
		return out // scanner.ok demands ASCII first bytes
	}
	c1 := pairEnd
	if i+1 < len(low) && low[i+1] < 0x80 && !isSpace(low[i+1]) {
		c1 = int(low[i+1])
	}
	m := st.pairs[int(c0)*pairStride+c1] & set
	switch {
	case m == 0:
	case '0' <= c0 && c0 <= '9':
		m &= st.runRules(low, i)
	case 'a' <= c0 && c0 <= 'z' && 'a' <= c1 && c1 <= 'z':
		m = st.tripleRules(low, i, m)
	}
	if m != 0 {
		out = append(out, head{i, m})
	}
	return out
}

// wordBytes8 has the top bit set in each byte of x that is a word
// character (isWordByte): an ASCII letter, digit or underscore, each
// range tested on all eight bytes at once as capitals does.
func wordBytes8(x uint64) uint64 {
	low7 := x &^ (0x80 * swar.BytesOf)
	inRange := func(lo, hi byte) uint64 {
		return (low7 + (0x80-uint64(lo))*swar.BytesOf) &^ (low7 + (0x80-uint64(hi)-1)*swar.BytesOf)
	}
	under := ^((low7 ^ '_'*swar.BytesOf) + 0x7f*swar.BytesOf)
	return (inRange('a', 'z') | inRange('A', 'Z') | inRange('0', '9') | under) &^ x & (0x80 * swar.BytesOf)
}

// findStarts sets f.starts[ri], for each rule ri in set, to the heads
// inside wins where a match of ri may start, in one pass over the heads
// for all the rules of a window class.
func (f *finder) findStarts(wins [][2]int, set uint64) {
	for m := set; m != 0; m &= m - 1 {
		ri := bits.TrailingZeros64(m)
		f.starts[ri] = f.starts[ri][:0]
	}
	k := 0
	for _, w := range wins {
		for k < len(f.heads) && f.heads[k].p < w[0] {
			k++
		}
		for ; k < len(f.heads) && f.heads[k].p < w[1]; k++ {
			for m := f.heads[k].rules & set; m != 0; m &= m - 1 {
				ri := bits.TrailingZeros64(m)
				f.starts[ri] = append(f.starts[ri], f.heads[k].p)
			}
		}
	}
}

// tryStarts appends the matches of rule ri (scanner sc) that begin at
// the positions ps, sentence offsets inside the windows wins, in order.
// It finds what sc.findAll finds in each window, provided ps holds every
// word boundary of the windows where a match may start: findAll, for a
// rule whose matches start at word boundaries, tries no others, and
// skips those inside a match. Windows begin and end at spaces, so a
// window's boundaries are the sentence's. The offsets of the matches
// share f.idx, which holds those of the sentence's matches.
func (f *finder) tryStarts(out []ruleMatch, low string, wins [][2]int, ps []int, sc *scanner, ri int) []ruleMatch {
	w, next := 0, 0
	for _, p := range ps {
		if p < next {
			continue
		}
		for wins[w][1] <= p {
			w++
		}
		text := low[wins[w][0]:wins[w][1]]
		i := p - wins[w][0]
		if m := sc.matchIn(&f.bt, &f.idx, text, i, i > 0 && isWordByte(text[i-1])); m != nil {
			m = shifted(m, wins[w][0])
			out = append(out, ruleMatch{ri, m})
			next = m[1]
		}
	}
	return out
}

// shifted adds off to the offsets of a match.
func shifted(idx []int, off int) []int {
	for k := range idx {
		if idx[k] >= 0 {
			idx[k] += off
		}
	}
	return idx
}

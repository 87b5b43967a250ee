package timex

import (
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// Start prefixes: the first few bytes every match of a pattern begins
// with ("abou", "the ", "3 ", "3-"). A pattern whose startDFA would be
// too big falls back on them: the scanner then tries its anchored search
// only where the text begins with one, which for a pattern whose first
// word may be any number word skips most word starts. The prefixes are
// derived from the pattern itself, so they can never skip a match,
// however the pattern is edited.

const (
	prefixLen   = 5    // bytes of a prefix worth looking at
	maxPrefixes = 4096 // more and the prefixes are cut shorter
	maxClass    = 16   // largest character class spelled out
)

// boundaryMark stands for \b inside a prefix: the text must have a word
// boundary at that point.
const boundaryMark = "\x01"

// prefix is a possible start of a match: the whole match when closed,
// else only its first bytes.
type prefix struct {
	s      string
	closed bool
}

var openPrefix = []prefix{{"", false}}

// startPrefixes returns the prefixes of re's matches, or nil when they
// say nothing (some match may start anyhow).
func startPrefixes(re *syntax.Regexp) []string {
	ps := prefixes(re)
	out := make([]string, 0, len(ps))
	for _, p := range ps {
		if strings.Trim(p.s, boundaryMark) == "" {
			return nil
		}
		out = append(out, p.s)
	}
	return dedupe(out)
}

func prefixes(re *syntax.Regexp) []prefix {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText, syntax.OpNoWordBoundary:
		return []prefix{{"", true}}
	case syntax.OpCapture:
		return prefixes(re.Sub[0])
	case syntax.OpQuest:
		return append([]prefix{{"", true}}, prefixes(re.Sub[0])...)
	case syntax.OpStar:
		return append([]prefix{{"", true}}, opened(prefixes(re.Sub[0]))...)
	case syntax.OpPlus:
		p := prefixes(re.Sub[0])
		return crossPrefixes(p, append([]prefix{{"", true}}, opened(p)...))
	case syntax.OpRepeat:
		p := prefixes(re.Sub[0])
		rest := append([]prefix{{"", true}}, opened(p)...)
		switch {
		case re.Max == 0:
			return []prefix{{"", true}}
		case re.Min == 0:
			return rest
		case re.Max == 1:
			return p
		}
		return crossPrefixes(p, rest)
	case syntax.OpConcat:
		cur := []prefix{{"", true}}
		for _, s := range re.Sub {
			if allOpen(cur) {
				break // what follows cannot add to the prefixes
			}
			cur = crossPrefixes(cur, prefixes(s))
		}
		return cur
	case syntax.OpAlternate:
		var out []prefix
		for _, s := range re.Sub {
			out = append(out, prefixes(s)...)
			if len(out) > maxPrefixes {
				return openPrefix
			}
		}
		return out
	}
	return leafPrefixes(re)
}

// leafPrefixes spells out literals, small character classes and \b; any
// other leaf may start with anything.
func leafPrefixes(re *syntax.Regexp) []prefix {
	var ss []string
	switch re.Op {
	case syntax.OpWordBoundary:
		ss = []string{boundaryMark}
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 || !plainRunes(re.Rune) {
			return openPrefix
		}
		ss = []string{foldSpaces(string(re.Rune))}
	case syntax.OpCharClass:
		for k := 0; k+1 < len(re.Rune); k += 2 {
			lo, hi := re.Rune[k], re.Rune[k+1]
			if hi-lo >= maxClass || len(ss) >= maxClass {
				return openPrefix
			}
			for r := lo; r <= hi; r++ {
				if !plainRunes([]rune{r}) {
					return openPrefix
				}
				ss = append(ss, foldSpaces(string(r)))
			}
		}
		if len(ss) == 0 || len(ss) > maxClass {
			return openPrefix
		}
	default:
		return openPrefix
	}
	out := make([]prefix, 0, len(ss))
	for _, s := range dedupe(ss) {
		out = append(out, prefix{s, true})
	}
	return crossPrefixes([]prefix{{"", true}}, out) // cuts long literals
}

// plainRunes reports whether runes can be looked for byte for byte: not
// the replacement character (which also stands for invalid bytes) nor
// the byte used as boundaryMark.
func plainRunes(rs []rune) bool {
	for _, r := range rs {
		if r == utf8.RuneError || r == 1 || !utf8.ValidRune(r) {
			return false
		}
	}
	return true
}

func dedupe(ss []string) []string {
	seen := make(map[string]bool, len(ss))
	out := ss[:0:0]
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// spaceFold maps every ASCII space character to ' ' and other bytes to
// themselves. Prefixes and text are compared through it, so that \s is
// one prefix byte, not five, which keeps the sets small; comparing folded
// bytes only ever finds more starts, never fewer.
var spaceFold = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
	}
	for _, c := range "\t\n\v\f\r" {
		t[c] = ' '
	}
	return t
}()

func foldSpaces(s string) string {
	if strings.IndexAny(s, "\t\n\v\f\r") < 0 {
		return s
	}
	b := []byte(s)
	for i, c := range b {
		b[i] = spaceFold[c]
	}
	return string(b)
}

// opened marks prefixes as followed by anything.
func opened(ps []prefix) []prefix {
	out := make([]prefix, len(ps))
	for i, p := range ps {
		out[i] = prefix{p.s, false}
	}
	return out
}

// crossPrefixes extends the closed prefixes of a by those of b, cutting
// them at prefixLen bytes, or leaves them open when that would make too
// many.
func crossPrefixes(a, b []prefix) []prefix {
	var out []prefix
	seen := map[prefix]bool{}
	add := func(p prefix) {
		if realLen(p.s) >= prefixLen {
			p.closed = false
			for realLen(p.s) > prefixLen || strings.HasSuffix(p.s, boundaryMark) {
				p.s = p.s[:len(p.s)-1]
			}
		}
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	n := 0
	for _, x := range a {
		if x.closed {
			n += len(b)
		}
	}
	if n > maxPrefixes {
		// Too many to spell out: b's first bytes may still do, else
		// a's prefixes alone still begin every match.
		if short := firstOnly(b); len(short) < len(b) {
			return crossPrefixes(a, short)
		}
		return opened(a)
	}
	for _, x := range a {
		if !x.closed {
			add(x)
			continue
		}
		for _, y := range b {
			ys := y.s
			if strings.HasSuffix(x.s, boundaryMark) && strings.HasPrefix(ys, boundaryMark) {
				ys = ys[len(boundaryMark):] // two boundaries in a row are one
			}
			add(prefix{x.s + ys, y.closed})
		}
	}
	return out
}

// firstOnly cuts prefixes to their first byte (and a boundary before it).
func firstOnly(ps []prefix) []prefix {
	var out []prefix
	seen := map[prefix]bool{}
	for _, p := range ps {
		k := 1
		if strings.HasPrefix(p.s, boundaryMark) {
			k = 2
		}
		if len(p.s) > k {
			p = prefix{p.s[:k], false}
		}
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}

// realLen counts the bytes of a prefix other than boundary marks.
func realLen(s string) int { return len(s) - strings.Count(s, boundaryMark) }

func allOpen(ps []prefix) bool {
	for _, p := range ps {
		if p.closed {
			return false
		}
	}
	return true
}

package tok

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func words(text string) string {
	var out []string
	for _, t := range Split(nil, text, 0, len(text)) {
		out = append(out, text[t.Start:t.End])
	}
	return strings.Join(out, "|")
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"punctuation is split off words", `He said, "no."`, `He|said|,|"|no|.|"`},
		{"dotted acronyms keep their stops", "the U.S. economy", "the|U.S.|economy"},
		{"titles keep their stop", "Mr. Smith left.", "Mr.|Smith|left|."},
		{"possessives are separate tokens", "Trump's envoy", "Trump|'s|envoy"},
		{"curly possessives are separate tokens", "Trump’s envoy", "Trump|’s|envoy"},
		{"negation clitics are split", "don’t go", "do|n’t|go"},
		{"hyphenated words stay whole", "five-hour meeting", "five-hour|meeting"},
		{"numbers stay whole", "5,000.5 km on 1996-08-22", "5,000.5|km|on|1996-08-22"},
		{"em dashes stand alone", "Kyiv—the capital", "Kyiv|—|the|capital"},
		{"asterisks of italics stand alone before a possessive", "*The Salt Room*'s sequel", "*|The|Salt|Room|*|'s|sequel"},
		{"digit ranges with en dashes stay whole", "1990–95", "1990–95"},
		{"an en dash between capitalised words joins one name", "(Tolsen–Marrow) won", "(|Tolsen–Marrow|)|won"},
		{"an en dash before a lower-case word stands alone", "Oslo–based", "Oslo|–|based"},
		{"an en dash after a lower-case word stands alone", "north–South", "north|–|South"},
		{"an en dash between initials stands alone", "A–B", "A|–|B"},
		{"a spaced en dash stands alone", "Tolsen – Marrow", "Tolsen|–|Marrow"},
		{"diacritics are letters", "Micheál Martin", "Micheál|Martin"},
		{"brackets are split", "(AP)", "(|AP|)"},
		{"lone clitic tokens are kept", "Duran 's first", "Duran|'s|first"},
		{"plural possessive apostrophe is split", "players' union", "players|'|union"},
		{"empty text has no tokens", "", ""},
		{"invalid bytes do not vanish", "a\xffb c", "a\xffb|c"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := words(tt.in); got != tt.want {
				t.Errorf("Split(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSplitClampsBounds(t *testing.T) {
	if got := Split(nil, "abc", -5, 99); len(got) != 1 || got[0] != (Token{0, 3}) {
		t.Errorf("Split with out-of-range bounds = %v", got)
	}
}

func FuzzSplit(f *testing.F) {
	f.Add(`He said, "no." Trump’s U.S. (AP) 1990–95 players' n't`)
	f.Add("\xff\xfe'''’’s ...")
	f.Fuzz(func(t *testing.T, text string) {
		toks := Split(nil, text, 0, len(text))
		if want := splitRuneByRune(text); !slices.Equal(toks, want) {
			t.Fatalf("Split = %v, rune by rune %v", toks, want)
		}
		last := 0
		for _, tk := range toks {
			if tk.Start < last || tk.End <= tk.Start || tk.End > len(text) {
				t.Fatalf("token %v out of order or bounds (previous end %d)", tk, last)
			}
			for i := last; i < tk.Start; i++ {
				if c := text[i]; c > ' ' && c < 0x80 {
					t.Fatalf("byte %q at %d not covered by any token", c, i)
				}
			}
			last = tk.End
		}
	})
}

func TestASCIITablesAgreeWithTheRuneTests(t *testing.T) {
	for c := rune(0); c < utf8.RuneSelf; c++ {
		if asciiSpace[c] != isSpace(c) {
			t.Errorf("space %q: table %v, isSpace %v", c, asciiSpace[c], isSpace(c))
		}
		if asciiBreak[c] != isBreak(c) {
			t.Errorf("break %q: table %v, isBreak %v", c, asciiBreak[c], isBreak(c))
		}
		if asciiOpen[c] != isOpen(c) || asciiClose[c] != isClose(c) {
			t.Errorf("punctuation %q: tables %v %v, isOpen %v, isClose %v", c, asciiOpen[c], asciiClose[c], isOpen(c), isClose(c))
		}
	}
}

// splitRuneByRune is Split without its ASCII shortcuts, which must not
// change a token.
func splitRuneByRune(text string) []Token {
	var dst []Token
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if isSpace(r) {
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, m := utf8.DecodeRuneInString(text[j:])
			if isSpace(r) {
				break
			}
			j += m
		}
		// splitChunk, rune by rune.
		s, e := i, j
		k := s
		for p := s; p < e; {
			r, n := utf8.DecodeRuneInString(text[p:e])
			if isBreak(r) && !keptDash(text, r, s, p, n, e) {
				if k < p {
					dst = splitWord(dst, text, k, p)
				}
				dst = append(dst, Token{p, p + n})
				k = p + n
			}
			p += n
		}
		if k < e {
			dst = splitWord(dst, text, k, e)
		}
		i = j
	}
	return dst
}

func TestSplitMatchesRuneByRune(t *testing.T) {
	tests := []struct{ name, text string }{
		{"plain ASCII prose", "Mr. Smith (AP) said: \"no\"; it's 1990-95 |x| done."},
		{"Unicode spaces and dashes", "Kyiv\u00a0—\u2009Zelenskiy’s\u202fplan 1990–95 \u3000end"},
		{"invalid bytes", "\xff\xfe Kyiv\x80 \xc2"},
		{"control characters", "a\vb\fc\x85d\x1ce"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Split(nil, tt.text, 0, len(tt.text))
			if want := splitRuneByRune(tt.text); !slices.Equal(got, want) {
				t.Errorf("Split = %v, rune by rune %v", got, want)
			}
		})
	}
}

// BenchmarkSplit tokenises a paragraph of wire copy with a few curly
// quotes, dashes and non-breaking spaces among the ASCII.
func BenchmarkSplit(b *testing.B) {
	text := strings.Repeat("LONDON, March 3 - Shares in Rolls-Royce Plc rose 2.5 pct on Tuesday after "+
		"the company’s chief executive said the U.S. order book was “stronger than expected”.\u00a0"+
		"Analysts at Barclays — who cut their target in 1990–95 — said they'd review it. ", 20)
	b.SetBytes(int64(len(text)))
	var dst []Token
	for b.Loop() {
		dst = Split(dst[:0], text, 0, len(text))
	}
}

// TestSplitWordFastPathMatchesSplitPunct checks the one-token shortcut of
// splitWord against the full peeling of splitPunct: every word of up to
// three bytes from an alphabet of letters, punctuation, clitic letters and
// bytes of multi-byte runes, and random words of wire copy's bytes.
func TestSplitWordFastPathMatchesSplitPunct(t *testing.T) {
	alphabet := []string{"a", "s", "S", "t", "T", "n", "N", "'", "’", "\"", "”", "“", "(", ")", ".", ",", "*", "<", ">",
		"`", "-", "1", "é", "\xe2", "\x80", "\x99", "\xff", "!", "?", ";", ":", "[", "]", "{", "}", "»", "«", "¿", "…"}
	check := func(w string) {
		t.Helper()
		text := "<" + w + ">"
		got := splitWord(nil, text, 1, 1+len(w))
		if want := splitPunct(nil, text, 1, 1+len(w)); !slices.Equal(got, want) {
			t.Fatalf("splitWord(%q) = %v, splitPunct %v", w, got, want)
		}
	}
	var all func(prefix string, n int)
	all = func(prefix string, n int) {
		if prefix != "" {
			check(prefix)
		}
		if n == 0 {
			return
		}
		for _, a := range alphabet {
			all(prefix+a, n-1)
		}
	}
	all("", 3)
	for _, w := range []string{"it's", "IT'S", "don't", "DON'T", "Smith’s", "can’t", "U.S.", "U.S", "Mr.", "J.", "end.", "’s", "n't", "'re",
		"1990-95", "Rolls-Royce", "plan", "(AP", "AP)", "\"no\"", "it's.", "dogs'", "bus", "cost", "test"} {
		check(w)
	}
	rng := rand.New(rand.NewSource(1))
	pool := "abcsStTnN'\".,;:!?()[]{}*<>`-019 \xe2\x80\x99\x9d\xc2\xbb\xff"
	for n := 0; n < 200000; n++ {
		b := make([]byte, 1+rng.Intn(8))
		for i := range b {
			b[i] = pool[rng.Intn(len(pool))]
		}
		check(string(b))
	}
}

// TestChunkClassesAgreeWithTheRuneTests checks the byte classes that
// find a chunk's end against isSpace and isBreak.
func TestChunkClassesAgreeWithTheRuneTests(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := uint8(0)
		switch {
		case c >= utf8.RuneSelf:
			want = classHigh
		case isSpace(rune(c)):
			want = classSpace
		case isBreak(rune(c)):
			want = classBreak
		}
		if byteClass[c] != want {
			t.Errorf("byte %#x: class %d, want %d", c, byteClass[c], want)
		}
	}
}

// TestSplitPlainChunksMatchRuneByRune compares Split, whose plain chunks
// skip splitChunk, with the rune-by-rune split on random texts of ASCII
// letters, punctuation, breaks, spaces and the bytes of multi-byte runes
// (whole and cut).
func TestSplitPlainChunksMatchRuneByRune(t *testing.T) {
	pieces := []string{"a", "Z", "s", "t", "n", "1", "9", "'", ".", ",", "-", "(", ")", "[", "]", "\"", "|", ";", "*", "<", ">",
		" ", " ", "\n", "\t", "\u00a0", "\u2009", "—", "–", "…", "’", "“", "”", "é", "\xe2", "\x80", "\xff", "'s", "n't", "U.S.", "Mr."}
	rng := rand.New(rand.NewSource(2))
	for n := 0; n < 100000; n++ {
		var b strings.Builder
		for k := rng.Intn(12); k >= 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		text := b.String()
		if got, want := Split(nil, text, 0, len(text)), splitRuneByRune(text); !slices.Equal(got, want) {
			t.Fatalf("Split(%q) = %v, rune by rune %v", text, got, want)
		}
	}
}

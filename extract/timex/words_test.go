package timex

import (
	"math/rand/v2"
	"newsbot/extract/internal/swar"
	"reflect"
	"strings"
	"testing"
	"unicode"
)

// wordsReference is the plain statement of what words() computes.
func wordsReference(s string) []word {
	out := []word{}
	start := -1
	for i, r := range s {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || ((r == '\'' || r == '’') && start >= 0)
		if inWord && start < 0 {
			start = i
		}
		if !inWord && start >= 0 {
			out = append(out, word{start, i, normApos(strings.ToLower(s[start:i]))})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, word{start, len(s), normApos(strings.ToLower(s[start:]))})
	}
	return out
}

// TestTailBytes8MatchesTheTable checks tailBytes8 against asciiWordTail
// for every byte at every place of a word, among bytes of each kind.
func TestTailBytes8MatchesTheTable(t *testing.T) {
	for _, fill := range []byte{'.', 'a', '\'', 0xff, '0'} {
		for c := range 256 {
			for pos := range 8 {
				b := []byte(strings.Repeat(string(fill), 8))
				b[pos] = byte(c)
				x := swar.Load64(string(b), 0)
				for k := range 8 {
					if got := tailBytes8(x)>>(8*k+7)&1 == 1; got != asciiWordTail[b[k]] {
						t.Fatalf("tailBytes8 says %v for byte %#x at %d of %q", got, b[k], k, b)
					}
				}
			}
		}
	}
}

// TestWordsOnLongWords checks words against wordsReference on random
// text whose words run past eight bytes, where the ASCII tail of a word
// is read eight bytes at a time, and end at every byte of a load.
func TestWordsOnLongWords(t *testing.T) {
	pieces := []string{"abcdefg", "Hijklmnopq", "0123", "'", "’", " ", ",", "é", "\xff", "\xe2\x80", "x", "_", "\u212a", "ABC'S"}
	r := rand.New(rand.NewPCG(9, 10))
	for range 50000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := words(s), wordsReference(s); !reflect.DeepEqual(got, want) && (len(got) > 0 || len(want) > 0) {
			t.Fatalf("words(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestWordsMatchesTheReference(t *testing.T) {
	for _, s := range []string{
		"", "   ", "Putin MET the envoys on Tuesday's talks",
		"Ärger in MÜNCHEN, Tuesday’s WORLD; don't 'll X-ray 3PM",
		"\xff\xfeABC\xe2\x80 déjà-VU İstanbul",
	} {
		if got, want := words(s), wordsReference(s); !reflect.DeepEqual(got, want) {
			t.Errorf("words(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestFirstWordIsTheFirstOfWords(t *testing.T) {
	for _, s := range []string{"", " ,; ", "  Tuesday's talks", "\u2019s x", "\xffÄrger", "Ünited, 3", "’X"} {
		checkFirstWord(t, s)
	}
}

func checkFirstWord(t *testing.T, s string) {
	t.Helper()
	got, ok := firstWord(s)
	ws := wordsReference(s)
	if ok != (len(ws) > 0) || ok && got != ws[0] {
		t.Errorf("firstWord(%q) = %v, %v; words gives %v", s, got, ok, ws)
	}
}

// joinFieldsReference is the plain statement of what joinFields computes.
func joinFieldsReference(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestJoinFieldsNormalisesSpaces(t *testing.T) {
	tests := []struct{ name, in string }{
		{"an empty text stays empty", ""},
		{"single spaces stay", "the next day"},
		{"runs of spaces shrink", "the  next\t\nday"},
		{"edge spaces go", " next day "},
		{"a lone space goes", " "},
		{"spaces beyond ASCII count", "next\u00a0day\u2003"},
		{"other text beyond ASCII stays", "déjà vu"},
		{"invalid UTF-8 stays", "\xff \xfe"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := joinFields(tt.in), joinFieldsReference(tt.in); got != want {
				t.Errorf("joinFields(%q) = %q, want %q", tt.in, got, want)
			}
		})
	}
}

// punctuationReference is the plain statement of what punctuation
// computes.
func punctuationReference(s string, from, to int) (cuts, quotes []int) {
	for i, r := range s[from:to] {
		if strings.ContainsRune(",;:()—–", r) {
			cuts = append(cuts, from+i)
		}
		if r == '"' || r == '“' || r == '”' || r == '`' || (r == '\'' && i+1 < to-from && s[from+i+1] == '\'') {
			quotes = append(quotes, from+i)
		}
	}
	return cuts, quotes
}

func checkPunctuation(t *testing.T, s string) {
	t.Helper()
	for _, span := range [][2]int{{0, len(s)}, {min(1, len(s)), max(0, len(s)-1)}} {
		if span[0] > span[1] {
			continue
		}
		gc, gq := punctuation(s, span[0], span[1])
		wc, wq := punctuationReference(s, span[0], span[1])
		if !reflect.DeepEqual(gc, wc) || !reflect.DeepEqual(gq, wq) {
			t.Errorf("punctuation(%q, %d, %d) = %v, %v, want %v, %v", s, span[0], span[1], gc, gq, wc, wq)
		}
	}
}

func TestPunctuationFindsCutsAndQuotes(t *testing.T) {
	for _, s := range []string{"", "``He will leave Thursday,'' Castro said (today) — or not – \"x\": ok;", "“a”, '' \xe2\x80 \xff’", "x''"} {
		checkPunctuation(t, s)
	}
}

// checkSentencePunctuation compares the punctuation of every stretch of
// s, read from the marks of the whole sentence as clauseTense reads it,
// with punctuation of the stretch alone.
func checkSentencePunctuation(t *testing.T, s string) {
	t.Helper()
	var c lexCache
	c.reset(nil)
	for from := 0; from <= len(s); from++ {
		for to := from; to <= len(s); to++ {
			gc, gq := c.punctuation(s, from, to)
			wc, wq := punctuation(s, from, to)
			if len(gc)+len(wc) > 0 && !reflect.DeepEqual(gc, wc) || len(gq)+len(wq) > 0 && !reflect.DeepEqual(gq, wq) {
				t.Fatalf("punctuation of %q[%d:%d] read from the sentence = %v, %v, want %v, %v", s, from, to, gc, gq, wc, wq)
			}
		}
	}
}

// TestSentencePunctuationMatchesTheStretch checks the marks of a whole
// sentence against punctuation of each stretch, where a stretch splits a
// dash, a curly quote or two apostrophes, and amid invalid UTF-8.
func TestSentencePunctuationMatchesTheStretch(t *testing.T) {
	for _, s := range []string{"", "``He will leave Thursday,'' Castro said (today) — or not – \"x\": ok;", "“a”, '' \xe2\x80 \xff’", "x''", "'''a—–“”", "\xe2\x80\x94\x94\xe2\xe2\x80\x9c,"} {
		checkSentencePunctuation(t, s)
	}
	r := rand.New(rand.NewPCG(5, 6))
	pieces := []string{"a", " ", ",", ";", "(", ")", ":", "'", "''", "\"", "`", "—", "–", "“", "”", "’", "é", "\xe2", "\x80", "\x94", "\xff"}
	for range 3000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		checkSentencePunctuation(t, b.String())
	}
}

func FuzzWords(f *testing.F) {
	f.Add("Ärger in MÜNCHEN, Tuesday’s WORLD; don't 'll X-ray 3PM")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := words(s), wordsReference(s); !reflect.DeepEqual(got, want) {
			t.Errorf("words(%q) = %v, want %v", s, got, want)
		}
		checkFirstWord(t, s)
		if got, want := joinFields(s), joinFieldsReference(s); got != want {
			t.Errorf("joinFields(%q) = %q, want %q", s, got, want)
		}
		checkPunctuation(t, s)
		if len(s) <= 64 {
			checkSentencePunctuation(t, s) // every stretch: cubic
		}
	})
}

// TestOwnDayWordMatchesItsPlainForm checks the copy-free path of
// ownDayWord against the words it is defined by.
func TestOwnDayWordMatchesItsPlainForm(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"today", true},
		{"Today", true},
		{"TONIGHT", true},
		{"This Morning", true},
		{"this  afternoon", true},
		{" this evening\n", true},
		{"this\tmorning", true},
		{"yesterday", false},
		{"this week", false},
		{"todays", false},
		{"", false},
		{"to\u212Aday", false},
		{"this\u00a0morning", true},
		{"\u00a0today", true},
		{"\u2003Tonight", true},
		{"Tuesday", false},
		{"March 3", false},
		{"@oday", false},
	} {
		plain := strings.ToLower(strings.Join(strings.Fields(tc.text), " "))
		ref := plain == "today" || plain == "tonight" || plain == "this morning" || plain == "this afternoon" || plain == "this evening"
		if got := ownDayWord(tc.text); got != tc.want || got != ref {
			t.Errorf("ownDayWord(%q) = %v, want %v (plain form %v)", tc.text, got, tc.want, ref)
		}
	}
}

package identity

import (
	"path/filepath"
	"strings"
	"testing"

	"newsbot/extract/internal/newscorpus"
)

// newsCorpus is the shared Reuters collection, relative to this package
// inside the working tree; tests that need it skip when it is absent.
var newsCorpus = filepath.Join("..", "..", "..", "shared", "data", "reuters21578.jsonl.gz")

func TestIndexAtRare(t *testing.T) {
	for _, c := range []struct {
		s, sub string
		k      int
	}{
		{"", "spel", 1}, {"spel", "spel", 1}, {"spe", "spel", 1}, {"pel spel", "spel", 1},
		{"xspelx spel", "spel", 1}, {"themselves", "themselves", 6}, {"vthemselve", "themselves", 6},
		{"a known", " known", 2}, {"known", " known", 2}, {" know", " known", 2}, {"ab", "b", 0},
		{"whose", "whose", 0}, {"who whose", "whose", 4}, {"xxitselfitself", "itself", 5},
	} {
		if got, want := indexAtRare(c.s, c.sub, c.k), strings.Index(c.s, c.sub); got != want {
			t.Errorf("indexAtRare(%q, %q, %d) = %d, want %d", c.s, c.sub, c.k, got, want)
		}
	}
}

// hasNameWordSlow is hasNameWord byte by byte.
func hasNameWordSlow(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if (s[i]|0x20) == 'n' && (s[i+1]|0x20) == 'a' && (s[i+2]|0x20) == 'm' && (s[i+3]|0x20) == 'e' {
			return true
		}
	}
	return false
}

func TestHasNameWord(t *testing.T) {
	for _, s := range []string{"", "nam", "name", "NAME", "nAmE", "xname", "renamed", "nme", "na me",
		"namnamE", "enam", "n\xe1me", "Mname", "nam\xe5", "mmmm name"} {
		if got, want := hasNameWord(s), hasNameWordSlow(s); got != want {
			t.Errorf("hasNameWord(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestRareScansOnCorpus checks the rare-byte scans against the plain
// ones on every window of the news corpus that Resolve would test.
func TestRareScansOnCorpus(t *testing.T) {
	stories := newscorpus.Read(t, newsCorpus, 3000)
	for _, s := range stories {
		text := s.Text
		for _, c := range []struct {
			sub string
			k   int
		}{{"whose", 0}, {"spel", 1}, {" known", 2}, {"itself", 5}, {"themselves", 6}} {
			if got, want := indexAtRare(text, c.sub, c.k), strings.Index(text, c.sub); got != want {
				t.Fatalf("story %s: indexAtRare(%q) = %d, want %d", s.ID, c.sub, got, want)
			}
		}
		for i := 0; i < len(text); i += 7 {
			w := text[max(0, i-60):i]
			if hasNameWord(w) != hasNameWordSlow(w) {
				t.Fatalf("story %s: hasNameWord(%q) differs", s.ID, w)
			}
		}
	}
}

func BenchmarkRareScans(b *testing.B) {
	stories := newscorpus.Read(b, newsCorpus, 2000)
	for _, c := range []struct {
		sub string
		k   int
	}{{"whose", 0}, {"spel", 1}, {" known", 2}, {"itself", 5}, {"themselves", 6}} {
		b.Run(c.sub+"/index", func(b *testing.B) {
			for b.Loop() {
				for _, s := range stories {
					strings.Index(s.Text, c.sub)
				}
			}
		})
		b.Run(c.sub+"/rare", func(b *testing.B) {
			for b.Loop() {
				for _, s := range stories {
					indexAtRare(s.Text, c.sub, c.k)
				}
			}
		})
	}
	b.Run("name/old", func(b *testing.B) {
		for b.Loop() {
			for _, s := range stories {
				for i := 60; i < len(s.Text); i += 40 {
					hasNameWordSlow(s.Text[i-60 : i])
				}
			}
		}
	})
	b.Run("name/new", func(b *testing.B) {
		for b.Loop() {
			for _, s := range stories {
				for i := 60; i < len(s.Text); i += 40 {
					hasNameWord(s.Text[i-60 : i])
				}
			}
		}
	})
}

// selfNamingCueBySel is selfNamingCue stopping at every "sel".
func selfNamingCueBySel(text string) bool {
	for off := 0; ; {
		k := strings.Index(text[off:], "sel")
		if k < 0 {
			return false
		}
		k += off
		if k >= 2 && strings.HasPrefix(text[k-2:], "itself") && selfNamingVerbBefore(text[:k-2]) ||
			k >= 4 && strings.HasPrefix(text[k-4:], "themselves") && selfNamingVerbBefore(text[:k-4]) {
			return true
		}
		off = k + 1
	}
}

// TestSelfNamingCueOnCorpus checks selfNamingCue against the search by "sel",
// and that it holds wherever selfNaming matches, on crafted texts and the
// news corpus.
func TestSelfNamingCueOnCorpus(t *testing.T) {
	texts := []string{"", "itself", "calls itself", "a group calls itself", "calls  itself", "calls themselves",
		"the gang, which called itself \"X\"", "themselves calls itself", "call itselfitself", "named themselve",
		"itself calls itsel", "calling themselves themselves", "dubs itself, dubbed itself", "styles\titself"}
	for _, s := range newscorpus.Read(t, newsCorpus, 3000) {
		texts = append(texts, s.Text)
	}
	for _, text := range texts {
		got := selfNamingCue(text)
		if want := selfNamingCueBySel(text); got != want {
			t.Fatalf("selfNamingCue(%.80q) = %v, want %v", text, got, want)
		}
		if !got && selfNaming.MatchString(text) {
			t.Fatalf("selfNamingCue(%.80q) rejects a match of selfNaming", text)
		}
	}
}

func BenchmarkSelfNamingCue(b *testing.B) {
	stories := newscorpus.Read(b, newsCorpus, 2000)
	b.Run("sel", func(b *testing.B) {
		for b.Loop() {
			for _, s := range stories {
				selfNamingCueBySel(s.Text)
			}
		}
	})
	b.Run("rare", func(b *testing.B) {
		for b.Loop() {
			for _, s := range stories {
				selfNamingCue(s.Text)
			}
		}
	})
}

// nextRankStartSlow is nextRankStart byte by byte.
func nextRankStartSlow(text string, from int) int {
	for at := from; at < len(text); at++ {
		if rankNounStarts[text[at]] && text[at-1] == ' ' {
			return at
		}
	}
	return len(text)
}

// TestNextRankStart checks the eight-byte search for rank nouns against
// the byte-by-byte one from every start, on crafted texts and the news
// corpus.
func TestNextRankStart(t *testing.T) {
	texts := []string{"", " ", "  C", " Commander", "Group Commander Okafor", "a\x20\xc4\xb0nspector", " \x80 \xff",
		"        C       C", "xxxxxxx Cxxxxxxx  Mxxxxxxx\x00Ixxxxxxx`Axxxxxxx@S", " \xa0Chief", "!C\"C#C$C%C&C'C(C)C*C+C,C-C C"}
	for _, s := range newscorpus.Read(t, newsCorpus, 300) {
		texts = append(texts, s.Text)
	}
	for _, text := range texts {
		for from := 1; from <= len(text); from++ {
			if got, want := nextRankStart(text, from), nextRankStartSlow(text, from); got != want {
				t.Fatalf("nextRankStart(%.60q, %d) = %d, want %d", text, from, got, want)
			}
		}
	}
	for c := 0; c < 256; c++ {
		for d := 0; d < 256; d++ {
			text := "abcdefg" + string([]byte{byte(d), byte(c)}) + "abcdefgh"
			for from := 1; from <= len(text); from++ {
				if got, want := nextRankStart(text, from), nextRankStartSlow(text, from); got != want {
					t.Fatalf("nextRankStart(%q, %d) = %d, want %d", text, from, got, want)
				}
			}
		}
	}
}

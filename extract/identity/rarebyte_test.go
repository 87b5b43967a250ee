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

package model

import (
	"bytes"
	"math/rand"
	"testing"

	"newsbot/extract/ner/internal/tok"
)

func TestWordIndexAnswersAsTheMap(t *testing.T) {
	clusters := map[string]uint32{"Paris": 3, "paris": 4, "Kyiv": 0, "Zürich": 65535, "a": 7, "U.S.": 9}
	x := newWordIndex(clusters)
	if x == nil {
		t.Fatal("no index")
	}
	tests := []struct {
		name, word string
	}{
		{"a listed word is found", "Paris"},
		{"case is significant", "paris"},
		{"a word that is not listed is missing", "PARIS"},
		{"a prefix of a listed word is missing", "Pari"},
		{"a word that extends a listed one is missing", "Parisian"},
		{"multi-byte letters are compared as bytes", "Zürich"},
		{"a one-letter word is found", "a"},
		{"the empty word is missing", ""},
		{"invalid UTF-8 is missing", "\xff\xfe"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, wantOK := clusters[tt.word]
			got, ok := x.lookup(hashBytes([]byte(tt.word)), []byte(tt.word))
			if got != want || ok != wantOK {
				t.Errorf("lookup(%q) = %d, %v; want %d, %v", tt.word, got, ok, want, wantOK)
			}
		})
	}
}

func TestWordIndexHoldsManyWords(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	clusters := map[string]uint32{}
	for len(clusters) < 5000 {
		b := make([]byte, 1+rng.Intn(12))
		for i := range b {
			b[i] = byte('a' + rng.Intn(26))
		}
		clusters[string(b)] = uint32(rng.Intn(1000))
	}
	x := newWordIndex(clusters)
	for w, c := range clusters {
		if got, ok := x.lookup(hashBytes([]byte(w)), []byte(w)); !ok || got != c {
			t.Fatalf("lookup(%q) = %d, %v; want %d", w, got, ok, c)
		}
		miss := w + "-"
		if _, ok := clusters[miss]; !ok {
			if _, ok := x.lookup(hashBytes([]byte(miss)), []byte(miss)); ok {
				t.Fatalf("lookup(%q) found a word that is not listed", miss)
			}
		}
	}
}

func TestWordIndexRefusesWhatItCannotHold(t *testing.T) {
	tests := []struct {
		name     string
		clusters map[string]uint32
	}{
		{"an empty word", map[string]uint32{"": 1}},
		{"a cluster number beyond 16 bits", map[string]uint32{"word": 1 << 16}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if newWordIndex(tt.clusters) != nil {
				t.Error("index built; the model should fall back to its map")
			}
		})
	}
}

func TestKeyFilterNeverDropsAKey(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	for _, n := range []int{0, 1, 100, 20000} {
		keys := map[uint64]uint8{}
		for len(keys) < n {
			keys[rng.Uint64()] = 1
		}
		f := newKeyFilter(keys)
		for k := range keys {
			if !f.mayHave(k) {
				t.Fatalf("%d keys: key %x dropped", n, k)
			}
		}
		// Well-mixed absent keys mostly fail the filter.
		pass := 0
		for i := 0; i < 10000; i++ {
			if f.mayHave(rng.Uint64()) {
				pass++
			}
		}
		if pass > 300 {
			t.Errorf("%d keys: %d of 10000 absent keys pass", n, pass)
		}
	}
	if !(keyFilter{}).mayHave(42) {
		t.Error("the zero filter drops keys")
	}
}

func TestPrepareDocFindsWhatTheGazetteerMapHolds(t *testing.T) {
	m := New(8)
	m.Gaz = Gazetteer{
		GazKey([]string{"New", "York"}):                1 << TypeLOC,
		GazKey([]string{"New", "York", "Times"}):       1 << TypeORG,
		GazKey([]string{"Anna"}):                       1 << TypePER,
		NameKey("Anna"):                                NameFirst,
		NameKey("Smith"):                               NameLast,
		GazKey([]string{"a", "b", "c", "d", "e", "f"}): 1 << TypeMISC,
	}
	var buf bytes.Buffer
	if err := m.Save(&buf, 0); err != nil {
		t.Fatal(err)
	}
	m, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	text := "Anna Smith of the New York Times flew to new york : a b c d e f g"
	toks := tok.Split(nil, text, 0, len(text))
	var filtered, plain Scratch
	m.PrepareDoc(&filtered, text, toks, []int{0})
	m.Prepare(&plain, text, toks, []int{0}, m.Gaz)
	found := 0
	for i := range toks {
		if filtered.info[i] != plain.info[i] {
			t.Errorf("token %d %q: %+v through the filter, %+v from the map", i, text[toks[i].Start:toks[i].End], filtered.info[i], plain.info[i])
		}
		if plain.info[i].gaz != 0 || plain.info[i].name != 0 {
			found++
		}
	}
	if found == 0 {
		t.Error("the gazetteer matched nothing; the test text is wrong")
	}
}

package model

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"newsbot/extract/ner/internal/tok"
)

// loadedWithClusters returns a loaded model that knows the given words.
func loadedWithClusters(tb testing.TB, clusters map[string]uint32) *Model {
	tb.Helper()
	m := New(8)
	m.Clusters = clusters
	m.Parent1, m.Parent2 = []uint16{0, 0}, []uint16{0}
	var buf bytes.Buffer
	if err := m.Save(&buf, 0); err != nil {
		tb.Fatal(err)
	}
	m, err := Load(&buf)
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

func TestWordCacheGivesTheAnalysisOfTheWord(t *testing.T) {
	m := loadedWithClusters(t, map[string]uint32{"Paris": 1, "paris": 0, "said": 1})
	// Enough distinct words to evict entries, repeated so that most are
	// found in the cache, with spellings that differ only slightly.
	var words []string
	for i := 0; i < 3<<wordCacheBits; i++ {
		words = append(words, fmt.Sprintf("w%d", i%(2<<wordCacheBits)), "Paris", "PARIS", "paris", "US", "said", "’s", "\xff", strings.Repeat("x", maxCachedWord+1))
	}
	text := strings.Join(words, " ")
	toks := tok.Split(nil, text, 0, len(text))
	var s Scratch
	for round := 0; round < 2; round++ {
		m.PrepareDoc(&s, text, toks, []int{0})
		var fresh tokInfo
		for i, tk := range toks {
			m.analyseWord(&s, &fresh, text[tk.Start:tk.End])
			got := s.info[i]
			got.gaz, got.name, got.place = 0, 0, 0 // set from context, not cached
			if got != fresh {
				t.Fatalf("round %d, token %d %q: analysis %+v, want %+v", round, i, text[tk.Start:tk.End], got, fresh)
			}
		}
	}
}

func TestWordCacheIsOnlyForLoadedModels(t *testing.T) {
	var s Scratch
	if s.wordCache(New(8), true) != nil {
		t.Error("a model that may still change got a word cache")
	}
}

func TestWordCacheStartsAgainForAnotherModel(t *testing.T) {
	a := loadedWithClusters(t, map[string]uint32{"Paris": 1})
	b := loadedWithClusters(t, map[string]uint32{"London": 1})
	text := "Paris"
	toks := tok.Split(nil, text, 0, len(text))
	var s Scratch
	a.PrepareDoc(&s, text, toks, []int{0})
	if s.info[0].c[0] == 0 {
		t.Fatal("the first model does not know Paris")
	}
	b.PrepareDoc(&s, text, toks, []int{0})
	if s.info[0].c[0] != 0 {
		t.Error("the second model took the first model's analysis of Paris")
	}
}

// TestWordCacheKeepsToItsGazetteer checks that the gazetteer fields the
// word cache keeps are never those of another gazetteer: one Scratch
// prepares the same text with the model's own gazetteer and with others
// in turn, and must find what a fresh Scratch finds each time.
func TestWordCacheKeepsToItsGazetteer(t *testing.T) {
	m := New(8)
	m.Gaz = Gazetteer{
		GazKey([]string{"Anna"}):        1 << TypePER,
		GazKey([]string{"New", "York"}): 1 << TypeLOC,
		NameKey("Smith"):                NameLast,
	}
	var buf bytes.Buffer
	if err := m.Save(&buf, 0); err != nil {
		t.Fatal(err)
	}
	m, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	other := Gazetteer{GazKey([]string{"Smith"}): 1 << TypeORG, NameKey("Anna"): NameFirst, GazKey([]string{"York"}): 1 << TypeLOC}
	text := "Anna Smith flew to New York ; Smith met Anna"
	toks := tok.Split(nil, text, 0, len(text))
	prepare := func(s *Scratch, gaz Gazetteer) {
		if gaz == nil {
			m.PrepareDoc(s, text, toks, []int{0})
		} else {
			m.Prepare(s, text, toks, []int{0}, gaz)
		}
	}
	var s Scratch
	for round, gaz := range []Gazetteer{other, nil, other, m.Gaz, {}, nil} {
		var fresh Scratch
		prepare(&fresh, gaz)
		prepare(&s, gaz)
		found := 0
		for i := range toks {
			if s.info[i] != fresh.info[i] {
				t.Fatalf("round %d, token %d %q: %+v, want %+v", round, i, text[toks[i].Start:toks[i].End], s.info[i], fresh.info[i])
			}
			if s.info[i].gaz != 0 || s.info[i].name != 0 {
				found++
			}
		}
		if found == 0 && len(gaz) != 0 {
			t.Fatalf("round %d: the gazetteer matched nothing; the test text is wrong", round)
		}
	}
}

// TestLookupClusterAnswersAsTheMap checks the cluster lookup through the
// word index, which does not look up a form again that it has looked up
// already, against the lookup in the model's map of every form in turn.
func TestLookupClusterAnswersAsTheMap(t *testing.T) {
	clusters := map[string]uint32{"Paris": 1, "paris": 0, "said": 1, "Kyiv": 0, "ÉTÉ": 1, "été": 0, "Ölmez": 1, "U.S.": 0, "1996": 1}
	m := loadedWithClusters(t, clusters)
	byMap := *m
	byMap.words = nil
	words := []string{
		"Paris", "PARIS", "paris", "pARIS", "said", "Said", "SAID", "Kyiv", "kyiv", "KYIV", "ceasefire", "Ceasefire",
		"CEASEFIRE", "ÉTÉ", "Été", "été", "ölmez", "ÖLMEZ", "US", "U.S.", "u.s.", "1996", "1997", "-", ",", "'s", "",
	}
	var s Scratch
	for _, w := range words {
		wordForms(&s, w)
		wf, lf := bytes.Clone(s.buf), bytes.Clone(s.lbuf)
		wh, lh := hashBytes(wf), hashBytes(lf)
		gotC, gotOK := m.lookupCluster(&s, wf, lf, wh, lh)
		wantC, wantOK := byMap.lookupCluster(&s, wf, lf, wh, lh)
		if gotC != wantC || gotOK != wantOK {
			t.Errorf("%q: cluster %d, %v through the index; %d, %v through the map", w, gotC, gotOK, wantC, wantOK)
		}
	}
}

// TestWordCacheKeepsTwoWordsOfASet checks that two words of one set of
// the cache are both kept, and that a third replaces the one of them used
// less recently.
func TestWordCacheKeepsTwoWordsOfASet(t *testing.T) {
	m := loadedWithClusters(t, map[string]uint32{"Paris": 1})
	var s Scratch
	c := s.wordCache(m, true)
	var words []string
	for i := 0; len(words) < 3; i++ {
		w := fmt.Sprintf("w%d", i)
		if len(words) == 0 || c.set(w) == c.set(words[0]) {
			words = append(words, w)
		}
	}
	a, b, third := words[0], words[1], words[2]
	var in tokInfo
	find := func(w string) bool {
		hit, victim := c.find(w)
		if hit == nil && victim == nil {
			t.Fatalf("%q: neither found nor to be stored", w)
		}
		if hit != nil {
			return true
		}
		m.analyseWord(&s, &in, w)
		victim.store(w, &in)
		return false
	}
	steps := []struct {
		word  string
		found bool
	}{
		{a, false}, {b, false}, {a, true}, {b, true}, {a, true},
		{third, false},                       // replaces b, used less recently than a
		{a, true}, {third, true}, {b, false}, // replaces a
		{third, true}, {a, false},
	}
	for i, st := range steps {
		if got := find(st.word); got != st.found {
			t.Fatalf("step %d, %q: found %v, want %v", i, st.word, got, st.found)
		}
	}
}

package identity

import (
	"encoding/gob"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"newsbot/extract/doc"
)

// realEntities reads the per-article entities of a corpus, gob-encoded, from
// the file CLUSTER_ENTS names; the test is skipped without it.
func realEntities(tb testing.TB) []DocEntity {
	path := os.Getenv("CLUSTER_ENTS")
	if path == "" {
		tb.Skip("CLUSTER_ENTS names no file of entities")
	}
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var ents []DocEntity
	if err := gob.NewDecoder(f).Decode(&ents); err != nil {
		tb.Fatalf("read %s: %v", path, err)
	}
	return ents
}

// BenchmarkClusterCold clusters a real corpus's entities as a rebuild
// does: with every memo of the package forgotten first.
func BenchmarkClusterCold(b *testing.B) {
	ents := realEntities(b)
	b.ResetTimer()
	for b.Loop() {
		Forget()
		Cluster(ents)
	}
}

// BenchmarkClusterWarm clusters a real corpus's entities as a build does:
// after Resolve has keyed the names and spellings of every article.
func BenchmarkClusterWarm(b *testing.B) {
	ents := realEntities(b)
	Forget()
	for _, e := range ents {
		formKeys.get(e.Name)
		for _, s := range e.Surfaces {
			formKeys.get(s)
		}
	}
	b.ResetTimer()
	for b.Loop() {
		Cluster(ents)
	}
	b.StopTimer()
	Forget()
}

// TestClusterRealSame compares Cluster's output on a real corpus with a
// recorded one (CLUSTER_WANT), writing it when the file does not exist.
func TestClusterRealSame(t *testing.T) {
	ents := realEntities(t)
	want := os.Getenv("CLUSTER_WANT")
	if want == "" {
		t.Skip("CLUSTER_WANT names no file")
	}
	Forget()
	got := Cluster(ents)
	f, err := os.Open(want)
	if os.IsNotExist(err) {
		w, err := os.Create(want)
		if err != nil {
			t.Fatal(err)
		}
		defer w.Close()
		if err := gob.NewEncoder(w).Encode(got); err != nil {
			t.Fatal(err)
		}
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var exp []Entity
	if err := gob.NewDecoder(f).Decode(&exp); err != nil {
		t.Fatal(err)
	}
	if len(exp) != len(got) {
		t.Fatalf("%d entities, want %d", len(got), len(exp))
	}
	for i := range exp {
		if !sameEntity(exp[i], got[i]) {
			t.Fatalf("entity %d: %+v, want %+v", i, got[i], exp[i])
		}
	}
	// Warm: the memos as Resolve leaves them give the same.
	if again := Cluster(ents); !reflect.DeepEqual(again, got) {
		t.Fatal("a second call differs")
	}
}

// sameEntity compares two entities, an empty list of aliases or members
// being no list (as gob reads it back).
func sameEntity(a, b Entity) bool {
	return a.Name == b.Name && a.Type == b.Type && len(a.Aliases) == len(b.Aliases) && len(a.Members) == len(b.Members) &&
		(len(a.Aliases) == 0 || reflect.DeepEqual(a.Aliases, b.Aliases)) && (len(a.Members) == 0 || reflect.DeepEqual(a.Members, b.Members))
}

// TestCorpusKeysMatchMemos checks that what the corpus keys once a name or
// spelling equals what the package's keying functions give, for names
// with white space to squash, particles, suffixes, nicknames and
// possessives, whether the memos know the names (as after Resolve) or not
// (as after Forget).
func TestCorpusKeysMatchMemos(t *testing.T) {
	names := []string{
		"Vladimir Putin", "Putin", "Donald Trump Jr.", "Ursula von der Leyen", "al-Assad",
		"Bashar al-Assad", "Mohammed bin Salman", `Robert "Bobby" Keane`, "Reuters' s",
		"Kremlin's", "U.S.", "  Zelenskyy  ", "Volodymyr\nZelensky", "Jean-Luc de la Croix",
		"Micheál Martin", "Tamim bin Hamad Al Thani", "", " ", "MacAllister", "THE NEW YORK TIMES",
		"Calder Ridge Resources", "Calder\tRidge", "Okonkwo's", "Li  Wei", "Ali Yerlikaya Snr",
	}
	ents := []DocEntity{}
	for i, n := range names {
		ents = append(ents, DocEntity{Article: fmt.Sprint("a", i%3), Name: n, Type: doc.Person, Surfaces: append([]string{n}, names...)})
		ents = append(ents, DocEntity{Article: fmt.Sprint("b", i%4), Name: n, Type: doc.Org, Surfaces: []string{n, strings.ToUpper(n)}})
	}
	for _, warm := range []bool{false, true} {
		Forget()
		if warm {
			for _, n := range names {
				formKeys.get(n)
				Key(n)
				lastTokenKey(n)
			}
		}
		c := newCorpus(ents)
		for i, e := range c.ents {
			ni := c.info(i)
			if nk := formKeys.f(e.Name); ni.keyText != nk.key || ni.lastKey != nk.last || ni.suffix != nk.suffix || !reflect.DeepEqual(ni.toks, nk.toks) {
				t.Errorf("warm %v: name %q keyed %+v, want %+v", warm, e.Name, ni, nk)
			}
			for j, s := range e.Surfaces {
				if got, want := c.surfaceKey(i, j), key(s); got != want {
					t.Errorf("warm %v: surface %q keyed %q, want %q", warm, s, got, want)
				}
				sp := c.spell[int(c.surfAt[i])+j]
				if got, want := c.spellingLastKey(sp), lastKey(c.spellings[sp]); got != want {
					t.Errorf("warm %v: spelling %q has last key %q, want %q", warm, c.spellings[sp], got, want)
				}
			}
		}
	}
	Forget()
}

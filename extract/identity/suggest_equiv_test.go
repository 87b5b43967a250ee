package identity

import (
	"flag"
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"testing"
)

var equivNames = flag.Int("equiv.names", 2000, "names in the index-versus-scan equivalence test")

// nameGen makes reproducible, plausible names: people from syllables in
// several styles, organisations and places, with the shared given names
// and surnames that make real name lists hard to search.
type nameGen struct{ seed uint64 }

func (g *nameGen) next() uint64 {
	g.seed ^= g.seed << 13
	g.seed ^= g.seed >> 7
	g.seed ^= g.seed << 17
	return g.seed
}

func (g *nameGen) pick(list []string) string { return list[g.next()%uint64(len(list))] }

var (
	genOnsets = strings.Fields("b br ch d dm f g gr h j k kh l m n p pr r s sh st t tr v vl w y z zh")
	genVowels = strings.Fields("a e i o u y ai ia ou ey")
	genCodas  = strings.Fields("n r s k v l m t sky skiy enko ov off ova son sen ez ini ard")
	genGiven  = strings.Fields("Steve John Maria Olena Yuri Dmitry Ahmed Li Wei Jean-Pierre Anna Michael Micheál Sergei Fatima Carlos Kaja Ursula Donald Emmanuel Xi Narendra Kim")
	genOrgs   = strings.Fields("Group Ministry Bank Agency Council Party Holdings Institute Commission")
	genPartic = strings.Fields("von van de al- bin")
)

// word makes one capitalised syllable word of 1 to 3 syllables plus a coda.
func (g *nameGen) word() string {
	var b strings.Builder
	for range 1 + g.next()%3 {
		b.WriteString(g.pick(genOnsets))
		b.WriteString(g.pick(genVowels))
	}
	b.WriteString(g.pick(genCodas))
	w := b.String()
	return strings.ToUpper(w[:1]) + w[1:]
}

// names returns n distinct names. Surnames are drawn from a pool so that
// many people share one, as in news.
func (g *nameGen) names(n int) []string {
	surnames := make([]string, n/4+1)
	for i := range surnames {
		surnames[i] = g.word()
	}
	seen := map[string]bool{}
	var out []string
	for len(out) < n {
		var name string
		sur := surnames[g.next()%uint64(len(surnames))]
		switch r := g.next() % 20; {
		case r < 11:
			name = g.pick(genGiven) + " " + sur
		case r < 13:
			name = g.word() + " " + sur
		case r < 14:
			name = g.pick(genGiven) + " " + g.pick(genPartic) + " " + sur
			name = strings.ReplaceAll(name, "- ", "-")
		case r < 16:
			name = sur
		case r < 18:
			name = g.word() + " " + g.pick(genOrgs)
		default:
			name = g.word()
		}
		if !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
	}
	return out
}

// misspell applies one or two random edits (delete, insert, substitute,
// transpose) to s, the way a user mistypes a name.
func (g *nameGen) misspell(s string) string {
	r := []rune(s)
	for range 1 + g.next()%2 {
		if len(r) < 2 {
			break
		}
		i := int(g.next() % uint64(len(r)))
		c := rune('a' + g.next()%26)
		switch g.next() % 4 {
		case 0:
			r = append(r[:i:i], r[i+1:]...)
		case 1:
			r = append(r[:i:i], append([]rune{c}, r[i:]...)...)
		case 2:
			r[i] = c
		default:
			if i+1 < len(r) {
				r[i], r[i+1] = r[i+1], r[i]
			}
		}
	}
	return string(r)
}

// queries returns n queries over names: misspelt full names and surnames,
// prefixes of names and surnames, and words that name nobody.
func (g *nameGen) queries(names []string, n int) []string {
	var out []string
	for len(out) < n {
		name := names[g.next()%uint64(len(names))]
		f := strings.Fields(name)
		last := f[len(f)-1]
		switch g.next() % 6 {
		case 0:
			out = append(out, g.misspell(name))
		case 1, 2:
			out = append(out, g.misspell(last))
		case 3:
			out = append(out, last[:min(len(last), 3+int(g.next()%4))])
		case 4:
			out = append(out, name[:min(len(name), 4+int(g.next()%8))])
		default:
			out = append(out, g.word())
		}
	}
	return out
}

func TestNameIndexMatchesFullScan(t *testing.T) {
	g := &nameGen{seed: 7}
	names := g.names(*equivNames)
	names = append(names, "Steve Witkoff", "Volodymyr Zelenskiy", "Vladimir Putin", "Bashar al-Assad", "Ursula von der Leyen", "Донald", "O'Brien", "U.S.")
	ix, ref := NewNameIndex(names), indexNames(names)
	queries := g.queries(names, 600)
	queries = append(queries, "Witkof", "Zelenskyy", "Putn", "Assad", "al-Asad", "", "a", "ab", "\xff\xfe", strings.Repeat("x", 5000), "Vladimir Putn", "von der Leyen")
	same, sameOld := 0, 0
	for _, q := range queries {
		for _, n := range []int{1, 5} {
			got := ix.Suggest(q, n)
			if want := referenceSuggest(ref, q, n, true); !reflect.DeepEqual(got, want) {
				t.Errorf("Suggest(%q, %d) = %q, full scan %q", q, n, got, want)
			} else {
				same++
			}
			// Against the scan as it was, the index may only do better:
			// it also reads a surname without its article.
			old := referenceSuggest(ref, q, n, false)
			if reflect.DeepEqual(got, old) {
				sameOld++
				continue
			}
			if len(got) < len(old) {
				t.Errorf("Suggest(%q, %d) = %q, old scan %q", q, n, got, old)
				continue
			}
			for i := range old {
				gs, _ := referenceScore(ref, q, got[i], true)
				os, _ := referenceScore(ref, q, old[i], true)
				if gs > os {
					t.Errorf("Suggest(%q, %d) = %q, old scan %q: %q scores %d, worse than %d", q, n, got, old, got[i], gs, os)
				}
			}
		}
	}
	t.Logf("%d of %d answers identical to the full scan, %d identical to the scan without bare surnames", same, 2*len(queries), sameOld)
}

func TestNameIndexFindsMisspellingsOfItsNames(t *testing.T) {
	names := []string{"Steve Witkoff", "Volodymyr Zelenskiy", "Bashar al-Assad", "Jean-Pierre Raffarin", "Ursula von der Leyen", "Ahmed bin Khalid"}
	ix := NewNameIndex(names)
	tests := []struct{ name, query, want string }{
		{"a surname with a transposition is found", "Witkfof", "Steve Witkoff"},
		{"a surname without its article is found", "Asad", "Bashar al-Assad"},
		{"a hyphenated given name with a typo is found", "Jean-Piere", "Jean-Pierre Raffarin"},
		{"a particle surname is found", "Leyen", "Ursula von der Leyen"},
		{"a patronymic is found without its particle", "Khaled", "Ahmed bin Khalid"},
		{"a patronymic is found with its particle", "bin Khaled", "Ahmed bin Khalid"},
		{"a long full name with three typos is found", "Volodimir Zelensky", "Volodymyr Zelenskiy"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ix.Suggest(tc.query, 1)
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("Suggest(%q) = %q, want %q", tc.query, got, tc.want)
			}
		})
	}
}

// benchNames returns n names and typical unknown names to ask of them.
func benchNames(n int) (names, queries []string) {
	g := &nameGen{seed: 11}
	names = g.names(n)
	return names, g.queries(names, 200)
}

// benchSizes are the name counts benchmarked: about today's knowledge base,
// and three times it.
var benchSizes = []int{34_000, 100_000}

func BenchmarkNameIndexSuggest(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("%dnames", n), func(b *testing.B) {
			names, queries := benchNames(n)
			ix := NewNameIndex(names)
			b.ResetTimer()
			i := 0
			for b.Loop() {
				ix.Suggest(queries[i%len(queries)], 5)
				i++
			}
		})
	}
}

// BenchmarkFullScanSuggest is the scan the index replaced, for comparison.
func BenchmarkFullScanSuggest(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("%dnames", n), func(b *testing.B) {
			names, queries := benchNames(n)
			ref := indexNames(names)
			b.ResetTimer()
			i := 0
			for b.Loop() {
				referenceSuggest(ref, queries[i%len(queries)], 5, false)
				i++
			}
		})
	}
}

// BenchmarkNewNameIndex200k reports the heap a 200,000-name index keeps
// (the names themselves excluded: the caller holds them), and that of the
// keys and tokens alone, which is what the full scan kept.
func BenchmarkNewNameIndex200k(b *testing.B) {
	names := (&nameGen{seed: 13}).names(200_000)
	heap := func(build func() any) float64 {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		v := build()
		runtime.GC()
		runtime.ReadMemStats(&after)
		runtime.KeepAlive(v)
		return float64(after.HeapAlloc-before.HeapAlloc) / (1 << 20)
	}
	for b.Loop() {
		b.ReportMetric(heap(func() any { return NewNameIndex(names) }), "MB")
		b.ReportMetric(heap(func() any { return indexNames(names) }), "scanMB")
	}
}

// FuzzNameIndexSuggest holds the index to the full scan on arbitrary
// names and queries: names is a list separated by '|'.
func FuzzNameIndexSuggest(f *testing.F) {
	f.Add("Steve Witkoff|Volodymyr Zelenskiy|Bashar al-Assad", "Witkof")
	f.Add("Micheál Martin|Martin Luther King|Kremlin", "Martin")
	f.Add("Дональд Трамп|Trump|Donald Trump Jr.", "Трам")
	f.Add("a|ab|abc|\xff\xfe", "\xffab")
	f.Fuzz(func(t *testing.T, list, query string) {
		if len(list) > 2000 || len(query) > 200 {
			return
		}
		names := strings.Split(list, "|")
		ix, ref := NewNameIndex(names), indexNames(names)
		for _, n := range []int{1, 3} {
			got, want := ix.Suggest(query, n), referenceSuggest(ref, query, n, true)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Suggest(%q, %d) over %q = %q, full scan %q", query, n, names, got, want)
			}
		}
	})
}

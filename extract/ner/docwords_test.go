package ner

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"newsbot/extract/internal/swar"
	"newsbot/extract/ner/internal/tok"
)

// TestMayHoldNeverMissesAWord checks that the document word filter
// accepts every set and word that inSet, lowerIn or a literal test would
// find in the document, whatever the case or script of the tokens.
func TestMayHoldNeverMissesAWord(t *testing.T) {
	texts := []string{
		"She leaves two CHILDREN, Ada and Tom.",
		"Share: Facebook X LinkedIn",
		"He climbed Everest and was survived by Tom.",
		"the Safer Roads (Cycling) Bill and the Act 2027",
		"Tropical STORM Alberto; Mr Speaker, Madam Deputy Speaker",
		"Ünïcödé Straße İstanbul ΣΊΣΥΦΟΣ film The End",
		"the Trust and Council POLICE; Ysgol Gymraeg; Christmas Day; MINISTER of State; treated in Hospital",
		"Hay's Flat, Clause 4, reporting by, the CENTENARIAN, Librarian, the Games company",
		"LORD Smith of Kent; Orbitek UNVEILED the Halo X",
		"the Vela-2 probe and the Kestrel-4 ROCKET; the Hall of the Estates, the PALACE of Culture",
		"the Pine Ridge WILDFIRE, the Kahramanmaraş earthquake; EUR 118m, USD 4.2bn; Health Minister",
		"RAF Lossiemouth; Ayes 312, NOES 20; HMS Victory and KM Sinar sank OFF the coast; Justice Amy Barrett; the Museum",
		"Co-Founded by Ada; THANKS to Bo; Ludwig VAN Beethoven; Sunday Lunch",
		"Jo Hale MP, Ada Smith OBE, the TANKER Sea Lark, the African UNION, 1400 gmt, High Street, Royal Assent",
	}
	checkWordFilter(t, texts)
	t.Run("news", func(t *testing.T) {
		var news []string
		for _, s := range readStories(t, 300) {
			news = append(news, s.text)
		}
		checkWordFilter(t, news)
	})
}

// checkWordFilter checks the word filter of each text against the words
// of its tokens and a few sets the rules test.
func checkWordFilter(t *testing.T, texts []string) {
	t.Helper()
	sets := []map[string]bool{climbVerbs, stormWords, shareLabels, pluralKinNouns, plainWorkNouns, addressOpeners,
		workArticles, calendarWords, titles, institutionHeads, honorifics, holidays, possessiveLocalities, sharedBodyNouns,
		portfolioTitles, careWords, kindHeads, firmClassNouns, welshInstitutionWords, creditVerbs, longNameHeads,
		occupationOpeners, ageNouns, eventHeads, numberedParts, peerTitles, launchVerbs, numberedCraftNouns, buildingOfHeads,
		disasterNouns, currencyCodes, tallyWords, basePrefixes, seaPlacePreps, leadParticiples, localNouns, judicialTitles,
		vesselPrefixes, vesselPrefixesWeak, foundingVerbs, thanksWords, nameParticles, meals,
		procedureHeads, universalZones, regionalZones, streetTails, postNominals, memberTitles, vesselNouns, bodyOfStatesHeads}
	for _, text := range texts {
		toks := tok.Split(nil, text, 0, len(text))
		dt := newDocTags(text, toks, make([]int, len(toks)))
		for i := range toks {
			w := tokText(text, toks, i)
			if !dt.mayHoldWord(w) || !dt.mayHoldWord(strings.ToUpper(w)) || !dt.mayHoldWord(strings.ToLower(w)) {
				t.Fatalf("%q: the filter misses the word %q", text[:min(len(text), 40)], w)
			}
			for _, set := range sets {
				if (inSet(set, w) || lowerIn(set, w)) && !dt.mayHoldAny(set) {
					t.Fatalf("%q: the filter misses %q of a set", text[:min(len(text), 40)], w)
				}
			}
		}
		dt.release()
	}
}

// lowerHashSlow is the hash of the lower-case form of w as
// strings.ToLower builds it.
func lowerHashSlow(w string) uint32 { return bytesHash(strings.ToLower(w)) }

// TestLowerHashMatchesToLower checks the one-pass ASCII hash against the
// hash of strings.ToLower, for words of every case and for words whose
// first non-ASCII byte comes after upper-case letters.
func TestLowerHashMatchesToLower(t *testing.T) {
	words := []string{"", "a", "A", "Zurich", "ZÜRICH", "Zürich", "über", "ÜBER", "@[`{", "AZaz09", "İstanbul",
		"K", "\xff", "Ab\xffC", "MCDONALD’S", "o'neill", "O'NEILL",
		// Words of one block and more, with a byte not ASCII in either.
		"ABCDEFGH", "abcdefgh", "ABCDEFGHI", "INTERNATIONAL", "Internationalisation", "ABCDEFGHIJKLMNOP",
		"ABCDEFGÜ", "ABCDEFGHÜ", "ÜBCDEFGHIJ", "ABCDEFGHIJKLMNOPÜ", "a\x00", "a\x00\x00\x00\x00\x00\x00\x00\x00"}
	for _, w := range words {
		if got, want := lowerHash(w), lowerHashSlow(w); got != want {
			t.Errorf("lowerHash(%q) = %d, want %d", w, got, want)
		}
	}
	for c := 0; c < 256; c++ {
		for _, w := range []string{string(rune(c)), "Ab" + string([]byte{byte(c)}), string([]byte{byte(c)}) + "Q"} {
			if got, want := lowerHash(w), lowerHashSlow(w); got != want {
				t.Errorf("lowerHash(%q) = %d, want %d", w, got, want)
			}
		}
	}
}

// TestLowerHashIn checks the hash of a word read inside its text against
// lowerHash of the word, for every word of a few texts, near their ends
// and around bytes that are not ASCII.
func TestLowerHashIn(t *testing.T) {
	for _, text := range []string{"", "a", "Ab", "ABCDEFG", "ABCDEFGH", "The Quick BROWN fox JUMPED over 1,000 dogs' tails.",
		"Zürich ÜBER alles; İstanbul’s K-pop \xff\x00 end", strings.Repeat("Ab\x00", 9)} {
		for a := 0; a <= len(text); a++ {
			for b := a; b <= len(text); b++ {
				if got, want := lowerHashIn(text, a, b), lowerHash(text[a:b]); got != want {
					t.Fatalf("lowerHashIn(%q, %d, %d) = %d, want %d", text, a, b, got, want)
				}
			}
		}
	}
}

// TestLowerBlock checks the lowering of a block of eight ASCII bytes
// against asciiLower, for every ASCII byte at every place of the block
// and beside every other.
func TestLowerBlock(t *testing.T) {
	for c := 0; c < utf8.RuneSelf; c++ {
		for d := 0; d < utf8.RuneSelf; d++ {
			for at := 0; at < 8; at++ {
				b := []byte("@AZ[`az{")
				b[at], b[(at+1)%8] = byte(c), byte(d)
				want := make([]byte, 8)
				for i := range b {
					want[i] = asciiLower[b[i]]
				}
				if got := lowerBlock(load64(string(b))); got != load64(string(want)) {
					t.Fatalf("lowerBlock(%q) = %#x, want %q", b, got, want)
				}
			}
		}
	}
}

// TestNumberedCraftName covers the early rejection of words that open in
// lower case or with no letter.
func TestNumberedCraftName(t *testing.T) {
	for w, want := range map[string]bool{
		"Vela-2": true, "Kestrel-12": true, "vela-2": false, "Vel-2": true, "Ve-2": false,
		"Vela-123": false, "Vela-": false, "-2": false, "": false, "VELA-2": false, "2-Vela": false,
		"Vela-2b": false, "Vela2": false, "Éla-2": false,
	} {
		if got := numberedCraftName(w); got != want {
			t.Errorf("numberedCraftName(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestLowerInto checks the allocation-free lowering against
// strings.ToLower, for words of every case, words that do not fit the
// buffer and words that are not ASCII.
func TestLowerInto(t *testing.T) {
	words := []string{"", "a", "A", "Zurich", "zurich", "ZÜRICH", "Zürich", "İstanbul", "Llanwrtyd", "LLAN",
		"AZaz09@[`{", "\xff", "Ab\xffC", "O'NEILL", strings.Repeat("A", 32), strings.Repeat("A", 33), strings.Repeat("b", 40)}
	for c := 0; c < 256; c++ {
		words = append(words, string([]byte{byte(c)}), "Ab"+string([]byte{byte(c)}))
	}
	var buf swar.WordBuf
	for _, w := range words {
		if got, want := swar.LowerWord(&buf, w), strings.ToLower(w); got != want {
			t.Errorf("swar.LowerWord(%q) = %q, want %q", w, got, want)
		}
	}
	set := map[string]bool{}
	for _, w := range []string{"Kessa", "KESSA", "kessa", "Ünïcödé", "Oslo"} {
		addLower(set, &buf, w)
	}
	if len(set) != 3 || !set["kessa"] || !set["ünïcödé"] || !set["oslo"] {
		t.Errorf("addLower built %v", set)
	}
	if n := testing.AllocsPerRun(100, func() { swar.LowerWord(&buf, "Llanwrtyd") }); n != 0 {
		t.Errorf("lowerInto allocates %v times", n)
	}
}

// TestSetIndexFindsEveryWord checks that the index of the fixed sets'
// words gives every registered hash all of its sets, and no set for a
// hash that no set's word has.
func TestSetIndexFindsEveryWord(t *testing.T) {
	ix := fixedSetIndex()
	want := map[uint32]map[uint16]bool{}
	for _, w := range setWordHashes {
		if want[w.hash] == nil {
			want[w.hash] = map[uint16]bool{}
		}
		want[w.hash][w.set] = true
	}
	for h, sets := range want {
		k, ok := ix.find(h)
		if !ok {
			t.Fatalf("hash %#x of a set's word not found", h)
		}
		got := ix.setsAt(k)
		if len(got) != len(sets) {
			t.Fatalf("hash %#x: sets %v, want %v", h, got, sets)
		}
		for _, id := range got {
			if !sets[id] {
				t.Fatalf("hash %#x: sets %v, want %v", h, got, sets)
			}
		}
	}
	for h := uint32(0); h < 200000; h++ {
		if _, ok := ix.find(h); ok != (want[h] != nil) {
			t.Fatalf("find(%#x) = %v", h, ok)
		}
	}
	for _, w := range []string{"survived", "Bill", "ACT", "Minister", "union"} {
		if _, ok := ix.find(lowerHash(w)); !ok {
			t.Errorf("%q, asked about by the rules, is not indexed", w)
		}
	}
}

// TestGateWordsHoldEveryAskedWord checks that every word the rules ask
// mayHoldWord about is one of gateWords, so that each question is one
// test of a mark rather than a second hashing of the document's tokens.
func TestGateWordsHoldEveryAskedWord(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	asked := regexp.MustCompile(`mayHoldWord\("([^"]+)"\)`)
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range asked.FindAllStringSubmatch(string(src), -1) {
			n++
			if !gateWords[strings.ToLower(m[1])] {
				t.Errorf("%s asks mayHoldWord(%q), which gateWords lacks", f, m[1])
			}
		}
	}
	if n == 0 {
		t.Fatal("no call of mayHoldWord found")
	}
}

package quotes

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// TestOneLineKeepsJoin checks oneLine against strings.Join over
// strings.Fields on names on one line, wrapped, padded, spaced by runs,
// tabs and white space past ASCII, and bytes that are no UTF-8.
func TestOneLineKeepsJoin(t *testing.T) {
	for _, s := range []string{"", " ", "Kiichi Miyazawa", "Kiichi\nMiyazawa", "Kiichi  Miyazawa", " Kiichi Miyazawa",
		"Kiichi Miyazawa ", "Kiichi\tMiyazawa", "Kiichi\u00a0Miyazawa", "Kiichi\u2003Miyazawa", "Kiichi\u0085Miyazawa",
		"José María Aznar", "Ng", "a b c", "a  b", "\xff\xfe name", "name\r", "Zoë\u3000Ng", "O’Brien", "\v", "x\fy"} {
		if got, want := oneLine(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestHasFieldsCountsFields checks hasFields, which headingPara counts a
// line's words with, against len(strings.Fields).
func TestHasFieldsCountsFields(t *testing.T) {
	for _, s := range []string{"", "one", " one two ", "a\u00a0b c", strings.Repeat("word ", 15), strings.Repeat("word ", 16),
		strings.Repeat("w\n", 16), "\xff \xfe"} {
		for n := 0; n <= 17; n++ {
			if got, want := hasFields(s, n), len(strings.Fields(s)) >= n; got != want {
				t.Errorf("hasFields(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

// surnamesAsPeopleReference is surnamesAsPeople counting every word of
// the other mentions in one pass with the people's surnames.
func surnamesAsPeopleReference(text string, ments []doc.Mention) {
	bearers := map[string]*bearer{}
	others := map[string]int{}
	for _, m := range ments {
		f := strings.Fields(m.Text)
		if m.Type != doc.Person {
			for _, w := range f {
				others[w]++
			}
			continue
		}
		if len(f) < 2 {
			continue
		}
		key := m.Name()
		for _, surname := range surnameForms(f[len(f)-1]) {
			switch b := bearers[surname]; {
			case b == nil:
				bearers[surname] = &bearer{key: key, first: m.Start}
			case b.key != key:
				b.clash = true
			}
		}
	}
	for i := range ments {
		m := &ments[i]
		b := bearers[m.Text]
		if b == nil || b.clash || b.first >= m.Start || m.Type == doc.Person || m.Type == "" || others[m.Text] != 1 {
			continue
		}
		if m.Canonical != "" && m.Canonical != m.Text || afterDeterminer(text, m.Start) {
			continue
		}
		m.Type, m.Canonical = doc.Person, b.key
	}
}

// TestSurnamesAsPeopleKeepsReference checks surnamesAsPeople against its
// reference on every subset of a set of mentions: people with one and
// two words and hyphenated surnames, and places, firms and untyped names
// sharing their words.
func TestSurnamesAsPeopleKeepsReference(t *testing.T) {
	text := "Jessica Hull won. Hull said. The Hull City fans and Ford. Jordan Ford met Ann Ford. Hull left. " +
		"Ana al-Rashid spoke. Rashid said. the Hull group. Hull\nMiles ran. Hull."
	var all []doc.Mention
	add := func(word string, typ doc.EntityType, nth int) {
		i := -1
		for k := 0; k <= nth; k++ {
			j := strings.Index(text[i+1:], word)
			if j < 0 {
				t.Fatalf("no %q number %d", word, nth)
			}
			i += 1 + j
		}
		all = append(all, doc.Mention{Span: doc.Span{Start: i, End: i + len(word)}, Type: typ, Text: word})
	}
	add("Jessica Hull", doc.Person, 0)
	add("Hull", doc.Org, 1)
	add("Hull City", doc.Org, 0)
	add("Ford", doc.Org, 1)
	add("Jordan Ford", doc.Person, 0)
	add("Ann Ford", doc.Person, 0)
	add("Hull", doc.Place, 3)
	add("Ana al-Rashid", doc.Person, 0)
	add("Rashid", doc.Org, 1)
	add("Hull", "", 4)
	add("Hull\nMiles", doc.Person, 0)
	add("Hull", doc.Org, 6)
	repaired := 0
	for mask := 0; mask < 1<<len(all); mask++ {
		var in, got, want []doc.Mention
		for i, m := range all {
			if mask&(1<<i) != 0 {
				in, got, want = append(in, m), append(got, m), append(want, m)
			}
		}
		surnamesAsPeople(text, got)
		surnamesAsPeopleReference(text, want)
		if !slices.Equal(got, want) {
			t.Fatalf("mentions %b: got %v, want %v", mask, got, want)
		}
		if !slices.Equal(got, in) {
			repaired++
		}
	}
	if repaired == 0 {
		t.Error("no set of mentions is repaired")
	}
}

// wordEndReference is wordEnd decoding every byte that is no ASCII letter
// or digit.
func wordEndReference(text string, i, hi int) int {
	j := i
	dots := false
	for j < hi {
		if c := text[j]; c < utf8.RuneSelf && asciiWordByte[c] {
			j++
			continue
		}
		r, w := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) {
			j += w
			continue
		}
		if r == '\'' || r == '’' || r == '-' || r == '&' || r == '.' {
			nr := nextRune(text, j+w, hi)
			if isWordRune(nr) {
				if r == '.' {
					dots = true
				}
				j += w
				continue
			}
			if r == '.' && dots {
				j += w
				if nr == '-' && isWordRune(nextRune(text, j+1, hi)) {
					continue
				}
			} else if r == '.' && nameTitles[strings.ToLower(text[i:j])] {
				j += w
			}
		}
		break
	}
	if j == i {
		_, w := utf8.DecodeRuneInString(text[i:])
		j = i + w
	}
	return j
}

// TestWordEndKeepsReference checks wordEnd against its reference from
// every byte of the seed articles and of crafted words.
func TestWordEndKeepsReference(t *testing.T) {
	texts := []string{"U.S.-brokered don’t Russia’s AT&T rock 'n' roll Dr. Amara U.S. the ’90s e-mail x.y <FBT> 3.5% co-op's Zoë's naïve",
		"Msgr. Walsh said: \"fine\" — (yes) …end", "a\xffb \xe2\x80 c"}
	files, _ := filepath.Glob("testdata/seeds/*.txt")
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(raw))
	}
	for _, text := range texts {
		for i := 0; i < len(text); i++ {
			for _, hi := range []int{len(text), min(len(text), i+3)} {
				if got, want := wordEnd(text, i, hi), wordEndReference(text, i, hi); got != want {
					t.Fatalf("wordEnd(%q, %d, %d) = %d, want %d", text[i:hi], i, hi, got, want)
				}
			}
		}
	}
}

// TestWordFiltersHoldTheirSets checks that the word filters standing
// before the sets of passiveAgent, phraseFrom and appendWordToken hold
// every word of their set.
func TestWordFiltersHoldTheirSets(t *testing.T) {
	for _, c := range []struct {
		name   string
		set    map[string]bool
		filter interface{ MayHold(string) bool }
	}{
		{"relatives", relatives, relativesFilter}, {"beForms", beForms, beFormsFilter},
		{"npStops", npStops, npStopsFilter}, {"pronouns", pronouns, pronounsFilter},
	} {
		for w := range c.set {
			if !c.filter.MayHold(w) {
				t.Errorf("the filter of %s turns away %q", c.name, w)
			}
		}
	}
}

// flattenReference is Flatten writing the bytes between blank runs one
// by one.
func flattenReference(s string) string {
	s = collapseSplits(s)
	if !strings.Contains(s, "\n") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		j, broken := i, false
		for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r' || s[j] == '\n') {
			broken = broken || s[j] == '\n'
			j++
		}
		switch {
		case j == i:
			b.WriteByte(s[i])
			j++
		case !broken:
			b.WriteString(s[i:j])
		default:
			b.WriteByte(' ')
			j += reopeningMark(s[j:])
		}
		i = j
	}
	return b.String()
}

// TestFlattenKeepsReference checks Flatten against its reference on
// crafted passages and on every stretch of lines of the seed articles.
func TestFlattenKeepsReference(t *testing.T) {
	texts := []string{"one\ntwo", "one \n “two”", "a\n\n'Bold move,' he said\n'90s", "end\n", "\n", "x\r\ny\tz  w",
		"“We will,” he said, “win\n“next time.”", "no break here"}
	files, _ := filepath.Glob("testdata/seeds/*.txt")
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(raw), "\n")
		for i := 0; i+3 <= len(lines); i++ {
			texts = append(texts, strings.Join(lines[i:i+3], "\n"))
		}
	}
	for _, s := range texts {
		if got, want := Flatten(s), flattenReference(s); got != want {
			t.Errorf("Flatten(%q) = %q, want %q", s, got, want)
		}
	}
}

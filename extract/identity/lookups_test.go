package identity

import (
	"bytes"
	"maps"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"newsbot/extract/internal/newscorpus"
)

// isTitleByThreeSets is isTitle looking bare(tok) up in pureTitles,
// surnameTitles and honorifics one by one.
func isTitleByThreeSets(tok string) bool {
	var buf [32]byte
	bb := bareBytes(buf[:0], tok)
	if pureTitles[string(bb)] || surnameTitles[string(bb)] || honorifics[string(bb)] || capitalRanks[strings.TrimSuffix(tok, ".")] {
		return true
	}
	if bytes.IndexByte(bb, '-') >= 0 {
		b := string(bb)
		for _, p := range strings.Split(b, "-") {
			if pureTitles[p] || p == "ex" && len(b) > 3 {
				return true
			}
		}
	}
	return false
}

// trimPossessiveRangeBySuffixes is trimPossessiveRange trying every
// ending in turn.
func trimPossessiveRangeBySuffixes(s string, a, b int) int {
	t := s[a:b]
	for _, suf := range []string{"'s", "’s", "‘s", "'S", "’S"} {
		if strings.HasSuffix(t, suf) && len(t) > len(suf) {
			return a + len(strings.TrimRightFunc(t[:len(t)-len(suf)], unicode.IsSpace))
		}
	}
	for _, suf := range []string{"s'", "s’"} {
		if strings.HasSuffix(t, suf) && len(t) > len(suf) {
			return b - len(suf) + 1
		}
	}
	return b
}

// leadingWordByRunes is leadingWord decoding every rune.
func leadingWordByRunes(s string) string {
	if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		return s[:i]
	}
	return s
}

// lookupSamples are crafted words and snippets for the fast paths of
// this file: ASCII, other scripts, white space beyond ASCII, broken
// UTF-8, possessives and ranks.
var lookupSamples = []string{"", " ", "a", "A", "Mr", "Mr.", "mr", "MR.", "President", "ex-President", "Secretary-General",
	"vice-president", "DI", "DI.", "DS", "PC", "WPC", "PCSO", "Pc", "dc", "D", "P", "W", "Queen", "Señor", "señora",
	"Sheikh", "Putin's", "Putin’s", "Putin‘s", "PUTIN'S", "Jones'", "Jones’", "s'", "'s", "’s", "Mr Putin ‘s",
	"Ross 's", "Ross\t's", "Ross\u00a0's", "Zelenskyy", "Zelenskyy's\n", "Micheál", "Łukasz Nowak", "\xff\xfe",
	"a\xffb", "(Mr.)", "\"Ünal\"", "Ünal.", "((é))", "'x\xff'", "\xffabc", "Tellmar\u00a0province", "\u00a0\u2003 Tellmar", "\u0085x", "novel ", "the album ", "his book, ",
	"a_film ", "LP ", "xLP ", "EP, ", "symphony ", "musical  ", "movies ", "re-record ", "Ünal Özdemir",
	"Professor Hallgren", "Prof. Hallgren", "MR Smith", "Dame\u00a0Judi", "Mrs  Okafor", " Ms Lunn ", "Federal Emergency Chief Olusegun Bankole-Adeyemi",
	"Chief Ada Obi", "Minister Resources Ltd", "  spaced  out\n name ", "hard-\nwrapped\r\nname", "a\u2028b", "\u3000x\u3000", "Tokyo-based", "O'Brien", "AT&T"}

// corpusWords returns the white-space separated words and the
// two-word and three-word runs of the first n stories of the news
// corpus, and the stories.
func corpusWords(t *testing.T, n int) (words []string, texts []string) {
	t.Helper()
	for _, s := range newscorpus.Read(t, newsCorpus, n) {
		texts = append(texts, s.Text)
		fs := strings.Fields(s.Text)
		for i := range fs {
			words = append(words, fs[i])
			if i+1 < len(fs) {
				words = append(words, fs[i]+" "+fs[i+1])
			}
			if i+2 < len(fs) {
				words = append(words, fs[i]+"\n"+fs[i+1]+"  "+fs[i+2])
			}
		}
	}
	return words, texts
}

// TestLookupFastPaths checks each fast path of the look-ups against the
// code it stands for, on crafted samples and on the words and texts of
// the news corpus.
func TestLookupFastPaths(t *testing.T) {
	if want := maps.Clone(pureTitles); true {
		maps.Copy(want, surnameTitles)
		maps.Copy(want, honorifics)
		if !reflect.DeepEqual(titleWords, want) {
			t.Fatalf("titleWords is not the union of pureTitles, surnameTitles and honorifics")
		}
	}
	for _, v := range speechVerbs {
		if !strings.HasPrefix(v, " ") {
			t.Fatalf("the speech verb %q opens with no space, which speaks relies on", v)
		}
	}
	for r := range capitalRanks {
		if !capitalRank(r) || !capitalRank(r+".") {
			t.Fatalf("capitalRank rejects the rank %q", r)
		}
	}
	words, texts := corpusWords(t, 400)
	samples := append(append([]string(nil), lookupSamples...), words...)
	for _, s := range samples {
		if got, want := isTitle(s), isTitleByThreeSets(s); got != want {
			t.Fatalf("isTitle(%q) = %v, want %v", s, got, want)
		}
		if got, want := capitalRank(s), capitalRanks[strings.TrimSuffix(s, ".")]; got != want {
			t.Fatalf("capitalRank(%q) = %v, want %v", s, got, want)
		}
		for a := 0; a <= len(s); a++ {
			if got, want := trimPossessiveRange(s, a, len(s)), trimPossessiveRangeBySuffixes(s, a, len(s)); got != want {
				t.Fatalf("trimPossessiveRange(%q, %d) = %d, want %d", s, a, got, want)
			}
		}
		if got, want := leadingWord(s), leadingWordByRunes(s); got != want {
			t.Fatalf("leadingWord(%q) = %q, want %q", s, got, want)
		}
		if got, want := trimLeftSpace(s), strings.TrimLeftFunc(s, unicode.IsSpace); got != want {
			t.Fatalf("trimLeftSpace(%q) = %q, want %q", s, got, want)
		}
		if got, want := allLetters(s), !strings.ContainsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); got != want {
			t.Fatalf("allLetters(%q) = %v, want %v", s, got, want)
		}
		if got, want := hasSpace(s), strings.ContainsFunc(s, unicode.IsSpace); got != want {
			t.Fatalf("hasSpace(%q) = %v, want %v", s, got, want)
		}
		if got, want := squash(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("squash(%q) = %q, want %q", s, got, want)
		}
		if got, want := string(bareBytes(nil, s)), bare(s); got != want {
			t.Fatalf("bareBytes(%q) = %q, want %q", s, got, want)
		}
		if got, want := string(lowerBytes(nil, s)), strings.ToLower(s); got != want {
			t.Fatalf("lowerBytes(%q) = %q, want %q", s, got, want)
		}
		if titledPersonName(s) && !mayTitlePerson(s) {
			t.Fatalf("mayTitlePerson rejects %q, a titled person's name", s)
		}
		all := appendTokens(nil, s)
		for n := 0; n <= len(all)+1; n++ {
			if got, want := appendTokensUpTo(nil, s, n), all[:min(n, len(all))]; !reflect.DeepEqual(got, want) && len(got)+len(want) > 0 {
				t.Fatalf("appendTokensUpTo(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
	for _, text := range append(append([]string(nil), lookupSamples...), texts...) {
		for i := 0; i <= len(text); i++ {
			for _, w := range []string{text[max(0, i-20):i], text[i:min(len(text), i+24)]} {
				if got, want := workNounBefore(w), workNounBeforeByNouns(w); got != want {
					t.Fatalf("workNounBefore(%q) = %v, want %v", w, got, want)
				}
				if got, want := trimLeftSpace(w), strings.TrimLeftFunc(w, unicode.IsSpace); got != want {
					t.Fatalf("trimLeftSpace(%q) = %q, want %q", w, got, want)
				}
				if got, want := leadingWord(w), leadingWordByRunes(w); got != want {
					t.Fatalf("leadingWord(%q) = %q, want %q", w, got, want)
				}
			}
		}
	}
}

// linkCueSamples are texts between two names that the expressions of the
// cues match, at least one for each of their branches.
var linkCueSamples = map[string][]string{
	"known as": {" known as ", ", known as ", ", (better known as “", `, also known to her family as "`,
		", widely known to friends and family as ", " affectionately known as "},
	"org known as": {", known as ", " (also known as the ", `, commonly known to locals as "`, ", better known as the “"},
	"called by": {", whose fans call him ", ` whose neighbours dubbed her "`, ", whose old team mates called him “",
		" whose friends dub her "},
	"spelled as": {", also spelled ", " (often spelt ", " - whose name is also spelled ", " — written ",
		", whose given name is sometimes transliterated as ", " (romanised ", " (romanized as ", ", rendered ",
		" – variously rendered as "},
	"handle": {", known online as ", `, 29, who police say used the online alias "`, " (recognised on the internet as “",
		", who goes by ", ", going under the name ", " who is said to have operated under the pseudonym '",
		", using the username ", ", the teenage hacker who was believed to have posted online by ",
		" who reportedly uses the online handle ", ", aged 19, who went by the moniker ", " utilised the nickname "},
	"former name": {" (née ", ", nee ", ", born ", ", formerly ", " (previously ", ", once ", ", who was known as ",
		", who was then known as ", ", formerly known as ", " (once known as "},
}

// TestLinkCuesAdmitEveryMatch checks that a cue's cheap test admits every
// text its expression matches: the crafted matches, and every stretch of
// the news corpus between two names that mayLinkNames admits.
func TestLinkCuesAdmitEveryMatch(t *testing.T) {
	cues := map[string]linkCue{"known as": knownAsLink, "org known as": orgKnownAsLink, "called by": calledByLink,
		"spelled as": spelledAsLink, "handle": handleAliasLink, "former name": formerNameLink}
	for name, c := range cues {
		if len(linkCueSamples[name]) == 0 {
			t.Fatalf("no samples of the cue %q", name)
		}
		for _, s := range linkCueSamples[name] {
			if !c.re.MatchString(s) {
				t.Fatalf("cue %q: %q is no match of %v", name, s, c.re)
			}
			if !c.may(s) || !c.MatchString(s) {
				t.Fatalf("cue %q rejects its match %q", name, s)
			}
		}
	}
	_, texts := corpusWords(t, 1500)
	for _, text := range texts {
		for i := 0; i < len(text); i++ {
			if text[i] != ',' && text[i] != ' ' {
				continue
			}
			// The stretches from i to each capital and quotation mark
			// within reach, as the text between two names reads.
			for j := i + 1; j <= min(len(text), i+120); j++ {
				if j < len(text) && !(text[j] >= 'A' && text[j] <= 'Z' || text[j] == '"' || text[j] == '\'' || text[j] == 0xE2) {
					continue
				}
				gap := text[i:j]
				for name, c := range cues {
					if c.re.MatchString(gap) != c.MatchString(gap) {
						t.Fatalf("cue %q: %q matches, yet the cheap test rejects it", name, gap)
					}
				}
			}
		}
	}
}

package events

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"newsbot/extract/doc"
)

// TestFindFiguresAgreesWithTheUnanchoredExpression checks the digit-led
// search against the expression tried at every position.
func TestFindFiguresAgreesWithTheUnanchoredExpression(t *testing.T) {
	anywhere := regexp.MustCompile(`\b(\d(?:[\d,]*\d)?(?:\.\d+)?)(?:\s*(%)|\s+([A-Za-z]+))`)
	tests := []string{
		"",
		"no figures at all",
		"Output rose 4.5% to 8,400 acres and 12 pct.",
		"A2 roads, 3rd place, x12 tonnes, _5 units, 7_ boats",
		"1987 was a year; 12,000,000 dlrs 3.5 mln",
		"4.5.6 tonnes 1,2,3 crowns 10 %",
		"Prices fell 3\tpct\nand 7\n\ncars",
		"ends with a figure 42",
		"café 15 tonnes, é5 tonnes, 5é tonnes",
		"100 200 300 400 cars",
		"12%13% 1.5%",
		"De la Croix, 58, handed in 1,240, patients",
		"1,,2 tonnes 3,, tonnes 4. tonnes 5.x tonnes 6.07\f%",
		"7\v tonnes 8\r\nacres 9,9 % 10,000.25 bln",
		"11 12 13",
	}
	for _, s := range tests {
		t.Run(s, func(t *testing.T) {
			want := anywhere.FindAllStringSubmatchIndex(s, -1)
			if got := findFigures(s); !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("findFigures(%q) = %v, want %v", s, got, want)
			}
		})
	}
}

// TestMatchFigureAgreesWithTheExpression checks matchFigure against
// the expression it stands for, on texts made of the bytes that matter.
func TestMatchFigureAgreesWithTheExpression(t *testing.T) {
	figure := regexp.MustCompile(`^(\d(?:[\d,]*\d)?(?:\.\d+)?)(?:\s*(%)|\s+([A-Za-z]+))`)
	const alphabet = "01,. \t\v%aZ_\xc3\xa9"
	var s []byte
	var check func(n int)
	check = func(n int) {
		if got, want := matchFigure(string(s)), figure.FindStringSubmatchIndex(string(s)); !slices.Equal(got, want) {
			t.Fatalf("matchFigure(%q) = %v, want %v", s, got, want)
		}
		if n == 0 {
			return
		}
		for i := range len(alphabet) {
			s = append(s, alphabet[i])
			check(n - 1)
			s = s[:len(s)-1]
		}
	}
	check(5)
}

// TestWordsFromTheEndAgreeWithWordSpans checks reading words back from
// the end of a text against splitting it from its start.
func TestWordsFromTheEndAgreeWithWordSpans(t *testing.T) {
	tests := []string{
		"", "   ", "one", "the bank's 3rd-quarter results, it said",
		"Erdoğan’s İstanbul trip — “soon”", "bad \xff\xe2\x80 bytes é\x80x", "trailing space ",
	}
	for _, s := range tests {
		for st := 0; st <= len(s); st++ {
			for en := st; en <= len(s); en++ {
				want := wordSpans(s, st, en)
				b := wordsFromEnd{text: s, st: st, en: en}
				var got []doc.Span
				for k := 0; b.has(k); k++ {
					got = append([]doc.Span{b.at(k)}, got...)
				}
				if !slices.Equal(got, want) {
					t.Fatalf("words of %q [%d:%d] from the end = %v, want %v", s, st, en, got, want)
				}
				for n := 0; n <= len(want)+1; n++ {
					if got := lastWordSpans(s, st, en, n); !slices.Equal(got, want[max(0, len(want)-n):]) {
						t.Fatalf("lastWordSpans(%q [%d:%d], %d) = %v, want %v", s, st, en, n, got, want)
					}
				}
			}
		}
	}
}

// TestFirstLowerWordsAgreesWithLowerWords checks reading only the first
// words of a text against splitting it whole.
func TestFirstLowerWordsAgreesWithLowerWords(t *testing.T) {
	tests := []string{"", "  ", "The Fed SAID on Monday", "one two", "Erdoğan and İstanbul", "words then İstanbul", "bad \xff byte"}
	for _, s := range tests {
		all := lowerWords(s)
		for n := 1; n <= len(all)+1; n++ {
			if got, want := firstLowerWords(s, n), all[:min(n, len(all))]; !slices.Equal(got, want) {
				t.Errorf("firstLowerWords(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}

// TestLastLowerWordsAgreesWithLowerWords checks reading only the last
// words of a text against splitting it whole.
func TestLastLowerWordsAgreesWithLowerWords(t *testing.T) {
	tests := []string{"", "  ", "The Fed SAID on Monday", "one two", "Erdoğan and İstanbul", "İstanbul then words", "bad \xff byte", "residents, who have been displaced since"}
	for _, s := range tests {
		all := lowerWords(s)
		for n := 1; n <= len(all)+1; n++ {
			if got, want := lastLowerWords(s, n), all[max(0, len(all)-n):]; !slices.Equal(got, want) {
				t.Errorf("lastLowerWords(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}

// TestLowerWordsAgreesWithFields checks lowerWords against splitting
// the lower-cased text at every rune that is no letter.
func TestLowerWordsAgreesWithFields(t *testing.T) {
	tests := []string{"", "  ", "The Fed SAID on Monday", "ALL CAPS HEADLINE", "mixed-Case_words2go", "x", "X", "Erdoğan and İstanbul", "bad \xff Byte", "[A]@Z`", "\u212Aey Key"}
	for _, s := range tests {
		want := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) })
		if got := lowerWords(s); !slices.Equal(got, want) {
			t.Errorf("lowerWords(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestFoldTestsAgreeWithLowerCase checks containsFold and lowerIs
// against the lower-cased text.
func TestFoldTestsAgreeWithLowerCase(t *testing.T) {
	tests := []struct{ s, sub string }{
		{"", "he"}, {"HE", "he"}, {"sHe", "he"}, {"the", "he"}, {"h", "he"}, {"Her", "her"}, {"HİS", "his"},
		{"AFTER THE crash", "after the "}, {"an after", "after the "}, {"x,y", ","}, {"\u212Aey", "key"},
		{"RESPECTİVELY", "respectively"}, {"Respectively", "respectively"},
		{"ab", "abc"}, {"Rose Of", " of"}, {"OF", " of"}, {"tHe tHE", "the"}, {"t", "the"},
	}
	for _, tt := range tests {
		lower := strings.ToLower(tt.s)
		if got, want := containsFold(tt.s, tt.sub), strings.Contains(strings.Map(asciiOnlyLower, tt.s), tt.sub); got != want {
			t.Errorf("containsFold(%q, %q) = %v, want %v", tt.s, tt.sub, got, want)
		}
		if got, want := lowerIs(tt.s, tt.sub), lower == tt.sub; got != want {
			t.Errorf("lowerIs(%q, %q) = %v, want %v", tt.s, tt.sub, got, want)
		}
		if got, want := lowerContains(tt.s, tt.sub), strings.Contains(lower, tt.sub); got != want {
			t.Errorf("lowerContains(%q, %q) = %v, want %v", tt.s, tt.sub, got, want)
		}
	}
}

// TestContainsFoldAtEveryOffset checks containsFold, which searches for
// the rarest byte of sub, on needles whose rare byte opens, ends or
// stands inside them, at every place in texts in mixed case and at their
// edges.
func TestContainsFoldAtEveryOffset(t *testing.T) {
	texts := []string{
		"An earlier VERSION OF THIS story was Corrected; it was AMENDED, originally Given as 'VE.",
		"xq zQ Qz qzx jazz JAZZ ja zz: Correction: 2026-11 k'ay",
		"\u212Aey İstanbul vote\xff",
	}
	subs := []string{"version of th", "corrected", "amended", "originally", "zz", "qz", "jazz", "'ve", " zq", "correction:", "k", ": c", "2026-", "vote", "ey"}
	for _, text := range texts {
		for a := 0; a <= len(text); a++ {
			for b := a; b <= len(text); b++ {
				s := text[a:b]
				for _, sub := range subs {
					if got, want := containsFold(s, sub), strings.Contains(strings.Map(asciiOnlyLower, s), sub); got != want {
						t.Errorf("containsFold(%q, %q) = %v, want %v", s, sub, got, want)
					}
				}
			}
		}
	}
}

// TestContainsAtAgreesWithContains checks containsAt, which searches for
// one byte of sub, against strings.Contains at every place in a text.
func TestContainsAtAgreesWithContains(t *testing.T) {
	text := "kk the weekday, he week  he week the eve he ev e he day xhe day k"
	subs := []struct {
		sub string
		k   int
	}{{"he eve", 4}, {"he day ", 5}, {"he week ", 5}, {"k", 0}, {"kk", 1}, {" k", 1}}
	for a := 0; a <= len(text); a++ {
		for b := a; b <= len(text); b++ {
			for _, s := range subs {
				if got, want := containsAt(text[a:b], s.sub, s.k), strings.Contains(text[a:b], s.sub); got != want {
					t.Errorf("containsAt(%q, %q, %d) = %v, want %v", text[a:b], s.sub, s.k, got, want)
				}
			}
		}
	}
}

// TestPubDayAgreesWithFormat checks the day written by pubDay, and so
// after and before, against time.Format, in and out of four-figure years.
func TestPubDayAgreesWithFormat(t *testing.T) {
	for _, y := range []int{-1, 0, 7, 999, 1987, 2026, 9999, 10000} {
		for _, md := range [][2]int{{1, 1}, {2, 28}, {9, 30}, {10, 9}, {12, 31}} {
			tm := time.Date(y, time.Month(md[0]), md[1], 23, 30, 0, 0, time.FixedZone("x", 5*3600))
			var buf [10]byte
			want := tm.Format("2006-01-02")
			if got := string(pubDay(tm, &buf)); got != want {
				t.Errorf("pubDay(%v) = %q, want %q", tm, got, want)
			}
			for _, date := range []string{"1987", "2026-02", "2026-10-09", "0000-01-01", "9999-12-31"} {
				if len(date) > len(want) {
					continue
				}
				if got, w := after(date, tm), date > want[:len(date)]; got != w {
					t.Errorf("after(%q, %v) = %v, want %v", date, tm, got, w)
				}
				if got, w := before(date, tm), date < want[:len(date)]; got != w {
					t.Errorf("before(%q, %v) = %v, want %v", date, tm, got, w)
				}
			}
		}
	}
}

// asciiOnlyLower lower-cases the ASCII capitals only.
func asciiOnlyLower(r rune) rune {
	if 'A' <= r && r <= 'Z' {
		return r + 'a' - 'A'
	}
	return r
}

// TestNextTokenAgreesWithIndexFunc checks the runs of letters and digits
// nextToken finds against searching the runes with unicode's tests.
func TestNextTokenAgreesWithIndexFunc(t *testing.T) {
	alnum := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	tests := []string{"", " ", "he said", "Erdoğan’s ٣ days", "bad \xff\xe2\x80 bytes", "end9"}
	for _, s := range tests {
		for i := 0; i <= len(s); i++ {
			wantSt, wantEn := len(s), len(s)
			if st := strings.IndexFunc(s[i:], alnum); st >= 0 {
				wantSt, wantEn = i+st, len(s)
				if en := strings.IndexFunc(s[i+st:], func(r rune) bool { return !alnum(r) }); en >= 0 {
					wantEn = i + st + en
				}
			}
			if st, en := nextToken(s, i); st != wantSt || en != wantEn {
				t.Errorf("nextToken(%q, %d) = %d, %d, want %d, %d", s, i, st, en, wantSt, wantEn)
			}
		}
	}
}

// TestPhrasalVerbsAreLong checks what contentWords counts on when it
// drops a word of one or two letters before looking it up.
func TestPhrasalVerbsAreLong(t *testing.T) {
	for w := range phrasalVerbs {
		if len(w) < 3 {
			t.Errorf("phrasal verb %q is shorter than three bytes", w)
		}
	}
}

// TestStemKnownAgreesWithStem checks the stem contentWords finds from a
// word's lexicon facts against stem and the stop list.
func TestStemKnownAgreesWithStem(t *testing.T) {
	words := []string{"met", "meetings", "the", "said", "agreed", "agrees", "decisions", "resignation", "went", "go", "talks", "ruling", "cities", "days", "approval", "running", "stole"}
	for w := range irregular {
		words = append(words, w)
	}
	for w := range stopWords {
		words = append(words, w)
	}
	for _, w := range words {
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			continue // contentWords reads no apostrophe
		}
		got, stop := stemKnown(w, lexicon[w])
		if want := stem(w); got != want || stop != stopWords[want] {
			t.Errorf("stemKnown(%q) = %q, %v, want %q, %v", w, got, stop, want, stopWords[want])
		}
	}
}

func TestFigures(t *testing.T) {
	tests := []struct {
		name, s string
		want    []string
	}{
		{"a quantity and its unit", "The fire burned 8,400 acres", []string{"8400#acr"}},
		{"a percentage", "Shares rose 4.5% on Monday", []string{"4.5#%"}},
		{"an age set off by commas is no quantity of the next word", "De la Croix, 58, handed his resignation", nil},
		{"a figure closing a list is no quantity of the next word", "Votes were 331, 240, abstentions", nil},
		{"a score is both sides' goals", "They slumped to a 2-0 defeat", []string{"2-0#lose"}},
		{"a score with a dash is both sides' goals", "a 3–1 win over the leaders", []string{"3-1#win"}},
		{"a range of people is no score", "Police held 10-12 people", []string{"12#peopl"}},
		{"a season is no score", "the 1986-87 season", []string{"87#season"}},
		{"a score's loss is its defeat", "after a 3-1 loss", []string{"3-1#lose"}},
		{"a year's part before a loss is no score", "a 1987-1 loss", []string{"1#loss"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := figures(tt.s, -1, -1); !slices.Equal(got, tt.want) {
				t.Errorf("figures(%q) = %q, want %q", tt.s, got, tt.want)
			}
		})
	}
}

// TestLowerWordsAgreesWithFieldsFunc checks the ASCII reading of
// lowerWords and wordsOfLower against splitting the lower-cased text at
// every rune that is no letter.
func TestLowerWordsAgreesWithFieldsFunc(t *testing.T) {
	tests := []string{
		"",
		"   ",
		"The Fed SAID on Monday",
		"it's 3rd-quarter [results] @home `x` {y} _z_",
		"Ends with a word",
		"Erdoğan and İstanbul",
		"the \u212Aelvin scale",
		"bad \xff byte",
	}
	for _, s := range tests {
		t.Run(s, func(t *testing.T) {
			want := strings.FieldsFunc(strings.ToLower(s), notLetter)
			if got := lowerWords(s); !slices.Equal(got, want) || len(got) != cap(got) {
				t.Errorf("lowerWords(%q) = %q, want %q", s, got, want)
			}
			if got := wordsOfLower(strings.ToLower(s)); !slices.Equal(got, want) {
				t.Errorf("wordsOfLower(%q) = %q, want %q", strings.ToLower(s), got, want)
			}
		})
	}
}

// TestPrefiltersPassEveryMatch checks that the cheap tests read before
// an expression pass every text the expression matches.
func TestPrefiltersPassEveryMatch(t *testing.T) {
	tests := []struct {
		name   string
		re     *regexp.Regexp
		filter func(string) bool
		s      string
		match  bool
	}{
		{"modal perfect", modalPerfect, hasPerfectStem, "it would have flooded", true},
		{"modal perfect contracted", modalPerfect, hasPerfectStem, "IT COULD'VE BEEN WORSE", true},
		{"modal perfect negated", modalPerfect, hasPerfectStem, "He Wouldn’t Have Known", true},
		{"no perfect", modalPerfect, hasPerfectStem, "it would flood", false},
		{"period ended", periodEndPhrase, mayEndPeriod, "for the quarter ENDED June 30", true},
		{"period to", periodEndPhrase, mayEndPeriod, "the six months to June", true},
		{"half to", periodEndPhrase, mayEndPeriod, "the Half To Dec", true},
		{"long s", periodEndPhrase, mayEndPeriod, "two monthſ to march", true},
		{"no period", periodEndPhrase, mayEndPeriod, "went to the market", false},
		{"reference after", referencePhrase, mayReference, "Flights resumed, two days AFTER THE crash of the jet", true},
		{"reference since", referencePhrase, mayReference, "It has grown, Xſince the death of its founder", true},
		{"reference before", referencePhrase, mayReference, "a week Before The funeral OF the king", true},
		{"no reference", referencePhrase, mayReference, "Flights resumed, after a crash of the jet", false},
		{"baseline the", baselinePeriod, mayOpenBaseline, "The previous year", true},
		{"baseline long s", baselinePeriod, mayOpenBaseline, "ſame month last year", true},
		{"baseline a year", baselinePeriod, mayOpenBaseline, "A YEAR AGO", true},
		{"no baseline", baselinePeriod, mayOpenBaseline, "next year", false},
		{"negated not", negatedAlternative, negationBefore, "records we expected in the 2040s, not in ", true},
		{"negated but not", negatedAlternative, negationBefore, "the vote is in May, But NOT ", true},
		{"negated rather", negatedAlternative, negationBefore, "in spring rather  than in the ", true},
		{"negated instead", negatedAlternative, negationBefore, "Instead Of during\tthe\n", true},
		{"not negated", negatedAlternative, negationBefore, "it was not expected in ", false},
		{"question", questionLabel, func(s string) bool { return strings.HasPrefix(s, "Q") }, "Question (Ann Moss): Why?", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.re.MatchString(tt.s); got != tt.match {
				t.Fatalf("MatchString(%q) = %v, want %v", tt.s, got, tt.match)
			}
			if tt.match && !tt.filter(tt.s) {
				t.Errorf("the cheap test rules out %q, which matches", tt.s)
			}
		})
	}
}

// negationBefore is what comparedTime tests before negatedAlternative.
func negationBefore(before string) bool {
	return mayNegate(strings.ToLower(before)) && negationCloses(lowerWords(before))
}

// TestMayNameRite checks the cheap test before reading a clause for a
// rite of mourning.
func TestMayNameRite(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"The FUNERAL is on Friday", true},
		{"a vigil was held", true},
		{"the memorİal", true}, // lower casing makes it ASCII
		{"shares fell on Friday", false},
	}
	for _, tt := range tests {
		if got := mayNameRite(tt.s); got != tt.want {
			t.Errorf("mayNameRite(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestHasPersonAgreesWithPersonsIn checks hasPerson against collecting
// the names of the people inside a span.
func TestHasPersonAgreesWithPersonsIn(t *testing.T) {
	mentions := []doc.Mention{
		{Span: doc.Span{Start: 0, End: 5}, Type: doc.Person, Text: "Smith"},
		{Span: doc.Span{Start: 10, End: 20}, Type: doc.Org, Text: "Acme Corp."},
		{Span: doc.Span{Start: 30, End: 35}, Type: doc.Person},
		{Span: doc.Span{Start: 40, End: 45}, Type: doc.Person, Text: "Jones"},
	}
	spans := []doc.Span{{Start: 0, End: 5}, {Start: 0, End: 4}, {Start: 6, End: 40}, {Start: 25, End: 44}, {Start: 25, End: 45}, {Start: 50, End: 60}}
	for _, sp := range spans {
		if got, want := hasPerson(mentions, sp), len(personsIn(mentions, sp)) > 0; got != want {
			t.Errorf("hasPerson(%v) = %v, want %v", sp, got, want)
		}
	}
}

// TestHasQuoteMarkAgreesWithContainsAny checks the byte searches for a
// double quotation mark against reading the runes.
func TestHasQuoteMarkAgreesWithContainsAny(t *testing.T) {
	tests := []string{"", "no quote", `he said "yes"`, "“Yes”", "closing” only", "‘single’ only", "bad \xe2\x80 bytes", "\xe2\x80\x9c"}
	for _, s := range tests {
		if got, want := hasQuoteMark(s), strings.ContainsAny(s, "\"“”"); got != want {
			t.Errorf("hasQuoteMark(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestMarkSetAgreesWithLastIndexAny checks the search for the last mark
// of a set against strings.LastIndexAny.
func TestMarkSetAgreesWithLastIndexAny(t *testing.T) {
	sets := []string{",;:—–(", ",;:\"“”()—–", ";"}
	tests := []string{"", "no marks", "a, b; c", "one — two – three", "“quoted”, then (aside", "bad \xe2\x80 bytes —", "\x94\xe2\x80\x94\x80", "é,ü—", "—\xe2"}
	for _, marks := range sets {
		m := newMarkSet(marks)
		for _, s := range tests {
			if got, want := m.lastIn(s), strings.LastIndexAny(s, marks); got != want {
				t.Errorf("lastIn(%q) of %q = %d, want %d", s, marks, got, want)
			}
		}
	}
}

// TestOpensAsked checks the cheap test before a sentence is read for a
// question it opens with.
func TestOpensAsked(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Asked whether Monday's fire was set", true},
		{"\r\u00a0Pressed about the 2019 deal", true},
		{"Questioned", true},
		{"He asked whether", false},
		{"asked whether", false},
	}
	for _, tt := range tests {
		if got := opensAsked(tt.s); got != tt.want {
			t.Errorf("opensAsked(%q) = %v, want %v", tt.s, got, tt.want)
		}
		if ws := strings.Fields(tt.s); len(ws) > 0 && slices.Contains(askedVerbs, ws[0]) && !opensAsked(tt.s) {
			t.Errorf("opensAsked(%q) rules out a sentence opening with %q", tt.s, ws[0])
		}
	}
}

// TestMayEndPeriodAgreesWithAByteScan checks mayEndPeriod against trying
// both literals at every byte.
func TestMayEndPeriodAgreesWithAByteScan(t *testing.T) {
	byteScan := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if hasFoldAt(s, i, "end") {
				return true
			}
			if i > 0 && hasFoldAt(s, i, " to ") && (strings.ContainsRune("rsf", rune(asciiLower(s[i-1]))) || strings.HasSuffix(s[:i], "ſ")) {
				return true
			}
		}
		return false
	}
	tests := []string{"", " to ", "x to ", "year to march", "half TO dec", "went to town", "monthſ to june", "ENDED", "weekend", "the  to  x", "months to"}
	for _, s := range tests {
		if got, want := mayEndPeriod(s), byteScan(s); got != want {
			t.Errorf("mayEndPeriod(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestMayHoldPossessive checks the cheap test before a clause is read for
// a possessive and a kin noun.
func TestMayHoldPossessive(t *testing.T) {
	for _, s := range []string{"HIS sister", "hİs brother", "her son", "the other", "no pronoun at all", "their wife"} {
		holds := slices.ContainsFunc(strings.Fields(s), func(w string) bool { lw := strings.ToLower(w); return lw == "his" || lw == "her" })
		if holds && !mayHoldPossessive(s) {
			t.Errorf("mayHoldPossessive(%q) rules out a possessive", s)
		}
	}
	if mayHoldPossessive("no pronoun at all") {
		t.Error("mayHoldPossessive holds a clause with no possessive")
	}
}

// TestLexiconFacts checks that the shape filter before the lexicon never
// hides a word of it, nor a stop word, and answers other words as the map.
func TestLexiconFacts(t *testing.T) {
	for w, f := range lexicon {
		if got := lexiconFacts(w); got != f {
			t.Errorf("lexiconFacts(%q) = %+v, want %+v", w, got, f)
		}
	}
	for w := range stopWords {
		if !lexiconFacts(w).stop {
			t.Errorf("lexiconFacts(%q).stop = false for a stop word", w)
		}
	}
	for _, w := range []string{"", "a", "zz", "storms", "reporting", "élection", "walkout", "thereafter", "averylongwordindeed"} {
		if got, want := lexiconFacts(w), lexicon[w]; got != want {
			t.Errorf("lexiconFacts(%q) = %+v, want %+v", w, got, want)
		}
	}
}

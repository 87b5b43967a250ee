package events

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// cheapCheckTexts are edge cases of the cheap tests below: capitals,
// words cut at the ends, words inside other words, runes that lower to
// ASCII letters and texts beyond ASCII.
var cheapCheckTexts = []string{
	"", "a", "OULD", "wouLd", "could've", "ıght", "igh", "MIGHT", "night", "it might", "should", "shoul d",
	"would have", "COULD HAVE", "mightn't have", "ſhould not have", "Wouldn’t Have", "could've", "would not  have",
	"the same month last year", "The previous year", "a year earlier", "A  YEAR\tAGO", "the\tlast", "thelast",
	"last_", "last5", "lastly", "the  prior", "a year", "a yearago", "ayear ago", "same-day", "the", "a", "priors",
	"Last", "PREVIOUS", "the\vlast", "a year\nbefore", "the same", "ſame month", "the ſame",
	"“", "”", "\u201a", "\u2019s", "x\xe2\x80", "\xe2\x80\x9c", "\xe2\x80\x9e", "a \u201cquote\u201d b", "\xe2",
	"CORRECTION: x", "Clarification", "an earlier VERSION OF THE story", "was Originally Given As", "has BEEN corrected",
	"WAS AMENDED", "wasamended", "been  amended", "vbw", "correctio", "version of t", "V", "xversion of th",
	"xwould have", "would havex", "might 've", "shouldn't've", "would", "have", "ould have", "ight've",
	"this", "THIS", "thİs", "Correction", "update", "e", "c", "The", "otHIS", "his", "HER", "other", "hers", "her's",
	"his'", "'his", "the him", "h", "he", "hİs", "x his", "her, his", "1his", "his1", "é his", "hisé", "“his”",
	"rose 5% from 12 in", "double the 164,000 hectares lost in", "TWICE the 40 cases, half", "from", "against",
	"QUADRUPLE", "treble 3", "thrice", "triple", "doubles", "halfway", "H", "d", "q",
	"June 8 $38.50 0.45", "CLEANUP PROGRESS (as of", "THE WON WAS SET at 845.50", "Trenholm Found Guilty On",
	"A", "X Y", "AB 12 cd", "of the", "İSTANBUL", "ÉTÉ 2024", "a\u212aelvin", "it's", "don’t", "O'NEILL'S",
	"collected in a test on", "a sample COLLECTED in a test on", "after a sample tested on", "the fed on", "ed",
	"end of the", "END OF ", "close Of\t", "beginning of", "start of the ", "endof",
}

// cheapCheckLines are cheapCheckTexts and the lines of news stories.
func cheapCheckLines(t *testing.T) []string {
	return append(append(append(slices.Clone(cheapCheckTexts), fastPathTexts...), lowerPathTexts...), corpusLines(t, 400)...)
}

// lowerWordsApostropheSlow is lowerWordsApostrophe splitting the lowered
// text rune by rune.
func lowerWordsApostropheSlow(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != '’'
	})
}

// dataLineRunes is dataLine reading the words of every text rune by rune.
func dataLineRunes(s string, ts, te int) bool {
	if ts < 0 || te > len(s) || ts > te {
		return false
	}
	l := dataLineWords{capitals: true}
	for w := range chainWords(s[:ts], s[te:]) {
		if !l.read(w) {
			return false
		}
	}
	return l.figure || l.capitals && l.upper > 0
}

// participleOnNounFull is participleOnNoun reading the words of every
// phrase, without the test for a word in "ed" first.
func participleOnNounFull(text string, sum, t doc.Span) (doc.Span, bool) {
	if !sum.Contains(t) {
		return doc.Span{}, false
	}
	stop := sum.Start + participleMarks.lastIn(text[sum.Start:t.Start])
	ws := wordsFromEnd{text: text, st: sum.Start, en: t.Start}
	for p := 0; ws.has(p + 2); p++ {
		wp := ws.at(p)
		w := strings.ToLower(text[wp.Start:wp.End])
		if wp.End <= stop || auxiliaries[w] || irregularPast[w] {
			return doc.Span{}, false
		}
		if len(w) <= 4 || !strings.HasSuffix(w, "ed") {
			continue
		}
		for i := p + 1; ws.has(i+1) && i <= p+maxNounWords; i++ {
			wi := ws.at(i)
			lw := strings.ToLower(text[wi.Start:wi.End])
			if link := ws.at(i + 1); determiners[lw] && i > p+1 && inLower(participleLinks, text[link.Start:link.End]) &&
				!commaSemicolonColonMarks.in(text[wi.Start:wp.Start]) && !withInSubject(text, sum.Start, link.Start) {
				return doc.Span{Start: wi.Start, End: t.End}, true
			}
			if auxiliaries[lw] || stopWords[lw] && !determiners[lw] {
				break
			}
		}
		return doc.Span{}, false
	}
	return doc.Span{}, false
}

// subjectUnits counts all the words of a sentence's subject, a name of
// several capitalised words (with its particles: "Maria das Graças
// Tavares Monteiro") counting as one: a long name makes no long subject.
// A capitalised function word ("The" opening the sentence) is a word of
// its own.
func subjectUnits(s string) int {
	n, inName := 0, false
	for w := range strings.FieldsSeq(s) {
		r, _ := utf8.DecodeRuneInString(w)
		name := unicode.IsUpper(r) && !inLower(stopWords, w) || inName && nameParticles[w]
		if !name || !inName {
			n++
		}
		inName = name
	}
	return n
}

// TestCheapChecks compares the cheap tests and ASCII paths of the rules
// with the readings they stand for, on edge cases and on the lines of
// news stories, their prefixes and suffixes at spaces.
func TestCheapChecks(t *testing.T) {
	check := func(s string) {
		if got, want := matchesBaselinePeriod(s), baselinePeriod.MatchString(s); got != want {
			t.Errorf("matchesBaselinePeriod(%q) = %v, want %v", s, got, want)
		}
		if got, want := hasCurlyQuote(s), strings.Contains(s, "“") || strings.Contains(s, "”"); got != want {
			t.Errorf("hasCurlyQuote(%q) = %v, want %v", s, got, want)
		}
		if modalPerfect.MatchString(s) && !mayModalPerfect(s) {
			t.Errorf("mayModalPerfect(%q) rules out a match of modalPerfect", s)
		}
		if isASCII(s) {
			if got, want := asciiNoteCue(s), noteCue(s); got != want {
				t.Errorf("asciiNoteCue(%q) = %v, noteCue %v", s, got, want)
			}
		}
		if got, want := lowerWordsApostrophe(s), lowerWordsApostropheSlow(s); !slices.Equal(got, want) {
			t.Errorf("lowerWordsApostrophe(%q) = %q, want %q", s, got, want)
		}
		ws := lowerWords(s)
		from, multiple := leadMarkers(ws)
		if want := mayMeasureFrom(ws); from != want {
			t.Errorf("leadMarkers(%q) from = %v, want %v", ws, from, want)
		}
		if want := slices.ContainsFunc(ws, isMultiple); multiple != want {
			t.Errorf("leadMarkers(%q) multiple = %v, want %v", ws, multiple, want)
		}
		if got, want := multiple && multipleAfterComma(s), multipleOfFigure(s, ws); got != want {
			t.Errorf("multipleAfterComma(%q) = %v, multipleOfFigure %v", s, got, want)
		}
		for k := range 9 {
			if got, want := subjectUnitsAbove(s, k), subjectUnits(s) > k; got != want {
				t.Errorf("subjectUnitsAbove(%q, %d) = %v, want %v", s, k, got, want)
			}
		}
		words := wordSpans(s, 0, len(s))
		if slices.ContainsFunc(words, func(w doc.Span) bool {
			lw := strings.ToLower(s[w.Start:w.End])
			return lw == "his" || lw == "her"
		}) && !mayHoldPossessive(s) {
			t.Errorf("mayHoldPossessive(%q) rules out a possessive", s)
		}
		if ws := contentWords(s, -1, -1); len(ws) != len(slices.Compact(slices.Sorted(slices.Values(ws)))) {
			t.Errorf("contentWords(%q) = %q: a word twice", s, ws)
		}
		if m := quarterEdgeBefore.FindStringSubmatch(s[max(0, len(s)-24):]); m != nil && !containsFold(s[max(0, len(s)-24):], "of") {
			t.Errorf("quarterEdgeBefore matches %q without \"of\"", s)
		}
		// Times at the start, the end and every fourth word.
		for k, w := range words {
			if k != 0 && k != len(words)-1 && k%4 != 0 {
				continue
			}
			if got, want := dataLine(s, w.Start, w.End), dataLineRunes(s, w.Start, w.End); got != want {
				t.Errorf("dataLine(%q, %d, %d) = %v, want %v", s, w.Start, w.End, got, want)
			}
			sum := doc.Span{Start: 0, End: len(s)}
			gs, gok := participleOnNoun(s, sum, w)
			ws, wok := participleOnNounFull(s, sum, w)
			if gs != ws || gok != wok {
				t.Errorf("participleOnNoun(%q, %v) = %v %v, want %v %v", s, w, gs, gok, ws, wok)
			}
		}
	}
	for _, line := range cheapCheckLines(t) {
		check(line)
		for i := 0; i < len(line); i++ {
			if line[i] == ' ' && utf8.ValidString(line[:i]) {
				check(line[:i])
				check(line[i+1:])
			}
		}
	}
}

// TestSentenceWordsNews compares what lowText reads of the lines of news
// stories, each one sentence, eight bytes at a time, with the lines read
// alone: the whole line and its parts between spaces.
func TestSentenceWordsNews(t *testing.T) {
	for _, line := range cheapCheckLines(t) {
		l := newLowText(line, cutAt(line, true))
		checkPart(t, l, 0, len(line))
		prev := 0
		for i := 0; i < len(line); i++ {
			if line[i] == ' ' {
				checkPart(t, l, prev, i)
				checkPart(t, l, i, len(line))
				prev = i + 1
			}
		}
	}
}

// TestParseDay compares parseDay with time.Parse on every day of a few
// years, leap and not, and on malformed values.
func TestParseDay(t *testing.T) {
	var values []string
	for _, y := range []int{0, 1900, 1986, 1987, 2000, 2024, 2025, 9999} {
		for m := 0; m <= 13; m++ {
			for d := 0; d <= 32; d++ {
				values = append(values, fmt.Sprintf("%04d-%02d-%02d", y, m, d))
			}
		}
	}
	values = append(values, "2025-1-011", "2025/01/01", "2025-01-0x", "+025-01-01", "2025-01--1", "20250-1-01", "2025-02-29",
		"2024-02-29", "abcd-ef-gh", "2025-01-01", " 2025-01-0", "2025-13-01", "2025-00-10", "2025-12-31", "2025-04-31")
	for _, v := range values {
		want, err := time.Parse("2006-01-02", v)
		got, ok := parseDay(v)
		if ok != (err == nil) || ok && !got.Equal(want) || ok && got.Location() != want.Location() {
			t.Errorf("parseDay(%q) = %v %v, time.Parse %v %v", v, got, ok, want, err)
		}
	}
}

// TestEntitiesInNews compares entitiesIn with the names of the list
// mentionsIn makes, on the names of news stories and spans of them.
func TestEntitiesInNews(t *testing.T) {
	for _, line := range cheapCheckLines(t) {
		ms := trivialMentions(line)
		for _, w := range wordSpans(line, 0, len(line)) {
			for _, sp := range []doc.Span{{Start: 0, End: w.End}, {Start: w.Start, End: len(line)}, w} {
				var want []string
				for _, m := range mentionsIn(ms, sp) {
					want = addName(want, m.Name())
				}
				if got := entitiesIn(ms, sp); !slices.Equal(got, want) {
					t.Fatalf("entitiesIn(%q, %v) = %q, want %q", line, sp, got, want)
				}
			}
		}
	}
}

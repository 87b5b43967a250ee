package events

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// correctionNoteSlow is correctionNote reading every sentence lowered.
func correctionNoteSlow(sentence string) bool {
	const maxNote = 400
	l := strings.ToLower(strings.TrimSpace(sentence))
	if len(l) > maxNote {
		l = l[:maxNote]
	}
	for _, p := range correctionOpeners {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	for _, p := range correctionPhrases {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}

// containsFoldSlow is containsFold on a copy of s with its ASCII
// capitals, and nothing else, lowered.
func containsFoldSlow(s, sub string) bool {
	return strings.Contains(strings.Map(asciiOnlyLower, s), sub)
}

// mayEndPeriodSlow is mayEndPeriod trying each space for " to ".
func mayEndPeriodSlow(s string) bool {
	if containsFoldSlow(s, "end") {
		return true
	}
	for i := 1; i < len(s); i++ {
		if !hasFoldAt(s, i, " to ") {
			continue
		}
		switch asciiLower(s[i-1]) {
		case 'r', 's', 'f':
			return true
		}
		if strings.HasSuffix(s[:i], "ſ") {
			return true
		}
	}
	return false
}

// forecastsSlow is forecasts reading each word list on its own.
func forecastsSlow(text string, sent, t doc.Span) bool {
	if !sent.Contains(t) || sent.End > len(text) {
		return false
	}
	st := leadUpStart(text, sent, t)
	if i := strings.LastIndexAny(text[st:t.Start], ";:—–\"“”"); i >= 0 {
		st += i + 1
	}
	ws := lowerWords(text[st:t.Start])
	for i := len(ws) - 1; i >= 0; i-- {
		w := ws[i]
		switch {
		case forecastVerbs[w]:
			return i < len(ws)-1 && !timePrepositions[ws[i+1]]
		case auxiliaries[w] || forecastBreaks[w] || strings.HasSuffix(w, "ed"):
			return false
		}
	}
	return false
}

// nominalStartSlow is nominalStart lowering each word it reads.
func nominalStartSlow(text string, sum, t doc.Span) (int, bool) {
	if !sum.Contains(t) || possessive(text, t) {
		return 0, false
	}
	from := sum.Start
	if i := nominalMarks.lastIn(text[from:t.Start]); i >= 0 {
		from += i + 1
	}
	const reach = 8
	ws := wordSpans(text, from, t.Start)
	ws = ws[max(0, len(ws)-(reach+1)):]
	for i := len(ws) - 1; i >= 1 && i >= len(ws)-reach; i-- {
		w := strings.ToLower(text[ws[i].Start:ws[i].End])
		if eventNouns[w] || eventNouns[strings.TrimSuffix(w, "s")] {
			det := strings.ToLower(text[ws[i-1].Start:ws[i-1].End])
			ok := determiners[det] && (i == len(ws)-1 || nounLinks[strings.ToLower(text[ws[i+1].Start:ws[i+1].End])])
			return ws[i-1].Start, ok
		}
		if auxiliaries[w] || forecastBreaks[w] || strings.HasSuffix(w, "ed") || w == "and" || w == "to" {
			return 0, false
		}
	}
	return 0, false
}

// lowerPathTexts are edge cases of the readings through lower-case
// copies: words of the lists in odd cases, runes that lower to ASCII
// letters, and texts beyond ASCII.
var lowerPathTexts = []string{
	"The bank EXPECTS growth of 1.1% in", "It Forecast that prices rose in", "analysts predicted in",
	"an ATTACK on its website last", "the attacks on the city on", "The Strike of the union", "a FLOODS",
	"she would RATHER wait than go", "we had sooner die THAN", "rather, than", "Rather Than",
	"\u212Aey expects growth in", "the attİck on", "İ would rather stay than", "no bonus FOR",
	"Correction: the vote", "An Earlier VERSION of THIS story", "The story was Amended on",
	"This article has been CORRECTED", "originally Given As", "WAS AMENDED", "bEEn AmEnDeD",
	"the year TO March", "six months to", " to ", "x to ", "yearſ to end", "quarter\tto", "half to", "halF TO ",
	"the Year ENDED", "quarter\n\tending", "nine weekſ ended", "the period Ending 31", "HALF-YEAR ENDED", "the weekend", "spending",
}

// TestLowerPaths compares the rules that read lower-case copies, or word
// kinds, with their plain statements, on edge cases and on every line of
// news stories, the time taken to be each word of the line.
func TestLowerPaths(t *testing.T) {
	subs := []string{"rather", "ooner", "than", "for", "have", "tonight", " of", "after the ", "from", "year", "and", "end", "zz", "k"}
	check := func(line string) {
		if got, want := correctionNote(line), correctionNoteSlow(line); got != want {
			t.Errorf("correctionNote(%q) = %v, want %v", line, got, want)
		}
		if got, want := mayEndPeriod(line), mayEndPeriodSlow(line); got != want {
			t.Errorf("mayEndPeriod(%q) = %v, want %v", line, got, want)
		}
		if got, want := endsPeriod(line), periodEndPhrase.MatchString(line); got != want {
			t.Errorf("endsPeriod(%q) = %v, want %v", line, got, want)
		}
		for _, sub := range subs {
			if got, want := containsFold(line, sub), containsFoldSlow(line, sub); got != want {
				t.Errorf("containsFold(%q, %q) = %v, want %v", line, sub, got, want)
			}
		}
		sent := doc.Span{Start: 0, End: len(line)}
		low := newLowText(line, []doc.Sentence{{Span: sent}})
		for _, w := range wordSpans(line, 0, len(line)) {
			if got, want := forecasts(low, sent, w), forecastsSlow(line, sent, w); got != want {
				t.Errorf("forecasts(%q, %v) = %v, want %v", line, w, got, want)
			}
			gs, gok := nominalStart(low, sent, w)
			ws, wok := nominalStartSlow(line, sent, w)
			if gs != ws || gok != wok {
				t.Errorf("nominalStart(%q, %v) = %d, %v, want %d, %v", line, w, gs, gok, ws, wok)
			}
			if got, want := low.mayPreferThan(0, w.Start), mayPreferThan(line[:w.Start]); got != want {
				t.Errorf("mayPreferThan(%q) = %v, want %v", line[:w.Start], got, want)
			}
			for _, sub := range subs {
				if got, want := low.containsFold(0, w.End, sub), containsFoldSlow(line[:w.End], sub); got != want {
					t.Errorf("containsFold(%q, %q) = %v, want %v", line[:w.End], sub, got, want)
				}
			}
		}
	}
	for _, s := range append(append([]string{}, lowerPathTexts...), fastPathTexts...) {
		check(s)
	}
	for _, line := range corpusLines(t, 300) {
		check(line)
	}
}

// TestLeadingFieldsAsFields checks leadingFields and nextField, which
// tell ASCII spaces by a table, against strings.Fields: around every
// rune up to U+3000 and every byte, and on lines of news stories.
func TestLeadingFieldsAsFields(t *testing.T) {
	texts := append([]string{}, fieldCases...)
	for r := rune(0); r <= 0x3000; r++ {
		texts = append(texts, "a"+string(r)+"b ", string(r)+"x")
	}
	for c := 0; c < 256; c++ {
		texts = append(texts, "a"+string([]byte{byte(c)})+"b", string([]byte{' ', byte(c), ' '}))
	}
	texts = append(texts, corpusLines(t, 100)...)
	for _, s := range texts {
		all := strings.Fields(s)
		for n := 0; n <= 6; n++ {
			if got, want := leadingFields(s, n), all[:min(n, len(all))]; !slices.Equal(got, want) {
				t.Errorf("leadingFields(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
		var got []string
		for w, rest := nextField(s); w != ""; w, rest = nextField(rest) {
			got = append(got, w)
		}
		if !slices.Equal(got, all) {
			t.Errorf("nextField words of %q = %q, want %q", s, got, all)
		}
	}
}

// TestLexiconTable checks that the table lexiconFacts reads gives the
// facts of the lexicon map, for every word of the map, the words one
// byte off them, and the words of news stories.
func TestLexiconTable(t *testing.T) {
	check := func(w string) {
		if got, want := lexiconFacts(w), lexicon[w]; got != want {
			t.Errorf("lexiconFacts(%q) = %+v, want %+v", w, got, want)
		}
	}
	for w := range lexicon {
		check(w)
		check(w + "s")
		check(w[:len(w)/2])
		if w != "" {
			check(w[1:])
			check(w[:len(w)-1] + "x")
		}
	}
	check("")
	for _, line := range corpusLines(t, 200) {
		for _, w := range strings.FieldsFunc(strings.ToLower(line), notLetter) {
			check(w)
		}
	}
}

// TestMarkSetsAsLastIndexAny checks the mark sets the rules search
// instead of strings.LastIndexAny against it: on lines of news stories
// and on every string of up to four pieces of marks, their bytes, and
// letters, valid UTF-8 or not.
func TestMarkSetsAsLastIndexAny(t *testing.T) {
	sets := map[*markSet]string{
		clauseMarks: ",;:\"“”()—–", forecastMarks: ";:—–\"“”", dashMarks: ",;:—–",
		nominalMarks: ",;:—–\"“”", segmentMarks: ",;:—–(",
	}
	pieces := []string{"a", ",", "\"", "—", "–", "“", "”", "é", "\xe2", "\x80", "\x94", "\xe2\x80", "’"}
	var texts []string
	var build func(s string, n int)
	build = func(s string, n int) {
		texts = append(texts, s)
		if n == 0 {
			return
		}
		for _, p := range pieces {
			build(s+p, n-1)
		}
	}
	build("", 4)
	texts = append(texts, corpusLines(t, 100)...)
	for m, marks := range sets {
		for _, s := range texts {
			if got, want := m.lastIn(s), strings.LastIndexAny(s, marks); got != want {
				t.Fatalf("lastIn(%q) of %q = %d, want %d", s, marks, got, want)
			}
		}
	}
}

// nextWordSlow is nextWord reading runes and lowering with strings.ToLower.
func nextWordSlow(s string) string {
	s = strings.TrimLeft(s, " \t")
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(s)
	}
	return strings.ToLower(s[:end])
}

// TestNextWordASCII checks nextWord, which reads ASCII words by their
// bytes, against its reading by runes: on edge cases and at every space
// of lines of news stories.
func TestNextWordASCII(t *testing.T) {
	check := func(s string) {
		if got, want := nextWord(s), nextWordSlow(s); got != want {
			t.Errorf("nextWord(%q) = %q, want %q", s, got, want)
		}
	}
	for _, s := range append(append([]string{" \tThe", "\t", "ABC", "abc,", "Émile", "naïve", "Straße rose", "a\u00a0b", "\u212Aelvin", "x\xff", " İstanbul"}, fastPathTexts...), lowerPathTexts...) {
		check(s)
	}
	for _, line := range corpusLines(t, 200) {
		for i := 0; i < len(line); i++ {
			if line[i] == ' ' || line[i] == ',' {
				check(line[i:])
				check(line[i+1:])
			}
		}
	}
}

// TestLowerWordsApostrophe checks the ASCII split of lowerWordsApostrophe
// against strings.FieldsFunc of the lowered text.
func TestLowerWordsApostrophe(t *testing.T) {
	slow := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !unicode.IsLetter(r) && r != '\'' && r != '’'
		})
	}
	texts := append(append([]string{"", "'", "a", "A'", "We'll GO", "it’s", "@[`{ x_y", "don't-stop", "  Z  "}, fastPathTexts...), lowerPathTexts...)
	for c := 0; c < 128; c++ {
		texts = append(texts, "a"+string(rune(c))+"B", string(rune(c)))
	}
	for _, s := range append(texts, corpusLines(t, 200)...) {
		if got, want := lowerWordsApostrophe(s), slow(s); !slices.Equal(got, want) {
			t.Errorf("lowerWordsApostrophe(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestCheapTestsBeforePatterns checks that the tests before agedNounRe
// and quarterValue let through every text the patterns match.
func TestCheapTestsBeforePatterns(t *testing.T) {
	for _, s := range []string{"The 23-year-old striker signed", "the 4-year-old boy was", "The 47-year-old former minister was", "Them 4", "The x", "The 1"} {
		if agedNounRe.MatchString(s) && !opensWithTheFigure(s) {
			t.Errorf("opensWithTheFigure(%q) = false, but agedNounRe matches", s)
		}
	}
	for _, v := range []string{"2026-Q1", "2026-Q4", "1999-Q2", "2026-Q5", "2026-W01", "2026", "2026-Q1x"} {
		_, ok := quarterEdge("at the end of "+v, timex.Expr{Span: doc.Span{Start: 14, End: 14 + len(v)}, Text: v, Type: "DATE", Value: v})
		if want := quarterValue.MatchString(v); ok != want {
			t.Errorf("quarterEdge of %q = %v, want %v", v, ok, want)
		}
	}
}

// spokenNowSlow is spokenNow lowering every expression with
// strings.ToLower.
func spokenNowSlow(s string) bool {
	l := strings.ToLower(s)
	if strings.HasPrefix(l, "this ") {
		switch strings.TrimPrefix(l, "this ") {
		case "morning", "afternoon", "evening":
			return true
		}
		return false
	}
	return strings.Contains(l, "today") || spokenDeictic(l)
}

// TestSpokenNowASCII checks spokenNow, which lowers a short ASCII
// expression on the stack, against its plain statement.
func TestSpokenNowASCII(t *testing.T) {
	texts := []string{"Today", "today's", "TONIGHT", "This Morning", "this morning's", "THIS EVENING", "this afternoon",
		"this week", "this", "This ", "yesterday evening", "Tomorrow", "tomorrow İ", "\u212Aday", "Monday", "3 March 2026",
		strings.Repeat("x", 63) + "today", strings.Repeat("x", 59) + "today", "this \u212Aorning"}
	texts = append(append(texts, fastPathTexts...), lowerPathTexts...)
	for _, line := range corpusLines(t, 200) {
		for _, w := range strings.Fields(line) {
			texts = append(texts, w)
		}
		if len(line) <= 80 {
			texts = append(texts, line)
		}
	}
	for _, s := range texts {
		if got, want := spokenNow(s), spokenNowSlow(s); got != want {
			t.Errorf("spokenNow(%q) = %v, want %v", s, got, want)
		}
	}
}

// mayReferenceSlow is mayReference reading a lowered copy of every
// summary.
func mayReferenceSlow(summary string) bool {
	l := strings.Map(asciiOnlyLower, summary)
	return strings.Contains(l, " of") && (strings.Contains(l, "after the ") || strings.Contains(l, "before the ") || strings.Contains(l, "ince the "))
}

// TestMayReferenceLowered checks mayReference, which lowers a summary on
// the stack, against a lowered copy: on edge cases, lines of news
// stories and texts around the length of the buffer.
func TestMayReferenceLowered(t *testing.T) {
	texts := []string{"two days AFTER THE crash OF", "Since The fall of", "ſince the fall of", "before the vote Of", " of after the",
		"x of \u212Aafter the", strings.Repeat("a", maxFoldedSummary-20) + " OF the day After The", strings.Repeat("é", 300) + " of after the "}
	texts = append(append(texts, fastPathTexts...), lowerPathTexts...)
	for _, s := range append(texts, corpusLines(t, 300)...) {
		if got, want := mayReference(s), mayReferenceSlow(s); got != want {
			t.Errorf("mayReference(%q) = %v, want %v", s, got, want)
		}
	}
}

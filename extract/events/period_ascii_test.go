package events

import (
	"slices"
	"strings"
	"testing"
)

// TestPeriodEndASCII compares periodEndASCII with periodEndPhrase on
// the edges of each alternative and on news sentences.
func TestPeriodEndASCII(t *testing.T) {
	texts := []string{"", "end", "the quarter ended", "The Quarter ENDED Sept 30", "quarter  ended", "quarter\tended", "quarter\vended",
		"quarterended", "quarter endedly", "quarter ending", "quarter endings", "quarter ending_", "half-year ended", "xhalf-year ended",
		"halfyear ended", "ahalf ended", "_half ended", "the year-ended", "nine months ended", "9 weeks ending.", "period ending,",
		"the year to 31 March", "the year to March", "THE YEAR TO MAR", "six months to june", "12 months to 30", "x12 months to 30",
		"_12 months to 30", "a12 weeks to end", "(12) weeks to end", "the  year to May", "the year  to May", "the year to  May",
		"theyear to May", "other year to May", "two half to dec", "eleven months to 4", "seven quarter to nov", "even quarter to nov",
		"the year to ma", "the year to", " to ", "the months to endure", "ten weeks to 5", "at the year to 1", "year ended the quarter to 5",
		"signed last year to end dumping", "weekend spending", "the months ending\n", "months\n\nended"}
	for _, l := range corpusLines(t, 2000) {
		if isASCII(l) {
			texts = append(texts, l)
		}
	}
	for _, s := range texts {
		for _, part := range []string{s, strings.ToUpper(s), s[:len(s)/2], s[len(s)/2:]} {
			if got, want := periodEndASCII(part), periodEndPhrase.MatchString(part); got != want {
				t.Fatalf("periodEndASCII(%q) = %v, want %v", part, got, want)
			}
		}
	}
}

// TestMayBeginRecords checks that every text recordsBegan matches passes
// the literal test before it.
func TestMayBeginRecords(t *testing.T) {
	texts := []string{"the highest since records began in ", "since record-keeping started in ", "since record keeping started ",
		"SINCE MEASUREMENTS WERE FIRST TAKEN IN ", "since readings began ", "since the records were kept in ", "sinſe records began ",
		"since meaſurements began ", "since readingſ were first kept in ", "since recorded began ", "the record since "}
	for _, l := range corpusLines(t, 300) {
		texts = append(texts, l, l+" since records began in ")
	}
	for _, s := range texts {
		if recordsBegan.MatchString(s) && !mayBeginRecords(strings.ToLower(s)) {
			t.Fatalf("mayBeginRecords(%q) = false for a text recordsBegan matches", s)
		}
	}
}

// TestFigureOnBaselineAt compares the search from the last digit with
// the pattern on the whole text.
func TestFigureOnBaselineAt(t *testing.T) {
	texts := []string{"", "on ", "sales rose 18 per cent on ", "up 5% on the ", "2.1 million higher on", "2.1 million higher on ",
		"rose 5 % on 3 ", "rose 5% on the 3 ", "5%on ", "up 5 pct on the\t", "down 1 mln lower on ", "1 up on 2 up on ",
		"12 percent on  the  ", "7 bln down on ", "x9down on ", "9 up on the ", "9 up on thé ", "٣ up on "}
	for _, l := range corpusLines(t, 300) {
		l = strings.ToLower(l)
		texts = append(texts, l, l+" up 5% on ", l+" rose 3 per cent on the ")
		for i := 0; i < len(l); i += 7 {
			texts = append(texts, l[:i]+" on ")
		}
	}
	for _, s := range texts {
		if got, want := figureOnBaselineAt(s), figureOnBaseline.MatchString(s); got != want {
			t.Fatalf("figureOnBaselineAt(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestPartOfStart checks that partOf finds the same submatches from
// partOfStart as in the whole text.
func TestPartOfStart(t *testing.T) {
	texts := []string{"", " of ", "23 of ", "killing 23 of the ", "killing 1,234 of all ", "1.5 of ", ",5 of ", "x5 of ", "é5 of the ",
		"5 of ", "a 5, of ", "12,000 of its ", "3 of 4 of ", "no figure of the ", "23 of the 41", "_23 of ", "€23 of the ", "\xc3\xa9\xa95 of ", "\xe2\x825 of ", "\xa95 of the "}
	for _, l := range corpusLines(t, 300) {
		texts = append(texts, l, l+" of ", l+" 23 of the ")
		for i := 0; i < len(l); i += 5 {
			texts = append(texts, l[:i]+" of ", l[:i]+" of the ")
		}
	}
	for _, s := range texts {
		if got, want := partOf.FindStringSubmatch(s[partOfStart(s):]), partOf.FindStringSubmatch(s); !slices.Equal(got, want) {
			t.Fatalf("partOf from partOfStart(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestNegatedAlternativeAtEnd compares the search over the last fields
// with the pattern on the whole text.
func TestNegatedAlternativeAtEnd(t *testing.T) {
	texts := []string{"", " ", "not ", ", not ", "in May, not ", "in May, and not in the ", "in May,and not in the ", "in May ,  but  not  until  the  ",
		"x, not in the ", "spring rather than in ", "spring (rather than on the ", "springrather than ", "instead of the ", "INSTEAD OF ",
		"a b c d e f, and not in the ", "a b c d e f,not the ", "insteaD\tof\nfrom\fthe\r", "rather than during the  ", "inſtead of the ",
		"rather than the in ", ", not the the "}
	for _, l := range corpusLines(t, 300) {
		texts = append(texts, l)
		for i := 0; i < len(l); i += 5 {
			texts = append(texts, l[:i]+", not in the ", l[:i]+" rather than ", l[:i]+" instead of ")
		}
	}
	for _, s := range texts {
		if got, want := negatedAlternativeAtEnd(s), negatedAlternative.MatchString(s); got != want {
			t.Fatalf("negatedAlternativeAtEnd(%q) = %v, want %v", s, got, want)
		}
	}
}

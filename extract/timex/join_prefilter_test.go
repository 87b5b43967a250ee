package timex

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// TestJoinPrefilters checks that the literal tests before weekOf and
// dayRange never turn away a text the patterns match.
func TestJoinPrefilters(t *testing.T) {
	texts := []string{
		"", " ", "the week of ", "The Week Of ", "THE WEEK BEGINNING\t", "week starting\r\n", "week of",
		"in the wee\u212a of ", "the WEE\u212A starting ", "week\u00a0of ", "weeks of ", "week of\f",
		"and 25", " - 6th", "\u2013 7", "through 30", "or 3rd,", "and", " to x", "-", " and 1",
	}
	rng := rand.New(rand.NewSource(1))
	pieces := []string{"the", "week", "wee\u212a", "WEEK", "of", "beginning", "starting", " ", "\t", "\n", "\u00a0",
		"and", "or", "to", "through", "-", "\u2013", "3", "25", "st", "th", "x", ","}
	for range 20000 {
		var b strings.Builder
		for range rng.Intn(8) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := weekOfIndex(s), weekOf.FindStringIndex(s); !slices.Equal(got, want) {
			t.Errorf("weekOfIndex(%q) = %v, want %v", s, got, want)
		}
		if got, want := dayRangeIndex(s), dayRange.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
			t.Errorf("dayRangeIndex(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestYearAndEveryPrefilters checks hasYear against yearIn, and that
// the "every" test before everyDayBefore never turns away a lead the
// pattern matches, on random texts and the lines of news stories.
func TestYearAndEveryPrefilters(t *testing.T) {
	texts := []string{
		"", "1987", "x1987", "1987x", "_1987", "1987_", "é1987", "1987é", "0999", "1000", "2099", "2100", "21987", "19870",
		"March 3, 1987", "3/4/1987", "1987-88", "(1987)", "every Monday and ", "EVERY monday, friday or ", "Every\tSunday & ",
	}
	rng := rand.New(rand.NewSource(2))
	pieces := []string{"1", "9", "0", "2", "20", "19", "87", "x", "_", " ", "-", "é", "\xff", ",", "every", "EVERY", "Every",
		"monday", "Friday", "tuesday", " and ", " or ", "&", "\t", "day"}
	for range 30000 {
		var b strings.Builder
		for range rng.Intn(10) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range readReuters(t, 300) {
		texts = append(texts, strings.Split(s.Text, "\n")...)
	}
	for _, s := range texts {
		if got, want := hasYear(s), yearIn.MatchString(s); got != want {
			t.Errorf("hasYear(%q) = %v, want %v", s, got, want)
		}
		if everyDayBefore.MatchString(s) && !containsFoldASCII(s, "every") {
			t.Errorf("containsFoldASCII(%q, \"every\") turns away a match of everyDayBefore", s)
		}
	}
}

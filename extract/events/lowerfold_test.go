package events

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
	"newsbot/extract/internal/newscorpus"
)

// TestNonASCIILowers checks every rune outside ASCII: the ASCII letters
// strings.ToLower makes of them are nonASCIILowers, which the literals
// the rules fold instead of lower-casing do not hold.
func TestNonASCIILowers(t *testing.T) {
	var got string
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		for _, c := range []byte(strings.ToLower(string(r))) {
			if c < utf8.RuneSelf {
				got += string(c)
			}
		}
	}
	if got != "ik" && got != "ki" {
		t.Errorf("ASCII lowers of runes outside ASCII = %q, want the letters of %q", got, nonASCIILowers)
	}
	for _, lit := range []string{"day", "that", "the end", "end", "past year", "last year"} {
		if strings.ContainsAny(lit, nonASCIILowers) {
			t.Errorf("%q holds a letter of nonASCIILowers", lit)
		}
	}
}

// TestLowerFoldRules compares the rules that fold ASCII instead of
// lower-casing with their lower-casing forms.
func TestLowerFoldRules(t *testing.T) {
	// weekdayLast is the test of dayBeforeEvent the fold of "day" stands
	// before.
	weekdayLast := func(text string, span doc.Span) bool {
		words := strings.Fields(strings.ToLower(text[span.Start:span.End]))
		if len(words) == 0 || !weekdayNames[strings.Trim(words[len(words)-1], ".,")] {
			return false
		}
		return true
	}
	for _, s := range []string{"", "day", "Sunday", "SUNDAY", "the Sunday", "the Monday.", "MONDAY,", "Mon", "today", "Tuesda y",
		"thursDAY", "the \u0130 day", "sunday\u212a", "that day", "THAT  morning", "That same day", "thAt\tnight", " that day",
		"that evening", "th at day", "\u212aday", "The end of May", "end-2025", "THE END of the year", "the  end", "ends",
		"past year", "Last Year", "PAST YEAR", "last years", "past  year", "the past year", "Tonight", "TODAY", "tomorrow's",
		"to-day", "\u0130tonight", "tonİght", "Today é"} {
		span := doc.Span{Start: 0, End: len(s)}
		if weekdayLast(s, span) && !containsFold(s, "day") {
			t.Errorf("dayBeforeEvent prefilter rejects %q", s)
		}
		old := false
		switch strings.ToLower(strings.Join(strings.Fields(s), " ")) {
		case "that day", "that same day", "that night", "that morning", "that afternoon", "that evening":
			old = true
		}
		if old && !containsFold(s, "that") {
			t.Errorf("quotedThatDay prefilter rejects %q", s)
		}
		lower := strings.ToLower(s)
		if got, want := hasFoldAt(s, 0, "the end") || hasFoldAt(s, 0, "end"), strings.HasPrefix(lower, "the end") || strings.HasPrefix(lower, "end"); got != want {
			t.Errorf("endBound opening of %q = %v, want %v", s, got, want)
		}
		if got, want := len(s) == len("past year") && (hasFoldAt(s, 0, "past year") || hasFoldAt(s, 0, "last year")), lower == "past year" || lower == "last year"; got != want {
			t.Errorf("stretchToNow phrase %q = %v, want %v", s, got, want)
		}
		if got, want := isSpeakersDay(s), strings.Contains(lower, "tonight") || strings.Contains(lower, "today") || strings.Contains(lower, "tomorrow"); got != want {
			t.Errorf("isSpeakersDay(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestPatternOpenings checks the tests run before ageSubjectRe and
// unrealCondition: neither rejects a text the pattern matches, on texts
// made to match and on every part of lines of news stories.
func TestPatternOpenings(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if ageSubjectRe.MatchString(s) && !opensWithThe(s) {
			t.Errorf("opensWithThe rejects %q, which ageSubjectRe matches", s)
		}
		if unrealCondition.MatchString(s) && !containsFold(s, "had") {
			t.Errorf("the fold of \"had\" rejects %q, which unrealCondition matches", s)
		}
	}
	for _, s := range []string{"The 47-year-old was", "the 9-year-old boy", "THE 47-year-old was", "Had they left on",
		"HAD the gates", "if the gates HAD been shut on", "it could have HAD it not been", "The", "the ", ""} {
		check(s)
	}
	if !ageSubjectRe.MatchString("the 47-year-old was") || !unrealCondition.MatchString("HAD the warning been issued on") {
		t.Fatal("the patterns no longer match their examples")
	}
	for _, st := range newscorpus.Read(t, reutersCorpus, 100) {
		for _, line := range strings.Split(st.Text, "\n") {
			for i := 0; i < len(line); i++ {
				if i == 0 || line[i-1] == ' ' {
					check(line[i:])
					check(line[:i])
				}
			}
		}
	}
}

package events

import (
	"math/rand"
	"strings"
	"testing"

	"newsbot/extract/internal/newscorpus"
)

// markSetCases are the mark sets of the rules with the marks each was
// made of.
var markSetCases = []struct {
	set   *markSet
	marks string
}{
	{ampMarks, "&"},
	{bangAskCommaSemicolonColonMarks, "!,:;?"},
	{commaParensBarSlashMarks, "(),/|"},
	{commaQuoteCurlyQuotesMarks, "\",“”"},
	{commaSemicolonMarks, ",;"},
	{commaSemicolonColonMarks, ",:;"},
	{dashMarks, ",:;–—"},
	{commaSemicolonColonParensDashesMarks, "(),:;–—"},
	{commaSemicolonColonQuoteCloseQuoteMarks, "\",:;”"},
	{commaSemicolonColonQuoteCurlyQuotesMarks, "\",:;“”"},
	{nominalMarks, "\",:;–—“”"},
	{commaSemicolonColonQuoteCurlyQuotesParensMarks, "\"(),:;“”"},
	{clauseMarks, "\"(),:;–—“”"},
	{commaSemicolonColonQuoteCurlyQuotesParensDashesHyphenMarks, "\"(),-:;–—“”"},
	{commaSemicolonDashesMarks, ",;–—"},
	{asciiDigits, "0123456789"},
	{openParenDashesMarks, "(–—"},
	{quoteCloseQuoteMarks, "\"”"},
	{quoteCurlyQuotesMarks, "\"“”"},
	{quoteCurlyQuotesParensMarks, "\"()“”"},
	{quoteCurlyQuotesParensDashesMarks, "\"()–—“”"},
	{quoteOpenQuoteMarks, "\"“"},
	{quoteOpenQuoteOpenParenSpaceTabNewlineMarks, "\t\n \"(“"},
	{semicolonMarks, ";"},
	{semicolonColonMarks, ":;"},
	{semicolonColonParensMarks, "():;"},
	{semicolonColonQuoteCurlyQuotesMarks, "\":;“”"},
	{semicolonColonQuoteCurlyQuotesParensMarks, "\"():;“”"},
	{semicolonColonQuoteCurlyQuotesParensDashesMarks, "\"():;–—“”"},
	{spaceNewlineMarks, "\n "},
	{spaceTabNewlineMarks, "\t\n "},
	{stopBangAskMarks, "!.?"},
	{stopBangAskColonMarks, "!.:?"},
	{stopBangAskColonQuoteCloseQuoteApostropheCloseSingleQuoteMarks, "!\"'.:?’”"},
	{stopBangAskCommaSemicolonColonMarks, "!,.:;?"},
	{stopBangAskCommaSemicolonColonNewlineMarks, "\n!,.:;?"},
	{stopBangAskCommaSemicolonColonQuoteCurlyQuotesParensMarks, "!\"(),.:;?“”"},
	{stopBangAskCommaSemicolonQuoteCloseQuoteMarks, "!\",.;?”"},
	{stopBangAskQuoteCurlyQuotesNewlineMarks, "\n!\".?“”"},
	{stopBangAskSemicolonColonMarks, "!.:;?"},
	{stopCommaSemicolonColonParensMarks, "(),.:;"},
	{stopCommaSemicolonColonQuoteCurlyQuotesParensDashesMarks, "\"(),.:;–—“”"},
	{forecastMarks, ";:—–\"“”"},
	{segmentMarks, ",;:—–("},
	{participleMarks, participleStops},
}

// checkMarkSets fails when a set finds other than the strings functions
// find in s.
func checkMarkSets(t *testing.T, s string) {
	t.Helper()
	for _, c := range markSetCases {
		if got, want := c.set.firstIn(s), strings.IndexAny(s, c.marks); got != want {
			t.Fatalf("firstIn(%q) of %q = %d, want %d", s, c.marks, got, want)
		}
		if got, want := c.set.lastIn(s), strings.LastIndexAny(s, c.marks); got != want {
			t.Fatalf("lastIn(%q) of %q = %d, want %d", s, c.marks, got, want)
		}
		if got, want := c.set.in(s), strings.ContainsAny(s, c.marks); got != want {
			t.Fatalf("in(%q) of %q = %v, want %v", s, c.marks, got, want)
		}
	}
}

func TestMarkSetsAsStrings(t *testing.T) {
	for _, s := range []string{
		"", "a", ",", "“", "”", "—", "–", "’", "\xe2", "\xe2\x80", "\xe2\x80\x9c\x80", "\x80\xe2\x80\x9c",
		"\xf0\xe2\x80\x9c", "\xe2\x80\xe2\x80\x94", "\xc3\xe2\x80\x9d", "a\xffb;", "\xef\xbf\xbd", "é, “x” — y",
		"short", "a longer text: one (with) “marks” – and 12 figures.", "\n\t x?!", "it's", "‘quoted’ & piped|/",
	} {
		checkMarkSets(t, s)
	}
	// Random texts of the bytes and runes the sets hold, their
	// neighbours, and pieces of UTF-8 cut anywhere.
	pieces := []string{"a", "Z", "0", "9", " ", "\n", "\t", ",", ";", ":", ".", "!", "?", "\"", "'", "(", ")", "-", "&", "|", "/",
		"“", "”", "‘", "’", "—", "–", "…", "é", "€", "\xe2", "\x80", "\x94", "\x9c", "\xbf", "\xff", "\xc3", "\xf0\x9f", "😀"}
	rng := rand.New(rand.NewSource(1))
	for range 20000 {
		var b strings.Builder
		for range rng.Intn(14) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		checkMarkSets(t, b.String())
	}
}

// TestMarkSetsOnNews compares the sets with the strings functions on
// every line of news stories.
func TestMarkSetsOnNews(t *testing.T) {
	for _, s := range newscorpus.Read(t, reutersCorpus, 300) {
		for _, line := range strings.Split(s.Text, "\n") {
			checkMarkSets(t, line)
		}
		checkMarkSets(t, s.Text)
	}
}

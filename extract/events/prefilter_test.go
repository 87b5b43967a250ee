package events

import (
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"newsbot/extract/doc"
	"newsbot/extract/internal/newscorpus"
	"newsbot/extract/timex"
)

// prefilters pairs each cheap test with the pattern it stands before: the
// test must accept every text the pattern matches.
var prefilters = []struct {
	name string
	re   *regexp.Regexp
	may  func(string) bool
}{
	{"ratherThanWords", ratherThanWords, mayPreferThan},
	{"placeDateline", placeDateline, mayOpenPlaceDateline},
	{"amountBefore", amountBefore, mayAmountBefore},
	{"thenWouldHave", thenWouldHave, func(s string) bool { return containsFold(s, "have") }},
	{"figureOnBaseline", figureOnBaseline, mayEndOnBaseline},
	{"yearSpan at 0", regexp.MustCompile(`^(?:` + yearSpan.String() + `)`), func(s string) bool { return hasFoldAt(s, 0, "between") }},
	{"clockHeading", clockHeading, mayBeClock},
	{"gappedPiece", gappedPiece, mayBeGappedPiece},
	{"relativeToEvent", relativeToEvent, mayRelateToEvent},
	{"comparedWith", regexp.MustCompile(strings.Join(comparedWith, "|")), func(s string) bool { return strings.Contains(s, " compar") }},
}

// prefilterCases are texts the patterns match, in odd cases and spellings.
var prefilterCases = []string{
	"I'd rather give you the full picture than piecemeal numbers ",
	"WE WOULD MUCH SOONER wait THAN guess ",
	"they had ſooner wait than guess ",
	"she’d Rather stay than ",
	"Port Elwin, Oct 23 (PA) - ",
	"Lagos, 4 March (NAN) — ",
	"Évry, Sept. 3 (AFP) – ",
	"a 5 per cent rise this year and 4 per cent ",
	"3 PCT FOR THIS YEAR AND 2 PCT IN",
	", few would have bet",
	"I'd never HAVE imagined",
	" nobody could have known",
	"sales rose 18 per cent on ",
	"up 5% on the\t",
	"2.1 million higher on\n",
	"between 2016 and 2020",
	"BETWEEN 2016 AND 2020",
	"14:05 GMT",
	"9:30am",
	"10.42 BST",
	"The eve of the vote",
	"the day after the election",
	"x the week before the deal",
	"the eve the vote",
	"xthe day before of the vote",
	"The week after of the summit",
	"the day after the the",
	"five on Monday",
	"12 in May",
	"x, 3 at noon",
	"x; two and three by Friday",
	"a, and eleven during the night",
	"and and two last week",
	"x, and and 7 this week",
	"x,  and 7 this week",
}

// TestPrefiltersAcceptMatches checks the cheap tests before patterns on
// the cases above and on every line (its prefixes and suffixes at spaces)
// of news stories: none may reject a text its pattern matches.
func TestPrefiltersAcceptMatches(t *testing.T) {
	check := func(s string) {
		for _, p := range prefilters {
			if p.re.MatchString(s) && !p.may(s) {
				t.Errorf("%s matches %q, which its cheap test rejects", p.name, s)
			}
		}
	}
	for _, s := range prefilterCases {
		check(s)
	}
	if testing.Short() {
		return
	}
	stories := newscorpus.Read(t, filepath.Join("..", "..", "..", "shared", "data", "reuters21578.jsonl.gz"), 100)
	for _, st := range stories {
		for _, line := range strings.Split(st.Text, "\n") {
			check(line)
			for i := 0; i < len(line); i++ {
				if line[i] == ' ' {
					check(line[:i+1])
					check(line[i+1:])
				}
			}
		}
	}
}

// insideQuotationSlow is insideQuotation without its cheap test first.
func insideQuotationSlow(text string, sent, sp doc.Span) bool {
	if timex.Quoted(text, sent, sp) || closesQuotation(text, sent, sp) {
		return true
	}
	if sp.Start < sent.Start || sp.End > sent.End || sent.End > len(text) {
		return false
	}
	before, after := text[sent.Start:sp.Start], text[sp.End:sent.End]
	straight := strings.Count(before, `"`)%2 == 1 && !strings.Contains(after, `"`)
	curly := strings.LastIndex(before, "“") > strings.LastIndex(before, "”") && !strings.Contains(after, "”")
	return straight || curly
}

// TestInsideQuotationCheapTest checks insideQuotation, with its test for
// marks first, against the full reading of every word of sentences with
// and without quotation marks, and closesQuotation's test for marks
// before the time against strings.ContainsAny.
func TestInsideQuotationCheapTest(t *testing.T) {
	for _, text := range []string{
		`He said the vote was on Monday.`,
		"The ``vote'' was on Monday.",
		`"The vote was on Monday," he said.`,
		`“The vote was on Monday,” he said.`,
		`The vote was on Monday.” He left.`,
		`He said: "The vote was on Monday.`,
		`The vote was on Monday" and then`,
		"Caf\xe9 vote on Monday\xe2\x80 here",
	} {
		sent := doc.Span{Start: 0, End: len(text)}
		for a := 0; a < len(text); a++ {
			for b := a; b <= len(text); b++ {
				sp := doc.Span{Start: a, End: b}
				if got, want := insideQuotation(text, sent, sp), insideQuotationSlow(text, sent, sp); got != want {
					t.Errorf("insideQuotation(%q, %v) = %v, want %v", text, sp, got, want)
				}
			}
			before := text[:a]
			if got, want := strings.IndexByte(before, '"') < 0 && !hasCurlyQuote(before), !strings.ContainsAny(before, "\"“”"); got != want {
				t.Errorf("marks before %d of %q: %v, want %v", a, text, got, want)
			}
		}
	}
}

// TestHoldsHisOrHer compares the one search for "his" and "her" with a
// search for each, on the seed corpus and on edge cases.
func TestHoldsHisOrHer(t *testing.T) {
	if strings.Join(ownerPronouns, " ") != "his her" {
		t.Fatalf("ownerPronouns = %q, which mayHoldOwner no longer covers", ownerPronouns)
	}
	texts := []string{"", "h", "hi", "his", "HER", "hEr", "xhiS", "the th", "h his", "tHE", "shh", "he r", "hhis", "HHER", "ThIs", "thHer"}
	if !testing.Short() {
		for _, st := range newscorpus.Read(t, filepath.Join("..", "..", "..", "shared", "data", "reuters21578.jsonl.gz"), 100) {
			texts = append(texts, strings.Split(st.Text, "\n")...)
		}
	}
	for _, s := range texts {
		want := containsFold(s, "his") || containsFold(s, "her")
		if got := holdsHisOrHer(s); got != want {
			t.Errorf("holdsHisOrHer(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestQuoteLead checks the byte clause looks for before a curly quote.
func TestQuoteLead(t *testing.T) {
	if "“"[0] != quoteLead || "”"[0] != quoteLead {
		t.Fatalf("quoteLead %#x is not the first byte of both curly quotes", quoteLead)
	}
}

// TestLastIndexIfAny compares lastIndexIfAny with strings.LastIndex.
func TestLastIndexIfAny(t *testing.T) {
	for _, s := range []string{"", " from ", "rose from 3 from 4", "x from", "against all odds against ", "FROM from"} {
		for _, sub := range []string{"", " from ", " against ", "f"} {
			if got, want := lastIndexIfAny(s, sub), strings.LastIndex(s, sub); got != want {
				t.Errorf("lastIndexIfAny(%q, %q) = %d, want %d", s, sub, got, want)
			}
		}
	}
}

// TestContainsAtEdition compares the anchored searches editionNote makes
// with strings.Contains.
func TestContainsAtEdition(t *testing.T) {
	for _, s := range []string{"", "d", "dition", "edition", "version", "ersion", "ersio", "the print edition wrongly", "e r ersion", "ddition"} {
		if got, want := containsAt(s, "dition", 0), strings.Contains(s, "dition"); got != want {
			t.Errorf("containsAt(%q, dition) = %v, want %v", s, got, want)
		}
		if got, want := containsAt(s, "ersion", 1), strings.Contains(s, "ersion"); got != want {
			t.Errorf("containsAt(%q, ersion) = %v, want %v", s, got, want)
		}
	}
}

// TestMayDenyFuture checks that every word negatedFuture or
// negatedSubject may start at passes mayDenyFuture.
func TestMayDenyFuture(t *testing.T) {
	for w := range deniableModals {
		if !mayDenyFuture(w) {
			t.Errorf("mayDenyFuture(%q) = false", w)
		}
	}
	for _, ws := range [][]string{{"not", "going", "to"}, {"will", "not"}, {"nor", "will", "the"}, {"no", "one", "would", "act"}} {
		for i := range ws {
			if (negatedFuture(ws, i) || negatedSubject(ws, i)) && !slices.ContainsFunc(ws, mayDenyFuture) {
				t.Errorf("%q denies at %d, which mayDenyFuture misses", ws, i)
			}
		}
	}
	for _, w := range []string{"", "not", "never", "said", "go"} {
		if mayDenyFuture(w) {
			t.Errorf("mayDenyFuture(%q) = true", w)
		}
	}
}

// TestSpeaksOfAppointment compares speaksOfAppointment with containsAny.
func TestSpeaksOfAppointment(t *testing.T) {
	for _, s := range []string{"", "the", "the appointment", "announced the nomination on friday", "the hiring", "hiring", "the the promotio", "xthe promotion", "the appointments"} {
		if got, want := speaksOfAppointment(s), containsAny(s, appointmentNouns); got != want {
			t.Errorf("speaksOfAppointment(%q) = %v, want %v", s, got, want)
		}
	}
}

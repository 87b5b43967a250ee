package timex

import (
	"math/bits"
	"reflect"
	"strings"
	"sync"
	"testing"

	"newsbot/extract/doc"
	"newsbot/extract/segment"
)

// searchReference is what sentenceMatches computes, the plain way: the
// regexp of every rule the sentence triggers, run over each of the
// rule's windows.
func searchReference(s string) []ruleMatch {
	low := lowerASCII(s)
	ws := words(s)
	masks := make([]uint64, len(ws))
	var any uint64
	for i, w := range ws {
		masks[i] = triggers(w.text)
		any |= masks[i]
	}
	var out []ruleMatch
	for ri := range rules {
		if any&(1<<ri) == 0 {
			continue
		}
		for _, w := range windows(nil, s, ws, masks, ri) {
			for _, idx := range rules[ri].re.FindAllStringSubmatchIndex(low[w[0]:w[1]], -1) {
				out = append(out, ruleMatch{ri, shifted(idx, w[0])})
			}
		}
	}
	return out
}

// checkSearch compares sentenceMatches with the reference on every
// sentence of text, one finder serving them all as in Find.
func checkSearch(t *testing.T, text string, sents []doc.Sentence) {
	t.Helper()
	f := &finder{scratch: new(scratch)}
	for _, sp := range sents {
		if sp.Start >= sp.End {
			continue
		}
		s := text[sp.Start:sp.End]
		f.sentIdx++
		got, want := f.sentenceMatches(s, lowerASCII(s)), searchReference(s)
		if len(got) != 0 || len(want) != 0 {
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("matches in %q:\n got %v\nwant %v", s, got, want)
			}
		}
	}
}

func TestSearchAgreesWithTheRegexps(t *testing.T) {
	tests := []struct{ name, text string }{
		{"an empty sentence has no matches", ""},
		{"a sentence without triggers has none", "Officials met and talked at length."},
		{"rules sharing windows find their own matches", "On Tue., 3 Dec. 2025 at 2 p.m. EST, 14:00 GMT, 1990s, '90s, mid-2021 and 12.50 dlrs."},
		{"windows far apart are searched apart", "In 1987 the company, which had been founded by a family of bakers and grew slowly, sold 30,000 loaves on 4 May 1990."},
		{"invalid UTF-8 and letters beyond ASCII", "\xff3 Décembre 2025\xe2\x80 Tuesday’s talks, today’s world, 3 mayé 1999\xff"},
		{"newlines and tabs inside a sentence", "the\nthird\tquarter of\n1989, two\tdays later"},
		{"a window that starts inside the sentence holds two matches of one rule", "He is a suspect in three sniper attacks on doctors in Canada and New York between 1994 and 1997."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSearch(t, tt.text, []doc.Sentence{{Span: doc.Span{Start: 0, End: len(tt.text)}}})
		})
	}
}

// TestSearchAgreesOnCorpora runs the comparison over the seed articles
// and the first Reuters stories, split into lines and into sentences.
func TestSearchAgreesOnCorpora(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	for _, text := range corpusTexts(t) {
		checkSearch(t, text, doc.Lines(text))
		checkSearch(t, text, segment.Split(text))
	}
}

func FuzzSearch(f *testing.F) {
	f.Add("On Tue., 3 Dec. 2025 at 2 p.m. EST, three days later, the '90s")
	f.Add("x1990 a1990s b'90s \xff2,000 Tuesday’s, the past 30 days\nevery week")
	f.Fuzz(func(t *testing.T, s string) {
		checkSearch(t, s, []doc.Sentence{{Span: doc.Span{Start: 0, End: len(s)}}})
	})
}

// TestFindIsSafeForConcurrentUse runs Find from several goroutines at
// once, as a knowledge-base build does, each call with its own scratch
// memory from the pool: every call must find what a lone call finds.
func TestFindIsSafeForConcurrentUse(t *testing.T) {
	texts := []string{
		"Putin met the envoys late on Tuesday, 2 December 2025, at 10 p.m.",
		"In the third quarter of 1989 sales rose 5 pct; a year earlier they fell.",
		"He will leave on Friday and return three days later, officials said.",
	}
	for _, s := range readReuters(t, 40) {
		texts = append(texts, s.Text)
	}
	want := make([][]Expr, len(texts))
	for i, text := range texts {
		want[i] = Find(text, nil, wed)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; n < 3; n++ {
				for i, text := range texts {
					if got := Find(text, nil, wed); !reflect.DeepEqual(got, want[i]) {
						t.Errorf("concurrent Find of text %d differs from a lone call", i)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}

// A bare time of day continues the day the narrative last named, not the
// date of a figure the text compares with.
func TestBareTimeAnchor(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"the day last named", "The quake struck on Sunday and aid arrived on Monday. It came shortly before midnight.", "2025-12-01T24:00"},
		{"not a compared figure's", "The quake struck on Sunday, and the toll rose to 1,240 from the 860 reported on Monday. It hit shortly before midnight.", "2025-11-30T24:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.text, segment.Split(tt.text), wed)
			last := got[len(got)-1]
			if last.Text != "midnight" || last.Value != tt.want {
				t.Errorf("Find(%q) ends with %q = %q, want midnight = %q", tt.text, last.Text, last.Value, tt.want)
			}
		})
	}
}

// TestRunRulesAdmitMatches checks that the digit-run filter of heads
// admits every rule at every digit where the rule matches: runs of each
// length, followed by each ASCII byte and by text that completes dates,
// clock times, decades, ordinals and durations.
func TestRunRulesAdmitMatches(t *testing.T) {
	st := ruleStarts()
	scs := ruleScanners()
	tails := []string{"", "-03-02", "/3/1987", "/12", ".3.1987", ":30 p.m. gmt", ".30", "h30", " p.m.", "pm", " a.m. est",
		" march 1987", " of may", "th of june, 1987", "st", "s", "'s", " years ago", "-year", " days later", " times a year",
		"-1987", "/88", " 1987", ",000 years ago", " 1/2 years", " o'clock in the morning", "t14:00"}
	for n := 1; n <= maxRun+2; n++ {
		for _, digits := range []string{"9876543210", "1111111111", "2222222222"} {
			run := digits[:n]
			for c := range 128 {
				for _, tail := range tails {
					for _, s := range []string{run + string(rune(c)) + tail, run + tail, "on " + run + tail + string(rune(c))} {
						i := strings.Index(s, run)
						mask := st.runRules(s, i)
						for ri, sc := range scs {
							if st.atBounds&(1<<ri) == 0 || mask&(1<<ri) != 0 {
								continue
							}
							if m := regexpMatchAt(sc, s, i); m != nil {
								t.Fatalf("rule %d matches %q at %d, which runRules turns away", ri, s, i)
							}
						}
					}
				}
			}
		}
	}
}

// TestTripleRulesAdmitMatches checks that the third-letter filter of
// heads turns no rule away at a word start where the rule matches: on
// the lines of news stories and on phrases full of time expressions,
// each also cut at every space, as a window that ends there is.
func TestTripleRulesAdmitMatches(t *testing.T) {
	st := ruleStarts()
	scs := ruleScanners()
	texts := []string{
		"the third quarter of 1989, this week, last month, mid-march, the 1990s, noon, midnight, thursday, tuesday's",
		"on the morning of the 3rd, the day before yesterday, the following spring, a year earlier, two weeks later",
		"at about 10 a.m. gmt, around noon, shortly after midnight, every monday, twice a year, the past decade",
		"early next year, late this month, the end of the year, the year-ago period, that quarter, the fiscal year",
		"tonight, tomorrow, yesterday, today, overnight, late-night, mid-afternoon, now, currently, nowadays",
		"until then, by then, during the evening, in the afternoon, this year as last, the week before last",
		"nineteen eighty-seven, the twenty-first century, the thirty-first of may, sept. 3, jan 1987, dec 31",
	}
	for _, s := range readReuters(t, 300) {
		texts = append(texts, strings.Split(s.Text, "\n")...)
	}
	check := func(low string) {
		for i := 0; i+1 < len(low); i++ {
			c0, c1 := low[i], low[i+1]
			if c0 < 'a' || c0 > 'z' || c1 < 'a' || c1 > 'z' || i > 0 && isWordByte(low[i-1]) {
				continue
			}
			pair := st.pairs[int(c0)*pairStride+int(c1)] & st.atBounds
			for m := pair &^ st.tripleRules(low, i, pair); m != 0; m &= m - 1 {
				ri := bits.TrailingZeros64(m)
				if regexpMatchAt(scs[ri], low, i) != nil {
					t.Fatalf("rule %d matches %q at %d, which tripleRules turns away", ri, low, i)
				}
			}
		}
	}
	for _, text := range texts {
		low := lowerASCII(text)
		check(low)
		for j := 0; j < len(low); j++ {
			if isSpace(low[j]) {
				check(low[:j])
			}
		}
	}
}

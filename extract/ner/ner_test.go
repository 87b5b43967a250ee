package ner

import (
	"fmt"
	"strings"
	"testing"

	"newsbot/extract/doc"
)

func mustLoad(tb testing.TB) *Tagger {
	tb.Helper()
	t, err := Load()
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

// lines returns one sentence span per line, as the segmenter would give.
func lines(text string) []doc.Span {
	var out []doc.Span
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			if i > start {
				out = append(out, doc.Span{Start: start, End: i})
			}
			start = i + 1
		}
	}
	return out
}

func TestTag(t *testing.T) {
	tg := mustLoad(t)
	tests := []struct {
		name, text string
		want       []string // "TYPE:text"
	}{
		{"a full name is one person", "The talks were led by Vladimir Putin on Tuesday .",
			[]string{"PERSON:Vladimir Putin"}},
		{"a curly possessive is not part of the name", "Donald Trump’s special envoy Steve Witkoff arrived in Moscow.",
			[]string{"PERSON:Donald Trump", "PERSON:Steve Witkoff", "PLACE:Moscow"}},
		{"titles are not part of a person", "Taoiseach Micheál Martin met President Volodymyr Zelensky in Dublin.",
			[]string{"PERSON:Micheál Martin", "PERSON:Volodymyr Zelensky", "PLACE:Dublin"}},
		{"a compound title is not part of a person", "Secretary of State Marco Rubio spoke on Monday.",
			[]string{"PERSON:Marco Rubio"}},
		{"a surname alone is the person named in full earlier", "Vladimir Putin arrived.\nLater, Putin said he was pleased.",
			[]string{"PERSON:Vladimir Putin", "PERSON:Putin"}},
		{"current spellings of capitals are places", "Officials in Kyiv and Astana said so.",
			[]string{"PLACE:Kyiv", "PLACE:Astana"}},
		{"a lower-case sentence has no names", "the talks ended without a deal .", nil},
		{"a figure inside a broadcaster's name stays in it", "The match will be shown live on Channel 5 Sport.",
			[]string{"ORG:Channel 5 Sport"}},
		{"a photographer's initial glued to an outlet by a slash is no part of it", "Photo: Tomás Reyes during training on Wednesday. (Harbour Gazette/J. Miles)",
			[]string{"PERSON:Tomás Reyes", "ORG:Harbour Gazette"}},
		{"a country is a place", "Russia launched its invasion of Ukraine in 2022.",
			[]string{"PLACE:Russia", "PLACE:Ukraine"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range tg.Tag(tt.text, lines(tt.text)) {
				got = append(got, string(m.Type)+":"+m.Text)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Tag(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// checkMentions verifies the invariants every caller relies on.
func checkMentions(t *testing.T, text string, ms []doc.Mention) {
	t.Helper()
	last := 0
	for _, m := range ms {
		if m.Start < last || m.End <= m.Start || m.End > len(text) {
			t.Fatalf("mention %+v out of order or bounds (previous end %d, len %d)", m, last, len(text))
		}
		if m.Text != text[m.Start:m.End] {
			t.Fatalf("mention text %q != text[%d:%d] %q", m.Text, m.Start, m.End, text[m.Start:m.End])
		}
		switch m.Type {
		case doc.Person, doc.Org, doc.Place, doc.Other:
		default:
			t.Fatalf("mention %+v has unknown type", m)
		}
		last = m.End
	}
}

func FuzzTag(f *testing.F) {
	tg := mustLoad(f)
	f.Add("President Vladimir Putin met U.S. envoy Steve Witkoff in Moscow.\nKyiv said no.", 0, 10)
	f.Add("Trump’s “peace plan” — Zelenskiy's reply", 3, 2)
	f.Add("\xff\xfe A.B.C.D. ''' ’’s 's n't (((", 0, 0)
	f.Fuzz(func(t *testing.T, text string, cut, extra int) {
		// Sentence spans from lines, plus one arbitrary (possibly bad) span.
		sents := lines(text)
		sents = append(sents, doc.Span{Start: cut, End: cut + extra})
		checkMentions(t, text, tg.Tag(text, sents))
	})
}

func TestTagHugeInputs(t *testing.T) {
	tg := mustLoad(t)
	tests := []struct{ name, text string }{
		{"a long line without sentence breaks", strings.Repeat("Mr Smith met Anna Jones in Paris and ", 20000)},
		{"many short lines", strings.Repeat("Vladimir Putin spoke in Moscow.\n", 30000)},
		{"invalid bytes", strings.Repeat("\xff\xfe Kyiv \x80", 5000)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := tg.Tag(tt.text, lines(tt.text))
			checkMentions(t, tt.text, ms)
			if len(ms) == 0 && !strings.Contains(tt.name, "invalid") {
				t.Error("no mentions found")
			}
		})
	}
}

func TestTagIsSafeForConcurrentUse(t *testing.T) {
	tg := mustLoad(t)
	texts := seedTexts(t)
	want := map[string]int{}
	for n, text := range texts {
		want[n] = len(tg.Tag(text, lines(text)))
	}
	done := make(chan error)
	for g := 0; g < 4; g++ {
		go func() {
			for n, text := range texts {
				if got := len(tg.Tag(text, lines(text))); got != want[n] {
					done <- fmt.Errorf("%s: %d mentions, want %d", n, got, want[n])
					return
				}
			}
			done <- nil
		}()
	}
	for g := 0; g < 4; g++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

package events

import (
	"slices"
	"strings"
	"testing"
	"time"

	"newsbot/extract/timex"
)

func TestCorrectionNote(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"Correction: The vote took place on Tuesday.", true},
		{"An earlier version of this article said the rollout would start on June 8.", true},
		{"This story has been corrected to show the plant closed in 2019.", true},
		{"A previous version of this report misstated the date.", true},
		{"The law was amended on Tuesday.", false},
		{"The minister corrected the record in parliament.", false},
		{"  CLARIFICATION: The fund closed in May.", true},
		{"AN EARLIER VERSION OF THE STORY gave the wrong year.", true},
		{"Ministers met in İstanbul; an earlier version of this article said Ankara.", true},
		{"Shares rose 3% on Monday.", false},
		{"This chart was revised on 2 May: the jobless rate for 2024 was originally given as 5.1%.", true},
		{"The loss figures were originally given as 40 million euros.", true},
		{"Orders were originally reported as flat, but after revisions they fell 0.6 pct last year.", false},
		{"The bridge was originally built in 1890.", false},
	}
	for _, tt := range tests {
		if got := correctionNote(tt.sentence); got != tt.want {
			t.Errorf("correctionNote(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

func TestFindGivesNoRowForACorrectionNote(t *testing.T) {
	published := time.Date(2026, 5, 22, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		paras [][]string
		want  []string // summaries, in text order
	}{
		{"a paragraph opening with a correction restates the article",
			[][]string{{"Correction: An earlier version of this article said the rollout would start on June 8.", "The department says the first doses will be given from June 15."},
				{"The minister said the first doses would be given from June 15."}},
			[]string{"The minister said the first doses would be given from June 15."}},
		{"a note that the story was corrected dates nothing",
			[][]string{{"The council voted on Tuesday."}, {"This story has been corrected to show the vote took place on Tuesday."}},
			[]string{"The council voted on Tuesday."}},
		{"a correction note leaves the next paragraph alone",
			[][]string{{"Correction: An earlier version of this article gave the wrong day."}, {"The council voted on Tuesday."}},
			[]string{"The council voted on Tuesday."}},
		{"a note of what an article stated and the correct figure dates nothing",
			[][]string{{"The council voted on Tuesday."}, {"An article published on 12 May stated that the council had cut £58,000 from the budget.", "The correct figure is £85,000.", "We apologise for the error."}},
			[]string{"The council voted on Tuesday."}},
		{"a report of what a newspaper said is news",
			[][]string{{"A report published on 12 May said the council had cut £58,000 from the budget.", "The council denied it on Tuesday."}},
			[]string{"A report published on 12 May said the council had cut £58,000 from the budget.", "The council denied it on Tuesday."}},
		{"a correct value with no published claim before it is news",
			[][]string{{"The council voted on 12 May to cut the budget.", "The correct figure is disputed."}},
			[]string{"The council voted on 12 May to cut the budget."}},
		{"a note on what an edition of the paper got wrong dates nothing",
			[][]string{{"The council voted on Tuesday."}, {"A report in Monday's edition, \"Council set to vote\" (18 May), and its online version, contained an error."},
				{"In addition, the print edition of Wednesday's report (20 May) attributed the remark \"We will not back down\" to the mayor.", "It was made by her deputy."}},
			[]string{"The council voted on Tuesday."}},
		{"what a newspaper wrote in its edition of a day is news",
			[][]string{{"The daily reported in its print edition on Tuesday that the council had cut the budget."}},
			[]string{"The daily reported in its print edition on Tuesday that the council had cut the budget."}},
		{"a note on what the paper's own report stated dates nothing, the facts it corrects do",
			[][]string{{"The council voted on Tuesday."}, {"Our profile of the mayor (4 May) and our report of her election (3 May) stated that she first won office in 2011.", "In fact she first won office in 2010."},
				{"Our report of 3 May also described Ravi Tull as her deputy.", "He has been her adviser since 2015."}},
			[]string{"The council voted on Tuesday.", "In fact she first won office in 2010.", "He has been her adviser since 2015."}},
		{"what someone's own report said is news when quoted",
			[][]string{{"\"Our report said the bridge would close in 2027,\" the engineer said."}},
			[]string{"\"Our report said the bridge would close in 2027,\" the engineer said."}},
		{"news of an amended law is no note",
			[][]string{{"The law was amended on Tuesday.", "It takes effect on 1 June."}},
			[]string{"The law was amended on Tuesday.", "It takes effect on 1 June."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, sents, ms := narrative(nil, tt.paras...)
			times := timex.Find(text, sents, published)
			var got []string
			for _, e := range Find(text, sents, times, ms, published) {
				got = append(got, text[e.Summary.Start:e.Summary.End])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("rows %q, want %q", got, tt.want)
			}
		})
	}
}

func TestOwnWorkNote(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"Our report of 3 May stated that the plant closed in 2019.", true},
		{"Our obituary of the painter (2 June) said he was born in Leeds.", true},
		{"Our articles on the strike (5 and 6 May) described the union as the largest.", true},
		{"Our review of the budget found gaps in 2024.", false},
		{"Our members voted on Tuesday to accept the offer.", false},
		{"\"Our report said the bridge would close,\" the engineer said.", false},
		{"The report of 3 May stated that the plant closed.", false},
	}
	for _, tt := range tests {
		if got := ownWorkNote(tt.sentence); got != tt.want {
			t.Errorf("ownWorkNote(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

func TestEditionNote(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"A report in Monday's edition, \"Council set to vote\" (18 May), contained an error.", true},
		{"The print edition of Wednesday's report attributed the remark to the mayor.", true},
		{"The online version of the story wrongly named the deputy mayor.", true},
		{"CORRECTION: THE PRINT EDITION OF TUESDAY'S REPORT WRONGLY NAMED THE DEPUTY MAYOR.", true},
		{"The Online Version Of The Story Wrongly Named The Deputy Mayor.", true},
		{"The daily said in its Monday edition that the council would vote.", false},
		{"The court attributed the delay to a shortage of judges.", false},
		{"The new edition of the guide contained an error on page 4, its publisher said.", false},
	}
	for _, tt := range tests {
		if got := editionNote(tt.sentence); got != tt.want {
			t.Errorf("editionNote(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

// TestMayOpenCorrection checks that the prefilter of correctionNote lets
// through every head holding a phrase or opener, in any case, wherever
// it stands.
func TestMayOpenCorrection(t *testing.T) {
	cases := []func(string) string{
		func(s string) string { return s },
		strings.ToUpper,
		func(s string) string { return strings.ToUpper(s[:1]) + s[1:] },
		func(s string) string { return strings.ReplaceAll(strings.ReplaceAll(s, "v", "V"), "o", "O") },
	}
	phrases := append(append([]string{}, correctionPhrases...), "version of th", "originally given as")
	for _, p := range phrases {
		for _, c := range cases {
			for _, head := range []string{c(p), "x" + c(p), "The figure " + c(p) + " 5%.", "vv " + c(p) + " v"} {
				if !mayOpenCorrection(head) {
					t.Errorf("mayOpenCorrection(%q) = false", head)
				}
			}
		}
	}
	for _, p := range correctionOpeners {
		for _, c := range cases {
			if head := c(p) + " The vote."; !mayOpenCorrection(head) {
				t.Errorf("mayOpenCorrection(%q) = false", head)
			}
		}
	}
	for _, head := range []string{"", "v", "given as", "originally giv", "Shares rose 3% on Monday.", "The version of events."} {
		want := strings.Contains(strings.ToLower(head), "version of th")
		if got := mayOpenCorrection(head); got != want {
			t.Errorf("mayOpenCorrection(%q) = %v, want %v", head, got, want)
		}
	}
}

// TestCorrectionLiterals checks that each literal holds its anchor byte
// and that every phrase of correctionPhrases holds a literal.
func TestCorrectionLiterals(t *testing.T) {
	for _, a := range correctionLiterals {
		for k, sub := range a.subs {
			if a.at[k] < 0 || sub != strings.ToLower(sub) {
				t.Errorf("literal %q has no byte %q or is not in lower case", sub, a.c)
			}
		}
	}
	for _, p := range correctionPhrases {
		if !slices.ContainsFunc(correctionLiterals, func(a anchoredLiterals) bool {
			return slices.ContainsFunc(a.subs, func(sub string) bool { return strings.Contains(p, sub) })
		}) {
			t.Errorf("correction phrase %q holds no literal of correctionLiterals", p)
		}
	}
}

// TestCorrectValueOpenersFold checks what opensWithFold relies on: no
// opener holds a letter a non-ASCII rune lowers to.
func TestCorrectValueOpenersFold(t *testing.T) {
	for _, p := range correctValueOpeners {
		if p != strings.ToLower(p) || strings.ContainsAny(p, "ki") || !isASCII(p) {
			t.Errorf("opener %q is not plain lower-case ASCII without k or i", p)
		}
	}
	for _, s := range []string{"The correct figure is 5.", "  THE ACCURATE date was May.", "The correctly", "Thé correct", "the correct"} {
		l := strings.ToLower(strings.TrimSpace(s))
		want := slices.ContainsFunc(correctValueOpeners, func(p string) bool { return strings.HasPrefix(l, p) })
		if got := opensWithFold(strings.TrimSpace(s), correctValueOpeners); got != want {
			t.Errorf("opensWithFold(%q) = %v, want %v", s, got, want)
		}
	}
}

package identity

import (
	"strings"
	"testing"
)

func TestSelfNamingCue(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The gang, which called itself DarkHarbour, demanded 40 bitcoin.", true},
		{"a group calling themselves the Night Owls", true},
		{"The firm styles itself a bank.", true},
		{"The firm sold itself to a rival.", false},
		{"Shares sell well; the vessel itself sank.", false},
		{"They call  itself nothing.", false},
		{"itself", false},
		{"", false},
	} {
		if got := selfNamingCue(tc.text); got != tc.want {
			t.Errorf("selfNamingCue(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestTwoWords(t *testing.T) {
	for _, s := range []string{"Judge Moss", " Judge  Moss ", "Moss", "", "Cllr Anil Patel", "Dr\u00a0Patel", "a\tb", "  "} {
		f := strings.Fields(s)
		a, b, ok := twoWords(s)
		if ok != (len(f) == 2) || ok && (a != f[0] || b != f[1]) {
			t.Errorf("twoWords(%q) = %q, %q, %v; fields %q", s, a, b, ok, f)
		}
	}
}

func TestLastTwoOfThree(t *testing.T) {
	for _, s := range []string{"Pierre-Henri du Bois", "Muhammad Al  Rashidy ", "du Bois", "Bois", "", "a b c d"} {
		f := strings.Fields(s)
		prev, last, ok := lastTwoOfThree(s)
		n := len(f)
		if ok != (n >= 3) || ok && (prev != f[n-2] || last != f[n-1]) {
			t.Errorf("lastTwoOfThree(%q) = %q, %q, %v; fields %q", s, prev, last, ok, f)
		}
	}
}

func TestRankedSurnamesPrefilter(t *testing.T) {
	for w := range rankNouns {
		if len(w) < minRankNoun || !rankNounInitials[w[0]] {
			t.Errorf("rank noun %q is filtered out", w)
		}
	}
}

func TestHasArabicArticle(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Al-Harbi", true},
		{"el-Sisi", true},
		{"AL-RASHIDI", true},
		{"Al-", false},
		{"Al Harbi", false},
		{"Il-Sung", false},
		{"Al-Ḥarbi", true},
		{"Él-Sisi", false},
		{"Alba", false},
		{"", false},
	} {
		if got := hasArabicArticle(tc.name); got != tc.want {
			t.Errorf("hasArabicArticle(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestSuffixAndHandlePrefilters(t *testing.T) {
	for _, s := range []string{", Jr.", " Jr", " Snr", " III", " IV,", ", Sr", " said", ",J", "", " ", " jr"} {
		if suffixTail.MatchString(s) && !maySuffixTail(s) {
			t.Errorf("maySuffixTail(%q) rejects a suffix", s)
		}
	}
	for _, s := range []string{", 29, known online as ", ", who police say used the alias ", ", going by ", ", alleged to have used the handle ",
		", the suspected ringleader known on forums as ", " operating under the username ", " uses the moniker ", " said"} {
		if handleLead.MatchString(s) && !mayLeadHandle(s) {
			t.Errorf("mayLeadHandle(%q) rejects a cue", s)
		}
	}
	if mayLeadHandle(" said on Tuesday") || maySuffixTail(" said") {
		t.Error("a plain verb passes the prefilters")
	}
}

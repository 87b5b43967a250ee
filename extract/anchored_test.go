package extract

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// anchoredCases are texts around the places the anchored finders try
// their patterns: word and line boundaries, titles inside words, labels
// that run over a line, question labels with no text after them.
var anchoredCases = []string{
	"", "Mr", "Mr Holt", "Mrs Ap-Rhys said. Dr. Okafor and Prof Ng agreed.", "xMr Holt", "_Dr Holt", "9Ms Holt",
	"(Mr Holt)", "Miss Ŋgo and Ms Éclair", "Mr Holt’s view; Mr O'Neil", "Mr. Mr Holt", "Mrs  Holt", "Mr holt", "MrHolt",
	"Mr Holt-Smith-Jones", "Mr Holt-smith", "Mr Ab’ cd", "DrDr Holt", "Prof. Holt\nMr Ng",
	"Mr HOLT (Minister for Trade): I will.\n\nDr BRANE (Chair, Trade Committee): On a point of order.\n",
	"Mr HOLT (Minister): \n", "Mr HOLT (Minister):\tYes", " Mr HOLT (Minister): Yes", "Sir JO (Chair): Yes\nDame AB-CD (x): no",
	"Dame ABC (Chair of the board, ministry of things and stuff and more words here to pass sixty): Yes",
	"Mr HOLT (Min\nister): Yes", "Mr O’NEIL (Chair): Yes\r\nMrs HOLT (Chair) : Yes",
	"Q. How?", "Q.How?", "Q. \n", "Q.  \tWhy", "A Q: Why", "x\nQ: Why", "Q:\t\fx", "Q: \r", "Q. é", "Q. \xff", "Q. \vx",
	"QQ. x", "\nQ.", "Q", "Q. ", "Q:  ",
}

func TestTitledSurnamesMatchesThePattern(t *testing.T) {
	for _, text := range corpusAndCases(t) {
		if got, want := titledSurnames(text), titledSurname.FindAllStringSubmatchIndex(text, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("titledSurnames(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestTitledBracketLabelsMatchesThePattern(t *testing.T) {
	for _, text := range corpusAndCases(t) {
		if got, want := titledBracketLabels(text), titledBracketLabel.FindAllStringSubmatchIndex(text, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("titledBracketLabels(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestHasQuestionLineMatchesThePattern(t *testing.T) {
	for _, text := range corpusAndCases(t) {
		if got, want := hasQuestionLine(text), questionLine.MatchString(text); got != want {
			t.Fatalf("hasQuestionLine(%q) = %v, want %v", text, got, want)
		}
	}
}

// pairCuesByContains is pairCuesOf written with strings.Contains.
func pairCuesByContains(s string, want pairCues) pairCues {
	var got pairCues
	has := func(c pairCues, words ...string) {
		if want&c != 0 && slices.ContainsFunc(words, func(w string) bool { return strings.Contains(s, w) }) {
			got |= c
		}
	}
	has(cueParen, "(")
	has(cueName, "name")
	has(cueSold, soldAsCues...)
	has(cueGeneric, "generic")
	has(cueNoun, nounCues...)
	return got
}

func TestPairCuesOfMatchesContains(t *testing.T) {
	cases := []string{"", "(", "nam", "name", "xname", "unknown", "kno", "sol", "sold", "marketed", "marke",
		"medic", "paramedical", "drug", "dru", "pill", "tablet", "treatment", "therapy", "antibiotic", "vaccine",
		"generic", "generi", "branded", "ame", "e", "a(b"}
	texts := append(corpusAndCases(t), cases...)
	for _, text := range texts {
		for want := pairCues(0); want <= allPairCues; want++ {
			if got, exp := pairCuesOf(text, want), pairCuesByContains(text, want); got != exp {
				t.Fatalf("pairCuesOf(%q, %b) = %b, want %b", text, want, got, exp)
			}
		}
	}
}

// corpusAndCases returns anchoredCases and, when the news corpus is
// present, its first stories.
func corpusAndCases(t *testing.T) []string {
	t.Helper()
	out := slices.Clone(anchoredCases)
	if _, err := os.Stat(newsCorpus); err != nil || testing.Short() {
		return out
	}
	for _, s := range readStories(t, 500) {
		out = append(out, s.Text)
	}
	return out
}

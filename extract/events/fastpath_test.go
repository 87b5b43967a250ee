package events

import (
	"path/filepath"
	"strings"
	"testing"

	"newsbot/extract/internal/newscorpus"
)

// fastPathTexts are edge cases of the ASCII fast paths: capitals, runes
// that lower to ASCII letters (U+0130 to "i", U+212A to "k"), words cut
// at the ends, and texts beyond ASCII.
var fastPathTexts = []string{
	"", "t", "TONIGHT", "toNight's", "tomorrow", "YESTERDAY", "yesterdaY evening", "tonİght", "tomorrow İ",
	"Correction: the vote", "CLARIFICATION: x", "update:", "Updated: 5 pm", "Editor's note: this", "editor’s note: this",
	"EDİTOR's note", "This Article Was amended", "an earlier version of this story", "AN EARLIER VERSION OF THİS",
	"this story has been", "this stor", "  Update: padded", "the Funeral will be", "a memorial", "xfuneral", "VIGIL",
	"Cremation", "crémation", "burial", "burİal", "a b c", "He RESIGNED as chair.", "she stepped down", "quits,",
	"\"Ousted\"", "dismissed.", "SACKED", "departs", "resign", "departure", "stepson", "Kelvin \u212a", "retİred",
}

// corpusLines returns the lines of the first n news stories, or none in
// a short run.
func corpusLines(t *testing.T, n int) []string {
	if testing.Short() {
		return nil
	}
	var out []string
	for _, st := range newscorpus.Read(t, filepath.Join("..", "..", "..", "shared", "data", "reuters21578.jsonl.gz"), n) {
		out = append(out, strings.Split(st.Text, "\n")...)
	}
	return out
}

// editorialNoteSlow is EditorialNote reading every sentence lowered.
func editorialNoteSlow(sentence string) bool {
	const maxNote = 400
	sentence = strings.TrimSpace(sentence)
	if len(sentence) > maxNote {
		sentence = strings.ToValidUTF8(sentence[:maxNote], "")
	}
	l := strings.ToLower(sentence)
	for _, p := range noteLabels {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	for _, p := range notePhrases {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}

// spokenDeicticSlow is spokenDeictic reading every text lowered.
func spokenDeicticSlow(s string) bool {
	l := strings.ToLower(s)
	return strings.Contains(l, "tonight") || strings.Contains(l, "tomorrow") || strings.Contains(l, "yesterday")
}

// departsSlow is departs without its cheap test.
func departsSlow(clause string) bool {
	for w := range strings.FieldsSeq(strings.ToLower(clause)) {
		if departureWords[strings.Trim(w, phraseEnd)] {
			return true
		}
	}
	return false
}

// mayNameRiteSlow is mayNameRite reading a text twice: whether it is
// ASCII, then each word start against every stem.
func mayNameRiteSlow(s string) bool {
	if !isASCII(s) {
		return true
	}
	for i := 0; i < len(s); i++ {
		if i > 0 && isASCIILetter(s[i-1]) {
			continue
		}
		c := asciiLower(s[i])
		for _, r := range riteStems {
			if r[0] == c && hasFoldAt(s, i, r) {
				return true
			}
		}
	}
	return false
}

// TestASCIIFastPaths compares the readings of ASCII texts without
// lowering them with the readings of lowered texts, on edge cases and
// on every line of news stories, its prefixes and suffixes at spaces.
func TestASCIIFastPaths(t *testing.T) {
	check := func(s string) {
		if got, want := EditorialNote(s), editorialNoteSlow(s); got != want {
			t.Errorf("EditorialNote(%q) = %v, want %v", s, got, want)
		}
		if got, want := spokenDeictic(s), spokenDeicticSlow(s); got != want {
			t.Errorf("spokenDeictic(%q) = %v, want %v", s, got, want)
		}
		if got, want := departs(s), departsSlow(s); got != want {
			t.Errorf("departs(%q) = %v, want %v", s, got, want)
		}
		if got, want := mayNameRite(s), mayNameRiteSlow(s); got != want {
			t.Errorf("mayNameRite(%q) = %v, want %v", s, got, want)
		}
		if got, want := clockLine(s), clockHeading.MatchString(strings.TrimSpace(s)); got != want {
			t.Errorf("clockLine(%q) = %v, want %v", s, got, want)
		}
	}
	for _, s := range fastPathTexts {
		check(s)
	}
	for w := range departureWords {
		check(w)
		check("He " + strings.ToUpper(w) + ".")
	}
	for _, line := range corpusLines(t, 200) {
		check(line)
		for i := 0; i < len(line); i++ {
			if line[i] == ' ' {
				check(line[:i+1])
				check(line[i+1:])
			}
		}
	}
}

package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/internal/newscorpus"
)

// gateLines returns the crafted lines of the gate tests, every line of the
// seed articles and of the news corpus, each whole and trimmed.
func gateLines(t *testing.T, crafted []string) []string {
	t.Helper()
	lines := append([]string(nil), crafted...)
	if files, err := filepath.Glob("testdata/seeds/*.txt"); err == nil {
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			lines = append(lines, strings.Split(string(raw), "\n")...)
		}
	}
	for _, s := range newscorpus.Read(t, filepath.Join("..", "..", "..", "shared", "data", "reuters21578.jsonl.gz"), 2000) {
		lines = append(lines, strings.Split(s.Text, "\n")...)
	}
	return lines
}

// isEmbedChromeReference is isEmbedChrome with the gate of any digit alone
// where mayBeEmbedChrome stands.
func isEmbedChromeReference(s string, n int) bool {
	first := firstField(s)
	may := strings.EqualFold(first, "view") || strings.EqualFold(first, "a") || strings.EqualFold(first, "posted") ||
		strings.ContainsAny(s, "0123456789")
	if n > maxEmbedWords || !may || hasQuotation(s) {
		return false
	}
	words := strings.Fields(s)
	return isViewOnNetwork(words) || isSharedBy(s, words) || isPostedByHandle(words) || isEngagementCounts(words)
}

// TestMayBeEmbedChromeKeepsEmbeds checks that mayBeEmbedChrome turns away
// no line that isEmbedChrome would take with a plain digit gate.
func TestMayBeEmbedChromeKeepsEmbeds(t *testing.T) {
	crafted := []string{
		"1,204 likes · 387 comments", "12K views", "· 12K views", "— 3 replies", "Likes 12", "2.3k reposts",
		"View this post on Instagram", "A post shared by Saltmarsh Sound (@saltmarshsound)",
		"Posted by @kestrelbay · 15 Sep 2026", "  12M views  ", "(1,204) likes", "Views: 1,204",
		"Shares 3 · Likes 40", "12 km views", "He had 12 likes.", "1 204 likes",
	}
	taken := 0
	for _, s := range gateLines(t, crafted) {
		for _, line := range []string{s, strings.TrimSpace(s)} {
			n := wordCount(line)
			want := isEmbedChromeReference(line, n)
			if got := isEmbedChrome(line, n); got != want {
				t.Errorf("isEmbedChrome(%q) = %v, want %v", line, got, want)
			}
			if want {
				taken++
			}
		}
	}
	if taken < 8 {
		t.Errorf("only %d embed lines among the cases", taken)
	}
}

// isSupportNoteReference is isSupportNote without the byte-pair gate.
func isSupportNoteReference(s string, n int) bool {
	return n <= maxFurnitureWords && supportWords(s) && supportNote.MatchString(strings.TrimSpace(s)) ||
		isJournalismPitch(strings.TrimSpace(s), n) || n <= maxFurnitureWords && isOutletSlogan(strings.TrimSpace(s))
}

// TestSupportNoteGateKeepsNotes checks that the byte pairs of the whole
// lowered line turn away no part of it that isSupportNote would take.
func TestSupportNoteGateKeepsNotes(t *testing.T) {
	crafted := []string{
		"Harbour Times is reader-supported.", "  Harbour Times is reader-supported.  ",
		"The Plains Ledger is funded by its readers.", "Northgate Radio is listener-powered",
		"Harbour Times is a proudly audience-funded newsroom", "Ünïcode Wire is reader-supported.",
		"HARBOUR TIMES IS READER-SUPPORTED.", "Harbour Times is member-funded.",
	}
	taken := 0
	for _, s := range gateLines(t, crafted) {
		lw := lowerLine(toLower(s))
		for _, part := range []string{s, strings.TrimSpace(s)} {
			n := wordCount(part)
			want := isSupportNoteReference(part, n)
			if got := isSupportNoteIn(part, lw, n); got != want {
				t.Errorf("isSupportNoteIn(%q) = %v, want %v", part, got, want)
			}
			if got := isSupportNote(part, n); got != want {
				t.Errorf("isSupportNote(%q) = %v, want %v", part, got, want)
			}
			if want {
				taken++
			}
		}
	}
	if taken < 6 {
		t.Errorf("only %d support notes among the cases", taken)
	}
}

// isAddressLineReference is isAddressLine cutting all the fields first,
// with isPlaceFieldReference.
func isAddressLineReference(s string) bool {
	t := strings.TrimSuffix(strings.TrimSpace(s), ".")
	if strings.Count(t, ",") < minAddressFields-1 || !strings.ContainsAny(t, "0123456789") {
		return false
	}
	fields := barFields(t, ",")
	if len(fields) < minAddressFields {
		return false
	}
	street := false
	for _, f := range fields {
		switch {
		case f != "" && '0' <= f[0] && f[0] <= '9' && streetField.MatchString(f):
			street = true
		case !isPlaceFieldReference(f):
			return false
		}
	}
	return street
}

// isPlaceFieldReference is isPlaceField without its first-rune gate.
func isPlaceFieldReference(f string) bool {
	words := strings.Fields(f)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	for _, w := range words {
		if !placeLinks[w] && !isCapitalWord(w) && !isPostcodeToken(w) {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(words[0])
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// isMastheadSectionReference is isMastheadSection without its byte gate.
func isMastheadSectionReference(s string) bool {
	t := strings.TrimSpace(strings.ReplaceAll(s, " – ", " — "))
	left, right, ok := strings.Cut(t, " — ")
	if !ok || endsSentence(t) || hasQuoteMark(t) {
		return false
	}
	return titleField(left) && titleField(right) && (mastheadEnd(left) || mastheadEnd(right))
}

// isNamedPromptReference is isNamedPrompt without its byte gate.
func isNamedPromptReference(t string) bool {
	i := strings.LastIndex(t, " | ")
	if i < 0 || !titleField(t[:i]) {
		return false
	}
	p := strings.TrimSpace(t[i+len(" | "):])
	if p == "" || strings.Contains(p, "|") {
		return false
	}
	lw := lowerLine(strings.ToLower(p))
	return isReaderPrompt(p, lw, len(strings.Fields(p)))
}

// TestLayoutGatesKeepLines checks that the gates of isAddressLine,
// isPlaceField, isMastheadSection and isNamedPrompt turn away no line that
// the rules without them take.
func TestLayoutGatesKeepLines(t *testing.T) {
	crafted := []string{
		"The Northern Ledger, 4 Mill Street, Kellsbridge.", "The Northern Ledger, 4 Mill Street, Kellsbridge, KB1 2AB",
		" The Northern Ledger , 4 Mill Street ,, Kellsbridge ", "Ledger Ltd, 12 High Street, Isle of Man, IM1 1AA",
		"4 Mill Street, Kellsbridge, Westshire", "Éire Press, 4 Mill Street, Kellsbridge",
		"Police were called to 4 Mill Street, Kellsbridge, on Monday.", ", 4 Mill Street, Kellsbridge, KB1 2AB",
		"Harbour Times — Business", "Science Desk Daily – Research & Policy", "Harbour Times —Business",
		"Coastline FM | Listen again on our app", "Harbour Gazette | Donate today", "Harbour Gazette |Donate today",
		"Harbour Gazette | Sport | Donate today",
	}
	taken := 0
	for _, s := range gateLines(t, crafted) {
		for _, line := range []string{s, strings.TrimSpace(s)} {
			want := isAddressLineReference(line)
			if got := isAddressLine(line); got != want {
				t.Errorf("isAddressLine(%q) = %v, want %v", line, got, want)
			}
			for _, f := range barFields(line, ",") {
				if got, want := isPlaceField(f), isPlaceFieldReference(f); got != want {
					t.Errorf("isPlaceField(%q) = %v, want %v", f, got, want)
				}
			}
			masthead := isMastheadSectionReference(line)
			if got := isMastheadSection(line); got != masthead {
				t.Errorf("isMastheadSection(%q) = %v, want %v", line, got, masthead)
			}
			named := isNamedPromptReference(line)
			if got := isNamedPrompt(line); got != named {
				t.Errorf("isNamedPrompt(%q) = %v, want %v", line, got, named)
			}
			for _, b := range []bool{want, masthead, named} {
				if b {
					taken++
				}
			}
		}
	}
	if taken < 10 {
		t.Errorf("only %d layout lines among the cases", taken)
	}
}

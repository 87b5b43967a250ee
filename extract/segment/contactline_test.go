package segment

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// isPhoneContactLineReference is isPhoneContactLine with a plain count of
// digits where hasPhoneRun stands.
func isPhoneContactLineReference(s string, n int) bool {
	t := strings.TrimSpace(s)
	if n < 2 || n > maxContactEntryWords || !hasDigits(t, minPhoneDigits) || hasQuotation(t) {
		return false
	}
	phone, named := false, false
	for _, f := range contactFields(withoutBrackets(t)) {
		switch {
		case isPhoneNumber(f):
			phone = true
		case isContactNameField(f):
			named = true
		default:
			return false
		}
	}
	return phone && named
}

// TestHasPhoneRunKeepsPhoneLines checks that hasPhoneRun turns away no
// line that isPhoneContactLine would take, on contact lines written for
// the purpose and on every line of the seed articles and the news corpus.
func TestHasPhoneRunKeepsPhoneLines(t *testing.T) {
	lines := []string{
		"Caldermoor Group plc - Jessica Tran, Investor Relations, +44 20 7946 0877",
		"Brunswick Grey (financial PR) - Oliver Mott, +44 20 7946 0555",
		"Media: Anna Berg, Tel: +44 (0)20 7946 0123",
		"Anna Berg | tel. 212-859-1700 | anna@example.com",
		"Oliver Mott (London) +44 (20) 7946 (ext 12) 0555, Head of Media",
		"Anna Berg, Press Office, ٠٢٠ ٧٩٤٦ ٠١٢٣",
		"Anna Berg, Press Office, 020/7946.0123",
		"Anna Berg, Press Office, ((020)) 7946) 0123",
		"Net 12,345,678 vs 11,234,567",
		"Call 0800 555 0199 if you saw the crash",
	}
	taken := 0
	for _, s := range gateLines(t, lines) {
		n := wordCount(s)
		want := isPhoneContactLineReference(s, n)
		if got := isPhoneContactLine(s, n); got != want {
			t.Errorf("isPhoneContactLine(%q) = %v, want %v", s, got, want)
		}
		if want {
			taken++
		}
	}
	if taken < 6 {
		t.Errorf("only %d phone contact lines among the cases", taken)
	}
}

// hasDigits reports whether s holds at least k digits (unicode.IsDigit),
// as a phone number does.
func hasDigits(s string, k int) bool {
	n := 0
	for i := 0; i < len(s) && n < k; i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9':
			n++
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsDigit(r) {
				n++
			}
			i += size - 1
		}
	}
	return n >= k
}

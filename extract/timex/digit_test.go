package timex

import (
	"math/rand"
	"strings"
	"testing"
)

// TestNextDigit compares nextDigit with a byte-by-byte search at every
// offset of random texts of digits, their neighbours in ASCII ('/', ':')
// and bytes that share a digit's low seven bits ("\xb0", "\xb9").
func TestNextDigit(t *testing.T) {
	alphabet := []byte("0189/:aZ \xb0\xb9\xff\x80'")
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 2000; n++ {
		b := make([]byte, r.Intn(40))
		for i := range b {
			if r.Intn(4) == 0 {
				b[i] = alphabet[r.Intn(len(alphabet))]
			} else {
				b[i] = byte(r.Intn(256))
			}
		}
		s := string(b)
		for i := 0; i <= len(s); i++ {
			want := i
			for want < len(s) && (s[want] < '0' || s[want] > '9') {
				want++
			}
			if got := nextDigit(s, i); got != want {
				t.Fatalf("nextDigit(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

// TestWordTriggersDigit checks that the digit sentenceMatches tells
// each word from the sentence's bytes is hasDigit of its text, for the
// words of texts with accented, curly-quoted and invalid bytes.
func TestWordTriggersDigit(t *testing.T) {
	for _, s := range []string{
		"On 3 März 1987, Zürich’s 2nd-quarter ÉTÉ9 results", "a1 b2c \xff7 x\xe2\x80\x99s 9’s 10am 1987’s",
		"İ9 Σ12 ǅ3 ﬀ4 no digits here", "",
	} {
		low := lowerASCII(s)
		digit := -1
		for _, w := range appendWords(nil, s, low) {
			if digit < w.start {
				digit = nextDigit(low, w.start)
			}
			if got, want := digit < w.end, hasDigit(w.text); got != want {
				t.Errorf("%q: word %q digit %v, want %v", s, w.text, got, want)
			}
		}
	}
}

// hasHoursClockByBytes is hasHoursClock reading every byte, as it did
// before it skipped to the digits.
func hasHoursClockByBytes(low string) bool {
	for i := 0; i < len(low); i++ {
		if low[i] < '0' || low[i] > '9' {
			continue
		}
		j := i + 1
		if j+2 < len(low) && (low[j] == ':' || low[j] == '.') && isDigitByte(low[j+1]) && isDigitByte(low[j+2]) {
			if low[j] == ':' {
				return true
			}
			j += 3
		}
		for j < len(low) && (low[j] == ' ' || low[j] == '\t' || low[j] == '\n' || low[j] == '\f' || low[j] == '\r') {
			j++
		}
		rest := low[j:]
		if strings.HasPrefix(rest, "am") || strings.HasPrefix(rest, "pm") || strings.HasPrefix(rest, "a.m.") || strings.HasPrefix(rest, "p.m.") {
			return true
		}
	}
	return false
}

// TestHasHoursClock compares hasHoursClock with hasHoursClockByBytes on
// random texts of digits, separators and the letters of "am" and "pm".
func TestHasHoursClock(t *testing.T) {
	alphabet := []byte("0123456789:. \t\napm\xb0x")
	r := rand.New(rand.NewSource(2))
	for n := 0; n < 20000; n++ {
		b := make([]byte, r.Intn(24))
		for i := range b {
			b[i] = alphabet[r.Intn(len(alphabet))]
		}
		if got, want := hasHoursClock(string(b)), hasHoursClockByBytes(string(b)); got != want {
			t.Fatalf("hasHoursClock(%q) = %v, want %v", b, got, want)
		}
	}
}

package quotes

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// timeStampLineFields is timeStampLine as strings.Fields spells it.
func timeStampLineFields(line string) bool {
	f := strings.Fields(line)
	if len(f) == 0 || len(f) > 2 {
		return false
	}
	if len(f) == 2 && !zoneWords[strings.ToUpper(f[1])] {
		return false
	}
	h, m, ok := strings.Cut(f[0], ":")
	if !ok {
		h, m, ok = strings.Cut(f[0], ".")
	}
	return ok && len(h) >= 1 && len(h) <= 2 && len(m) == 2 && allDigits(h) && allDigits(m)
}

// entryStartScan is entryStart reading the lines back from pos one by
// one.
func entryStartScan(text string, pos int) int {
	end := pos
	for end > 0 {
		nl := strings.LastIndexByte(text[:end], '\n')
		if timeStampLineFields(text[nl+1 : end]) {
			return nl + 1
		}
		if nl < 0 {
			break
		}
		end = nl
	}
	return -1
}

func TestTimeStampLine(t *testing.T) {
	for _, line := range []string{
		"", " ", "13:25", " 13:25 ", "9.05", "14:40 GMT", "14:40 gmt", "14:40\tBST\r", "14:40 GMT x",
		"14:40\u00a0GMT", "14:40\u2003CET", "\u00a013:25\u0085", "14:40 GM\u00a0T", "14:40 \xff", "\xff13:25",
		"123:45", "1:2", "1:234", "a1:23", "1:23:45", "1.23", "12.30 EDT", "12:3O", "ET", "12:30 ET ET",
		"12:30\u200bGMT", "12:30\u3000UTC", "13:25\n", "13:25 \u1680 CEST",
	} {
		if got, want := timeStampLine(line), timeStampLineFields(line); got != want {
			t.Errorf("timeStampLine(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestEntryStart checks the headings found once a text against reading
// the lines back from every offset, on live-page texts and the seeds.
func TestEntryStart(t *testing.T) {
	texts := []string{
		"",
		"13:25",
		"13:25\nShe said so.\n",
		"Intro.\n13:25\nShe said so.\n14:40 GMT\n\nHe said so.\n9.05\n",
		"\n\n12:00\n12:00\n",
		"no heading here\nat all",
		"13:25 ",
	}
	files, _ := filepath.Glob("testdata/seeds/*.txt")
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(raw))
	}
	rng := rand.New(rand.NewSource(1))
	pieces := []string{"13:25", "9.05", " GMT", "\n", " ", "said", "\u00a0", "x", "12", ":", "."}
	for range 300 {
		var b strings.Builder
		for range rng.Intn(40) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		a := &analysis{text: text}
		for pos := 0; pos <= len(text); pos++ {
			if got, want := a.entryStart(pos), entryStartScan(text, pos); got != want {
				t.Fatalf("entryStart(%q, %d) = %d, want %d", text, pos, got, want)
			}
		}
	}
}

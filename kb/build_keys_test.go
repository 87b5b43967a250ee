package kb

import (
	"bufio"
	"compress/gzip"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"newsbot/extract/segment"
	"newsbot/ingest"
)

// storyHashBytewise is storyHash written a byte at a time: the definition
// the faster one keeps to.
func storyHashBytewise(text string) string {
	var b []byte
	space, started := false, false
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
			space = started
			continue
		}
		started = true
		if space {
			b = append(b, ' ')
			space = false
		}
		b = append(b, c)
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// dropDatelineWhole is dropDateline searching the whole head for each dash.
func dropDatelineWhole(text string) string {
	head := text
	if len(head) > maxDatelineHead {
		head = head[:maxDatelineHead]
	}
	for _, dash := range []string{" - ", " — ", " – "} {
		if i := strings.Index(head, dash); i > 0 && !strings.Contains(head[:i], "\n") &&
			segment.IsDateline(head[:i]) {
			return text[i+len(dash):]
		}
	}
	return text
}

// checkKeyParts compares the fast story key parts with their definitions
// on one text.
func checkKeyParts(t *testing.T, text string) {
	t.Helper()
	if got, want := storyHash(text), storyHashBytewise(text); got != want {
		t.Fatalf("storyHash(%.60q) = %s, byte by byte %s", text, got, want)
	}
	if got, want := dropDateline(text), dropDatelineWhole(text); got != want {
		t.Fatalf("dropDateline(%.60q) = %.60q, want %.60q", text, got, want)
	}
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if got, want := isCreditLine(line), len(line) <= maxCreditLine && isLowerCreditLine(strings.ToLower(line)); got != want {
			t.Fatalf("isCreditLine(%q) = %v, want %v", line, got, want)
		}
	}
}

func TestStoryKeyPartsAsDefined(t *testing.T) {
	texts := []string{
		"", " ", "a", " a ", "a b", "a  b", "ab cd ef gh ij", "abcdefgh ", "abcdefg h", "abcdefgh\ti",
		"LONDON, March 12 (Reuters) - Storm.", "LONDON, March 12 (Reuters) — Storm.", "Paris – x",
		"Headline\nLONDON, March 12 (Reuters) - Storm.", "no dash here at all, a line of words",
		"This article was supplied by Meridian Press Agency.", "THIS STORY WAS SUPPLIED BY X",
		"Copyright Reuters. Used with permission.", "© Reuters. USED WITH PERMISSION", "(C) x used with permission",
		"İstanbul supplied by", "Supplied by café", "(reporting by A; Editing by B)", "Reporting by ",
		"Distributed byx", "\u212aelvin", "a\u00a0b  c\x01d\x7fe\xffé ",
	}
	for _, text := range texts {
		checkKeyParts(t, text)
		checkKeyParts(t, text+"\n\n"+text)
	}
	// Random texts of the bytes the eight-byte tests tell apart.
	pieces := []string{"a", "Z", " ", "  ", "\n", "\t", "\r\n", "\f", "\v", "\x01", "\x1f", "!", "é", "\xff", "-", " - ", "—", "\x7f"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(40) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		checkKeyParts(t, b.String())
	}
}

// TestKeptAsIs8 checks the eight-byte test against the bytes: every pair
// of bytes in every pair of lanes among letters.
func TestKeptAsIs8(t *testing.T) {
	vals := []byte{'a', ' ', '\n', '\t', '\v', '\f', '\r', 0, 0x1f, 0x21, 0x7f, 0x80, 0xff, 0xa0}
	for l1 := range 8 {
		for l2 := range 8 {
			for _, v1 := range vals {
				for _, v2 := range vals {
					b := []byte("abcdefgh")
					b[l1], b[l2] = v1, v2
					want := b[7] != ' '
					for i, c := range b {
						if c < 0x20 || c == ' ' && i+1 < 8 && b[i+1] == ' ' {
							want = false
						}
					}
					if got := keptAsIs8(binary.LittleEndian.Uint64(b)); got != want {
						t.Fatalf("keptAsIs8(%q) = %v, want %v", b, got, want)
					}
				}
			}
		}
	}
}

// TestStoryKeyPartsReuters compares the key parts with their definitions
// on the shared Reuters corpus.
func TestStoryKeyPartsReuters(t *testing.T) {
	f, err := os.Open(reutersJSONL)
	if err != nil {
		t.Skipf("Reuters corpus not available: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, ingest.DefaultMaxLineBytes)
	for sc.Scan() {
		rec, err := ingest.ParseRecord(sc.Bytes())
		if err != nil {
			continue
		}
		checkKeyParts(t, rec.Text)
		checkKeyParts(t, ingest.Story(rec.Text))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

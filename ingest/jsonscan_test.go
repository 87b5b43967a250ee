package ingest

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"os"
	"testing"
)

// sameAsDecoder checks that scanRecord, when it reads line, reads it as
// encoding/json does, and that it reads every line wanted says it should.
func sameAsDecoder(t *testing.T, line []byte, wantScanned bool) {
	t.Helper()
	got, ok := scanRecord(line)
	want, err := decodeRecord(line)
	if ok && err != nil {
		t.Fatalf("%q: scanned as %+v, but encoding/json rejects it: %v", line, got, err)
	}
	if ok && got != want {
		t.Fatalf("%q: scanned as %+v, encoding/json reads %+v", line, got, want)
	}
	if wantScanned && !ok {
		t.Fatalf("%q: left to encoding/json, which reads %+v (%v)", line, want, err)
	}
}

func TestScanRecordAsDecoder(t *testing.T) {
	scanned := []string{
		`{"id":"a","title":"t","source":"s","url":"u","published":"2025-12-03","text":"x"}`,
		` { "id" : "a" , "text" : "x" } `,
		"{\t\"text\":\r\n\"x\"}",
		`{}`,
		`{"text":"line\nnext\ttab \"quoted\" back\\slash \/ \b\f\r"}`,
		`{"text":"caf\u00e9 \u20ac \ud83d\ude00 \u0000 \uFFFD"}`,
		`{"text":"café — 😀"}`,
		`{"id":12,"text":"x"}`, `{"id":-0.5e+10,"text":"x"}`, `{"id":1e400,"text":"x"}`, `{"id":0,"text":"x"}`,
		`{"id":null,"text":"x"}`, `{"id":"  padded  ","text":"x"}`, `{"id":"a","id":null,"text":"x"}`,
		`{"id":"a","id":7,"text":"x"}`,
		`{"title":"first","title":null,"text":"x"}`, `{"title":"first","title":"second","text":"x"}`,
		`{"text":null}`, `{"text":""}`,
		`{"extra":"y","n":1.5,"b":true,"f":false,"z":null,"text":"x"}`,
		`{"extra":"esc \" \u00e9","text":"x"}`,
		`{"Ids":"a","texts":"b","text":"x"}`,
	}
	for _, s := range scanned {
		sameAsDecoder(t, []byte(s), true)
	}
	// Lines left to encoding/json: what they hold is read by it alone.
	left := []string{
		`{"ID":"a","text":"x"}`, `{"Text":"x"}`, `{"TITLE":"t","text":"x"}`, `{"tıtle":"t","text":"x"}`,
		`{"te\u0078t":"x"}`, `{"\u212ad":"x","text":"y"}`,
		`{"text":"\ud800"}`, `{"text":"\udc00\ud800"}`, `{"text":"\ud800x"}`, `{"text":"\ud83d\u0041"}`,
		`{"text":"\x"}`, `{"text":"\u12"}`, `{"text":"\u12g4"}`, "{\"text\":\"a\x01b\"}",
		"{\"text\":\"\xff\"}", `{"text":5}`, `{"text":true}`, `{"title":5,"text":"x"}`,
		`{"id":true,"text":"x"}`, `{"id":{},"text":"x"}`, `{"id":[1],"text":"x"}`, `{"id":01,"text":"x"}`,
		`{"id":-,"text":"x"}`, `{"id":1.,"text":"x"}`, `{"id":1e,"text":"x"}`, `{"id":+1,"text":"x"}`,
		`{"extra":{"a":1},"text":"x"}`, `{"extra":[1,2],"text":"x"}`, `{"extra":tru,"text":"x"}`,
		`{"text":"x"}{`, `{"text":"x"} x`, `{"text":"x",}`, `{,"text":"x"}`, `{"text" "x"}`, `{"text":"x"`,
		`{"text":"x`, `[]`, `"x"`, ``, `{`, `{"text":nul}`, `nul`,
	}
	for _, s := range left {
		sameAsDecoder(t, []byte(s), false)
	}
}

// TestScanRecordReuters reads every line of the shared Reuters corpus both
// ways.
func TestScanRecordReuters(t *testing.T) {
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
	sc.Buffer(nil, DefaultMaxLineBytes)
	n := 0
	for sc.Scan() {
		sameAsDecoder(t, sc.Bytes(), true)
		n++
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 1000 {
		t.Fatalf("read %d lines of the corpus", n)
	}
}

// FuzzScanRecord checks that scanRecord reads every line it accepts as
// encoding/json does.
func FuzzScanRecord(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","title":"t","source":"s","url":"u","published":"2025-12-03","text":"x"}`,
		`{"id":1e400,"text":"x"}`, `{"text":"\ud800"}`, `{"text":"\ud83d\ude00\n\u00e9"}`, `{"ID":"x","text":"y"}`,
		`{"a":null,"b":true,"c":-1.5E-3,"text":"x","title":null}`, "\xff{}", `[]`, `{"text":"a"}{`, "",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		sameAsDecoder(t, line, false)
	})
}

// TestSpecial8 checks the eight-byte test against plain, for every byte in
// every lane among plain bytes and among other special ones.
func TestSpecial8(t *testing.T) {
	for _, fill := range []byte{'a', 0xff, 0x80, 0x20, '"', 0x1f, 0} {
		for lane := range 8 {
			for c := range 256 {
				var b [8]byte
				for i := range b {
					b[i] = fill
				}
				b[lane] = byte(c)
				want := false
				for _, x := range b {
					want = want || !plain[x]
				}
				if got := special8(binary.LittleEndian.Uint64(b[:])); got != want {
					t.Fatalf("special8(%q) = %v, want %v", b, got, want)
				}
			}
		}
	}
}

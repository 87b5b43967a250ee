package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// Reasons a file's bytes are not usable text.
var (
	errEmpty   = errors.New("empty file")
	errBinary  = errors.New("binary file (contains NUL bytes or control characters), not text")
	errUnknown = errors.New("not UTF-8, and the encoding could not be recognised")
)

// decodeText returns a file's bytes as UTF-8 text. UTF-8 comes back unchanged,
// a leading byte order mark included: it is valid text (U+FEFF), and a .txt
// is stored byte for byte so that every offset counts the file's own bytes.
// UTF-16 (with a byte order mark, or plainly recognisable) and Windows-1252 /
// Latin-1 are decoded when the bytes leave no doubt. note says what was done
// to text that was not plain UTF-8.
func decodeText(b []byte) (text, note string, err error) {
	if len(bytes.TrimSpace(bytes.TrimPrefix(b, utf8BOM))) == 0 {
		return "", "", errEmpty
	}
	switch {
	case bytes.HasPrefix(b, utf8BOM):
		// The mark declares UTF-8: never read such a file as Windows-1252.
		if bytes.IndexByte(b, 0) >= 0 {
			return "", "", errBinary
		}
		if utf8.Valid(b) {
			return checkControls(string(b), "")
		}
		_, bad := utf8Counts(b)
		return checkControls(string(bytes.ToValidUTF8(b, []byte("\uFFFD"))),
			fmt.Sprintf("%d invalid UTF-8 sequences replaced", bad))
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return decodeWith(b, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "decoded from UTF-16")
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return decodeWith(b, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "decoded from UTF-16")
	}
	if e := sniffUTF16(b); e != nil {
		return decodeWith(b, e, "decoded from UTF-16")
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return "", "", errBinary
	}
	if utf8.Valid(b) {
		return checkControls(string(b), "")
	}
	good, bad := utf8Counts(b)
	if good > bad {
		// UTF-8 with a few damaged bytes: keep it, marking the damage.
		return checkControls(string(bytes.ToValidUTF8(b, []byte("\uFFFD"))),
			fmt.Sprintf("%d invalid UTF-8 sequences replaced", bad))
	}
	if fitsWindows1252(b) {
		return decodeWith(b, charmap.Windows1252, "decoded from Windows-1252 (Latin-1)")
	}
	return "", "", errUnknown
}

func decodeWith(b []byte, e encoding.Encoding, note string) (string, string, error) {
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return "", "", fmt.Errorf("cannot decode: %w", err)
	}
	if len(bytes.TrimSpace(out)) == 0 {
		return "", "", errEmpty
	}
	if bytes.IndexByte(out, 0) >= 0 {
		return "", "", errBinary
	}
	return checkControls(string(out), note)
}

// checkControls rejects text in which control characters other than line
// and page breaks are more than one in a hundred bytes: a binary file that
// happens to hold no NUL.
func checkControls(s, note string) (string, string, error) {
	n := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' || c == 0x7F {
			n++
		}
	}
	if n*100 > len(s) {
		return "", "", errBinary
	}
	return s, note, nil
}

// sniffUTF16 recognises UTF-16 without a byte order mark by its shape: in
// mostly-ASCII text every other byte is zero.
func sniffUTF16(b []byte) encoding.Encoding {
	n := min(len(b), 4096) &^ 1
	if n < 8 {
		return nil
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	pairs := n / 2
	switch {
	case odd*10 >= pairs*9 && even*20 < pairs:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case even*10 >= pairs*9 && odd*20 < pairs:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	}
	return nil
}

// utf8Counts counts the valid multi-byte UTF-8 sequences and the invalid
// bytes of b.
func utf8Counts(b []byte) (good, bad int) {
	for len(b) > 0 {
		if b[0] < utf8.RuneSelf {
			b = b[1:]
			continue
		}
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			bad++
		} else {
			good++
		}
		b = b[size:]
	}
	return good, bad
}

// fitsWindows1252 reports whether b reads as Windows-1252 (a superset of
// Latin-1's printable characters) text: no byte the code page leaves
// undefined, and letters beyond ASCII only here and there, as in Western
// European text. A file of mostly high bytes is some other code page.
func fitsWindows1252(b []byte) bool {
	high := 0
	for _, c := range b {
		switch c {
		case 0x81, 0x8D, 0x8F, 0x90, 0x9D:
			return false
		}
		if c >= 0x80 {
			high++
		}
	}
	return high*4 <= len(b)
}

// readLimited reads a whole file of at most max bytes.
func readLimited(name string, max int64) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, unwrapPath(err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, unwrapPath(err)
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("over the limit of %d bytes", max)
	}
	return b, nil
}

package ingest

import (
	"encoding/binary"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// recordFields are the fields of a JSON line as written: the id as
// parseID returns it, the others before trimming.
type recordFields struct {
	id, title, source, url, published, text string
}

// scanRecord reads the JSON lines most files hold, a flat object of string
// fields, in one pass over line, without reflection; encoding/json costs
// several times as much. It returns ok false for anything it does not
// read exactly as encoding/json (Decoder.Decode into rawRecord, then
// parseID) would, and the caller decodes such a line with encoding/json:
// invalid UTF-8, a malformed line, a key with escapes or outside ASCII, a
// key that matches a field only case-insensitively, a field of the wrong
// type, an unknown field holding an object or an array, a lone surrogate
// in a \u escape. For the lines it reads, its fields are encoding/json's:
// a later duplicate key wins, null leaves a string field as it was and
// makes the id "", a numeric id is its literal.
func scanRecord(line []byte) (f recordFields, ok bool) {
	if !utf8.Valid(line) {
		return f, false
	}
	s := scanner{b: line}
	s.space()
	if !s.eat('{') {
		return f, false
	}
	s.space()
	if s.eat('}') {
		return f, s.end()
	}
	for {
		key, ok := s.key()
		if !ok {
			return f, false
		}
		s.space()
		if !s.eat(':') {
			return f, false
		}
		s.space()
		var field *string
		switch key {
		case "id":
			if !s.id(&f.id) {
				return f, false
			}
		case "title":
			field = &f.title
		case "source":
			field = &f.source
		case "url":
			field = &f.url
		case "published":
			field = &f.published
		case "text":
			field = &f.text
		default:
			if foldsToField(key) || !s.skipScalar() {
				return f, false
			}
		}
		if field != nil && !s.stringOrNull(field) {
			return f, false
		}
		s.space()
		if s.eat('}') {
			return f, s.end()
		}
		if !s.eat(',') {
			return f, false
		}
		s.space()
	}
}

// recordKeys are the keys of rawRecord's fields.
var recordKeys = []string{"id", "title", "source", "url", "published", "text"}

// foldsToField reports whether a key that is none of recordKeys exactly
// would still fill one: encoding/json matches keys case-insensitively.
func foldsToField(key string) bool {
	for _, k := range recordKeys {
		if strings.EqualFold(key, k) {
			return true
		}
	}
	return false
}

// scanner reads a JSON line from its position i.
type scanner struct {
	b []byte
	i int
}

// space skips JSON white space.
func (s *scanner) space() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

// eat consumes c if it comes next.
func (s *scanner) eat(c byte) bool {
	if s.i < len(s.b) && s.b[s.i] == c {
		s.i++
		return true
	}
	return false
}

// end reports whether only white space is left.
func (s *scanner) end() bool {
	s.space()
	return s.i == len(s.b)
}

// key reads an object key: a string of printable ASCII without escapes.
func (s *scanner) key() (string, bool) {
	if !s.eat('"') {
		return "", false
	}
	start := s.i
	for s.i < len(s.b) {
		c := s.b[s.i]
		switch {
		case c == '"':
			k := string(s.b[start:s.i])
			s.i++
			return k, true
		case c == '\\' || c < 0x20 || c >= utf8.RuneSelf:
			return "", false
		}
		s.i++
	}
	return "", false
}

// plain marks the bytes a JSON string holds as they are: not the closing
// quote, an escape or a control character.
var plain = func() (t [256]bool) {
	for c := 0x20; c < 256; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// str reads a JSON string, its opening quote next, and returns its value.
func (s *scanner) str() (string, bool) {
	if !s.eat('"') {
		return "", false
	}
	start := s.i
	s.plainRun()
	if s.i < len(s.b) && s.b[s.i] == '"' {
		v := string(s.b[start:s.i])
		s.i++
		return v, true
	}
	// Escapes: the value is built, the plain runs copied whole, in a
	// buffer of the rest of the line (a value is never longer than the
	// JSON that writes it) that becomes the string.
	buf := make([]byte, 0, len(s.b)-start)
	buf = append(buf, s.b[start:s.i]...)
	for s.i < len(s.b) {
		c := s.b[s.i]
		switch {
		case plain[c]:
			run := s.i
			s.plainRun()
			buf = append(buf, s.b[run:s.i]...)
		case c == '"':
			s.i++
			return unsafe.String(unsafe.SliceData(buf), len(buf)), true // buf is not written again
		case c == '\\':
			var ok bool
			if buf, ok = s.escape(buf); !ok {
				return "", false
			}
		default: // a control character
			return "", false
		}
	}
	return "", false
}

// plainRun skips the plain bytes at s.i, eight at a time while none of
// the eight is special.
func (s *scanner) plainRun() {
	for s.i+8 <= len(s.b) && !special8(binary.LittleEndian.Uint64(s.b[s.i:])) {
		s.i += 8
	}
	for s.i < len(s.b) && plain[s.b[s.i]] {
		s.i++
	}
}

// Byte-wise tests on eight bytes at a time.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// special8 reports whether one of the eight bytes of x is not plain: a
// quote, a backslash or a control character (below 0x20). A byte that is
// one sets the high bit of its lane; other lanes may only be set above it,
// so the test is exact.
func special8(x uint64) bool {
	quote, backslash := x^(ones*'"'), x^(ones*'\\')
	return ((x-ones*0x20)&^x|(quote-ones)&^quote|(backslash-ones)&^backslash)&highs != 0
}

// escapes are the one-letter escapes and what they stand for.
var escapes = [256]byte{'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}

// escape appends the character of the escape at s.i to buf. A \u escape
// of half a surrogate pair must be followed by the other half.
func (s *scanner) escape(buf []byte) ([]byte, bool) {
	if s.i+1 >= len(s.b) {
		return buf, false
	}
	c := s.b[s.i+1]
	if c != 'u' {
		if escapes[c] == 0 {
			return buf, false
		}
		s.i += 2
		return append(buf, escapes[c]), true
	}
	r, ok := s.hex4(s.i + 2)
	if !ok {
		return buf, false
	}
	s.i += 6
	if utf16.IsSurrogate(r) {
		if s.i+1 >= len(s.b) || s.b[s.i] != '\\' || s.b[s.i+1] != 'u' {
			return buf, false
		}
		r2, ok := s.hex4(s.i + 2)
		if !ok {
			return buf, false
		}
		if r = utf16.DecodeRune(r, r2); r == utf8.RuneError {
			return buf, false
		}
		s.i += 6
	}
	return utf8.AppendRune(buf, r), true
}

// hex4 reads the four hex digits of a \u escape at i.
func (s *scanner) hex4(i int) (rune, bool) {
	if i+4 > len(s.b) {
		return 0, false
	}
	var r rune
	for _, c := range s.b[i : i+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// stringOrNull reads a string into field; null leaves it as it was.
func (s *scanner) stringOrNull(field *string) bool {
	if s.literal("null") {
		return true
	}
	v, ok := s.str()
	if ok {
		*field = v
	}
	return ok
}

// id reads the id as parseID returns it: a string trimmed, a number's
// literal, "" for null.
func (s *scanner) id(id *string) bool {
	switch {
	case s.literal("null"):
		*id = ""
		return true
	case s.i < len(s.b) && s.b[s.i] == '"':
		v, ok := s.str()
		*id = strings.TrimSpace(v)
		return ok
	}
	start := s.i
	if !s.number() {
		return false
	}
	*id = string(s.b[start:s.i])
	return true
}

// literal consumes word if it comes next.
func (s *scanner) literal(word string) bool {
	if len(s.b)-s.i >= len(word) && string(s.b[s.i:s.i+len(word)]) == word {
		s.i += len(word)
		return true
	}
	return false
}

// skipScalar skips a string, a number, true, false or null.
func (s *scanner) skipScalar() bool {
	if s.i >= len(s.b) {
		return false
	}
	switch s.b[s.i] {
	case '"':
		_, ok := s.str()
		return ok
	case 't':
		return s.literal("true")
	case 'f':
		return s.literal("false")
	case 'n':
		return s.literal("null")
	}
	return s.number()
}

// number skips a JSON number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (s *scanner) number() bool {
	s.eat('-')
	switch {
	case s.eat('0'):
	case s.i < len(s.b) && '1' <= s.b[s.i] && s.b[s.i] <= '9':
		s.digits()
	default:
		return false
	}
	if s.eat('.') && !s.digits() {
		return false
	}
	if s.eat('e') || s.eat('E') {
		if !s.eat('+') {
			s.eat('-')
		}
		if !s.digits() {
			return false
		}
	}
	return true
}

// digits skips a run of digits and reports whether there was one.
func (s *scanner) digits() bool {
	start := s.i
	for s.i < len(s.b) && '0' <= s.b[s.i] && s.b[s.i] <= '9' {
		s.i++
	}
	return s.i > start
}

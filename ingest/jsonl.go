package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"
	"unicode/utf8"
)

// Record is one line of a JSON Lines article file.
type Record struct {
	ID        string
	Title     string
	Source    string
	URL       string
	Published string
	Text      string
}

// rawRecord accepts an id written as a string or a number.
type rawRecord struct {
	ID        json.RawMessage `json:"id"`
	Title     string          `json:"title"`
	Source    string          `json:"source"`
	URL       string          `json:"url"`
	Published string          `json:"published"`
	Text      string          `json:"text"`
}

// Reasons a JSON line is not an article.
var (
	errNoText = errors.New("article has no text")
	errBadID  = errors.New(`"id" is neither a string nor a number`)
)

// ParseRecord parses one JSON line into a record. Unknown fields are
// ignored; the id may be a string or a number, and is "" when absent. A line
// that is not a JSON object of those fields, or has no text, is an error.
// The published date is returned as written.
func ParseRecord(line []byte) (Record, error) {
	line = bytes.TrimPrefix(line, utf8BOM)
	f, ok := scanRecord(line)
	if !ok {
		var err error
		if f, err = decodeRecord(line); err != nil {
			return Record{}, err
		}
	}
	r := Record{
		ID:        f.id,
		Title:     strings.TrimSpace(f.title),
		Source:    strings.TrimSpace(f.source),
		URL:       strings.TrimSpace(f.url),
		Published: f.published,
		Text:      f.text,
	}
	if strings.TrimSpace(r.Text) == "" {
		return Record{}, errNoText
	}
	return r, nil
}

// decodeRecord reads a JSON line with encoding/json: any line scanRecord
// does not read, and every line that is not an article object, whose error
// it words.
func decodeRecord(line []byte) (recordFields, error) {
	dec := json.NewDecoder(bytes.NewReader(line))
	var raw rawRecord
	if err := dec.Decode(&raw); err != nil {
		return recordFields{}, fmt.Errorf("not a JSON article object: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return recordFields{}, errors.New("not a JSON article object: text after the object")
	}
	id, err := parseID(raw.ID)
	if err != nil {
		return recordFields{}, err
	}
	return recordFields{id: id, title: raw.Title, source: raw.Source, url: raw.URL, published: raw.Published, text: raw.Text}, nil
}

func parseID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return strings.TrimSpace(s), nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		return n.String(), nil
	}
	return "", errBadID
}

// readJSONL reads a JSON Lines file, plain or gzip-compressed, one article a
// line. A broken line is a problem and the rest of the file goes on.
func (w *walker) readJSONL(rel, full string, gz bool) error {
	f, err := os.Open(full)
	if err != nil {
		w.problem(full, 0, "cannot read file: %v; skipped", unwrapPath(err))
		return nil
	}
	defer f.Close()
	var r io.Reader = f
	if gz {
		zr, err := gzip.NewReader(f)
		if err != nil {
			w.problem(full, 0, "not a readable gzip file: %v; skipped", err)
			return nil
		}
		defer zr.Close()
		r = zr
	}
	before := len(w.problems)
	br := bufio.NewReaderSize(r, 64<<10)
	var buf []byte
	articles := 0
	// Lines are parsed a batch at a time on every core (decoding JSON and
	// hashing the text is most of what reading costs), then reported and
	// handed on in file order.
	var batch []pendingLine
	flush := func() error {
		parseLines(batch)
		for _, pl := range batch {
			ok, err := w.jsonLine(rel, full, pl)
			if err != nil {
				return err
			}
			if ok {
				articles++
			}
		}
		batch = batch[:0]
		return nil
	}
	for no := 1; ; no++ {
		if no%1024 == 0 {
			if err := w.ctx.Err(); err != nil {
				return err
			}
		}
		var tooLong bool
		var rerr error
		buf, tooLong, rerr = readLine(br, w.lim.MaxLineBytes, buf[:0])
		switch {
		case tooLong:
			if err := flush(); err != nil {
				return err
			}
			w.problem(full, no, "line is over the limit of %d bytes; skipped", w.lim.MaxLineBytes)
		case len(bytes.TrimSpace(buf)) > 0:
			batch = append(batch, pendingLine{no: no, line: append([]byte(nil), buf...)})
			if len(batch) >= linesPerBatch {
				if err := flush(); err != nil {
					return err
				}
			}
		}
		if rerr == io.EOF {
			break
		}
		if rerr != nil {
			if err := flush(); err != nil {
				return err
			}
			w.problem(full, no, "read error: %v; the rest of the file is skipped", rerr)
			break
		}
	}
	if err := flush(); err != nil {
		return err
	}
	if articles == 0 && len(w.problems) == before {
		w.problem(full, 0, "no articles in the file; skipped")
	}
	return nil
}

// linesPerBatch is how many JSON lines are parsed together.
const linesPerBatch = 256

// pendingLine is one line of a JSON Lines file and, once parsed, what it
// holds.
type pendingLine struct {
	no      int
	line    []byte
	invalid bool // not UTF-8
	rec     Record
	err     error
	hash    string // of rec.Text
}

// parseLines parses lines on every core.
func parseLines(lines []pendingLine) {
	workers := min(runtime.GOMAXPROCS(0), 8, len(lines))
	if workers == 0 {
		return
	}
	var wg sync.WaitGroup
	per := (len(lines) + workers - 1) / workers
	for lo := 0; lo < len(lines); lo += per {
		hi := min(lo+per, len(lines))
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := lo; i < hi; i++ {
				pl := &lines[i]
				if !utf8.Valid(pl.line) {
					pl.invalid = true
					continue
				}
				pl.rec, pl.err = ParseRecord(pl.line)
				if pl.err == nil {
					sum := sha256.Sum256([]byte(pl.rec.Text))
					pl.hash = hex.EncodeToString(sum[:])
				}
				pl.line = nil
			}
		}()
	}
	wg.Wait()
}

// jsonLine turns one parsed non-blank line into an article; ok reports
// whether it was one.
func (w *walker) jsonLine(rel, full string, pl pendingLine) (ok bool, err error) {
	no := pl.no
	if pl.invalid {
		w.problem(full, no, "line is not valid UTF-8; skipped")
		return false, nil
	}
	rec, err := pl.rec, pl.err
	if err != nil {
		w.problem(full, no, "%v; skipped", err)
		return false, nil
	}
	a := Article{
		ID:     rec.ID,
		Title:  rec.Title,
		Source: rec.Source,
		URL:    rec.URL,
		Text:   rec.Text,
		Path:   full,
		Hash:   pl.hash,
	}
	if a.ID == "" {
		a.ID = fmt.Sprintf("%s#%d", rel, no)
	}
	if d, derr := NormalizeDate(rec.Published); derr != nil {
		w.note(full, no, "published %q is %v; the article is kept undated", rec.Published, derr)
	} else {
		a.Published = d
	}
	if a.Title == "" {
		a.Title = TitleLine(a.Text)
	}
	return true, w.emit(a, no)
}

// readLine reads one line into buf (without its line break). A line longer
// than max is consumed but not kept, and reported as tooLong. err is io.EOF
// after the last line.
func readLine(r *bufio.Reader, max int, buf []byte) (line []byte, tooLong bool, err error) {
	for {
		frag, err := r.ReadSlice('\n')
		if !tooLong {
			if len(buf)+len(frag) > max+2 { // room for "\r\n"
				tooLong = true
				buf = buf[:0]
			} else {
				buf = append(buf, frag...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		buf = bytes.TrimSuffix(buf, []byte("\n"))
		buf = bytes.TrimSuffix(buf, []byte("\r"))
		if len(buf) > max {
			tooLong = true
			buf = buf[:0]
		}
		return buf, tooLong, err
	}
}

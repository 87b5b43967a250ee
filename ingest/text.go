package ingest

import (
	"path"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxTitleBytes bounds a title taken from a text's first line.
const maxTitleBytes = 300

// readText reads a .txt (or Markdown) article: the file's text, with its manifest entry's
// metadata or else its first line as title.
func (w *walker) readText(rel, full string, m *manifest) error {
	e, hasEntry := m.lookup(path.Base(rel))
	b, err := readLimited(full, w.lim.MaxFileBytes)
	if err != nil {
		w.problem(full, 0, "cannot read file: %v; skipped", err)
		return nil
	}
	text, note, err := decodeText(b)
	if err != nil {
		w.problem(full, 0, "%v; skipped", err)
		return nil
	}
	if note != "" {
		w.note(full, 0, "%s", note)
	}
	if line, n := longestLine(text); n > w.lim.MaxLineBytes {
		w.problem(full, line, "line is %d bytes, over the limit of %d; skipped", n, w.lim.MaxLineBytes)
		return nil
	}
	a := Article{ID: rel, Text: text, Path: full}
	if hasEntry {
		a.Title, a.Source, a.URL = strings.TrimSpace(e.Title), strings.TrimSpace(e.Source), strings.TrimSpace(e.URL)
		a.Published = w.date(m.path, e.Published, rel)
	}
	if a.Title == "" {
		a.Title = FirstLine(text)
		if k := strings.ToLower(path.Ext(rel)); k == ".md" || k == ".markdown" {
			// A Markdown heading: "# Title".
			a.Title = strings.TrimSpace(strings.TrimLeft(a.Title, "#"))
		}
	}
	return w.emit(a, 0)
}

// date normalises a publication date, reporting one that is not a date.
func (w *walker) date(where, published, id string) string {
	d, err := NormalizeDate(published)
	if err != nil {
		w.note(where, 0, "%s: published %q is %v; the article is kept undated", id, published, err)
	}
	return d
}

// FirstLine returns the first non-blank line of text, trimmed and cut to a
// title's length at a word boundary. A byte order mark, which a .txt keeps
// at the start of its text, is trimmed like white space.
func FirstLine(text string) string {
	for line := range strings.Lines(text) {
		line = strings.TrimFunc(line, func(r rune) bool { return unicode.IsSpace(r) || r == '\ufeff' })
		if line == "" {
			continue
		}
		return clip(line, maxTitleBytes)
	}
	return ""
}

// clip cuts s to at most n bytes, at a space when there is one in the last
// fifth, and never inside a UTF-8 sequence.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if sp := strings.LastIndexByte(s[:cut], ' '); sp > n*4/5 {
		cut = sp
	}
	return strings.TrimSpace(s[:cut])
}

// longestLine returns the 1-based number and length in bytes of the longest
// line of text.
func longestLine(text string) (line, n int) {
	no := 0
	for l := range strings.Lines(text) {
		no++
		if k := len(strings.TrimRight(l, "\r\n")); k > n {
			line, n = no, k
		}
	}
	return line, n
}

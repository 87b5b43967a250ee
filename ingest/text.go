package ingest

import (
	"path"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/segment"
)

// maxTitleBytes bounds a title taken from a text's first line.
const maxTitleBytes = 300

// readText reads a .txt or Markdown article: the file's text (a Markdown
// file's as a reader sees it, without markup), with its manifest entry's
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
	markdown := false
	if k := strings.ToLower(path.Ext(rel)); k == ".md" || k == ".markdown" {
		markdown = true
	}
	// Front matter ("---", "title: …", "---") or a header of "Title: …",
	// "Source: …" lines describes the article. A Markdown file's text is
	// what follows, as a reader sees it; a .txt keeps its header, which
	// extraction marks as boilerplate (segment.HeaderEnd), so that
	// offsets into the text are offsets into the file.
	fm, body, ok := frontMatter(text)
	if !ok || !markdown {
		fm, body, ok = headerBlock(text)
	}
	story := text // where the title falls back to: the story's first line, not the header's
	if ok {
		story = body
		if markdown {
			a.Text = body
		}
		a.Title, a.Source, a.URL = fm["title"], fm["source"], fm["url"]
		if fm["published"] != "" {
			a.Published = w.date(full, fm["published"], "")
		}
	}
	if markdown {
		clean, err := markdownText(a.Text)
		if err != nil {
			w.note(full, 0, "%v", err)
		}
		if strings.TrimSpace(clean) == "" {
			w.problem(full, 0, "no article text once the Markdown markup is taken away; skipped")
			return nil
		}
		a.Text, story = clean, clean
	}
	if hasEntry {
		// The manifest has the last word on what it names.
		if t := strings.TrimSpace(e.Title); t != "" {
			a.Title = t
		}
		if s := strings.TrimSpace(e.Source); s != "" {
			a.Source = s
		}
		if u := strings.TrimSpace(e.URL); u != "" {
			a.URL = u
		}
		if e.Published != "" || a.Published == "" {
			a.Published = w.date(m.path, e.Published, rel)
		}
	}
	if a.Title == "" {
		a.Title = TitleLine(story)
	}
	return w.emit(a, 0)
}

// frontMatterKeys maps the field names static-site generators and CMS
// exports use to the article's metadata: the keys a plain-text header
// uses (segment.HeaderFields).
var frontMatterKeys = segment.HeaderFields

// frontMatter splits a Markdown text that opens with a YAML front matter
// block ("---" lines around "key: value" lines) into the block's fields
// and the text after it. Only flat string fields are read; ok is false
// when the text has no such block.
func frontMatter(text string) (fields map[string]string, body string, ok bool) {
	rest := strings.TrimPrefix(text, "\ufeff")
	line, rest, found := strings.Cut(rest, "\n")
	if !found || strings.TrimRight(line, " \r") != "---" {
		return nil, text, false
	}
	fields = map[string]string{}
	for n := 0; n < 200 && rest != ""; n++ {
		line, rest, _ = strings.Cut(rest, "\n")
		l := strings.TrimRight(line, " \r")
		if l == "---" || l == "..." {
			return fields, strings.TrimLeft(rest, "\r\n"), true
		}
		k, v, isField := strings.Cut(l, ":")
		if !isField || strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t") {
			continue // a nested or continued value
		}
		name := frontMatterKeys[strings.ToLower(strings.TrimSpace(k))]
		v = strings.TrimSpace(v)
		if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
			v = v[1 : len(v)-1]
		}
		if name == "" || v == "" || fields[name] != "" {
			continue
		}
		if name == "published" && len(v) > 10 && v[4] == '-' {
			v = v[:10] // "2026-10-29T08:00:00Z"
		}
		if c := clip(v, maxTitleBytes*4); c != "" { // a value clipping empties is none
			fields[name] = c
		}
	}
	return nil, text, false
}

// headerBlock splits a text that opens with a header of "Key: value"
// lines and a blank line, as newsroom systems export plain text
// ("Title: …", "Source: …", "Published: 2026-03-04", "URL: …"), into the
// header's fields and the text after it. Which texts open with a header
// is segment.HeaderEnd's rule, so that the lines read here as metadata
// are the lines extraction leaves out; ok is false when there is none,
// and the text is all article.
func headerBlock(text string) (fields map[string]string, body string, ok bool) {
	end := segment.HeaderEnd(text)
	if end == 0 {
		return nil, text, false
	}
	fields = map[string]string{}
	for line := range strings.Lines(text[:end]) {
		k, v, _ := strings.Cut(strings.TrimSpace(strings.TrimPrefix(line, "\ufeff")), ":")
		name := frontMatterKeys[strings.ToLower(strings.TrimSpace(k))]
		v = strings.TrimSpace(v)
		if name == "" || v == "" || fields[name] != "" {
			continue // "By: …", "Section: …", a blank line
		}
		if name == "published" && len(v) > 10 && v[4] == '-' {
			v = v[:10]
		}
		if c := clip(v, maxTitleBytes*4); c != "" { // a value clipping empties is none
			fields[name] = c
		}
	}
	return fields, text[end:], true
}

// date normalises a publication date, reporting one that is not a date.
// where is the file that gives the date; id names the article when that
// file is another one (its folder's manifest).
func (w *walker) date(where, published, id string) string {
	d, err := NormalizeDate(published)
	if err != nil {
		if id != "" {
			id += ": "
		}
		w.note(where, 0, "%spublished %q is %v; the article is kept undated", id, published, err)
	}
	return d
}

// Story returns a text past the header block of metadata lines it may
// open with ("Title: …", "Source: …", a blank line; segment.HeaderEnd),
// which a .txt article keeps in its text: two files of one story with
// different headers tell one story. A text that is all header is its own
// story.
func Story(text string) string {
	if end := segment.HeaderEnd(text); end > 0 && strings.TrimSpace(text[end:]) != "" {
		return text[end:]
	}
	return text
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

// TitleLine returns the line a text without a title takes as its title:
// its first non-blank line that is not site furniture (a cookie banner,
// a navigation bar, a share line, a byline or a dateline alone:
// segment.IsBoilerplate), trimmed and cut like FirstLine. "Cookie
// settings | Accept all" above a story is no headline; the story's first
// line of reporting names it better. A text of furniture alone keeps its
// first line.
func TitleLine(text string) string {
	for line := range strings.Lines(text) {
		line = strings.TrimFunc(line, func(r rune) bool { return unicode.IsSpace(r) || r == '\ufeff' })
		if line == "" || segment.IsBoilerplate(line) {
			continue
		}
		return clip(line, maxTitleBytes)
	}
	return FirstLine(text)
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

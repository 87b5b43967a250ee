package ingest

import (
	"bytes"
	"errors"
	"path"
	"unicode/utf8"

	"newsbot/extract/htmltext"
)

// readHTML reads an HTML page: its main text, with the metadata its manifest
// entry gives, else the metadata the page declares. The manifest wins
// because it is what the person building the knowledge base chose to say;
// pages often name an aggregator or syndicating site rather than the outlet.
func (w *walker) readHTML(rel, full string, m *manifest) error {
	e, hasEntry := m.lookup(path.Base(rel))
	b, err := readLimited(full, w.lim.MaxFileBytes)
	if err != nil {
		w.problem(full, 0, "cannot read file: %v; skipped", err)
		return nil
	}
	if bytes.IndexByte(b, 0) >= 0 && !bytes.HasPrefix(b, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(b, []byte{0xFE, 0xFF}) {
		w.problem(full, 0, "%v; skipped", errBinary)
		return nil
	}
	page, err := htmltext.Extract(b)
	if errors.Is(err, htmltext.ErrNoText) {
		w.problem(full, 0, "%v; skipped", err)
		return nil
	}
	if err != nil || !utf8.ValidString(page.Text) {
		w.problem(full, 0, "not a readable HTML page: %v; skipped", err)
		return nil
	}
	a := Article{
		ID:     rel,
		Title:  page.Title,
		Source: page.Site,
		URL:    page.URL,
		Text:   page.Text,
		Path:   full,
	}
	published := page.Published
	if hasEntry {
		a.Title = pick(e.Title, a.Title)
		a.Source = pick(e.Source, a.Source)
		a.URL = pick(e.URL, a.URL)
		published = pick(e.Published, published)
	}
	where, id := full, ""
	if hasEntry && e.Published != "" {
		where, id = m.path, rel
	}
	a.Published = w.date(where, published, id)
	if a.Title == "" {
		a.Title = TitleLine(a.Text)
	}
	a.Title = clip(a.Title, maxTitleBytes)
	return w.emit(a, 0)
}

// pick returns the first non-blank value.
func pick(values ...string) string {
	for _, v := range values {
		if v != "" {
			return v
		}
	}
	return ""
}

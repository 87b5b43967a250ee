package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path"
	"sort"
	"strings"
	"time"
)

const manifestName = "manifest.json"

// maxManifestBytes bounds a manifest: a million entries fit well within it.
const maxManifestBytes = 256 << 20

// Entry is what a manifest says about one file beside it.
type Entry struct {
	File      string `json:"file"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	URL       string `json:"url"`
	Published string `json:"published"`
}

// ParseManifest reads a manifest: a JSON array of entries naming files in
// the manifest's folder. Unknown fields are ignored. Entries are keyed by
// file name; an entry without a file name, or naming a file twice, is an
// error, as is anything but an array of objects.
func ParseManifest(data []byte) (map[string]Entry, error) {
	data = bytes.TrimPrefix(data, utf8BOM)
	var entries []Entry
	if err := json.Unmarshal(data, &entries); err != nil {
		return nil, fmt.Errorf("not a JSON array of entries: %w", err)
	}
	out := make(map[string]Entry, len(entries))
	for i, e := range entries {
		name := strings.TrimSpace(e.File)
		if name == "" {
			return nil, fmt.Errorf("entry %d has no \"file\"", i+1)
		}
		name = path.Clean(strings.TrimPrefix(name, "./"))
		if _, dup := out[name]; dup {
			return nil, fmt.Errorf("file %q is named twice", name)
		}
		e.File = name
		out[name] = e
	}
	return out, nil
}

// manifest is the parsed manifest of one folder and which entries were used.
type manifest struct {
	path    string
	entries map[string]Entry
	used    map[string]bool
}

// loadManifest reads the manifest among a folder's entries, if any. A broken
// manifest is a problem and the folder is read as if it had none.
func (w *walker) loadManifest(rel string, entries []os.DirEntry) *manifest {
	found := false
	for _, e := range entries {
		if e.Name() == manifestName && e.Type().IsRegular() {
			found = true
		}
	}
	if !found {
		return nil
	}
	full := w.fullPath(path.Join(rel, manifestName))
	data, err := readLimited(full, maxManifestBytes)
	if err != nil {
		w.problem(full, 0, "cannot read manifest: %v; files in this folder are read without it", err)
		return nil
	}
	m, err := ParseManifest(data)
	if err != nil {
		w.problem(full, 0, "broken manifest: %v; files in this folder are read without it", err)
		return nil
	}
	return &manifest{path: full, entries: m, used: make(map[string]bool)}
}

// lookup returns the entry for a file name and marks it used.
func (m *manifest) lookup(name string) (Entry, bool) {
	if m == nil {
		return Entry{}, false
	}
	e, ok := m.entries[name]
	if ok {
		m.used[name] = true
	}
	return e, ok
}

// reportUnused notes entries that name no article file of the folder, which
// usually means a typo in the manifest.
func (m *manifest) reportUnused(w *walker) {
	if m == nil {
		return
	}
	var names []string
	for name := range m.entries {
		if !m.used[name] {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	for _, name := range names {
		w.note(m.path, 0, "entry %q names no article file in this folder", name)
	}
}

// dateLayouts are the written dates NormalizeDate reads besides ISO ones:
// HTTP and RSS dates and the day-month-year and month-day-year forms
// bylines use, with or without the weekday.
var dateLayouts = []string{
	time.RFC1123Z, time.RFC1123, time.RFC850, "Mon, 2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006", "2 January 2006", "January 2, 2006", "Jan 2, 2006", "Jan. 2, 2006", "January 2 2006",
	"Monday, 2 January 2006", "Monday 2 January 2006", "Monday, January 2, 2006", "2006/01/02",
}

// NormalizeDate returns a publication date as YYYY-MM-DD. It accepts the
// date alone, a date with a time ("2025-12-03T10:00:00Z", "2025-12-03
// 10:00"), whose calendar date is kept as written, and RFC 1123 dates as
// HTTP and RSS give them. The empty string is valid and stays empty.
func NormalizeDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	if len(s) >= 10 && (len(s) == 10 || s[10] == 'T' || s[10] == ' ' || s[10] == 't') {
		if _, err := time.Parse(time.DateOnly, s[:10]); err == nil {
			return s[:10], nil
		}
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.DateOnly), nil
		}
	}
	return "", errors.New("not a date (want YYYY-MM-DD)")
}

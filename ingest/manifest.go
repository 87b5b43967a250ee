package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path"
	"regexp"
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

// dayLayouts are the calendar dates a written date comes down to once its
// weekday and its time of day are taken off (calendarPart).
var dayLayouts = []string{
	"2 Jan 2006", "2 January 2006", "2 Jan. 2006", "January 2, 2006", "Jan 2, 2006", "Jan. 2, 2006",
	"January 2 2006", "Jan 2 2006", "2006/01/02", time.DateOnly,
}

// weekdayNames are the weekdays a date may open with, whole or cut:
// "Thu 23 Apr 2026", "Thursday, 23 April 2026".
var weekdayNames = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
}

// clockPart is a time of day before or after the calendar date, with its
// seconds, am/pm and zone if any: "09:14 BST", "9.14am", "09:30:00
// +0100", "10:00 (UTC+2)", "at 18:45 PHT". A zone is an abbreviation in
// capitals or an offset, so "23 Apr 2026 09:14 today" is still no date.
const clockPart = `(?:at\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?(?:\s*(?i:[ap]\.?m\.?))?` +
	`(?:\s*\(?(?:[A-Z]{2,5}(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2})\)?)?`

var (
	clockAfter  = regexp.MustCompile(`(?:,\s*|\s+)` + clockPart + `$`)
	clockBefore = regexp.MustCompile(`^` + clockPart + `(?:\s*[,|–—-]\s*|\s+)`)
)

// calendarPart returns a written date without the weekday that may open
// it and the time of day that may come before or after it: "Thu, 23 Apr
// 2026 09:14 BST", "23 Apr 2026, 09:14 BST" and "09:14 BST, Thursday 23
// April 2026" all come down to "23 Apr 2026" (or "23 April 2026").
func calendarPart(s string) string {
	s = strings.TrimSpace(clockBefore.ReplaceAllString(s, ""))
	if first, rest, ok := strings.Cut(s, " "); ok && weekdayNames[strings.ToLower(strings.TrimRight(first, ",."))] {
		s = strings.TrimSpace(rest)
	}
	return strings.TrimSpace(clockAfter.ReplaceAllString(s, ""))
}

// errNotADate says what NormalizeDate reads.
var errNotADate = errors.New(`not a date (dates are read as 2026-04-23, 23 April 2026 or April 23, 2026, ` +
	`month names whole or cut, with or without a weekday, time of day and zone: "Thu, 23 Apr 2026 09:14 BST")`)

// NormalizeDate returns a publication date as YYYY-MM-DD. It accepts the
// date alone, a date with a time ("2025-12-03T10:00:00Z", "2025-12-03
// 10:00"), whose calendar date is kept as written, RFC 1123 dates as HTTP
// and RSS give them, and a day, month name and year in either order with
// perhaps a weekday before them and a time of day and zone before or
// after them ("Thu 23 Apr 2026 09:14 BST", "23 Apr 2026, 09:14 BST"). A
// date it cannot be sure of is refused: "03/04/2026" may be March or
// April, "April 2026" names no day. The empty string is valid and stays
// empty.
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
	day := calendarPart(s)
	for _, layout := range dayLayouts {
		if t, err := time.Parse(layout, day); err == nil {
			return t.Format(time.DateOnly), nil
		}
	}
	return "", errNotADate
}

// Package ingest reads a folder of news articles (plain text with optional
// manifests, JSON Lines, HTML pages) and streams them one at a time, so that a
// build over hundreds of thousands of articles never holds them all in memory.
// Files it cannot read are reported as problems and skipped; the rest go on.
package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// Article is one article as read from the data folder.
type Article struct {
	// ID is the path relative to the data folder with '/' separators for a
	// file, or the record's id (else "path#line") for a JSON line.
	ID        string
	Title     string
	Source    string
	URL       string
	Published string // YYYY-MM-DD, or "" when unknown
	Text      string // UTF-8; a .txt file's bytes unchanged when they are UTF-8
	Path      string // the file it came from, as the folder was given plus the relative path
	Hash      string // hex SHA-256 of Text, for finding duplicates
}

// Problem is a file, or one line of a file, that could not be used as given.
// Most problems mean the file or line was skipped; a few (a bad date, an
// unused manifest entry) are notes about an article that was kept.
type Problem struct {
	Path    string
	Line    int // 1-based; 0 when the problem concerns the whole file
	Reason  string
	Skipped bool // the file or line was left out; false for a note on a kept article
}

func (p Problem) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.Path, p.Line, p.Reason)
	}
	return fmt.Sprintf("%s: %s", p.Path, p.Reason)
}

// Limits bound what Walk will read. A zero field takes its default.
type Limits struct {
	MaxFileBytes int64 // largest file read; default 50 MiB
	MaxLineBytes int   // longest line of a file or JSON record; default 4 MiB
	MaxFiles     int   // most article files read in one walk; default 1,000,000
}

// Default limits.
const (
	DefaultMaxFileBytes = 50 << 20
	DefaultMaxLineBytes = 4 << 20
	DefaultMaxFiles     = 1_000_000
)

func (l Limits) withDefaults() Limits {
	if l.MaxFileBytes <= 0 {
		l.MaxFileBytes = DefaultMaxFileBytes
	}
	if l.MaxLineBytes <= 0 {
		l.MaxLineBytes = DefaultMaxLineBytes
	}
	if l.MaxFiles <= 0 {
		l.MaxFiles = DefaultMaxFiles
	}
	return l
}

// Walk reads every article under dir, sub-folders included, in sorted order,
// and calls fn with each. Hidden files and folders are left out, as are files
// of other kinds; symbolic links are followed only to files inside dir.
//
// Walk returns the problems it met with the files, in the order met. Its
// error is for the walk as a whole: dir cannot be read, ctx was cancelled, or
// fn returned an error (which stops the walk and is returned as is).
func Walk(ctx context.Context, dir string, lim Limits, fn func(Article) error) ([]Problem, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("ingest %s: %w", dir, err)
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("ingest %s: not a folder", dir)
	}
	realRoot, err := filepath.EvalSymlinks(dir)
	if err == nil {
		realRoot, err = filepath.Abs(realRoot)
	}
	if err != nil {
		return nil, fmt.Errorf("ingest %s: %w", dir, err)
	}
	w := &walker{
		ctx:      ctx,
		root:     dir,
		realRoot: realRoot,
		lim:      lim.withDefaults(),
		fn:       fn,
		ids:      make(map[string]struct{}),
	}
	err = w.walkDir("", 0)
	if errors.Is(err, errTooManyFiles) {
		err = nil
	}
	return w.problems, err
}

// errTooManyFiles stops a walk that reached Limits.MaxFiles; it is reported
// as a problem, not returned.
var errTooManyFiles = errors.New("too many files")

// walker carries the state of one Walk.
type walker struct {
	ctx      context.Context
	root     string
	realRoot string
	lim      Limits
	fn       func(Article) error
	problems []Problem
	files    int
	ids      map[string]struct{}
}

// problem reports a file or line that was skipped.
func (w *walker) problem(path string, line int, format string, args ...any) {
	w.problems = append(w.problems, Problem{Path: path, Line: line, Reason: fmt.Sprintf(format, args...), Skipped: true})
}

// note reports something amiss about an article that was kept.
func (w *walker) note(path string, line int, format string, args ...any) {
	w.problems = append(w.problems, Problem{Path: path, Line: line, Reason: fmt.Sprintf(format, args...)})
}

// emit hands one article to the caller after giving it a hash and making
// sure its id is new. An article its metadata leaves undated takes the
// date of its dateline (datelineDate), else of its page's time stamp
// (stampDate).
func (w *walker) emit(a Article, line int) error {
	if _, dup := w.ids[a.ID]; dup {
		w.problem(a.Path, line, "id %q was already used by an earlier article; skipped", a.ID)
		return nil
	}
	w.ids[a.ID] = struct{}{}
	if a.Published == "" {
		if d, dateline, ok := datelineDate(Story(a.Text)); ok {
			a.Published = d
			w.note(a.Path, line, "no publication date given; dated %s by its dateline %q", d, dateline)
		} else if d, stamp, ok := stampDate(Story(a.Text)); ok {
			a.Published = d
			w.note(a.Path, line, "no publication date given; dated %s by its time stamp %q", d, stamp)
		}
	}
	if a.Hash == "" { // JSON lines come hashed already
		sum := sha256.Sum256([]byte(a.Text))
		a.Hash = hex.EncodeToString(sum[:])
	}
	return w.fn(a)
}

package ingest

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// maxDepth bounds folder nesting, as a guard against pathological trees.
const maxDepth = 64

// kind is the format of an article file, from its name.
type kind int

const (
	kindNone kind = iota
	kindText
	kindJSONL
	kindJSONLGzip
	kindHTML
)

func kindOf(name string) kind {
	lower := strings.ToLower(name)
	switch {
	case lower == manifestName:
		return kindNone
	case strings.HasSuffix(lower, ".txt"), strings.HasSuffix(lower, ".md"), strings.HasSuffix(lower, ".markdown"):
		return kindText
	case strings.HasSuffix(lower, ".jsonl"):
		return kindJSONL
	case strings.HasSuffix(lower, ".jsonl.gz"):
		return kindJSONLGzip
	case strings.HasSuffix(lower, ".html"), strings.HasSuffix(lower, ".htm"):
		return kindHTML
	}
	return kindNone
}

// unsupported says why a file is not read as articles.
func unsupported(name string) string {
	ext := strings.ToLower(path.Ext(name))
	switch ext {
	case ".json":
		return "a .json file other than manifest.json is not read: put articles one a line in a .jsonl file"
	case "":
		return "a file without an extension is not read: articles are .txt, .md, .html, .jsonl or .jsonl.gz"
	}
	return fmt.Sprintf("%s files are not read: articles are .txt, .md, .html, .jsonl or .jsonl.gz", ext)
}

// walkDir reads the folder rel (relative to the root, '/'-separated, "" for
// the root itself): its manifest first, then its entries in name order.
func (w *walker) walkDir(rel string, depth int) error {
	full := w.fullPath(rel)
	if depth > maxDepth {
		w.problem(full, 0, "folder nested more than %d deep; skipped", maxDepth)
		return nil
	}
	entries, err := os.ReadDir(full)
	if err != nil {
		w.problem(full, 0, "cannot read folder: %v; skipped", unwrapPath(err))
		return nil
	}
	m := w.loadManifest(rel, entries)
	for _, e := range entries {
		if err := w.ctx.Err(); err != nil {
			return err
		}
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		child := path.Join(rel, name)
		typ := e.Type()
		if typ&fs.ModeSymlink != 0 {
			var ok bool
			if typ, ok = w.resolveLink(child); !ok {
				continue
			}
		}
		switch {
		case typ.IsDir():
			if err := w.walkDir(child, depth+1); err != nil {
				return err
			}
		case typ.IsRegular():
			k := kindOf(name)
			if k == kindNone {
				if strings.ToLower(name) != manifestName {
					w.problem(w.fullPath(child), 0, "%s; skipped", unsupported(name))
				}
				continue
			}
			if err := w.readFile(child, k, m); err != nil {
				return err
			}
		}
	}
	m.reportUnused(w)
	return nil
}

// resolveLink returns the type of what the link at rel points to, or false
// (with a problem) when it is broken, leads out of the data folder or is a
// folder: following linked folders could loop or read the same tree twice.
func (w *walker) resolveLink(rel string) (fs.FileMode, bool) {
	full := w.fullPath(rel)
	target, err := filepath.EvalSymlinks(full)
	if err == nil {
		target, err = filepath.Abs(target)
	}
	if err != nil {
		w.problem(full, 0, "broken symbolic link: %v", unwrapPath(err))
		return 0, false
	}
	if r, err := filepath.Rel(w.realRoot, target); err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		w.problem(full, 0, "symbolic link leads out of the data folder; not followed")
		return 0, false
	}
	info, err := os.Stat(target)
	if err != nil {
		w.problem(full, 0, "broken symbolic link: %v", unwrapPath(err))
		return 0, false
	}
	if info.IsDir() {
		w.problem(full, 0, "symbolic link to a folder; not followed")
		return 0, false
	}
	return info.Mode().Type(), true
}

// readFile checks the limits for one article file and reads it by kind.
func (w *walker) readFile(rel string, k kind, m *manifest) error {
	full := w.fullPath(rel)
	w.files++
	if w.files > w.lim.MaxFiles {
		w.problem(w.root, 0, "more than %d article files; the rest were skipped", w.lim.MaxFiles)
		return errTooManyFiles
	}
	info, err := os.Stat(full)
	if err != nil {
		w.problem(full, 0, "cannot read file: %v; skipped", unwrapPath(err))
		return nil
	}
	if info.Size() == 0 {
		w.problem(full, 0, "%v; skipped", errEmpty)
		return nil
	}
	if info.Size() > w.lim.MaxFileBytes {
		w.problem(full, 0, "file is %d bytes, over the limit of %d; skipped", info.Size(), w.lim.MaxFileBytes)
		return nil
	}
	switch k {
	case kindText:
		return w.readText(rel, full, m)
	case kindJSONL, kindJSONLGzip:
		return w.readJSONL(rel, full, k == kindJSONLGzip)
	case kindHTML:
		return w.readHTML(rel, full, m)
	}
	return nil
}

// fullPath joins the root and a relative '/'-separated path.
func (w *walker) fullPath(rel string) string {
	if rel == "" {
		return w.root
	}
	return filepath.Join(w.root, filepath.FromSlash(rel))
}

// unwrapPath drops the path that os errors repeat, since problems carry it.
func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

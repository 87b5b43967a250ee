package ner

import (
	"flag"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// TestMain makes every test of the package check that no rule changes
// the tags without marking the change (see docTags.spans). Benchmarks
// run without the check, which compares the tags.
func TestMain(m *testing.M) {
	flag.Parse()
	checkMarks = flag.Lookup("test.bench").Value.String() == ""
	os.Exit(m.Run())
}

// TestTagMarks checks that setTag and clearTags mark a change in the slot
// after the tags, and only there, and that tags with no room for the slot
// always count as changed.
func TestTagMarks(t *testing.T) {
	array := []int{1, 2, 0, 0, 9, 7}
	tags := array[:4]
	if mayHaveChanged(tags) != true {
		t.Fatal("a stale mark was missed")
	}
	unmark(tags)
	if mayHaveChanged(tags) || array[4] != 0 || array[5] != 7 {
		t.Fatalf("unmark left %v", array)
	}
	setTag(tags, 2, 5)
	if !mayHaveChanged(tags) || !slices.Equal(array, []int{1, 2, 5, 0, 1, 7}) {
		t.Fatalf("setTag left %v", array)
	}
	unmark(tags)
	clearTags(tags, 0, 2)
	if !mayHaveChanged(tags) || !slices.Equal(array, []int{0, 0, 5, 0, 1, 7}) {
		t.Fatalf("clearTags left %v", array)
	}
	full := []int{3, 4}
	full = full[:2:2]
	setTag(full, 0, 0)
	clearTags(full, 1, 2)
	unmark(full)
	if !mayHaveChanged(full) || !slices.Equal(full, []int{0, 0}) {
		t.Fatalf("tags with no room: %v, changed %v", full, mayHaveChanged(full))
	}
}

// TestRefineWithoutRoom checks that refine gives the same tags whether or
// not they have room for the mark of a change.
func TestRefineWithoutRoom(t *testing.T) {
	tg := mustLoad(t)
	var sc model.Scratch
	var dec []int
	for _, s := range readStories(t, 100) {
		var toks []tok.Token
		var rel []int
		for _, sp := range s.sents {
			n := len(toks)
			toks = tok.Split(toks, s.text, sp.Start, sp.End)
			if len(toks) > n && len(toks)-n <= maxSentenceTokens {
				rel = append(rel, n)
			} else if len(toks) > n {
				toks = toks[:n] // overlong sentences are cut by Tag; left out here
			}
		}
		tg.m.PrepareDoc(&sc, s.text, toks, rel)
		var tags []int
		for k := range rel {
			dec = tg.m.Decode(&sc, k, dec)
			tags = append(tags, dec...)
		}
		room := append(make([]int, 0, len(tags)+1), tags...)
		clipped := slices.Clip(slices.Clone(tags))
		refine(s.text, toks, room, tg.m.KnownWord)
		refine(s.text, toks, clipped, tg.m.KnownWord)
		if !slices.Equal(room, clipped) {
			t.Fatalf("refine differs with and without room")
		}
	}
}

// TestTagsWrittenThroughSetTag checks the source of the rules: no rule
// writes the tags but through setTag or clearTags, which mark the change
// that docTags.spans relies on.
func TestTagsWrittenThroughSetTag(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	isTags := func(e ast.Expr) bool {
		for {
			switch x := e.(type) {
			case *ast.SliceExpr:
				e = x.X
				continue
			case *ast.Ident:
				return x.Name == "tags"
			case *ast.SelectorExpr:
				return x.Sel.Name == "tags"
			}
			return false
		}
	}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || name == "tagmarks.go" {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			var target ast.Expr
			switch n := n.(type) {
			case *ast.AssignStmt:
				for _, l := range n.Lhs {
					if ix, ok := l.(*ast.IndexExpr); ok && isTags(ix.X) {
						target = l
					}
				}
			case *ast.IncDecStmt:
				if ix, ok := n.X.(*ast.IndexExpr); ok && isTags(ix.X) {
					target = n.X
				}
			case *ast.UnaryExpr:
				if ix, ok := n.X.(*ast.IndexExpr); ok && n.Op == token.AND && isTags(ix.X) {
					target = n.X
				}
			case *ast.CallExpr:
				if id, ok := n.Fun.(*ast.Ident); ok && (id.Name == "clear" || id.Name == "copy") && len(n.Args) > 0 && isTags(n.Args[0]) {
					target = n.Args[0]
				}
			}
			if target != nil && !(name == "rules.go" && isCopyBack(n)) {
				t.Errorf("%s: tags written without setTag", fset.Position(n.Pos()))
			}
			return true
		})
	}
}

// isCopyBack reports refine's copy of the tags refined with room back
// into tags that had none, which no later rule reads.
func isCopyBack(n ast.Node) bool {
	c, ok := n.(*ast.CallExpr)
	if !ok || len(c.Args) != 2 {
		return false
	}
	room, ok := c.Args[1].(*ast.Ident)
	return ok && room.Name == "room"
}

package htmltext

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxDepth bounds the recursion on deeply nested pages; the parser itself
// caps nesting, so this is only a guard.
const maxDepth = 512

// blockTags start and end a line of the text.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Td: true,
	atom.Th: true, atom.Br: true, atom.Hr: true, atom.Address: true, atom.Center: true,
	atom.Details: true, atom.Summary: true, atom.Caption: true, atom.Body: true,
}

// renderer writes text one block a line, collapsing runs of space.
type renderer struct {
	lines []string
	cur   strings.Builder
}

func (r *renderer) render(n *html.Node, depth int) {
	if depth > maxDepth {
		return
	}
	switch n.Type {
	case html.TextNode:
		r.cur.WriteString(n.Data)
		return
	case html.ElementNode:
		if depth > 0 && isFurniture(n) {
			return
		}
	case html.DocumentNode:
	default:
		return
	}
	if n.DataAtom == atom.Tr {
		if line, ok := rowLine(n, depth); ok {
			r.flush()
			r.cur.WriteString(line)
			r.flush()
			return
		}
	}
	block := n.Type == html.ElementNode && blockTags[n.DataAtom]
	if block {
		r.flush()
	}
	if n.DataAtom == atom.Pre {
		// keep the lines of preformatted text
		for _, line := range strings.Split(textWithBreaks(n), "\n") {
			r.cur.WriteString(line)
			r.flush()
		}
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.render(c, depth+1)
	}
	if block {
		r.flush()
	}
}

// flush ends the current line, if it has any text.
func (r *renderer) flush() {
	if line := collapse(r.cur.String()); line != "" {
		r.lines = append(r.lines, line)
	}
	r.cur.Reset()
}

func (r *renderer) text() string {
	r.flush()
	return strings.Join(r.lines, "\n")
}

// textWithBreaks returns the text under n as written, newlines included.
func textWithBreaks(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		switch {
		case d.Type == html.TextNode:
			b.WriteString(d.Data)
		case d.Type == html.ElementNode && d.DataAtom == atom.Br:
			b.WriteByte('\n')
		}
	}
	return b.String()
}

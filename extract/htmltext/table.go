package htmltext

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxCellWords bounds the words of a data table's cell: a longer cell is
// a layout table's column of text, not a figure or a label.
const maxCellWords = 40

// rowLine returns a table row as one line, its cells' text joined by
// " | " ("Ann Lee | Labour | 12,345 | 41.0%"), so that a row of a results
// table reads as one record rather than a cell a line. It reports false
// for a row of a layout table: a cell of several lines (paragraphs, a
// nested table) or of running text, which the caller renders block by
// block as before.
func rowLine(n *html.Node, depth int) (string, bool) {
	var cells []string
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || (c.DataAtom != atom.Td && c.DataAtom != atom.Th) {
			if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
				continue
			}
			if c.Type == html.CommentNode {
				continue
			}
			return "", false
		}
		if isFurniture(c) {
			continue
		}
		var sub renderer
		for d := c.FirstChild; d != nil; d = d.NextSibling {
			sub.render(d, depth+2)
		}
		sub.flush()
		switch {
		case len(sub.lines) > 1:
			return "", false
		case len(sub.lines) == 1:
			if len(strings.Fields(sub.lines[0])) > maxCellWords {
				return "", false
			}
			cells = append(cells, sub.lines[0])
		}
	}
	return strings.Join(cells, " | "), true
}

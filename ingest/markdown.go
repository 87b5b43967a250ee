package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"golang.org/x/net/html"
)

// markdown parses CommonMark with the two GitHub additions articles use:
// tables and struck-out text.
var markdown = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough))

// maxMarkdownBytes bounds the Markdown parsed per article. The parser
// slows down with the square of some hostile inputs (tens of thousands of
// unclosed "[a](" take seconds); an article is a small fraction of this.
const maxMarkdownBytes = 128 << 10

// markdownText returns the text a reader of a Markdown article sees: each
// heading, paragraph, list item, quoted paragraph and table row on a line of
// its own, blank lines between them, with the markup gone. Emphasis markers,
// link targets, images, quote and list markers, code fences, HTML tags and
// link definitions are dropped; a link keeps its text, a code span its
// code, an entity becomes its character; a line break inside a paragraph
// becomes a space. A paragraph made only of links (a related-links or
// newsletter block) is page furniture and left out, as is struck-out text,
// which the article has withdrawn. Text that breaks the parser comes back
// as it was written, with err saying why.
func markdownText(src string) (clean string, err error) {
	if len(src) > maxMarkdownBytes {
		return src, fmt.Errorf("%d bytes of Markdown is over the %d read as Markdown; the text is kept as written", len(src), maxMarkdownBytes)
	}
	defer func() {
		if p := recover(); p != nil {
			clean, err = src, fmt.Errorf("markdown not understood (%v); the text is kept as written", p)
		}
	}()
	source := []byte(strings.TrimPrefix(src, "\ufeff"))
	doc := markdown.Parser().Parse(text.NewReader(source))
	r := &mdReader{source: source}
	r.block(doc)
	return strings.Join(r.lines, "\n\n"), nil
}

// mdReader collects the lines of text of a parsed Markdown article.
type mdReader struct {
	source []byte
	lines  []string
}

// add appends one block's text, its white space collapsed, unless blank.
func (r *mdReader) add(s string) {
	if s = strings.Join(strings.Fields(s), " "); s != "" {
		r.lines = append(r.lines, s)
	}
}

// block reads the text of a block node and the blocks inside it.
func (r *mdReader) block(n ast.Node) {
	switch n.Kind() {
	case ast.KindParagraph, ast.KindTextBlock:
		if !onlyLinks(n, r.source) {
			r.add(r.inline(n))
		}
	case ast.KindHeading:
		r.add(r.inline(n))
	case ast.KindCodeBlock, ast.KindFencedCodeBlock:
		for _, l := range r.rawLines(n) {
			r.add(l)
		}
	case ast.KindHTMLBlock:
		r.add(htmlText(strings.Join(r.rawLines(n), "\n")))
	case ast.KindThematicBreak, ast.KindLinkReferenceDefinition:
	case east.KindTableHeader, east.KindTableRow:
		r.tableRow(n)
	default:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			r.block(c)
		}
	}
}

// tableRow adds one table row as its cells' text between bars.
func (r *mdReader) tableRow(n ast.Node) {
	var cells []string
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if cell := strings.TrimSpace(r.inline(c)); cell != "" {
			cells = append(cells, cell)
		}
	}
	r.add(strings.Join(cells, " | "))
}

// rawLines returns the source lines of a code or HTML block as written.
func (r *mdReader) rawLines(n ast.Node) []string {
	lines := n.Lines()
	out := make([]string, 0, lines.Len())
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		out = append(out, string(seg.Value(r.source)))
	}
	if h, ok := n.(*ast.HTMLBlock); ok && h.HasClosure() {
		out = append(out, string(h.ClosureLine.Value(r.source)))
	}
	return out
}

// inline returns the text of the inline nodes under n.
func (r *mdReader) inline(n ast.Node) string {
	var b strings.Builder
	r.writeInline(&b, n)
	return b.String()
}

func (r *mdReader) writeInline(b *strings.Builder, n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			v := c.Segment.Value(r.source)
			if !c.IsRaw() {
				v = unescape(v)
			}
			b.Write(v)
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			v := c.Value
			if !c.IsRaw() && !c.IsCode() {
				v = unescape(v)
			}
			b.Write(v)
		case *ast.CodeSpan:
			r.writeCode(b, c)
		case *ast.AutoLink:
			b.Write(c.Label(r.source))
		case *ast.RawHTML:
			r.writeRawHTML(b, c)
		case *ast.Image:
			// Alt text describes a picture; it is not article text.
		case *east.Strikethrough:
		case *ast.Emphasis:
			r.writeEmphasis(b, c)
		default:
			r.writeInline(b, c)
		}
	}
}

// writeEmphasis writes the text of an emphasis, or, when one of its
// delimiters stands between two digits ("2*3 = 6 and 4*5"), the text with
// its delimiters: that is arithmetic the parser paired up, not emphasis.
func (r *mdReader) writeEmphasis(b *strings.Builder, n *ast.Emphasis) {
	first, last := firstText(n), lastText(n)
	if first == nil || last == nil {
		r.writeInline(b, n)
		return
	}
	open, end := first.Segment.Start-n.Level, last.Segment.Stop
	if open < 0 || end+n.Level > len(r.source) || !betweenDigits(r.source, open, n.Level) && !betweenDigits(r.source, end, n.Level) {
		r.writeInline(b, n)
		return
	}
	b.Write(r.source[open : open+n.Level])
	r.writeInline(b, n)
	b.Write(r.source[end : end+n.Level])
}

// betweenDigits reports whether the n bytes at i have a digit on each side.
func betweenDigits(src []byte, i, n int) bool {
	isDigit := func(j int) bool { return j >= 0 && j < len(src) && src[j] >= '0' && src[j] <= '9' }
	return isDigit(i-1) && isDigit(i+n)
}

// firstText returns the text node an inline node's text begins with, or
// nil when it begins with something else.
func firstText(n ast.Node) *ast.Text {
	for c := n.FirstChild(); c != nil; c = c.FirstChild() {
		if t, ok := c.(*ast.Text); ok {
			return t
		}
		if _, ok := c.(*ast.Emphasis); !ok {
			return nil
		}
	}
	return nil
}

// lastText returns the text node an inline node's text ends with, or nil.
func lastText(n ast.Node) *ast.Text {
	for c := n.LastChild(); c != nil; c = c.LastChild() {
		if t, ok := c.(*ast.Text); ok {
			return t
		}
		if _, ok := c.(*ast.Emphasis); !ok {
			return nil
		}
	}
	return nil
}

// writeCode writes a code span's text as written, its line breaks as spaces.
func (r *mdReader) writeCode(b *strings.Builder, n *ast.CodeSpan) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if t, ok := c.(*ast.Text); ok {
			b.Write(bytes.ReplaceAll(t.Segment.Value(r.source), []byte("\n"), []byte(" ")))
		} else if s, ok := c.(*ast.String); ok {
			b.Write(s.Value)
		}
	}
}

// writeRawHTML drops an inline tag or comment; a line break tag stands for
// a space, so that the words on either side stay apart.
func (r *mdReader) writeRawHTML(b *strings.Builder, n *ast.RawHTML) {
	var tag []byte
	for i := 0; i < n.Segments.Len(); i++ {
		seg := n.Segments.At(i)
		tag = append(tag, seg.Value(r.source)...)
	}
	if t := bytes.ToLower(bytes.TrimLeft(tag, "</")); bytes.HasPrefix(t, []byte("br")) {
		b.WriteByte(' ')
	}
}

// unescape resolves backslash escapes and character references.
func unescape(v []byte) []byte {
	if bytes.IndexByte(v, '\\') >= 0 {
		v = util.UnescapePunctuations(v)
	}
	if bytes.IndexByte(v, '&') >= 0 {
		v = util.ResolveEntityNames(util.ResolveNumericReferences(v))
	}
	return v
}

// onlyLinks reports whether a paragraph is made of links and nothing else
// but white space and punctuation between them: "[Subscribe](https://…)",
// or a block of related links one a line.
func onlyLinks(n ast.Node, source []byte) bool {
	links := 0
	var walk func(ast.Node) bool
	walk = func(n ast.Node) bool {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Link, *ast.AutoLink:
				links++
			case *ast.Text:
				if hasAlnum(c.Segment.Value(source)) {
					return false
				}
			case *ast.Emphasis:
				if !walk(c) {
					return false
				}
			default:
				return false
			}
		}
		return true
	}
	return walk(n) && links > 0
}

// hasAlnum reports whether b holds a letter or digit.
func hasAlnum(b []byte) bool {
	return bytes.IndexFunc(b, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// htmlText returns the text of a block of HTML, without its tags, comments,
// scripts and styles.
func htmlText(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken:
			name, _ := z.TagName()
			if isHidden(name) {
				skip++
			}
			b.WriteByte(' ')
		case html.EndTagToken:
			name, _ := z.TagName()
			if isHidden(name) && skip > 0 {
				skip--
			}
			b.WriteByte(' ')
		case html.SelfClosingTagToken:
			b.WriteByte(' ')
		}
	}
}

// isHidden names the HTML elements whose content a reader never sees.
func isHidden(tag []byte) bool {
	switch string(tag) {
	case "script", "style", "template", "noscript":
		return true
	}
	return false
}

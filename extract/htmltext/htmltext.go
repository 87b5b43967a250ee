// Package htmltext extracts a news article from an HTML page: its main text,
// one paragraph a line, with navigation, sidebars, scripts and forms left
// out, and the metadata the page declares (title, site, publication date,
// canonical address).
package htmltext

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// Page is what Extract found in a page. Fields the page does not declare are
// empty; Published is as the page wrote it (usually ISO 8601).
type Page struct {
	Title     string
	Site      string
	Published string
	URL       string
	Text      string
}

// ErrNoText is returned for a page with no readable text.
var ErrNoText = errors.New("no article text found in the page")

// Extract reads an HTML page. The bytes are decoded by their byte order mark
// or declared charset, else as UTF-8 when valid, else as Windows-1252.
func Extract(page []byte) (Page, error) {
	r := io.Reader(bytes.NewReader(page))
	if enc := pageEncoding(page); enc != nil {
		r = enc.NewDecoder().Reader(r)
	}
	root, err := html.Parse(r)
	if err != nil {
		return Page{}, err
	}
	var p Page
	m := readMeta(root)
	p.Site = m.first("og:site_name", "application-name", "ld:publisher")
	rawTitle := m.first("og:title", "twitter:title", "ld:headline", "title", "h1")
	p.Published = m.first("article:published_time", "ld:datepublished", "datepublished",
		"date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued",
		"parsely-pub-date", "sailthru.date", "time")
	p.URL = m.first("canonical", "og:url")
	p.Text = mainText(root)
	// The <title> is where a page names its outlet ("… | Eastern Daily
	// Wire"); og:title, taken first for the headline, seldom does.
	tagTitle := cmp.Or(m["title"], rawTitle)
	b := findByline(p.Text, tagTitle)
	if b.date == "" && p.Published == "" {
		b.date = classedBylineDate(root, tagTitle)
	}
	p.Published = cmp.Or(p.Published, b.date)
	p.Site = cmp.Or(p.Site, b.site)
	p.Text = dropLine(p.Text, b.line)
	if p.Site == "" {
		p.Site = cmp.Or(siteFromTitle(tagTitle, p.Text, root), siteFromTitle(rawTitle, p.Text, root))
	}
	p.Title = cleanTitle(rawTitle, p.Site)
	// A page's <title> often shortens the headline its <h1> gives in
	// full ("De la Croix ousted in Paris" of "De la Croix ousted in Paris
	// as MPs back no-confidence motion").
	if h1 := m["h1"]; p.Title != "" && strings.HasPrefix(h1, p.Title+" ") {
		p.Title = h1
	}
	// A page declared or guessed as UTF-8 may still hold invalid bytes.
	for _, f := range []*string{&p.Title, &p.Site, &p.Published, &p.URL, &p.Text} {
		*f = strings.ToValidUTF8(*f, "\uFFFD")
	}
	if strings.TrimSpace(p.Text) == "" {
		return p, ErrNoText
	}
	return p, nil
}

// pageEncoding returns the decoder of a page's bytes, nil for UTF-8. The
// charset sniffer looks at the first 1,024 bytes only and takes an
// undeclared page whose head is plain ASCII for Windows-1252; a page
// whose bytes are valid UTF-8 beyond plain ASCII is UTF-8 whatever its
// head says about Windows-1252 (Windows-1252 text with accented letters
// is almost never valid UTF-8, and UTF-8 pages mislabelled as Latin-1
// are common).
func pageEncoding(page []byte) encoding.Encoding {
	enc, name, _ := charset.DetermineEncoding(page, "")
	if name == "utf-8" || (name == "windows-1252" && !isASCII(page) && utf8.Valid(page)) {
		return nil
	}
	return enc
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// meta holds the first value the page gives each metadata key.
type meta map[string]string

func (m meta) set(key, value string) {
	key = strings.ToLower(strings.TrimSpace(key))
	value = collapse(value)
	if key == "" || value == "" {
		return
	}
	if _, ok := m[key]; !ok {
		m[key] = value
	}
}

func (m meta) first(keys ...string) string {
	for _, k := range keys {
		if v := m[k]; v != "" {
			return v
		}
	}
	return ""
}

// readMeta collects <meta> properties and names, the canonical link, the
// <title>, the first <h1>, the first <time datetime> and the fields of
// JSON-LD NewsArticle data.
func readMeta(root *html.Node) meta {
	m := meta{}
	for n := range root.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.DataAtom {
		case atom.Meta:
			content := attr(n, "content")
			m.set(attr(n, "property"), content)
			m.set(attr(n, "name"), content)
			m.set(attr(n, "itemprop"), content)
		case atom.Link:
			for _, rel := range strings.Fields(attr(n, "rel")) {
				if strings.EqualFold(rel, "canonical") {
					m.set("canonical", attr(n, "href"))
				}
			}
		case atom.Title:
			if !inSVG(n) {
				m.set("title", textOf(n))
			}
		case atom.H1:
			m.set("h1", textOf(n))
		case atom.Time:
			m.set("time", attr(n, "datetime"))
			if attr(n, "itemprop") == "datePublished" {
				m.set("datepublished", attr(n, "datetime"))
			}
		case atom.Script:
			if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
				readLinkedData(textOf(n), m)
			}
		}
	}
	return m
}

// readLinkedData takes the headline, publication date and publisher of the
// first object in JSON-LD data that has them.
func readLinkedData(src string, m meta) {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 8 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if s, ok := x["headline"].(string); ok {
				m.set("ld:headline", s)
			}
			if s, ok := x["datePublished"].(string); ok {
				m.set("ld:datepublished", s)
			}
			if p, ok := x["publisher"].(map[string]any); ok {
				if s, ok := p["name"].(string); ok {
					m.set("ld:publisher", s)
				}
			}
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
		}
	}
	visit(v, 0)
}

// siteFromTitle reads the outlet from the end of a page title that names
// no outlet in its metadata: "Harbury land case | Legal Bulletin". After a
// bar the end is a site's name when it is a few capitalised words; after a
// dash, only when the page names it elsewhere too, since headlines hold
// dashes of their own: in its copyright line ("© 2026 Legal Bulletin
// Ltd.", "Legal Bulletin © 2026", or "Copyright 2026 BBC" for "BBC News")
// or as a field of the byline that opens its text ("By Jo Reed, BBC News,
// Leeds").
func siteFromTitle(title, text string, root *html.Node) string {
	for _, sep := range []string{" | ", " - ", " – ", " — "} {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		name := strings.TrimSpace(title[i+len(sep):])
		if !siteName(name) {
			continue
		}
		if sep == " | " || bylineNames(text, name) || copyrightNames(root, name) || copyrightNames(root, ownerAcronym(name)) {
			return name
		}
	}
	return ""
}

// ownerAcronym returns the leading acronym of a site's name that its owner
// goes by ("BBC" of "BBC News", "ABC" of "ABC Radio"), or "" when the name
// has one word or starts with no acronym of two letters or more.
func ownerAcronym(name string) string {
	first, rest, ok := strings.Cut(name, " ")
	if !ok || rest == "" || utf8.RuneCountInString(first) < 2 {
		return ""
	}
	for _, r := range first {
		if !unicode.IsUpper(r) {
			return ""
		}
	}
	return first
}

// bylineNames reports a byline among the first lines of text, a short
// line led by "By", with name as one of its comma-separated fields: "By
// Jo Reed, BBC News, Leeds".
func bylineNames(text, name string) bool {
	n := 0
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if n++; n > bylineLines {
			break
		}
		rest, ok := strings.CutPrefix(line, "By ")
		if !ok || len(strings.Fields(rest)) > 3*maxBylineField {
			continue
		}
		for _, f := range strings.Split(rest, ",") {
			if strings.TrimSpace(f) == name {
				return true
			}
		}
	}
	return false
}

// siteJoiners may stand between the capitalised words of a site's name:
// "Space & Science Today", "Times of Malta".
var siteJoiners = map[string]bool{"&": true, "+": true, "and": true, "of": true, "the": true, "for": true, "on": true}

// siteName reports a short name of capitalised words: "Legal Bulletin",
// "BBC News", "example.com", "Space & Science Today", "KSRN News 7".
func siteName(name string) bool {
	ws := strings.Fields(name)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for i, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		joiner := i > 0 && i < len(ws)-1 && siteJoiners[w]
		// A channel's number ends a broadcaster's name: "KSRN News 7".
		number := i > 0 && unicode.IsDigit(r)
		if !unicode.IsUpper(r) && !strings.Contains(w, ".") && !joiner && !number {
			return false
		}
	}
	return true
}

// copyrightMarks open or close a copyright line.
var copyrightMarks = []string{"©", "Copyright", "(c)", "(C)"}

// copyrightNames reports a copyright line of the page naming the site
// next to its mark, before or after: the text is read as parsed, so
// "Space &amp; Science Today" is the name it spells.
func copyrightNames(root *html.Node, name string) bool {
	if name == "" {
		return false
	}
	seen := 0
	for n := range root.Descendants() {
		if seen++; seen > maxNodes {
			return false
		}
		if n.Type != html.TextNode || n.Parent == nil || !hasCopyrightMark(n.Data) {
			continue
		}
		if nearMark(textOf(n.Parent), name) {
			return true
		}
	}
	return false
}

func hasCopyrightMark(s string) bool {
	for _, mark := range copyrightMarks {
		if strings.Contains(s, mark) {
			return true
		}
	}
	return false
}

// nearMark reports name in s within a few words of a copyright mark.
func nearMark(s, name string) bool {
	for _, mark := range copyrightMarks {
		rest, before := s, 0
		for {
			i := strings.Index(rest, mark)
			if i < 0 {
				break
			}
			lo := max(0, before+i-len(name)-12)
			hi := min(len(s), before+i+len(mark)+30+len(name))
			if strings.Contains(s[lo:hi], name) {
				return true
			}
			before += i + len(mark)
			rest = rest[i+len(mark):]
		}
	}
	return false
}

// cleanTitle drops the site name that page titles often carry:
// "Talks resume | Example News" becomes "Talks resume".
func cleanTitle(title, site string) string {
	if site == "" {
		return title
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · "} {
		if i := strings.LastIndex(title, sep); i > 0 && strings.EqualFold(strings.TrimSpace(title[i+len(sep):]), site) {
			return strings.TrimSpace(title[:i])
		}
	}
	return title
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func inSVG(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Svg {
			return true
		}
	}
	return false
}

// textOf returns all the text under n with runs of space made single.
func textOf(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
			b.WriteByte(' ')
		}
	}
	return collapse(b.String())
}

// collapse trims s and makes every run of white space a single space.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

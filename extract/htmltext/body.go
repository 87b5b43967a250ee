package htmltext

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minArticleText is how much paragraph text an <article> or <main> element
// must hold to be taken as the story; below it the page is more likely a
// teaser card, and the densest block of paragraphs is used instead.
const minArticleText = 200

// maxNodes bounds the work on a huge or hostile page.
const maxNodes = 2_000_000

// mainText returns the page's main text, one paragraph a line.
func mainText(root *html.Node) string {
	body := find(root, atom.Body)
	if body == nil {
		body = root
	}
	container := bestMarked(body)
	if container == nil {
		container = densest(body)
	}
	if container == nil {
		container = body
	}
	var r renderer
	r.render(container, 0)
	return r.text()
}

// bestMarked returns the element marked as the story (<article>, <main>,
// role="main", itemprop="articleBody") that holds the most paragraph text,
// if it holds enough.
func bestMarked(body *html.Node) *html.Node {
	var best *html.Node
	bestLen := 0
	for n := range body.Descendants() {
		if n.Type != html.ElementNode || !isMarked(n) {
			continue
		}
		if l := paragraphText(n); l > bestLen {
			best, bestLen = n, l
		}
	}
	if bestLen < minArticleText {
		return nil
	}
	return best
}

func isMarked(n *html.Node) bool {
	return n.DataAtom == atom.Article || n.DataAtom == atom.Main ||
		strings.EqualFold(attr(n, "role"), "main") || strings.EqualFold(attr(n, "itemprop"), "articleBody")
}

// densest returns the element whose own <p> children hold the most text:
// on pages without markup for the story, its paragraphs sit side by side in
// one container.
func densest(body *html.Node) *html.Node {
	score := map[*html.Node]int{}
	var best *html.Node
	seen := 0
	for n := range body.Descendants() {
		if seen++; seen > maxNodes {
			break
		}
		if n.Type != html.ElementNode || n.DataAtom != atom.P || n.Parent == nil || skipped(n, body) {
			continue
		}
		score[n.Parent] += len(textOf(n))
		if best == nil || score[n.Parent] > score[best] {
			best = n.Parent
		}
	}
	return best
}

// paragraphText measures the text in the readable blocks under n.
func paragraphText(n *html.Node) int {
	total := 0
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && (d.DataAtom == atom.P || d.DataAtom == atom.Blockquote) && !skipped(d, n) {
			total += len(textOf(d))
		}
	}
	return total
}

// skipped reports whether n or an ancestor below top is page furniture.
func skipped(n, top *html.Node) bool {
	for p := n; p != nil && p != top; p = p.Parent {
		if p.Type == html.ElementNode && isFurniture(p) {
			return true
		}
	}
	return false
}

func find(n *html.Node, a atom.Atom) *html.Node {
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.DataAtom == a {
			return d
		}
	}
	return nil
}

// dropTags are elements that never hold article prose.
var dropTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true, atom.Header: true,
	atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Button: true, atom.Select: true,
	atom.Textarea: true, atom.Input: true, atom.Iframe: true, atom.Svg: true, atom.Canvas: true,
	atom.Figure: true, atom.Figcaption: true, atom.Template: true, atom.Dialog: true,
	atom.Object: true, atom.Embed: true, atom.Video: true, atom.Audio: true, atom.Menu: true,
	atom.Head: true, atom.Title: true, atom.Math: true,
}

// dropRoles are ARIA landmarks around, not in, the story.
var dropRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"search": true, "dialog": true, "alert": true, "menu": true, "menubar": true,
}

// furnitureHints are class and id words of page furniture; a class or id
// part ("share-bar" has "share") equal to one marks the element.
var furnitureHints = map[string]bool{
	"share": true, "sharing": true, "social": true, "related": true, "recommended": true,
	"newsletter": true, "subscribe": true, "subscription": true, "promo": true, "advert": true,
	"advertisement": true, "ad": true, "ads": true, "sponsor": true, "sponsored": true,
	"comment": true, "comments": true, "breadcrumb": true, "breadcrumbs": true, "cookie": true,
	"cookies": true, "popup": true, "modal": true, "sidebar": true, "widget": true,
	"outbrain": true, "taboola": true, "trending": true, "mostread": true, "popular": true,
	"nav": true, "navbar": true, "menu": true, "footer": true, "masthead": true, "toolbar": true,
	"tags": true, "paywall": true, "signup": true, "hidden": true, "visually": true, "sr": true,
	"caption": true, "credit": true,
}

// isFurniture reports whether element n is page furniture by its tag, role,
// hidden state or class and id.
func isFurniture(n *html.Node) bool {
	if keptAside(n) {
		return false // a "Key dates" box
	}
	if dropTags[n.DataAtom] {
		return true
	}
	if dropRoles[strings.ToLower(attr(n, "role"))] {
		return true
	}
	if hasAttr(n, "hidden") || strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	style := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	if strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden") {
		return true
	}
	switch n.DataAtom {
	case atom.Body, atom.Html, atom.Article, atom.Main:
		return false // containers carry layout classes such as "has-sidebar"
	}
	return hinted(attr(n, "class")) || hinted(attr(n, "id"))
}

func hinted(v string) bool {
	if v == "" {
		return false
	}
	for _, part := range strings.FieldsFunc(strings.ToLower(v), func(r rune) bool {
		return r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n'
	}) {
		if furnitureHints[part] {
			return true
		}
	}
	return false
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return true
		}
	}
	return false
}

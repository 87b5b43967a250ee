package htmltext

import (
	"strings"

	"golang.org/x/net/html"
)

// A page may print its byline in a header above the story, outside the
// element its text is read from: <header><h1>…</h1><p class="byline">By
// Ann Lee | Tuesday 3 November 2026</p></header>. When neither the
// metadata nor the story's first lines give a date, an element whose
// class names it a byline or dateline does.

// bylineClasses are the class words of an element holding a byline.
var bylineClasses = []string{"byline", "dateline"}

// classedBylineDate returns the date (YYYY-MM-DD) of the first element
// classed as a byline whose text reads as one, or "".
func classedBylineDate(root *html.Node, title string) string {
	for n := range root.Descendants() {
		if n.Type != html.ElementNode || !bylineClassed(attr(n, "class")) {
			continue
		}
		if b := findByline(textOf(n), title); b.date != "" {
			return b.date
		}
	}
	return ""
}

// bylineClassed reports whether a class attribute holds a byline class
// word ("byline", "article-byline", "story__dateline").
func bylineClassed(class string) bool {
	class = strings.ToLower(class)
	for _, c := range bylineClasses {
		if strings.Contains(class, c) {
			return true
		}
	}
	return false
}

package htmltext

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A box beside the story may hold its chronology: "Key dates" over a list
// of "11 February: sample collected", "5 May: deadline for CAS decision".
// Such a box is content, though it sits in an <aside> or a sidebar, which
// are otherwise furniture.

// datedItem is a list item that opens with a date and a colon or a dash:
// "7 March: …", "March 7, 2026 – …", "2019: …".
var datedItem = regexp.MustCompile(`^(?:\d{1,2}(?:st|nd|rd|th)?\s+` + monthPattern + `(?:\s+\d{4})?|` +
	monthPattern + `\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|` + monthPattern + `\s+\d{4}|\d{4})\s*(?::|\s[–—-])\s*\S`)

// monthPattern is a month's name, in full or shortened.
const monthPattern = `(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`

// minDatedItems is the fewest dated items that make a list a chronology.
const minDatedItems = 2

// isDateList reports whether n holds a chronology: a list whose items,
// at least minDatedItems and three in four of them, open with a date
// (datedItem), and no links in them (a list of links to dated stories is
// furniture).
func isDateList(n *html.Node) bool {
	items, dated := 0, 0
	for d := range n.Descendants() {
		if d.Type != html.ElementNode {
			continue
		}
		switch d.DataAtom {
		case atom.A:
			return false
		case atom.Li:
			items++
			if datedItem.MatchString(strings.TrimSpace(textOf(d))) {
				dated++
			}
		}
	}
	return dated >= minDatedItems && dated*4 >= items*3
}

// keptAside reports whether n, furniture by its tag, role or class as a
// box beside the story, holds a chronology to keep (isDateList).
func keptAside(n *html.Node) bool {
	switch {
	case n.DataAtom == atom.Aside, strings.EqualFold(attr(n, "role"), "complementary"):
	case n.DataAtom == atom.Div || n.DataAtom == atom.Section:
		if !hinted(attr(n, "class")) && !hinted(attr(n, "id")) {
			return false
		}
	default:
		return false
	}
	return isDateList(n)
}

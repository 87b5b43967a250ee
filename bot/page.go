package bot

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Limits bound one page of a reply. Sizes count characters (runes), as
// Discord does.
type Limits struct {
	Body    int // header plus rows
	Total   int // title, body, sources and footer together
	Rows    int // rows on one page (0: no limit)
	Sources int // source lines on one page (0: no limit)
	// MaxPages stops paging after that many pages (0: all); the page
	// count of a cut answer is then unknown (Total 0).
	MaxPages int
}

// TextLimits fit a plain chat message (Discord's 2,000-character content).
var TextLimits = Limits{Body: 1500, Total: 2000, Rows: 10, Sources: 10, MaxPages: 1}

// Page is one screen of a reply.
type Page struct {
	Title     string
	Body      string
	Sources   []string // rendered source lines for the citations this page uses
	Cites     []int    // the citation numbers this page uses, in order
	N, Total  int      // 1-based page number and the page count
	Remaining int      // rows after this page
}

// Paginate splits the answer into pages at row boundaries. A row too long
// for a page on its own is shortened at a word boundary, never its
// citation markers; an answer without rows is a single page.
func (a *Answer) Paginate(l Limits) []Page {
	cites := make(map[int]Citation, len(a.Citations))
	for _, c := range a.Citations {
		cites[c.N] = c
	}
	header := a.Header
	if a.Error != "" && header == "" {
		header = a.Error
	}
	var pages []Page
	cur := Page{Title: a.Title}
	var body strings.Builder
	used := map[int]bool{}
	arts := map[string]bool{} // articles the page's source lines name
	bodyLen := 0              // runes in body, kept so sizing stays linear
	markLen := 0              // citation marks joined to source lines already counted
	size := func(extra string, extraSources []string) int {
		n := utf8.RuneCountInString(cur.Title) + bodyLen + markLen + utf8.RuneCountInString(extra) + 40
		for _, s := range cur.Sources {
			n += utf8.RuneCountInString(s) + 1
		}
		for _, s := range extraSources {
			n += utf8.RuneCountInString(s) + 1
		}
		return n
	}
	start := func() {
		body.Reset()
		bodyLen, markLen = 0, 0
		used = map[int]bool{}
		arts = map[string]bool{}
		cur = Page{Title: a.Title}
		if header != "" {
			body.WriteString(header)
			body.WriteString("\n")
			bodyLen = utf8.RuneCountInString(header) + 1
		}
	}
	var rowCounts []int
	rowsOnPage := 0
	flush := func() {
		cur.Body = strings.TrimRight(body.String(), "\n")
		cur.Sources = groupSources(cur.Cites, cites)
		pages = append(pages, cur)
		rowCounts = append(rowCounts, rowsOnPage)
	}
	start()
	for i := 0; i < len(a.Rows); i++ {
		row := a.Rows[i]
		// A citation of an article the page already lists joins its
		// source line ("[3][6] profnews.org, …") and costs only its mark.
		var newSources []string
		marks := ""
		fresh := map[string]bool{}
		for _, n := range row.Cites {
			if c, ok := cites[n]; ok && !used[n] {
				if arts[c.Article] || fresh[c.Article] {
					marks += fmt.Sprintf("[%d]", n)
					continue
				}
				fresh[c.Article] = true
				newSources = append(newSources, c.SourceLine())
			}
		}
		text := row.Text + "\n"
		fits := (l.Rows == 0 || rowsOnPage < l.Rows) &&
			(l.Sources == 0 || len(cur.Sources)+len(newSources) <= l.Sources) &&
			bodyLen+utf8.RuneCountInString(text) <= l.Body &&
			size(text+marks, newSources) <= l.Total
		if !fits && rowsOnPage > 0 {
			if l.MaxPages > 0 && len(pages)+1 >= l.MaxPages {
				break // the pages asked for are full
			}
			flush()
			start()
			rowsOnPage = 0
			i--
			continue
		}
		if !fits {
			// A single row larger than a page: shorten its text, keep its cites.
			room := min(l.Body-bodyLen, l.Total-size("", newSources)) - 2
			text = shortenKeepingCites(row.Text, room) + "\n"
		}
		body.WriteString(text)
		bodyLen += utf8.RuneCountInString(text)
		cur.Sources = append(cur.Sources, newSources...)
		for _, n := range row.Cites {
			if c, ok := cites[n]; ok && !used[n] {
				used[n] = true
				arts[c.Article] = true
				cur.Cites = append(cur.Cites, n)
			}
		}
		markLen += len(marks)
		rowsOnPage++
	}
	flush()
	for i := range pages {
		pages[i].N, pages[i].Total = i+1, len(pages)
		if l.MaxPages > 0 && sum(rowCounts) < len(a.Rows) {
			pages[i].Total = 0 // cut short: the count of pages is unknown
		}
	}
	rowsLeft := len(a.Rows)
	for i := range pages {
		rowsLeft -= rowCounts[i]
		pages[i].Remaining = rowsLeft
	}
	if len(a.Rows) == 0 && len(a.Citations) > 0 && len(pages) == 1 {
		for _, c := range a.Citations {
			pages[0].Cites = append(pages[0].Cites, c.N)
		}
		pages[0].Sources = groupSources(pages[0].Cites, cites)
	}
	return pages
}

// groupSources renders the source lines of a page, one line per article:
// snippets of the same article share it ("[1][4] Outlet, date, ...").
func groupSources(ns []int, cites map[int]Citation) []string {
	var order []string
	nums := map[string][]int{}
	for _, n := range ns {
		c, ok := cites[n]
		if !ok {
			continue
		}
		if _, seen := nums[c.Article]; !seen {
			order = append(order, c.Article)
		}
		nums[c.Article] = append(nums[c.Article], n)
	}
	out := make([]string, 0, len(order))
	for _, art := range order {
		group := nums[art]
		line := cites[group[0]].SourceLine()
		var marks strings.Builder
		for _, n := range group {
			fmt.Fprintf(&marks, "[%d]", n)
		}
		out = append(out, marks.String()+strings.TrimPrefix(line, fmt.Sprintf("[%d]", group[0])))
	}
	return out
}

// Render formats one page as plain chat text (Discord markdown).
func (p Page) Render() string {
	var b strings.Builder
	if p.Title != "" {
		fmt.Fprintf(&b, "**%s**\n", p.Title)
	}
	if p.Body != "" {
		b.WriteString(p.Body)
		b.WriteString("\n")
	}
	switch {
	case p.Remaining > 0 && p.Total > 0:
		fmt.Fprintf(&b, "_… %d more (page %d of %d)_\n", p.Remaining, p.N, p.Total)
	case p.Remaining > 0:
		fmt.Fprintf(&b, "_… %d more_\n", p.Remaining)
	}
	if len(p.Sources) > 0 {
		b.WriteString("\n")
		for _, s := range p.Sources {
			b.WriteString(s)
			b.WriteString("\n")
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

var trailingCites = regexp.MustCompile(`(\s*(\[\d+\])+)+$`)

// shortenKeepingCites shortens a row's text but never its trailing
// citation markers.
func shortenKeepingCites(s string, n int) string {
	marks := trailingCites.FindString(s)
	return shorten(strings.TrimSuffix(s, marks), n-utf8.RuneCountInString(marks)) + marks
}

// shorten cuts s to at most n runes at a word boundary, with an ellipsis.
func shorten(s string, n int) string {
	if n <= 1 {
		return "…"
	}
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n-1]
	cut := strings.LastIndexByte(string(r), ' ')
	out := string(r)
	if cut > len(out)/2 {
		out = out[:cut]
	}
	return out + "…"
}

func sum(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}

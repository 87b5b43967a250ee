package bot

import (
	"fmt"
	"strings"
	"time"
)

// Answer is one reply to a chat command. Its JSON form is the contract's
// `bot ask --json` object; Title, Header and Rows are the chat rendering,
// which Discord and the console page at row boundaries.
type Answer struct {
	Command    string     `json:"command"`
	Query      string     `json:"query"`
	Error      string     `json:"error"`
	Text       string     `json:"text"`
	Entity     *Entity    `json:"entity,omitempty"`
	Candidates []string   `json:"candidates,omitempty"`
	Quotes     []Quote    `json:"quotes,omitempty"`
	Events     []Event    `json:"events,omitempty"`
	Results    []Result   `json:"results,omitempty"`
	Articles   []Article  `json:"articles,omitempty"`
	Citations  []Citation `json:"citations"`

	// Title heads the reply ("Yuri Ushakov", "Timeline: Putin").
	Title string `json:"-"`
	// Header is shown above the rows on every page (role, counts).
	Header string `json:"-"`
	// Rows are the reply's body lines in Discord markdown. A row is never
	// split across pages; the citations it uses are its Cites.
	Rows []Row `json:"-"`
	// Ephemeral marks an answer that only the asker should see (errors).
	Ephemeral bool `json:"-"`
}

// Row is one unit of a reply's body: a snippet, a timeline row, a quote.
type Row struct {
	Text  string
	Cites []int
}

// Entity is the subject of a !who answer.
type Entity struct {
	Name      string   `json:"name"`
	Type      string   `json:"type"`
	Aliases   []string `json:"aliases"`
	Roles     []string `json:"roles"`
	Articles  []string `json:"articles"`
	Outlets   []string `json:"outlets,omitempty"`
	First     string   `json:"first,omitempty"`
	Last      string   `json:"last,omitempty"`
	Quotes    int      `json:"quotes"`
	Related   []string `json:"related,omitempty"`
	RoleCites []int    `json:"role_citations,omitempty"`
}

// Quote is one attributed direct quote.
type Quote struct {
	Speaker  string `json:"speaker"`
	Text     string `json:"text"`
	Citation int    `json:"citation"`
}

// Event is one timeline row.
type Event struct {
	Date      string   `json:"date"`
	Precision string   `json:"precision"`
	Summary   string   `json:"summary"`
	Planned   bool     `json:"planned"`
	Citations []int    `json:"citations"`
	Reports   int      `json:"reports,omitempty"` // articles reporting it; citations name at most 20
	Entities  []string `json:"entities,omitempty"`
	// Week is the ISO week ("2026-W35") of an event the text dates only
	// by its week ("next week"), which Date can give only as the month
	// (or the year) holding it.
	Week string `json:"week,omitempty"`
}

// Result is one !search hit.
type Result struct {
	Citation int     `json:"citation"`
	Score    float64 `json:"score"`
}

// Article is one row of !sources.
type Article struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	Published string `json:"published"`
	URL       string `json:"url"`
	Citation  int    `json:"citation,omitempty"`
}

// Citation is a numbered source: a verbatim snippet of an article, the
// bytes [Start, End) of its stored text.
type Citation struct {
	N         int    `json:"n"`
	Article   string `json:"article"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	Published string `json:"published"`
	URL       string `json:"url"`
	Snippet   string `json:"snippet"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
}

// SourceLine renders the citation as it ends a reply:
// `[1] Ariana News, 3 Dec 2025, "title", URL`.
func (c Citation) SourceLine() string {
	// Outlet and title come from manifests and pages anyone can write:
	// they are shown as text, never as markdown, links or mentions.
	parts := []string{fmt.Sprintf("[%d] %s", c.N, escape(oneLine(orDash(c.Source))))}
	if c.Published != "" {
		parts = append(parts, HumanDate(c.Published))
	}
	parts = append(parts, `"`+escape(oneLine(c.Title))+`"`)
	if SafeURL(c.URL) {
		parts = append(parts, c.URL)
	}
	return strings.Join(parts, ", ")
}

// SafeURL accepts only web links without characters that would break
// out of a markdown link or a line: anything else in a manifest's url
// field is not shown.
func SafeURL(u string) bool {
	return (strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://")) && len(u) > len("https://") &&
		!strings.ContainsAny(u, " \t\r\n()<>[]`*|\"") && len(u) < 1000
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "unknown outlet"
	}
	return s
}

// HumanDate renders an ISO date at its own precision: "2025", "Nov 2025",
// "2 Dec 2025". Anything else is returned unchanged.
func HumanDate(iso string) string {
	switch len(iso) {
	case 4:
		return iso
	case 7:
		if t, err := time.Parse("2006-01", iso); err == nil {
			return t.Format("Jan 2006")
		}
	case 10:
		if t, err := time.Parse("2006-01-02", iso); err == nil {
			return t.Format("2 Jan 2006")
		}
	}
	return iso
}

package discord

import (
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"newsbot/bot"

	"github.com/bwmarrin/discordgo"
)

// Discord's embed limits, in characters.
const (
	maxTitle       = 256
	maxDescription = 4096
	maxFields      = 25
	maxFieldName   = 256
	maxFieldValue  = 1024
	maxFooter      = 2048
	maxEmbedTotal  = 6000
)

// embedLimits page an answer so that every page fits one embed: the body
// leaves room in the description for the "more" line, the total leaves
// room for the footer and for escaping in source fields.
var embedLimits = bot.Limits{Body: 3900, Total: 5400, Rows: 10, Sources: maxFields}

// Embed colours: neutral for answers, red for errors.
const (
	colourAnswer = 0x3b82f6
	colourError  = 0xdc2626
)

// noMentions is set on every message the bot sends: whatever a query
// contains (@everyone, roles, users), no reply pings anyone.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// renderEmbeds pages the answer and renders one embed per page.
func renderEmbeds(ans bot.Answer, info bot.Info) []*discordgo.MessageEmbed {
	byN := make(map[int]bot.Citation, len(ans.Citations))
	for _, c := range ans.Citations {
		byN[c.N] = c
	}
	ans.Rows = fitRows(ans, byN)
	pages := ans.Paginate(embedLimits)
	out := make([]*discordgo.MessageEmbed, 0, len(pages))
	for _, p := range pages {
		out = append(out, pageEmbed(p, ans.Error != "", byN, info))
	}
	return out
}

// trailingMarks matches the citation markers that end a row: " [1][3]".
var trailingMarks = regexp.MustCompile(`(\s*\[\d+\])+\s*$`)

// fitRows shortens any row too long for a page on its own, cutting its
// text but keeping the citation markers that end it, so that paging never
// has to cut a row and no citation is lost.
func fitRows(ans bot.Answer, cites map[int]bot.Citation) []bot.Row {
	header := ans.Header
	if header == "" {
		header = ans.Error
	}
	fixed := utf8.RuneCountInString(header) + utf8.RuneCountInString(ans.Title) + 64
	var out []bot.Row
	for i, r := range ans.Rows {
		room := embedLimits.Body - utf8.RuneCountInString(header) - 2
		sources := 0
		for _, n := range r.Cites {
			if c, ok := cites[n]; ok {
				sources += utf8.RuneCountInString(c.SourceLine()) + 1
			}
		}
		room = min(room, embedLimits.Total-fixed-sources)
		if utf8.RuneCountInString(r.Text) <= room {
			if out != nil {
				out = append(out, r)
			}
			continue
		}
		if out == nil {
			out = append([]bot.Row(nil), ans.Rows[:i]...)
		}
		marks := trailingMarks.FindString(r.Text)
		body := strings.TrimSuffix(r.Text, marks)
		if utf8.RuneCountInString(marks) > room/2 {
			marks = "" // markers alone would fill the page; the sources still list them
		}
		r.Text = clip(body, max(room-utf8.RuneCountInString(marks), 1)) + marks
		out = append(out, r)
	}
	if out == nil {
		return ans.Rows
	}
	return out
}

func pageEmbed(p bot.Page, isErr bool, cites map[int]bot.Citation, info bot.Info) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{Title: clip(p.Title, maxTitle), Color: colourAnswer}
	if isErr {
		e.Color = colourError
	}
	desc := p.Body
	if p.Remaining > 0 {
		desc += fmt.Sprintf("\n_… %d more_", p.Remaining)
	}
	if strings.TrimSpace(desc) == "" && e.Title == "" {
		desc = "No answer."
	}
	e.Description = clip(desc, maxDescription)
	for _, group := range byArticle(p.Cites, cites) {
		if len(e.Fields) == maxFields {
			break
		}
		e.Fields = append(e.Fields, sourceField(group, cites))
	}
	e.Footer = &discordgo.MessageEmbedFooter{Text: clip(footer(info, p), maxFooter)}
	fitEmbed(e)
	return e
}

// byArticle groups a page's citation numbers by article, in order of
// first use: snippets of one article share one source field.
func byArticle(ns []int, cites map[int]bot.Citation) [][]int {
	var out [][]int
	idx := map[string]int{}
	for _, n := range ns {
		c, ok := cites[n]
		if !ok {
			continue
		}
		i, seen := idx[c.Article]
		if !seen {
			i = len(out)
			idx[c.Article] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], n)
	}
	return out
}

// sourceField renders one cited article as "[1][3] Outlet · date" with
// the article title linked to its address.
func sourceField(group []int, cites map[int]bot.Citation) *discordgo.MessageEmbedField {
	c := cites[group[0]]
	var marks strings.Builder
	for _, n := range group {
		fmt.Fprintf(&marks, "[%d]", n)
	}
	name := marks.String() + " " + bot.Escape(orUnknown(c.Source))
	if c.Published != "" {
		name += " · " + bot.HumanDate(c.Published)
	}
	title := strings.TrimSpace(c.Title)
	if title == "" {
		title = c.Article
	}
	if title == "" {
		title = "untitled"
	}
	value := clip(escapeLinkText(title), maxFieldValue)
	if bot.SafeURL(c.URL) && utf8.RuneCountInString(c.URL) < maxFieldValue/2 {
		link := fmt.Sprintf("[%s](%s)", clip(escapeLinkText(title), maxFieldValue-utf8.RuneCountInString(c.URL)-4), c.URL)
		if utf8.RuneCountInString(link) <= maxFieldValue {
			value = link
		}
	}
	return &discordgo.MessageEmbedField{Name: clip(name, maxFieldName), Value: value}
}

// escapeLinkText keeps a title literal inside its markdown link: no
// formatting, mentions or early end of the link.
func escapeLinkText(s string) string {
	return bot.Escape(strings.ReplaceAll(s, "\n", " "))
}

func orUnknown(s string) string {
	if strings.TrimSpace(s) == "" {
		return "unknown outlet"
	}
	return s
}

// footer names the knowledge base's size and age, and the page.
func footer(info bot.Info, p bot.Page) string {
	parts := []string{fmt.Sprintf("%d articles", info.Articles)}
	if !info.Built.IsZero() {
		parts = append(parts, "built "+info.Built.UTC().Format("2 Jan 2006 15:04")+" UTC")
	}
	if p.Total > 1 {
		parts = append(parts, fmt.Sprintf("page %d of %d", p.N, p.Total))
	}
	return strings.Join(parts, " · ")
}

// embedSize counts what Discord counts towards its 6,000 characters.
func embedSize(e *discordgo.MessageEmbed) int {
	n := utf8.RuneCountInString(e.Title) + utf8.RuneCountInString(e.Description)
	for _, f := range e.Fields {
		n += utf8.RuneCountInString(f.Name) + utf8.RuneCountInString(f.Value)
	}
	if e.Footer != nil {
		n += utf8.RuneCountInString(e.Footer.Text)
	}
	return n
}

// fitEmbed is the last guard on the total size. Paging keeps pages well
// inside it; if a page is still over, the description gives way first,
// then trailing source fields, so a sent embed is never refused.
func fitEmbed(e *discordgo.MessageEmbed) {
	for over := embedSize(e) - maxEmbedTotal; over > 0; over = embedSize(e) - maxEmbedTotal {
		if d := utf8.RuneCountInString(e.Description); d > over+1 {
			e.Description = clip(e.Description, d-over)
			continue
		}
		if len(e.Fields) > 0 {
			e.Fields = e.Fields[:len(e.Fields)-1]
			continue
		}
		e.Description = ""
		e.Title = clip(e.Title, 64)
		return
	}
}

// pageButtons are Previous/Next for page i of n, or none for one page.
func pageButtons(key string, i, n int) []discordgo.MessageComponent {
	if n <= 1 {
		return []discordgo.MessageComponent{}
	}
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{Label: "Previous", Style: discordgo.SecondaryButton, CustomID: pageID(key, i-1), Disabled: i == 0},
		discordgo.Button{Label: "Next", Style: discordgo.PrimaryButton, CustomID: pageID(key, i+1), Disabled: i >= n-1},
	}}}
}

// notice is a short reply that is not an answer: a refusal, an apology.
func notice(text string) *discordgo.MessageEmbed {
	return &discordgo.MessageEmbed{Description: clip(text, maxDescription), Color: colourError}
}

// reloadEmbed reports an admin reload.
func reloadEmbed(summary string, took time.Duration, err error, info bot.Info) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{Title: "Knowledge base reloaded", Color: colourAnswer}
	took = took.Round(10 * time.Millisecond)
	if err != nil {
		e.Title, e.Color = "Reload failed", colourError
		e.Description = clip(fmt.Sprintf("Still serving the previous knowledge base. Reason: %v\nTook %s.", err, took), maxDescription)
	} else {
		if strings.TrimSpace(summary) == "" {
			summary = "No changes."
		}
		e.Description = clip(fmt.Sprintf("%s\nTook %s.", summary, took), maxDescription)
	}
	e.Footer = &discordgo.MessageEmbedFooter{Text: footer(info, bot.Page{})}
	return e
}

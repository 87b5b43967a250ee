package segment

import (
	"strings"

	"newsbot/extract/doc"
)

// A plain-text article exported by a newsroom system may open with a
// header of "Key: value" lines and a blank line:
//
//	Title: Flood barrier fails at Kessa
//	Source: River Times
//	Published: 4 March 2026
//	URL: https://rivertimes.example/kessa
//
// The header describes the article (ingest reads its title, outlet and
// date from it) but is not part of the story: its lines are marked as
// boilerplate, so that "Published: 4 March 2026" dates no event and the
// title line is neither cited nor searched. The article's text keeps the
// header, so that offsets count from the first byte of the file.

// HeaderFields maps the keys of a header's lines that name article
// metadata to the field they give: a header needs two of them, so that a
// story opening "WASHINGTON: The senate voted" or a transcript's "Q: …"
// is no header.
var HeaderFields = map[string]string{
	"title": "title", "headline": "title",
	"source": "source", "outlet": "source", "publisher": "source", "publication": "source", "site": "source", "site_name": "source",
	"url": "url", "link": "url", "canonical": "url", "canonical_url": "url", "canonicalurl": "url", "permalink": "url",
	"published": "published", "date": "published", "pubdate": "published", "publish_date": "published",
	"published_at": "published", "publishdate": "published", "date_published": "published",
}

// maxHeaderLines bounds a header: metadata takes a few lines.
const maxHeaderLines = 20

// HeaderEnd returns where the article proper begins in a text that opens
// with a header block: past the header's lines and the blank lines after
// it. It returns 0 when the text opens with no header. Every line of a
// header is a "Key: value" line with a short key (lines such as "By: Ann
// Lee" or "Section: Health" are allowed), at least two of them name
// article metadata (title, source, date, link), and a blank line ends it.
func HeaderEnd(text string) int {
	i := 0
	if strings.HasPrefix(text, "\ufeff") {
		i = len("\ufeff")
	}
	for i < len(text) && (text[i] == '\r' || text[i] == '\n') {
		i++
	}
	named := map[string]bool{}
	for n := 0; n < maxHeaderLines && i < len(text); n++ {
		line := text[i:]
		next := len(text)
		if nl := strings.IndexByte(line, '\n'); nl >= 0 {
			line, next = line[:nl], i+nl+1
		}
		l := strings.TrimSpace(line)
		if l == "" {
			if len(named) < 2 {
				return 0
			}
			for next < len(text) && (text[next] == '\r' || text[next] == '\n') {
				next++
			}
			return next
		}
		k, v, isField := strings.Cut(l, ":")
		k, v = strings.ToLower(strings.TrimSpace(k)), strings.TrimSpace(v)
		if !isField || v == "" || k == "" || len(k) > 24 || strings.Count(k, " ") > 2 || strings.HasPrefix(v, "//") && k != "url" && k != "link" {
			return 0 // prose, or a bare link ("https://…") read as a key
		}
		if f := HeaderFields[k]; f != "" {
			named[f] = true
		}
		i = next
	}
	return 0
}

// BlankHeader returns text with the bytes of a leading header block
// (HeaderEnd) turned into spaces, its line breaks kept: the same length
// and offsets, but nothing of the header for a later step to read. A
// whole-text look-up must not find the header either: "norway" in the
// header's link ("…/news/norway-appeal") is no lower-case use of the
// word that makes "Norway" at the start of the story a capitalised
// common word.
func BlankHeader(text string) string {
	end := HeaderEnd(text)
	if end == 0 {
		return text
	}
	b := []byte(text)
	for i := range end {
		if b[i] != '\n' && b[i] != '\r' {
			b[i] = ' '
		}
	}
	return string(b)
}

// markHeader marks as boilerplate the sentences of a leading header block
// (HeaderEnd).
func markHeader(text string, sents []doc.Sentence) {
	end := HeaderEnd(text)
	for i := 0; i < len(sents) && sents[i].Start < end; i++ {
		sents[i].Boilerplate = true
	}
}

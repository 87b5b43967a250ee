package kb

import (
	"strings"

	"newsbot/extract/segment"
	"newsbot/ingest"
)

// Two sites that run one story word for word print different furniture
// around it: a cookie banner, a navigation bar, a byline or "Reuters · 3
// March 2026 · 2 min read" above it, a standards note, a sign-up prompt
// and related links below it. A story's prose is the text from its first
// paragraph to its last, which the copies share: its key (storyKeys)
// finds them one story. Furniture is taken off the head and the foot only, so
// a paragraph added or changed anywhere, however short, makes another
// story, as do a reworded copy and two stories sharing a standard
// paragraph.

// proseKeyPrefix marks a story key over the prose alone (storyProse): two
// articles at one link that share it are versions of one story, which
// the build tells apart by date (versions) rather than as copies.
const proseKeyPrefix = "prose:"

// minProseSentences is how many lines closing a sentence a story's prose
// must hold to have a key of its own: a standard paragraph or two shared
// by different stories, or the furniture of a page with no story, is not
// a story.
const minProseSentences = 3

// maxFurnitureLines bounds the lines read for furniture at either end of
// a text: a page's head and foot are a few lines each.
const maxFurnitureLines = 16

// storyProse returns a story's prose (proseStart, proseEnd) without a
// dateline opening it, or ok false when it holds fewer than
// minProseSentences lines closing a sentence.
func storyProse(text string) (prose string, ok bool) {
	start := proseStart(text)
	prose = text[start : start+proseEnd(text[start:])]
	if sentenceLines(prose, minProseSentences) < minProseSentences {
		return "", false
	}
	return dropDateline(strings.TrimSpace(prose)), true
}

// proseStart returns where a text's first paragraph begins, past the
// furniture above it: blank lines, furniture lines (isFurnitureLine) and
// lines without a closing stop that stand alone, a headline or a
// masthead followed by a blank line or by furniture ("Kessa Sport" above
// "Home | Football | Subscribe"). A line of prose wrapped onto the next
// has no stop either, but the line after it goes on with its sentence
// (continues): the paragraph begins there. Past maxFurnitureLines lines
// it finds no furniture.
func proseStart(text string) int {
	off := 0
	for n := 0; n < maxFurnitureLines && off < len(text); n++ {
		line, rest := cutLine(text[off:])
		if t := strings.TrimSpace(line); t != "" && !headFurniture(t, rest) {
			return off
		}
		off += len(line)
	}
	if off < len(text) {
		return 0
	}
	return off
}

// headFurniture reports whether line t, followed by rest, is furniture
// above a story. The furniture test is dear and every article passes
// here: a line whose sentence goes on below is prose without it, and the
// line below is tested only under a line as short as a masthead
// (maxMastheadWords), not under the first line of a wrapped paragraph.
func headFurniture(t, rest string) bool {
	if ingest.EndsSentence(t) {
		return isFurnitureLine(t)
	}
	next, _ := cutLine(rest)
	next = strings.TrimSpace(next)
	switch {
	case next == "":
		return true // alone above a blank line or the end
	case continues(next):
		return false
	}
	return isFurnitureLine(t) || (wordsUpTo(t, maxMastheadWords+1) <= maxMastheadWords && isFurnitureLine(next))
}

// maxMastheadWords bounds the words of a site's name or a section's
// heading above a navigation bar ("Kessa Sport", "Business | Markets").
const maxMastheadWords = 4

// wordsUpTo counts the words of s separated by spaces, up to most.
func wordsUpTo(s string, most int) int {
	n, in := 0, false
	for i := 0; i < len(s) && n < most; i++ {
		if s[i] == ' ' || s[i] == '\t' {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// proseEnd returns where a text's last paragraph ends, before the
// furniture below it. The last paragraph is the last line closing a
// sentence that is no furniture line; the lines below it are furniture
// when the first of them is a furniture line (a credit, "Our Standards:
// …", "Sign up …": what follows is the page's), or when none has a
// figure (related headlines, a sign-off such as "REUTER"). A line with a
// figure and no stop may be a row of the story's table ("Record April
// 15"), which keeps the foot.
// With no last paragraph within maxFurnitureLines lines, the text ends
// where it ends. The furniture test is dear: a line that goes on with a
// sentence from above (continues) is prose without it, and a line below
// is tested only when its figures ask.
func proseEnd(text string) int {
	pos := len(text)
	plain := true // no line below has a figure
	below := ""   // the line below the one read
	for n := 0; n < maxFurnitureLines; n++ {
		body := strings.TrimRight(text[:pos], " \t\r\n\f\v")
		if body == "" {
			return 0
		}
		i := strings.LastIndexByte(body, '\n')
		t := strings.TrimSpace(body[i+1:])
		if ingest.EndsSentence(t) && (continues(t) || !isFurnitureLine(t)) {
			if below == "" || plain || isFurnitureLine(below) {
				return len(body)
			}
			return len(text)
		}
		plain = plain && !hasDigit(t)
		below, pos = t, i+1
	}
	return len(text)
}

// continues reports whether a line goes on with a sentence begun above
// it, as a line of wrapped prose does: it opens with a lower-case letter
// ("cruzados per arroba of 15 kilos."). Furniture opens a line of its own.
func continues(line string) bool {
	return line != "" && 'a' <= line[0] && line[0] <= 'z'
}

// isFurnitureLine reports whether a line is a page's rather than the
// story's: a credit line (isCreditLine) or site boilerplate
// (segment.IsBoilerplate: a byline, a cookie banner, a navigation bar).
func isFurnitureLine(line string) bool {
	return isCreditLine(line) || segment.IsBoilerplate(line)
}

// sentenceLines counts the lines of text closing a sentence, up to most.
func sentenceLines(text string, most int) int {
	n := 0
	for text != "" && n < most {
		line, rest := cutLine(text)
		if ingest.EndsSentence(strings.TrimRight(line, " \t\r\n\f\v")) {
			n++
		}
		text = rest
	}
	return n
}

// cutLine returns the first line of text with its line break, and the
// text after it.
func cutLine(text string) (line, rest string) {
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		return text[:i+1], text[i+1:]
	}
	return text, ""
}

// hasDigit reports whether s holds an ASCII digit.
func hasDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}

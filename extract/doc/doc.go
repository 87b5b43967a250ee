// Package doc holds the small value types that every extraction package
// shares: byte spans into an article's text, sentences and entity mentions.
// It imports nothing of the project so that any extractor can depend on it.
package doc

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) into an article's UTF-8 text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies entirely inside s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Sentence is one sentence of an article. Para numbers the paragraph (a
// non-empty line of a plain-text article) it belongs to, from 0.
// Boilerplate marks site furniture ("Recommended stories", share lines,
// link lists): such sentences are never cited or extracted from.
type Sentence struct {
	Span
	Para        int  `json:"para"`
	Boilerplate bool `json:"boilerplate,omitempty"`
}

// EntityType is the coarse kind of a named entity.
type EntityType string

// The entity types of the command-line contract.
const (
	Person EntityType = "PERSON"
	Org    EntityType = "ORG"
	Place  EntityType = "PLACE"
	Other  EntityType = "OTHER"
)

// Mention is one occurrence of a named entity in a text. Canonical is the
// fullest name the document gives the entity ("Vladimir Putin" for a bare
// "Putin"); empty until identity resolution has run.
type Mention struct {
	Span
	Type      EntityType `json:"type"`
	Text      string     `json:"text"`
	Canonical string     `json:"canonical,omitempty"`
}

// Name returns the name a mention stands for: its canonical form when
// identity resolution found one, else its text.
func (m Mention) Name() string {
	if m.Canonical != "" {
		return m.Canonical
	}
	return m.Text
}

// Lines splits text into one sentence per non-empty line: the plainest
// segmentation, for callers given no sentences and for text the segmenter
// could not handle. Para numbers the lines; a line longer than MaxSentence
// is cut into pieces as AppendBounded does.
func Lines(text string) []Sentence {
	var out []Sentence
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if strings.TrimSpace(text[start:end]) != "" {
			para := 0
			if len(out) > 0 {
				para = out[len(out)-1].Para + 1
			}
			out = AppendBounded(out, text, Sentence{Span: Span{Start: start, End: end}, Para: para})
		}
		start = end + 1
	}
	return out
}

// MaxSentence bounds the bytes of a sentence that extraction works on. The
// longest sentences of real news run to a few hundred bytes (some 650 in a
// wire service's market reports); a run of text far longer without a full
// stop is a list, a table or text without punctuation, and left whole it
// would make every rule that looks back or ahead in its sentence cost the
// square of its length.
const MaxSentence = 2000

// AppendBounded appends s to out, cut into pieces of at most MaxSentence
// bytes when it is longer. Each cut falls at the best boundary in the
// second half of the bytes allowed: after the last semicolon, else after
// the last comma, else at the last white space, else at the last character
// boundary. The pieces keep s's paragraph and are trimmed of white space.
func AppendBounded(out []Sentence, text string, s Sentence) []Sentence {
	for s.End-s.Start > MaxSentence {
		cut := boundedCut(text, s.Start)
		piece := s
		piece.End = s.Start + len(strings.TrimRightFunc(text[s.Start:cut], unicode.IsSpace))
		if piece.End > piece.Start {
			out = append(out, piece)
		}
		s.Start = s.End - len(strings.TrimLeftFunc(text[cut:s.End], unicode.IsSpace))
	}
	if s.End > s.Start {
		out = append(out, s)
	}
	return out
}

// boundedCut returns where to end the piece of an over-long sentence that
// starts at start: just after the last semicolon, else comma, else white
// space in the second half of the MaxSentence bytes allowed, else at the
// last character boundary they hold.
func boundedCut(text string, start int) int {
	window := text[start : start+MaxSentence]
	for _, marks := range []string{";", ",", " \t\n\r"} {
		if i := strings.LastIndexAny(window, marks); i >= MaxSentence/2 {
			return start + i + 1
		}
	}
	cut := start + MaxSentence
	for cut > start+1 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	return cut
}

// InCapitals reports whether s has at least min letters and none in lower
// case: a speaker's label ("REED:"), a dateline's place ("KYIV").
func InCapitals(s string, min int) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= min
}

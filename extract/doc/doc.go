// Package doc holds the small value types that every extraction package
// shares: byte spans into an article's text, sentences and entity mentions.
// It imports nothing of the project so that any extractor can depend on it.
package doc

import (
	"strings"
	"unicode"
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
// could not handle.
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
			out = append(out, Sentence{Span: Span{Start: start, End: end}, Para: len(out)})
		}
		start = end + 1
	}
	return out
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

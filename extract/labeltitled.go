package extract

import (
	"regexp"
	"slices"
	"strings"

	"newsbot/extract/doc"
)

// capsLabelLine matches a line opened by a speaker label in capitals and a
// colon ("GOV. JO REED: We are ready."); the first group is the label.
var capsLabelLine = regexp.MustCompile(`^(\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*){0,4})[ \t]*:[ \t]+\S`)

// capsLabelLines returns, for each line of text that capsLabelLine
// matches, the match's submatch offsets in text. Only lines with a colon
// are tried: a label never spans lines, and most lines have none.
func capsLabelLines(text string) [][]int {
	var out [][]int
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if line := text[start:end]; strings.IndexByte(line, ':') >= 0 {
			if loc := capsLabelLine.FindStringSubmatchIndex(line); loc != nil {
				for i := range loc {
					if loc[i] >= 0 {
						loc[i] += start
					}
				}
				out = append(out, loc)
			}
		}
		start = end + 1
	}
	return out
}

// officeLabelTitles are the titles of office a speaker label may open
// with besides labelTitles ("GOV. JO REED:", "SEN. JO REED:").
var officeLabelTitles = map[string]bool{"gov": true, "governor": true, "sen": true, "rep": true}

// labelFunctionWords are no part of a name after a title ("MAYOR OF
// THE CITY:").
var labelFunctionWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "to": true, "in": true}

// labelOfficeWords name an office, not a person, after a title ("LORD
// CHIEF JUSTICE:", "DR CHIEF EXECUTIVE:").
var labelOfficeWords = map[string]bool{"chief": true, "justice": true, "minister": true, "secretary": true,
	"general": true, "officer": true, "executive": true, "president": true, "chair": true, "chairman": true,
	"director": true, "mayor": true, "governor": true, "speaker": true}

// minCapsLabels is how many lines opened by a label in capitals make a
// transcript.
const minCapsLabels = 2

// withTitledLabelPeople reads as people the names of a transcript's
// speaker labels written in capitals after a title ("GOV. JO REED: We
// are ready."), which the tagger, seeing capitals, often misses or takes
// for a place; and the shorter labels in capitals that are the surname of
// exactly one such person ("REED: Not yet."). The transcript must have at
// least two lines opened by a label in capitals.
func withTitledLabelPeople(text string, ms []doc.Mention) []doc.Mention {
	locs := capsLabelLines(text)
	if len(locs) < minCapsLabels {
		return ms
	}
	surnames := map[string]map[string]bool{}
	for _, loc := range locs {
		start, end, ok := titledLabelName(text, loc[2], loc[3])
		if !ok {
			continue
		}
		name := text[start:end]
		ms = withPersonAt(ms, doc.Span{Start: start, End: end}, name)
		last := name[strings.LastIndexByte(name, ' ')+1:]
		if surnames[last] == nil {
			surnames[last] = map[string]bool{}
		}
		surnames[last][name] = true
	}
	for i, m := range ms {
		if m.Type == doc.Person || m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			continue
		}
		label := text[m.Start:m.End]
		if len(surnames[label]) == 1 && opensLine(text, m.Start) && colonAfter(text, m.End) {
			ms[i].Type = doc.Person
		}
	}
	return ms
}

// titledLabelName returns the span of the name in a label in capitals
// that opens with a title and then gives two or three words of a name
// ("GOV. JO REED" gives "JO REED").
func titledLabelName(text string, start, end int) (int, int, bool) {
	label := text[start:end]
	f := strings.Fields(label)
	if len(f) < 3 || len(f) > 4 {
		return 0, 0, false
	}
	title := strings.ToLower(strings.TrimSuffix(f[0], "."))
	if !labelTitles[title] && !officeLabelTitles[title] {
		return 0, 0, false
	}
	for _, w := range f[1:] {
		if strings.Contains(w, ".") || labelFunctionWords[strings.ToLower(w)] || labelOfficeWords[strings.ToLower(w)] || !capitalsOnly(w) {
			return 0, 0, false
		}
	}
	at := start + strings.Index(label[len(f[0]):], f[1]) + len(f[0])
	return at, end, true
}

// withPersonAt makes the name at span a person: a mention of another
// type overlapping it gives way, and a person is added, in text order,
// unless the tagger found one there.
func withPersonAt(ms []doc.Mention, span doc.Span, name string) []doc.Mention {
	for _, m := range ms {
		if m.Type == doc.Person && m.Start < span.End && span.Start < m.End {
			return ms
		}
	}
	ms = slices.DeleteFunc(ms, func(m doc.Mention) bool { return m.Start < span.End && span.Start < m.End })
	i, _ := slices.BinarySearchFunc(ms, span.Start, func(m doc.Mention, start int) int { return m.Start - start })
	return slices.Insert(ms, i, doc.Mention{Span: span, Type: doc.Person, Text: name})
}

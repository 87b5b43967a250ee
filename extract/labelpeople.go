package extract

import (
	"strings"
	"unicode"

	"newsbot/extract/doc"
)

// withLabelPeople reads as people the speaker labels of a transcript
// written in capitals ("REED: We never said that."): a name opening its
// line, followed by a colon, that is the surname or full name of the one
// person the article names so. The tagger, seeing capitals, often takes
// such a label for a place or an organisation.
func withLabelPeople(text string, ms []doc.Mention) []doc.Mention {
	for i, m := range ms {
		if m.Type == doc.Person || m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			continue
		}
		label := text[m.Start:m.End]
		if !capitalsOnly(label) || !opensLine(text, m.Start) || !colonAfter(text, m.End) {
			continue
		}
		if _, ok := personOfLabel(text, ms, label); ok {
			ms[i].Type = doc.Person
		}
	}
	return ms
}

// personOfLabel finds the one person named in ms, in ordinary case, whose
// full name or surname the label is.
func personOfLabel(text string, ms []doc.Mention, label string) (string, bool) {
	found := ""
	for _, m := range ms {
		if m.Type != doc.Person || m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			continue
		}
		name := text[m.Start:m.End]
		if capitalsOnly(name) {
			continue
		}
		f := strings.Fields(name)
		if !strings.EqualFold(name, label) && (len(f) == 0 || !strings.EqualFold(f[len(f)-1], label)) {
			continue
		}
		if found != "" && found != name && !strings.HasSuffix(found, " "+name) && !strings.HasSuffix(name, " "+found) {
			return "", false // two people answer to the label
		}
		if len(name) > len(found) {
			found = name
		}
	}
	return found, found != ""
}

// capitalsOnly reports whether s has at least two letters and none in
// lower case.
func capitalsOnly(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// opensLine reports whether only spaces come before pos on its line.
func opensLine(text string, pos int) bool {
	line := text[strings.LastIndexByte(text[:pos], '\n')+1 : pos]
	return strings.TrimSpace(line) == ""
}

// colonAfter reports whether a colon follows end, after spaces at most.
func colonAfter(text string, end int) bool {
	rest := strings.TrimLeft(text[end:min(len(text), end+4)], " \t")
	return strings.HasPrefix(rest, ":")
}

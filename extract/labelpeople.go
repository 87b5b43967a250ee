package extract

import (
	"strings"

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
		if !capitalsOnly(label) || !colonAfter(text, m.End) {
			continue
		}
		full, ok := lineLabel(text, m.Start, label)
		if !ok {
			continue
		}
		if name, ok := personOfLabel(text, ms, full); ok && (full == label || strings.EqualFold(name, full)) {
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
	return doc.InCapitals(s, 2)
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

// labelTitles are the titles a speaker label may open with before the
// name ("COUNCILLOR JO REED:", "DR REED:").
var labelTitles = map[string]bool{
	"councillor": true, "cllr": true, "dr": true, "mr": true, "mrs": true, "ms": true, "miss": true,
	"mx": true, "professor": true, "prof": true, "sir": true, "dame": true, "lord": true, "lady": true,
	"baroness": true, "baron": true, "rev": true, "judge": true, "mayor": true, "senator": true,
	"alderman": true, "bishop": true,
}

// lineLabel returns the whole label of a transcript line that the words
// at start end, in capitals, with its titles left out: the label itself
// when it opens its line, else the capitalised words before it on the line
// after its titles ("COUNCILLOR JO REED:" for the label "REED" gives "JO
// REED"). It is false when the line holds other words before the label.
func lineLabel(text string, start int, label string) (string, bool) {
	if opensLine(text, start) {
		return label, true
	}
	f := strings.Fields(text[strings.LastIndexByte(text[:start], '\n')+1 : start])
	for len(f) > 0 && labelTitles[strings.ToLower(strings.TrimSuffix(f[0], "."))] {
		f = f[1:]
	}
	for _, w := range f {
		if !capitalsOnly(w) {
			return "", false
		}
	}
	return strings.TrimSpace(strings.Join(f, " ") + " " + label), true
}

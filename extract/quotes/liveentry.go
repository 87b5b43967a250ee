package quotes

import (
	"sort"
	"strings"

	"newsbot/extract/doc"
)

// timeStampLine reports whether line is a live page's entry heading: a
// clock time alone on its line ("13:25", "9.05", "14:40 GMT").
func timeStampLine(line string) bool {
	f := strings.Fields(line)
	if len(f) == 0 || len(f) > 2 {
		return false
	}
	if len(f) == 2 && !zoneWords[strings.ToUpper(f[1])] {
		return false
	}
	h, m, ok := strings.Cut(f[0], ":")
	if !ok {
		h, m, ok = strings.Cut(f[0], ".")
	}
	return ok && len(h) >= 1 && len(h) <= 2 && len(m) == 2 && allDigits(h) && allDigits(m)
}

// zoneWords are the time zones a live page writes after an entry's time.
var zoneWords = map[string]bool{"GMT": true, "BST": true, "UTC": true, "CET": true, "CEST": true, "ET": true, "EST": true, "EDT": true}

// allDigits reports whether s is ASCII digits only.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// entryStart returns the offset of the last live-page entry heading (a
// time alone on its line) before pos, or -1 when there is none.
func entryStart(text string, pos int) int {
	end := pos
	for end > 0 {
		nl := strings.LastIndexByte(text[:end], '\n')
		line := text[nl+1 : end]
		if timeStampLine(line) {
			return nl + 1
		}
		if nl < 0 {
			break
		}
		end = nl
	}
	return -1
}

// acrossEntries reports whether a live-page entry heading stands between
// offsets from and pos: each timestamped entry of a live page is its own
// report, and a pronoun in one never means a speaker of another.
func acrossEntries(text string, from, pos int) bool {
	s := entryStart(text, pos)
	return s >= 0 && s > from
}

// entrySolePerson returns the one person named, outside quotes, in the
// live-page entry holding pos and before it, when the pronoun can stand
// for them: "We spoke to Ana Ruiz, whose son fell ill. He tells us ..."
func (a *analysis) entrySolePerson(pos int, pron string) (doc.Mention, bool) {
	s := entryStart(a.text, pos)
	if s < 0 {
		return doc.Mention{}, false
	}
	from := sort.Search(len(a.ments), func(k int) bool { return a.ments[k].Start >= s })
	var found doc.Mention
	ok := false
	for _, m := range a.ments[from:] {
		if m.Start >= pos {
			break
		}
		if m.Type != doc.Person || a.quoted(m.Span) {
			continue
		}
		if ok && oneLine(found.Name()) != oneLine(m.Name()) {
			return doc.Mention{}, false
		}
		found, ok = m, true
	}
	if !ok || a.clashes(pron, oneLine(found.Name())) {
		return doc.Mention{}, false
	}
	return found, true
}

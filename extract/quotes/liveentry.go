package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// timeStampLine reports whether line is a live page's entry heading: a
// clock time alone on its line ("13:25", "9.05", "14:40 GMT"). It reads
// the line's first three fields as strings.Fields splits them, without
// splitting the rest of the line.
func timeStampLine(line string) bool {
	// The clock's hour begins the line: after any ASCII spaces, an ASCII
	// byte other than a digit rules the line out.
	i := 0
	for i < len(line) && asciiSpace(line[i]) {
		i++
	}
	if i == len(line) || line[i] < utf8.RuneSelf && (line[i] < '0' || line[i] > '9') {
		return false
	}
	var f [2]string
	n := 0
	for rest := line; n <= 2; n++ {
		w, tail, ok := nextField(rest)
		if !ok {
			break
		}
		if n == 2 {
			return false // a third field
		}
		f[n], rest = w, tail
	}
	if n == 0 {
		return false
	}
	if n == 2 && !zoneWords[strings.ToUpper(f[1])] {
		return false
	}
	h, m, ok := strings.Cut(f[0], ":")
	if !ok {
		h, m, ok = strings.Cut(f[0], ".")
	}
	return ok && len(h) >= 1 && len(h) <= 2 && len(m) == 2 && allDigits(h) && allDigits(m)
}

// nextField returns the first field of s and what follows it, splitting
// at unicode.IsSpace runes as strings.Fields does; ok is false when s
// holds spaces only.
func nextField(s string) (field, rest string, ok bool) {
	i := 0
	for i < len(s) {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	if i == len(s) {
		return "", "", false
	}
	j := i
	for j < len(s) {
		r, size := rune(s[j]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[j:])
		}
		if unicode.IsSpace(r) {
			break
		}
		j += size
	}
	return s[i:j], s[j:], true
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
// time alone on its line) before pos, or -1 when there is none: the
// line holding pos counts up to pos only, the lines before it whole.
// The headings of whole lines are found once a text (see entryHeadings).
func (a *analysis) entryStart(pos int) int {
	ls := strings.LastIndexByte(a.text[:pos], '\n') + 1
	if timeStampLine(a.text[ls:pos]) {
		return ls
	}
	hs := a.entryHeadings()
	k := sort.SearchInts(hs, ls) // headings before the line of pos
	if k == 0 {
		return -1
	}
	return hs[k-1]
}

// entryHeadings returns the offsets of the lines of a.text that are
// live-page entry headings, in order, found on first use.
func (a *analysis) entryHeadings() []int {
	if a.headingsDone {
		return a.headings
	}
	a.headingsDone = true
	for ls := 0; ls < len(a.text); {
		le := strings.IndexByte(a.text[ls:], '\n')
		if le < 0 {
			le = len(a.text)
		} else {
			le += ls
		}
		if timeStampLine(a.text[ls:le]) {
			a.headings = append(a.headings, ls)
		}
		ls = le + 1
	}
	return a.headings
}

// acrossEntries reports whether a live-page entry heading stands between
// offsets from and pos: each timestamped entry of a live page is its own
// report, and a pronoun in one never means a speaker of another.
func (a *analysis) acrossEntries(from, pos int) bool {
	s := a.entryStart(pos)
	return s >= 0 && s > from
}

// entrySolePerson returns the one person named, outside quotes, in the
// live-page entry holding pos and before it, when the pronoun can stand
// for them: "We spoke to Ana Ruiz, whose son fell ill. He tells us ..."
func (a *analysis) entrySolePerson(pos int, pron string) (doc.Mention, bool) {
	s := a.entryStart(pos)
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

// asciiSpace reports whether c is one of the ASCII bytes unicode.IsSpace
// accepts.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

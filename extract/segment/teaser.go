package segment

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/internal/swar"
)

// maxTeaserWords bounds a promoted-link line ("Read more: Europe's summer
// of extremes"): a headline after a label, never a paragraph.
const maxTeaserWords = 20

// teaserLabels open a line that promotes another article.
var teaserLabels = newFoldPrefixes([]string{"read more:", "read more -", "read more ›", "read also:", "also read:", "read more ",
	"related:", "related article:", "related story:", "related coverage:", "see also:", "more:",
	"more on this story:", "watch:", "listen:", "listen again:", "listen back:", "watch again:", "recommended:", "read next:", "most read:"})

// shareLabels open a share button's text: "Share on X", "Share via Email".
var shareLabels = newFoldPrefixes([]string{"share on ", "share via ", "share to ", "share with ", "share this on ",
	"post on ", "tweet this", "email this"})

// maxShareWords bounds a share button line.
const maxShareWords = 6

// isPageFurniture holds the furniture rules that look at how a short line
// opens: a teaser label, a share button, a copyright notice or a byline.
func isPageFurniture(s string, n int) bool {
	t := strings.TrimSpace(s)
	switch {
	case n <= maxTeaserWords && teaserLabels.match(t):
		return true
	case n <= maxShareWords && shareLabels.match(t):
		return true
	case n <= maxFurnitureWords && shareLabels.match(t) && isButtonRun(t):
		return true
	case n <= maxFurnitureWords && isCopyright(t):
		return true
	case n <= maxTeaserWords && isNextEpisode(t):
		return true
	}
	if n > maxFurnitureWords && (n > maxBarBylineWords || !contains(t, " | ")) {
		return false
	}
	return isByline(t) || isBarByline(t)
}

// maxBarBylineWords bounds a byline whose name and time stamp a bar sets
// apart: "By Radio Kellsbridge newsroom | Last updated Thursday 15
// October 2026, 17:10 BST".
const maxBarBylineWords = 16

// isBarByline matches a byline that names the writer or the agency
// without "By", set apart from its date and time by a bar or a dash:
// "Meridian Press Agency | Thursday 22 January 2026, 14:10 GMT",
// "Coastline Business Journal — October 13, 2026". Every word is a
// capitalised name word or a word of dates, times and staff labels, and
// the line has a date or a time.
func isBarByline(s string) bool {
	var before, after string
	ok := false
	for _, sep := range []string{" | ", " — ", " – "} {
		if before, after, ok = strings.Cut(s, sep); ok {
			break
		}
	}
	if !ok || endsSentence(s) || hasFigureCell(barFields(s, "|")) {
		return false
	}
	named, dated := false, false
	for _, w := range strings.Fields(before + " " + after) {
		w = strings.TrimFunc(w, isEdgePunct)
		lw := strings.ToLower(w)
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case w == "" || w == "|":
		case isNumber(w) || months[lw] || monthNames[lw] || weekdays[lw]:
			dated = true
		case bylineWords[lw] || creditWords[lw]:
		case unicode.IsUpper(r):
			named = true
		default:
			return false
		}
	}
	return named && dated
}

// isButtonRun reports whether a line that opens with a share label is a
// row of buttons run together ("Share on Facebook Share on X Email this
// article"): no stop, and only site words, filler and names, where a
// sentence has a verb in lower case.
func isButtonRun(s string) bool {
	if endsSentence(s) {
		return false
	}
	for _, w := range strings.Fields(s) {
		lw := strings.ToLower(strings.TrimFunc(w, isEdgePunct))
		if lw != "" && !siteWords[lw] && !fillerWords[lw] && !isCapitalWord(w) {
			return false
		}
	}
	return true
}

// hasPrefixFold reports whether s opens with one of prefixes, in any case
// (Unicode simple folding, as strings.EqualFold). A prefix whose first
// byte and s's are both ASCII and differ in lower case is passed over
// before prefixFold is called, as prefixFold would compare them first.
func hasPrefixFold(s string, prefixes []string) bool {
	if s == "" {
		return slices.Contains(prefixes, "")
	}
	first := asciiLower(s[0])
	for _, p := range prefixes {
		if len(s) < len(p) || p != "" && p[0]|s[0] < utf8.RuneSelf && asciiLower(p[0]) != first {
			continue
		}
		if prefixFold(s, p) {
			return true
		}
	}
	return false
}

// foldPrefixes is a list of prefixes for hasPrefixFold sorted by their
// first byte, so that a line is compared only with the prefixes that may
// open it: a list that many lines are asked about.
type foldPrefixes struct {
	all     []string
	byFirst [utf8.RuneSelf][]string // the prefixes that open with an ASCII byte, by that byte in lower case
	other   []string                // the empty prefix and those that open past ASCII
	// seconds[c] has bit d set when a prefix of byFirst[c] has the ASCII
	// byte d, in lower case, second; loose[c] is set when one is shorter
	// than two bytes or has a byte past ASCII second, which a line's
	// second byte cannot rule out.
	seconds [utf8.RuneSelf][2]uint64
	loose   [utf8.RuneSelf]bool
	// heads[c] are the prefixes of byFirst[c] with their heads (see
	// prefixHead), in the same order.
	heads [utf8.RuneSelf][]prefixHead
}

// prefixHead is a prefix with the bytes of its leading run of ASCII, at
// most eight, in lower case and packed as swar.Load64 reads them (head),
// and the mask of those bytes: a line whose first eight bytes are ASCII
// and, lowered, differ from head under mask does not open with the prefix
// in any case, since prefixFold compares those bytes one by one first.
type prefixHead struct {
	p          string
	head, mask uint64
}

// newPrefixHead returns the prefixHead of p.
func newPrefixHead(p string) prefixHead {
	h := prefixHead{p: p}
	for i := 0; i < len(p) && i < 8 && p[i] < utf8.RuneSelf; i++ {
		h.head |= uint64(asciiLower(p[i])) << (8 * i)
		h.mask |= 0xff << (8 * i)
	}
	return h
}

// newFoldPrefixes returns the foldPrefixes of prefixes.
func newFoldPrefixes(prefixes []string) *foldPrefixes {
	f := &foldPrefixes{all: prefixes}
	for _, p := range prefixes {
		if p != "" && p[0] < utf8.RuneSelf {
			c := asciiLower(p[0])
			f.byFirst[c] = append(f.byFirst[c], p)
			f.heads[c] = append(f.heads[c], newPrefixHead(p))
			if len(p) < 2 || p[1] >= utf8.RuneSelf {
				f.loose[c] = true
			} else {
				d := asciiLower(p[1])
				f.seconds[c][d/64] |= 1 << (d % 64)
			}
		} else {
			f.other = append(f.other, p)
		}
	}
	return f
}

// match reports whether s opens with one of the prefixes, in any case, as
// hasPrefixFold does. An ASCII first byte folds to no other ASCII byte
// than its other case, so only the prefixes that open with it in either
// case or with no ASCII byte may open s; and of those, when the second
// bytes of s and of a prefix are both ASCII, only one whose second byte
// is s's in either case.
func (f *foldPrefixes) match(s string) bool {
	if s == "" || s[0] >= utf8.RuneSelf {
		return hasPrefixFold(s, f.all)
	}
	c := asciiLower(s[0])
	if len(s) >= 2 && s[1] < utf8.RuneSelf && !f.loose[c] {
		if d := asciiLower(s[1]); f.seconds[c][d/64]&(1<<(d%64)) == 0 {
			return f.matchOther(s)
		}
	}
	if len(s) >= 8 {
		if x := swar.Load64(s, 0); x&(0x80*swar.BytesOf) == 0 {
			return f.matchHeads(s, c, x|swar.Capitals(x)>>2) || f.matchOther(s)
		}
	}
	return hasPrefixFold(s, f.byFirst[c]) || f.matchOther(s)
}

// matchOther is hasPrefixFold(s, f.other), with no call for the lists,
// most of them, that have no such prefix.
func (f *foldPrefixes) matchOther(s string) bool {
	return len(f.other) > 0 && hasPrefixFold(s, f.other)
}

// matchHeads reports whether s, whose first eight bytes are ASCII and
// read lowered as lower8, opens with one of byFirst[c] in any case, as
// hasPrefixFold(s, f.byFirst[c]) does: a prefix whose head differs from
// lower8 is passed over before prefixFold compares it.
func (f *foldPrefixes) matchHeads(s string, c byte, lower8 uint64) bool {
	for _, h := range f.heads[c] {
		if lower8&h.mask == h.head && len(s) >= len(h.p) && prefixFold(s, h.p) {
			return true
		}
	}
	return false
}

// prefixFold reports whether s[:len(p)] equals p under Unicode simple
// folding (strings.EqualFold), for len(s) >= len(p). It compares bytes
// while both are ASCII, as an ASCII letter folds to no other ASCII byte
// than its other case, and leaves the rest to EqualFold from the first
// byte past ASCII, where both still stand at the same rune.
func prefixFold(s, p string) bool {
	for i := 0; i < len(p); i++ {
		a, b := s[i], p[i]
		if a >= utf8.RuneSelf || b >= utf8.RuneSelf {
			return strings.EqualFold(s[i:len(p)], p[i:])
		}
		if asciiLower(a) != asciiLower(b) {
			return false
		}
	}
	return true
}

// asciiLower returns c in lower case if it is an ASCII capital.
func asciiLower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// isCopyright matches a copyright notice: "© 2025 Metro Daily.",
// "(c) 2024 Example Media", "Copyright 2025 ...".
func isCopyright(s string) bool {
	return strings.HasPrefix(s, "©") || hasPrefixFold(s, []string{"(c) ", "copyright ©", "copyright (c)"}) ||
		hasPrefixFold(s, []string{"copyright "}) && hasYear(s)
}

// hasYear reports whether s holds a four-digit number from 1900 to 2099.
func hasYear(s string) bool {
	for _, w := range strings.Fields(s) {
		w = strings.TrimFunc(w, isEdgePunct)
		if len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && isNumber(w) {
			return true
		}
	}
	return false
}

// bylineWords may follow the name in a byline: dates, times, staff labels.
var bylineWords = set(`staff writer reporter correspondent editor senior chief political economics
	business foreign news desk contributor columnist updated published am pm gmt utc in and for at`)

// deskWords end a byline that names a newsroom rather than a writer, or
// the kind of piece, in lower case after its name: "By Radio Kellsbridge
// newsroom", "By Metro Daily news team", "By Tomas Verhoeven, Valley
// Herald analysis".
var deskWords = set(`newsroom team staff desk reporters analysis commentary`)

// staffLabels stand for the writer's name in a byline written as the
// title-case label alone: "By Staff Reporter", "By News Desk".
var staffLabels = set(`staff writer reporter correspondent editor contributor columnist desk`)

// isByline matches a byline: "By" and a name or a title-case staff
// label, optionally a date, place or staff label after a comma or bar
// ("By Anna de Vries, 4 June 2025", "By Staff Reporter | 3 November
// 2026"). A sentence that opens with "By" has lower-case words a byline
// has not ("By the end of the year, prices rose").
func isByline(s string) bool {
	if len(s) < 4 || !strings.EqualFold(s[:3], "by ") {
		return false
	}
	named := false
	words := strings.Fields(s[3:])
	for i, w := range words {
		w = strings.TrimFunc(w, isEdgePunct)
		if w == "" || isNumber(w) {
			continue
		}
		lw := strings.ToLower(w)
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r) && staffLabels[lw]:
			named = true
		case months[lw] || monthNames[lw] || weekdays[lw] || bylineWords[lw] || creditWords[lw]:
		case named && deskWords[lw]:
			// "By Radio Kellsbridge newsroom": the desk after its name.
		case lw == "last" && i+1 < len(words) && isUpdateWord(words[i+1]):
			// "| Last updated 15 October 2026"
		case bylineFiller(i, lw):
		case unicode.IsUpper(r):
			named = true
		default:
			return false
		}
	}
	return named
}

// isUpdateWord reports whether w is the word of an update stamp:
// "updated", "modified", "Updated:".
func isUpdateWord(w string) bool {
	lw := strings.ToLower(strings.TrimFunc(w, isEdgePunct))
	return lw == "updated" || lw == "modified" || lw == "reviewed"
}

package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A quote split around its attribution is one quotation: in
//
//	"The fund is sound," the treasurer told reporters, "and it will stay so."
//
// the speaker's words are one sentence, interrupted. The two stretches make
// one Quote whose span runs from the first word to the last, attribution
// included; Flatten reads it as "The fund is sound … and it will stay so."
// A new sentence after the attribution ("..." she said. "We ...") is a
// quote of its own.

// maxInterruptionWords bounds the attribution inside a split quote ("Lars
// Olsen, the company's chief executive, said in a statement on Monday").
const maxInterruptionWords = 14

// splitGap is how a joined quote shows the attribution it leaves out.
const splitGap = " … "

// splitContinues reports whether segment y goes on with the words of the
// segment x before it, split by an attribution naming the speaker of both:
// x ends in a comma inside its closing mark, and y opens in lower case
// right after the comma that ends the attribution.
func (a *analysis) splitContinues(x, y *quoteSeg) bool {
	if x.para != y.para || x.boiler || y.boiler || x.close >= x.closeEnd || x.close < 1 || a.text[x.close-1] != ',' {
		return false
	}
	if interruption(a.text[x.close:]) != y.openEnd-x.close {
		return false
	}
	if x.ev == nil || y.ev == nil || !x.ev.resolved || !sameSpeaker(x.ev, y.ev) {
		return false
	}
	// The speaker is named between the two stretches, not before the first.
	return x.closeEnd <= x.ev.span.Start && x.ev.span.End <= y.open
}

// interruption returns the width of an attribution that interrupts a quote
// at the start of s: a closing mark, a few words on one line holding a verb
// of saying, a comma and the opening mark of the same kind before a word in
// lower case (`," he said, "and`). It returns 0 when s does not open so.
func interruption(s string) int {
	cw, dbl := closingMark(s)
	if cw == 0 || cw >= len(s) || s[cw] != ' ' {
		return 0
	}
	words, speech := 0, false
	prevLow := "" // the word before, for "went on"
	i := cw
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == ',':
			j := i + 1
			for j < len(s) && s[j] == ' ' {
				j++
			}
			if ow, odbl := openingMark(s[j:]); ow > 0 && j > i+1 && odbl == dbl {
				if !speech || words == 0 || !unicode.IsLower(nextRune(s, j+ow, len(s))) {
					return 0
				}
				return j + ow
			}
			i += w
		case r == ' ':
			i += w
		case isWordRune(r):
			k := i
			for k < len(s) {
				r2, w2 := utf8.DecodeRuneInString(s[k:])
				if !isWordRune(r2) && !(r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.') || r2 == '.' && !abbreviation(s, i, k) {
					break
				}
				if (r2 == '\'' || r2 == '’') && !isWordRune(nextRune(s, k+w2, len(s))) {
					break // a closing single mark, not an apostrophe
				}
				k += w2
			}
			low := strings.ToLower(strings.TrimRight(s[i:k], "'’"))
			if low == "that" || speechVerbs[low] != "" && strings.HasSuffix(low, "ing") {
				// `," he said, adding that in Asia, "we` opens a
				// statement of its own, not the rest of the first.
				return 0
			}
			if speechVerbs[low] != "" && !unicode.IsUpper(r) || low == "according" || low == "on" && goVerbs[prevLow] {
				speech = true
			}
			prevLow = low
			if words++; words > maxInterruptionWords {
				return 0
			}
			i = k
		default:
			return 0 // a sentence end, a bracket, a line break or another mark
		}
	}
	return 0
}

// closingMark returns the width of the closing quote mark s opens with, and
// whether it is a double mark.
func closingMark(s string) (int, bool) {
	for _, m := range []string{"\"", "”", "»"} {
		if strings.HasPrefix(s, m) {
			return len(m), true
		}
	}
	for _, m := range []string{"'", "’"} {
		if strings.HasPrefix(s, m) {
			return len(m), false
		}
	}
	return 0, false
}

// openingMark returns the width of the opening quote mark s opens with,
// and whether it is a double mark.
func openingMark(s string) (int, bool) {
	for _, m := range []string{"\"", "“", "«", "„"} {
		if strings.HasPrefix(s, m) {
			return len(m), true
		}
	}
	for _, m := range []string{"'", "‘"} {
		if strings.HasPrefix(s, m) {
			return len(m), false
		}
	}
	return 0, false
}

// collapseSplits replaces the attribution inside a split quote, with the
// comma before it, by splitGap: `fund is sound," he said, "and it` reads
// `fund is sound … and it`. Only a stretch before any quote mark of its
// own is read so: in a single-quoted quote, `"yes," he said, "no"` after
// an opening double mark is a quote nested inside it.
func collapseSplits(s string) string {
	var b strings.Builder
	from := 0
	for i := 0; i < len(s); i++ {
		if s[i] != ',' {
			continue
		}
		n := interruption(s[i+1:])
		if n == 0 {
			continue
		}
		if strings.ContainsAny(s[from:i], "\"“”«»„‘") {
			break
		}
		b.WriteString(s[from:i])
		b.WriteString(splitGap)
		from = i + 1 + n
		i = from - 1
	}
	if from == 0 {
		return s
	}
	b.WriteString(s[from:])
	return b.String()
}

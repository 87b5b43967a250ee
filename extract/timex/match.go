package timex

import (
	"math/bits"
	"newsbot/extract/internal/swar"
	"newsbot/extract/internal/wordfilter"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// rule is one pattern and the function that normalises its matches; the
// function may reject a match the pattern alone cannot rule out.
type rule struct {
	re *regexp.Regexp
	fn func(f *finder, m *match) (result, bool)
	// trig lists words one of which every match contains; a sentence
	// without any is not searched, which keeps Find fast. "#" stands
	// for any word with a digit.
	trig map[string]bool
}

func trig(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[strings.ToLower(w)] = true
	}
	return m
}

func monthWords() []string { return keys(months, nil) }
func unitWords() []string  { return keys(units, nil) }

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}

// trigIndex maps a trigger word to the rules it triggers, one bit per
// rule; digitRules are the rules any word with a digit triggers.
var trigIndex, digitRules = buildTrigIndex()

// trigFilter holds the trigger words. Most words of a sentence trigger
// nothing, and one look at it turns nine in ten of them away before the
// map lookup (see TestTrigFilter).
var trigFilter = wordfilter.Of(trigIndex)

func buildTrigIndex() (map[string]uint64, uint64) {
	if len(rules) > 64 {
		panic("timex: more than 64 rules")
	}
	idx := map[string]uint64{}
	var digits uint64
	for i, r := range rules {
		for w := range r.trig {
			if w == "#" {
				digits |= 1 << i
			} else {
				idx[w] |= 1 << i
			}
		}
	}
	return idx, digits
}

// triggers returns the set of rules a word triggers; the possessive
// "'s" does not count.
func triggers(w string) uint64 { return wordTriggers(w, hasDigit(w)) }

// wordTriggers is triggers of the word w, told whether w holds a digit.
func wordTriggers(w string, digit bool) uint64 {
	var m uint64
	key := strings.TrimSuffix(w, "'s")
	if trigFilter.MayHold(key) {
		m = trigIndex[key]
	}
	if digit {
		m |= digitRules
	}
	return m
}

// nextDigit returns the offset of the first ASCII digit of s at or
// after s[i], or len(s), eight bytes at a time. A word's lower-cased
// text holds a digit just where its bytes in the sentence do: lowering
// neither makes nor unmakes one.
func nextDigit(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if m := digitBytes8(swar.Load64(s, i)); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for i < len(s) && (s[i] < '0' || s[i] > '9') {
		i++
	}
	return i
}

// digitBytes8 has the top bit set in each byte of x that is an ASCII
// digit, the range tested on all eight bytes at once as wordBytes8 does.
func digitBytes8(x uint64) uint64 {
	const ones, tops = swar.BytesOf, 0x80 * swar.BytesOf
	low7 := x &^ tops
	return (low7 + (0x80-'0')*ones) &^ (low7 + (0x80-'9'-1)*ones) &^ x & tops
}

// lowerASCII lower-cases ASCII letters only, so that byte offsets into
// the result are offsets into s. A text without capitals is returned as
// it is.
func lowerASCII(s string) string { return swar.LowerASCII(s) }

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// result is a normalised match; span, when set, narrows the expression to
// part of the match (a preposition matched for context is left out).
type result struct {
	typ, value string
	future     bool
	span       []int
}

// match is one regexp match inside a sentence.
type match struct {
	s   string
	idx []int
	re  *regexp.Regexp
	f   *finder
	// tense caches clauseTense when hasTense is set.
	tense    tense
	hasTense bool
}

// group returns the index of the participating group called name (a
// pattern may use one name in several alternatives), or -1.
func (m *match) group(name string) int {
	for i, n := range m.re.SubexpNames() {
		if n == name && 2*i+1 < len(m.idx) && m.idx[2*i] >= 0 {
			return i
		}
	}
	return -1
}

// get returns the text of a named group, "" when it did not take part.
func (m *match) get(name string) string {
	i := m.group(name)
	if i < 0 {
		return ""
	}
	return m.s[m.idx[2*i]:m.idx[2*i+1]]
}

func (m *match) has(name string) bool { return m.group(name) >= 0 }

// span returns the byte range of a named group.
func (m *match) span(name string) []int {
	i := m.group(name)
	if i < 0 {
		return nil
	}
	return []int{m.idx[2*i], m.idx[2*i+1]}
}

// lower returns the lower-cased, space-normalised text of a group.
func (m *match) lower(name string) string {
	return strings.ToLower(joinFields(m.get(name)))
}

// clauseTense returns the tense of the clause around the match.
func (m *match) clauseTense() tense {
	if !m.hasTense {
		m.tense, m.hasTense = m.f.clauseTense(m.s, m.idx[0], m.idx[1]), true
	}
	return m.tense
}

// prevWord returns the lower-cased word just before the match.
func (m *match) prevWord() string {
	ws := m.f.sentenceWords(m.s)
	k := sort.Search(len(ws), func(k int) bool { return ws[k].end > m.idx[0] })
	if k == 0 {
		return ""
	}
	return ws[k-1].text
}

// before and after return the bytes adjacent to the match (0 at an edge).
func (m *match) before() byte {
	if m.idx[0] == 0 {
		return 0
	}
	return m.s[m.idx[0]-1]
}

func (m *match) after() byte {
	if m.idx[1] >= len(m.s) {
		return 0
	}
	return m.s[m.idx[1]]
}

// capital reports whether a group starts with an upper-case letter, as
// month and weekday names must ("may" and "march" are usually verbs).
func capital(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isFullWeekday(k string, _ int) bool   { return strings.HasSuffix(k, "day") }
func isWeekdayAbbrev(k string, _ int) bool { return !strings.HasSuffix(k, "day") }

// expand substitutes the lexicon alternations into a pattern.
func expand(p string) *regexp.Regexp {
	full := keys(months, func(k string, _ int) bool { return len(k) > 4 || k == "may" || k == "june" || k == "july" })
	wdf, wda := alt(keys(weekdays, isFullWeekday)), alt(keys(weekdays, isWeekdayAbbrev))
	r := strings.NewReplacer(
		"{MONF}", alt(full),
		"{MONA}", alt(keys(months, nil)),
		"{WD}", `(?:`+wdf+`|`+wda+`\.)`,
		"{WDF}", wdf,
		"{WDA}", wda,
		"{NUM}", numberAlt(),
		"{UNIT}", alt(keys(units, nil)),
		"{LAST}", alt(lastWords),
		"{NEXT}", alt(nextWords),
		"{THIS}", alt(thisWords),
		"{YEAR}", `(?:1[0-9]|20)\d\d`,
		"{TZ}", `(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EET|EEST|MSK|IST|JST|ET|PT|local\s+time|Moscow\s+time)`,
		"{APPROX}", `(?:about|around|nearly|almost|roughly|approximately|some|more\s+than|less\s+than|fewer\s+than|over|under|up\s+to|at\s+least|at\s+most|just|only|barely|at\s+least\s+the|well\s+over)`,
		"{PART}", `(?:morning|afternoon|evening|night)`,
		"{MOD}", `(?:early|late|mid|the\s+(?:end|beginning|start|middle|first\s+half|second\s+half)\s+of)`,
	)
	// Patterns run over ASCII-lower-cased text (see lowerASCII), which is
	// much faster than case-insensitive matching.
	return regexp.MustCompile(strings.ReplaceAll(strings.ToLower(r.Replace(p)), "(?p<", "(?P<"))
}

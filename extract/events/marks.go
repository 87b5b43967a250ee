package events

import (
	"slices"
	"unicode/utf8"
)

// markSet is a set of marks a text is searched for, as
// strings.IndexAny, ContainsAny and LastIndexAny search for the runes of
// a string: the set is made once, where those make it anew in each
// call, and a search reads a byte at a time, where those look each rune
// of the text up in the string of marks when that is not all ASCII.
type markSet struct {
	// first holds the ASCII marks and the first byte of each other
	// mark: a byte it does not hold opens no mark.
	first  [256]bool
	others []rune // the marks outside ASCII
}

// newMarkSet returns the set of the runes of marks, which must be valid
// UTF-8 and hold no utf8.RuneError: a byte of the text that is not
// UTF-8 then opens no mark, as with the strings functions.
func newMarkSet(marks string) *markSet {
	m := &markSet{}
	for _, r := range marks {
		if r == utf8.RuneError {
			panic("events: marks hold utf8.RuneError or bytes that are not UTF-8: " + marks)
		}
		if r < utf8.RuneSelf {
			m.first[r] = true
			continue
		}
		var b [utf8.UTFMax]byte
		utf8.EncodeRune(b[:], r)
		m.first[b[0]] = true
		m.others = append(m.others, r)
	}
	return m
}

// opensAt reports whether s[i], a byte first holds, opens a mark: an
// ASCII byte is one; any other opens the rune UTF-8 reads from it. No
// first byte of a rune goes on another rune, so a text read a byte at a
// time meets the same marks, at the same offsets, as one read a rune at
// a time, from either end.
func (m *markSet) opensAt(s string, i int) bool {
	if s[i] < utf8.RuneSelf {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return slices.Contains(m.others, r)
}

// firstIn returns the offset of the first mark of the set in s, or -1,
// as strings.IndexAny does.
func (m *markSet) firstIn(s string) int {
	for i := 0; i < len(s); i++ {
		if m.first[s[i]] && m.opensAt(s, i) {
			return i
		}
	}
	return -1
}

// in reports whether s holds a mark of the set, as strings.ContainsAny
// does.
func (m *markSet) in(s string) bool {
	return m.firstIn(s) >= 0
}

// lastIn returns the offset of the last mark of the set in s, or -1, as
// strings.LastIndexAny does.
func (m *markSet) lastIn(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if m.first[s[i]] && m.opensAt(s, i) {
			return i
		}
	}
	return -1
}

// segmentMarks end the segment of a summary before a time (beforeIn).
var segmentMarks = newMarkSet(",;:—–(")

// nominalMarks end the phrase of a noun a time dates (nominalStart).
var nominalMarks = newMarkSet(",;:—–\"“”")

// clauseMarks end a clause or set off a quotation or an aside.
var clauseMarks = newMarkSet(",;:\"“”()—–")

// forecastMarks end the stretch a forecast verb governs (forecasts).
var forecastMarks = newMarkSet(";:—–\"“”")

// dashMarks end a clause: its punctuation and dashes.
var dashMarks = newMarkSet(",;:—–")

// The other marks the rules search for, each set named by its marks.
var (
	ampMarks                                                       = newMarkSet("&")
	bangAskCommaSemicolonColonMarks                                = newMarkSet("!,:;?")
	commaParensBarSlashMarks                                       = newMarkSet("(),/|")
	commaQuoteCurlyQuotesMarks                                     = newMarkSet("\",“”")
	commaSemicolonMarks                                            = newMarkSet(",;")
	commaSemicolonColonMarks                                       = newMarkSet(",:;")
	commaSemicolonColonParensDashesMarks                           = newMarkSet("(),:;–—")
	commaSemicolonColonQuoteCloseQuoteMarks                        = newMarkSet("\",:;”")
	commaSemicolonColonQuoteCurlyQuotesMarks                       = newMarkSet("\",:;“”")
	commaSemicolonColonQuoteCurlyQuotesParensMarks                 = newMarkSet("\"(),:;“”")
	commaSemicolonColonQuoteCurlyQuotesParensDashesHyphenMarks     = newMarkSet("\"(),-:;–—“”")
	commaSemicolonDashesMarks                                      = newMarkSet(",;–—")
	asciiDigits                                                    = newMarkSet("0123456789")
	openParenDashesMarks                                           = newMarkSet("(–—")
	quoteCloseQuoteMarks                                           = newMarkSet("\"”")
	quoteCurlyQuotesMarks                                          = newMarkSet("\"“”")
	quoteCurlyQuotesParensMarks                                    = newMarkSet("\"()“”")
	quoteCurlyQuotesParensDashesMarks                              = newMarkSet("\"()–—“”")
	quoteOpenQuoteMarks                                            = newMarkSet("\"“")
	quoteOpenQuoteOpenParenSpaceTabNewlineMarks                    = newMarkSet("\t\n \"(“")
	semicolonMarks                                                 = newMarkSet(";")
	semicolonColonMarks                                            = newMarkSet(":;")
	semicolonColonParensMarks                                      = newMarkSet("():;")
	semicolonColonQuoteCurlyQuotesMarks                            = newMarkSet("\":;“”")
	semicolonColonQuoteCurlyQuotesParensMarks                      = newMarkSet("\"():;“”")
	semicolonColonQuoteCurlyQuotesParensDashesMarks                = newMarkSet("\"():;–—“”")
	spaceNewlineMarks                                              = newMarkSet("\n ")
	spaceTabNewlineMarks                                           = newMarkSet("\t\n ")
	stopBangAskMarks                                               = newMarkSet("!.?")
	stopBangAskColonMarks                                          = newMarkSet("!.:?")
	stopBangAskColonQuoteCloseQuoteApostropheCloseSingleQuoteMarks = newMarkSet("!\"'.:?’”")
	stopBangAskCommaSemicolonColonMarks                            = newMarkSet("!,.:;?")
	stopBangAskCommaSemicolonColonNewlineMarks                     = newMarkSet("\n!,.:;?")
	stopBangAskCommaSemicolonColonQuoteCurlyQuotesParensMarks      = newMarkSet("!\"(),.:;?“”")
	stopBangAskCommaSemicolonQuoteCloseQuoteMarks                  = newMarkSet("!\",.;?”")
	stopBangAskQuoteCurlyQuotesNewlineMarks                        = newMarkSet("\n!\".?“”")
	stopBangAskSemicolonColonMarks                                 = newMarkSet("!.:;?")
	stopCommaSemicolonColonParensMarks                             = newMarkSet("(),.:;")
	stopCommaSemicolonColonQuoteCurlyQuotesParensDashesMarks       = newMarkSet("\"(),.:;–—“”")
)

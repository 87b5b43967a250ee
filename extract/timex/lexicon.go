package timex

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The word tables below drive both the patterns and their normalisation.
// Reworded or informal text ("final yr", "subsequent week") is covered by
// adding synonyms here rather than by new rules.

// months maps every accepted month spelling to its number. Abbreviations
// are only accepted by patterns that also demand a day or a year.
var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// weekdays maps weekday spellings to time.Weekday numbers (Sunday = 0).
var weekdays = map[string]int{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
	"tues": 2, "weds": 3, "thurs": 4,
	// Abbreviations read only with their full stop (see weekdayAbbrev).
	"sun": 0, "mon": 1, "tue": 2, "wed": 3, "thu": 4, "thur": 4, "fri": 5, "sat": 6,
}

// numbers maps number words to values; -1 stands for an unspecified
// amount ("several years" is PXY in TimeML).
var numbers = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"hundred": 100, "a hundred": 100, "one hundred": 100, "a dozen": 12, "dozen": 12,
	"a couple of": 2, "a couple": 2, "couple of": 2,
	"several": -1, "a few": -1, "few": -1, "many": -1, "some": -1,
	"dozens of": -1, "hundreds of": -1, "a number of": -1,
}

// unit describes a calendar unit: its TimeML letter, whether it needs the
// PT prefix, and how many of the letter one unit makes.
type unit struct {
	code string
	time bool
	mult int
}

var units = map[string]unit{
	"second": {"S", true, 1}, "seconds": {"S", true, 1}, "sec": {"S", true, 1}, "secs": {"S", true, 1},
	"minute": {"M", true, 1}, "minutes": {"M", true, 1}, "min": {"M", true, 1}, "mins": {"M", true, 1},
	"hour": {"H", true, 1}, "hours": {"H", true, 1}, "hr": {"H", true, 1}, "hrs": {"H", true, 1},
	"day": {"D", false, 1}, "days": {"D", false, 1},
	"week": {"W", false, 1}, "weeks": {"W", false, 1}, "wk": {"W", false, 1}, "wks": {"W", false, 1},
	"fortnight": {"W", false, 2}, "fortnights": {"W", false, 2},
	"month": {"M", false, 1}, "months": {"M", false, 1},
	"quarter": {"Q", false, 1}, "quarters": {"Q", false, 1},
	"year": {"Y", false, 1}, "years": {"Y", false, 1}, "yr": {"Y", false, 1}, "yrs": {"Y", false, 1},
	"decade": {"Y", false, 10}, "decades": {"Y", false, 10},
	"century": {"Y", false, 100}, "centuries": {"Y", false, 100},
}

// Relative modifiers and their synonyms, including the words that
// automatic rewording substitutes for them.
var (
	lastWords = []string{"last", "past", "previous", "preceding", "final", "prior"}
	nextWords = []string{"next", "subsequent", "following", "coming", "upcoming", "forthcoming"}
	thisWords = []string{"this", "current", "present"}
)

// dayParts maps parts of the day to TimeML time-of-day values.
var dayParts = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
	"overnight": "NI", "late-night": "NI", "late night": "NI", "midday": "MI",
	"tonight": "NI", "mid-afternoon": "AF", "mid afternoon": "AF",
}

// seasons maps season words to TimeML season codes.
var seasons = map[string]string{
	"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}

// ordinals maps ordinal words to numbers (quarters, halves, centuries).
var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
	"fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
	"nineteenth": 19, "twentieth": 20, "twenty-first": 21, "19th": 19, "20th": 20, "21st": 21,
}

// alt builds a regexp alternation of the given words, longest first so
// that "sept" wins over "sep".
func alt(words []string) string {
	ws := append([]string(nil), words...)
	sort.Slice(ws, func(i, j int) bool {
		if len(ws[i]) != len(ws[j]) {
			return len(ws[i]) > len(ws[j])
		}
		return ws[i] < ws[j]
	})
	for i, w := range ws {
		ws[i] = strings.ReplaceAll(regexp.QuoteMeta(w), " ", `\s+`)
	}
	return "(?:" + strings.Join(ws, "|") + ")"
}

func keys[V any](m map[string]V, keep func(string, V) bool) []string {
	var out []string
	for k, v := range m {
		if keep == nil || keep(k, v) {
			out = append(out, k)
		}
	}
	return out
}

// parseNumber reads a count written in digits or words ("30", "1,000",
// "twenty-four", "a few"); -1 means unspecified, ok false means not a number.
func parseNumber(s string) (n int, ok bool) {
	s = strings.ToLower(joinFields(s))
	if s == "" {
		return 0, false
	}
	if v, found := numbers[s]; found {
		return v, true
	}
	if d, err := strconv.Atoi(strings.ReplaceAll(s, ",", "")); err == nil {
		return d, d >= 0
	}
	if i := strings.IndexAny(s, "- "); i > 0 {
		tens, ok1 := numbers[s[:i]]
		ones, ok2 := numbers[s[i+1:]]
		if ok1 && ok2 && tens >= 20 && tens%10 == 0 && ones > 0 && ones < 10 {
			return tens + ones, true
		}
	}
	return 0, false
}

// numberAlt matches the counts parseNumber understands.
func numberAlt() string {
	words := keys(numbers, nil)
	tens := `(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-](?:one|two|three|four|five|six|seven|eight|nine)`
	return `(?:\d{1,3}(?:,\d{3})+|\d+|` + tens + "|" + strings.TrimPrefix(alt(words), "(?:")
}

// lookup returns the value of the first key of m that equals the
// lower-cased, dot-trimmed s.
func lookup[V any](m map[string]V, s string) (V, bool) {
	s = joinFields(s)
	if len(s) <= maxLookupKey && asciiOnly(s) {
		// strings.ToLower of ASCII is ASCII lowering: done in a buffer
		// on the stack, a capitalised "March" costs no allocation.
		var buf [maxLookupKey]byte
		key := buf[:len(s)]
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			key[i] = c
		}
		if n := len(key); n > 0 && key[n-1] == '.' {
			key = key[:n-1]
		}
		v, ok := m[string(key)]
		return v, ok
	}
	v, ok := m[strings.TrimSuffix(strings.ToLower(s), ".")]
	return v, ok
}

// maxLookupKey bounds the keys lookup lowers on the stack; a longer one
// is lowered by strings.ToLower.
const maxLookupKey = 32

// asciiOnly reports whether s holds no byte beyond ASCII.
func asciiOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func contains(words []string, s string) bool {
	s = strings.ToLower(joinFields(s))
	for _, w := range words {
		if w == s {
			return true
		}
	}
	return false
}

// joinFields is strings.Join(strings.Fields(s), " "), which normalises
// the spaces of every group a rule reads, without allocating when s is
// already so: ASCII, with single spaces between words only.
func joinFields(s string) string {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, c == '\t', c == '\n', c == '\v', c == '\f', c == '\r',
			c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' '):
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

package identity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Key returns the lookup key of a name: two spellings of one name give the
// same key. It folds case, diacritics (Micheál → micheal), punctuation
// (U.S. → us, O'Brien → obrien), a possessive ending, a leading "the", the
// given name's diminutive (Steve → stephen, when a surname follows) and the
// usual transliteration variants of Slavic and Arabic names (Zelensky,
// Zelenskiy and Zelenskyy share one key), so the key is for matching only,
// never for display.
func Key(name string) string { return keys.get(name) }

// keys remembers the keys of the names seen.
var keys = newMemo(1<<17, key)

func key(name string) string {
	toks := keyTokens(name)
	// A leading word that folds to "the" ("Thee") goes like the article
	// itself, so that the key of a key is the key.
	for len(toks) > 1 && foldToken(toks[0]) == "the" {
		toks = toks[1:]
	}
	if len(toks) == 0 {
		return ""
	}
	if len(toks) > 1 {
		toks[0] = givenForm(toks[0])
	}
	for i, t := range toks {
		toks[i] = foldToken(t)
	}
	foldArabicVowels(toks)
	return strings.Join(toks, " ")
}

// foldArabicVowels folds the vowels of the names after a patronymic
// ("bin", "ibn", "bint"), which English spells as it hears them: Khalid
// and Khaled, Laden and Ladin, Hussein and Hussain. Only such names are
// folded: elsewhere the vowel tells two names apart.
func foldArabicVowels(toks []string) {
	after := false
	for i, t := range toks {
		if patronymics[t] {
			after = true
			continue
		}
		if after && isASCIIWord(t) {
			toks[i] = arabicVowels(t)
		}
	}
}

// arabicVowels writes e as i and o as u, and drops the a of the
// diphthong ai (Husain, Hussein → husin; Said, Saeed → sid), doubles
// collapsed.
func arabicVowels(t string) string {
	b := make([]byte, 0, len(t))
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch c {
		case 'e':
			c = 'i'
		case 'o':
			c = 'u'
		}
		if c == 'i' && len(b) > 1 && b[len(b)-1] == 'a' {
			b = b[:len(b)-1]
		}
		if c == 'i' && len(b) > 0 && b[len(b)-1] == 'i' {
			continue
		}
		b = append(b, c)
	}
	return string(b)
}

// foldMac writes the Gaelic "Mac" before a capital as "Mc": outlets spell
// one man MacAllister and McAllister. "Macron" and "Mackay", without the
// capital, stay as they are.
func foldMac(name string) string {
	i := strings.Index(name, "Mac")
	if i < 0 {
		return name
	}
	var b strings.Builder
	for i >= 0 {
		j := i + len("Mac")
		if r, _ := utf8.DecodeRuneInString(name[j:]); unicode.IsUpper(r) && (i == 0 || !isLetterBefore(name, i)) {
			b.WriteString(name[:i])
			b.WriteString("Mc")
		} else {
			b.WriteString(name[:j])
		}
		name = name[j:]
		i = strings.Index(name, "Mac")
	}
	b.WriteString(name)
	return b.String()
}

// isLetterBefore reports whether a letter stands right before byte i.
func isLetterBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r)
}

// tokenKey folds one name token the way Key folds every token but the given
// name. Resolve and Cluster compare surnames with it.
func tokenKey(tok string) string { return tokenKeys.get(tok) }

// WordsKey folds every word of a name as Key folds a surname, a given
// name's diminutive left as written, so that the end of one name can be
// compared with another: "Salem al-Harthy" is "salem al harthi", and ends
// in "Al Harthi".
// The vowels after a patronymic are not folded: the end typed has no
// patronymic before it.
func WordsKey(name string) string {
	toks := keyTokens(name)
	for i, t := range toks {
		toks[i] = foldToken(t)
	}
	return strings.Join(toks, " ")
}

// tokenKeys remembers the keys of the tokens seen.
var tokenKeys = newMemo(1<<17, foldedToken)

func foldedToken(tok string) string {
	toks := keyTokens(tok)
	for i, t := range toks {
		toks[i] = foldToken(t)
	}
	foldArabicVowels(toks)
	return strings.Join(toks, " ")
}

// givenKey folds a given name, mapping diminutives to one form first.
func givenKey(tok string) string { return givenKeys.get(tok) }

// givenKeys remembers the keys of the given names seen: a corpus has
// many people of a few thousand given names.
var givenKeys = newMemo(1<<17, foldedGiven)

func foldedGiven(tok string) string {
	toks := keyTokens(tok)
	for i, t := range toks {
		toks[i] = foldToken(givenForm(t))
	}
	return strings.Join(toks, " ")
}

// keyTokens lowercases name, strips diacritics and punctuation and splits it
// into tokens, dropping a possessive ending and a leading article.
// dropNickname leaves out of a name the nickname in quotation marks
// inside it: `Robert "Bobby" Keane Jr.` is keyed as Robert Keane Jr.
func dropNickname(name string) string {
	if !mayHoldQuote(name) || !strings.ContainsAny(name, "\"“‘'") {
		return name
	}
	fs := strings.Fields(name)
	out := fs[:0:0]
	for i, f := range fs {
		if i > 0 && i < len(fs)-1 && isNickname(f) {
			continue
		}
		out = append(out, f)
	}
	return strings.Join(out, " ")
}

// mayHoldQuote reports whether s may hold one of the quotation marks
// dropNickname looks for: a straight quote, or the lead byte 0xE2 that
// the curly ones (U+2018, U+201C) are encoded with.
func mayHoldQuote(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '"' || c == '\'' || c == 0xE2 {
			return true
		}
	}
	return false
}

func keyTokens(name string) []string {
	if !utf8.ValidString(name) {
		name = strings.ToValidUTF8(name, " ")
	}
	name = foldMac(trimPossessive(dropNickname(strings.TrimSpace(name))))
	if isASCII(name) {
		return asciiKeyTokens(name)
	}
	var b strings.Builder
	b.Grow(len(name))
	for _, r := range norm.NFKD.String(name) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			// The common case first: no table is looked up for it.
			b.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
		case unicode.Is(unicode.Mn, r):
			// Combining marks are what NFKD split off the base letter.
		case r == '\'' || r == '’' || r == '‘' || r == '.' || r == 'ʼ' || r == '`':
			// Joined, not split: O'Brien, U.S.
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if s, ok := letterFold[r]; ok {
				b.WriteString(s)
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
		default:
			b.WriteByte(' ')
		}
	}
	toks := strings.Fields(b.String())
	if len(toks) > 1 && toks[0] == "the" {
		toks = toks[1:]
	}
	return toks
}

// asciiKeyTokens is the loop of keyTokens for an ASCII name, which NFKD
// leaves as it is and in which no letter has a mark or a fold of its own:
// letters are lowercased, apostrophes, periods and backquotes dropped and
// every other byte splits tokens. The tokens share one string.
func asciiKeyTokens(name string) []string {
	b := make([]byte, 0, len(name))
	n := 0
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c == '\'' || c == '.' || c == '`':
			continue
		default:
			c = ' '
		}
		if c != ' ' && (len(b) == 0 || b[len(b)-1] == ' ') {
			n++
		}
		b = append(b, c)
	}
	if n == 0 {
		return []string{}
	}
	all := string(b)
	toks := make([]string, 0, n)
	start := -1
	for i := 0; i <= len(all); i++ {
		if i == len(all) || all[i] == ' ' {
			if start >= 0 {
				toks = append(toks, all[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if len(toks) > 1 && toks[0] == "the" {
		toks = toks[1:]
	}
	return toks
}

// letterFold spells letters that carry no combining mark in NFKD the way
// English-language outlets usually write them.
var letterFold = map[rune]string{
	'ł': "l", 'Ł': "l", 'ø': "o", 'Ø': "o", 'ß': "ss", 'æ': "ae", 'Æ': "ae",
	'œ': "oe", 'Œ': "oe", 'đ': "dj", 'Đ': "dj", 'ð': "d", 'Ð': "d", 'þ': "th",
	'Þ': "th", 'ı': "i", 'ħ': "h", 'Ħ': "h",
}

// foldToken applies transliteration rules to one lowercase token. The rules
// are the spelling choices that differ between romanisation systems and
// outlets: y/i (Zelenskyy, Dmitriy), kh/h (Kharkiv), ks/x (Aleksandr),
// ph/f, ck/k, doubled letters (Witkoff, Zelenskyy), -off/-ov, a leading
// ye/e (Yevgeny) and ie/i (Kiev, Kyiv). Both spellings of a pair fold to the same string; the
// result need not be a real spelling.
func foldToken(t string) string {
	if t == "" || !isASCIIWord(t) {
		return t
	}
	switch t {
	case "jnr": // British "Jnr" and "Snr" are "Jr." and "Sr."
		return "jr"
	case "snr":
		return "sr"
	}
	// Until nothing changes: a replacement can make a new pair
	// ("cckh" → "ckh" → "kh" → "h"), and a key must be its own key.
	for {
		n := t
		if translitFolds(t) {
			n = translit.Replace(t)
		}
		n = collapseDoubles(n)
		if n == t {
			break
		}
		t = n
	}
	if len(t) > 3 && strings.HasPrefix(t, "ie") {
		t = t[1:]
	}
	// ie and i (and y, folded to i above) alternate inside names too:
	// Kiev/Kyiv, Dmitriev/Dmitryev.
	if len(t) > 3 && strings.Contains(t[1:], "ie") {
		t = t[:1] + strings.ReplaceAll(t[1:], "ie", "i")
	}
	if len(t) > 3 && strings.HasSuffix(t, "of") {
		t = t[:len(t)-1] + "v"
	}
	return t
}

var translit = strings.NewReplacer("kh", "h", "ph", "f", "ck", "k", "x", "ks", "y", "i", "w", "v")

// translitFolds reports whether translit changes t: most tokens hold
// none of its pairs, and replacing costs a copy of the token.
// It is one pass over the bytes: x, y or w anywhere, or one of the pairs
// kh, ph and ck.
func translitFolds(t string) bool {
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case 'x', 'y', 'w':
			return true
		case 'h':
			if i > 0 && (t[i-1] == 'k' || t[i-1] == 'p') {
				return true
			}
		case 'k':
			if i > 0 && t[i-1] == 'c' {
				return true
			}
		}
	}
	return false
}

// isASCIIWord reports whether t holds only ASCII letters and digits, the
// only tokens the transliteration rules are meant for.
func isASCIIWord(t string) bool {
	for i := 0; i < len(t); i++ {
		c := t[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// collapseDoubles replaces each run of one repeated letter by one letter.
func collapseDoubles(t string) string {
	if !hasDouble(t) {
		return t
	}
	b := make([]byte, 0, len(t))
	for i := 0; i < len(t); i++ {
		if i > 0 && t[i] == t[i-1] && t[i] >= 'a' && t[i] <= 'z' {
			continue
		}
		b = append(b, t[i])
	}
	return string(b)
}

// hasDouble reports whether a letter of t repeats the one before it.
func hasDouble(t string) bool {
	for i := 1; i < len(t); i++ {
		if t[i] == t[i-1] && t[i] >= 'a' && t[i] <= 'z' {
			return true
		}
	}
	return false
}

// trimPossessive removes a trailing 's, ’s or bare apostrophe.
// Every ending it trims ends in s, S, ' or the last byte (0x99) of ’, so
// a name ending otherwise is returned at once.
func trimPossessive(s string) string {
	if s == "" {
		return s
	}
	if c := s[len(s)-1]; c != 's' && c != 'S' && c != '\'' && c != 0x99 {
		return s
	}
	for _, suf := range []string{"'s", "’s", "'S", "’S", "'", "’"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) {
			return strings.TrimRight(s[:len(s)-len(suf)], " ")
		}
	}
	return s
}

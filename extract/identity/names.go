package identity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/internal/swar"
)

// token is one whitespace-separated word of a name with its byte range in
// the string it came from.
type token struct {
	text       string
	start, end int
}

// splitTokens splits s at whitespace, keeping byte offsets.
func splitTokens(s string) []token { return appendTokens(nil, s) }

// appendTokens appends the tokens of splitTokens to toks: a caller that
// keeps no token may pass a buffer of its own.
func appendTokens(toks []token, s string) []token { return appendTokensUpTo(toks, s, -1) }

// appendTokensUpTo is appendTokens that stops once it has appended n
// tokens (no bound when n < 0): a caller that rejects more than n-1
// words reads no further, however long s is.
func appendTokensUpTo(toks []token, s string, n int) []token {
	start := -1
	for i := 0; i < len(s) && n != 0; {
		if c := s[i]; c > ' ' && c < utf8.RuneSelf {
			// The common case: an ASCII byte above the space is
			// no white space, and goes on the word.
			if start < 0 {
				start = i
			}
			i++
			continue
		}
		// An ASCII byte is a rune of its own, and white space as
		// isASCIISpace says; other runes are decoded.
		space, size := isASCIISpace(s[i]), 1
		if s[i] >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		if space {
			if start >= 0 {
				toks = append(toks, token{s[start:i], start, i})
				start = -1
				n--
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 && n != 0 {
		toks = append(toks, token{s[start:], start, len(s)})
	}
	return toks
}

// bare lowercases a token and strips its surrounding punctuation and a
// trailing period ("Mr." → "mr"), for lexicon look-ups.
func bare(t string) string {
	if !isASCII(t) {
		return strings.ToLower(strings.TrimFunc(t, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}))
	}
	// t itself when it holds no capital, as strings.ToLower returns it.
	return swar.LowerASCII(trimASCIIPunct(t))
}

// bareBytes appends bare(t) to buf[:0], for map look-ups that need no
// string of their own (m[string(b)] copies nothing): an ASCII token costs
// no allocation.
//
// An ASCII token is trimmed and lowered in one pass over its bytes; the
// first byte above ASCII sends the whole token to bare.
func bareBytes(buf []byte, t string) []byte {
	i, j := 0, len(t)
	for i < j && !isASCIIAlnum(t[i]) {
		if t[i] >= utf8.RuneSelf {
			return append(buf[:0], bare(t)...)
		}
		i++
	}
	for j > i && !isASCIIAlnum(t[j-1]) {
		if t[j-1] >= utf8.RuneSelf {
			return append(buf[:0], bare(t)...)
		}
		j--
	}
	buf = buf[:0]
	for ; i < j; i++ {
		c := t[i]
		if c >= utf8.RuneSelf {
			return append(buf[:0], bare(t)...)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// trimASCIIPunct strips from the ASCII t what bare strips: every byte at
// either end that is no letter or digit.
func trimASCIIPunct(t string) string {
	i, j := 0, len(t)
	for i < j && !isASCIIAlnum(t[i]) {
		i++
	}
	for j > i && !isASCIIAlnum(t[j-1]) {
		j--
	}
	return t[i:j]
}

// isASCIIAlnum reports whether c is an ASCII letter or digit.
func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// squash collapses every run of white space (line breaks of hard-wrapped
// text included) to one space and trims the ends, for display names.
func squash(s string) string {
	if squashed(s) {
		return s
	}
	if isASCII(s) {
		return squashASCII(s)
	}
	return strings.Join(strings.Fields(s), " ")
}

// squashASCII is squash of an ASCII s, whose only white space is the
// bytes isASCIISpace accepts, written in one pass into one string.
func squashASCII(s string) string {
	b := make([]byte, 0, len(s))
	space := false // white space read since the last word
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isASCIISpace(c) {
			space = true
			continue
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		b = append(b, c)
	}
	return string(b)
}

// squashed reports whether squash leaves s as it is: no white space but
// single spaces between words. An ASCII name, the common case, is read
// byte by byte.
func squashed(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c > ' ' && c < utf8.RuneSelf:
			// The common case: an ASCII byte other than white space.
		case c >= utf8.RuneSelf:
			return !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsSpace(r) && r != ' ' }) && !strings.Contains(s, "  ") &&
				strings.TrimSpace(s) == s
		case c == ' ':
			if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
				return false
			}
		case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		}
	}
	return true
}

// isCapitalised reports whether the first letter of t is upper case
// (digits and punctuation before it are skipped).
func isCapitalised(t string) bool {
	for _, r := range t {
		if unicode.IsLetter(r) {
			return unicode.IsUpper(r) || unicode.IsTitle(r)
		}
		if r == utf8.RuneError {
			return false
		}
	}
	return false
}

// hasLetter reports whether s contains a letter.
func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// nameTokens returns the tokens of a bare name that carry identity: name
// particles ("von", "der", "bin") and a generational suffix (Jr, III) are
// dropped, so "Ursula von der Leyen" gives [Ursula Leyen], "von der Leyen"
// and "Von der Leyen" a surname-only [Leyen] and "Donald Trump Jr."
// [Donald Trump] (see
// nameSuffix for telling the two Trumps apart).
// isNickname reports a name word in quotation marks: "Bobby", “Bobby”.
func isNickname(t string) bool {
	if len(t) < 3 {
		return false
	}
	open, _ := utf8.DecodeRuneInString(t)
	end, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(`"'“‘`, open) && strings.ContainsRune(`"'”’`, end)
}

// nameTokenLists remembers nameTokens of the mentions seen (see
// fullNameSurnames): a corpus names the same people in article after
// article. The name is cloned first, as it may be a slice of an
// article's text; the lists are shared and only read.
var nameTokenLists = newMemo(1<<17, func(name string) []string { return nameTokens(strings.Clone(name)) })

func nameTokens(name string) []string {
	all := strings.Fields(name)
	var buf, buf1 [32]byte // room for bare tokens, looked up in lexicons
	for len(all) > 1 && nameSuffixes[string(bareBytes(buf[:0], all[len(all)-1]))] {
		all = all[:len(all)-1]
	}
	var out []string
	for i := 0; i < len(all); i++ {
		t := all[i]
		b := bareBytes(buf[:0], t) // looked up in several lexicons below
		// "bin Salman" is a patronymic, one surname: "Mohammed bin
		// Salman" is "bin Salman" in later mentions, while "Salman" alone
		// is his father, King Salman.
		if patronymics[string(b)] && i+1 < len(all) && (i > 0 || len(all) == 2) {
			out = append(out, t+" "+all[i+1])
			i++
			continue
		}
		if particles[string(b)] && !isCapitalised(t) {
			continue
		}
		// `Robert "Bobby" Keane`: a nickname in quotation marks is no
		// part of the name (the headline's "Bobby Keane" is the same
		// man by his given name's diminutive).
		if i > 0 && isNickname(t) {
			continue
		}
		// "Tamim bin Hamad Al Thani" is "al Thani" and "Al-Thani": inside
		// a name the Arabic article belongs to the surname in any case.
		if i > 0 && i+1 < len(all) && arabicArticleWords[string(b)] {
			continue
		}
		// "Van der Walt" opening a sentence: a capitalised particle before
		// a lower-case one is part of the surname, not a given name ("Van
		// Morrison" and "Al Gore" keep theirs).
		if i == 0 && len(all) > 2 && particles[string(b)] && particles[string(bareBytes(buf1[:0], all[1]))] && !isCapitalised(all[1]) {
			continue
		}
		// "De La Roche" is "De la Roche": a particle after another inside
		// the name goes in either case.
		if i > 0 && i+1 < len(all) && particles[string(b)] && bareIn(particles, all[i-1]) {
			continue
		}
		out = append(out, t)
	}
	if len(out) == 0 {
		out = all
	}
	return out
}

// nameSuffix returns the generational suffix of a name, lower case and in
// one spelling ("Jr.", "Jnr" → "jr"), or "".
func nameSuffix(name string) string {
	var buf [32]byte
	if last, ok := lastOfSeveral(name); ok && nameSuffixes[string(bareBytes(buf[:0], last))] {
		s := bare(last)
		if f, ok := suffixForms[s]; ok {
			return f
		}
		return s
	}
	return ""
}

// Suffix returns the generational suffix of a personal name in one
// spelling, lower case ("Jr.", "Jnr" → "jr"), or "" when it has none.
func Suffix(name string) string { return nameSuffix(name) }

// suffixForms are the British spellings of the generational suffixes.
var suffixForms = map[string]string{"jnr": "jr", "snr": "sr"}

// IsSurname reports whether a name is a surname alone, its particles
// aside ("Putin", "van der Walt", "al-Assad").
func IsSurname(name string) bool { return len(nameTokens(name)) == 1 }

// ParticleLed reports whether a name is one word after particles only, in
// any case: "Al Mansouri", "Van Der Berg", "de la Vega". Such a name may
// be a surname, or a given name and a surname ("Al Gore").
func ParticleLed(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 {
		return false
	}
	for _, w := range f[:len(f)-1] {
		if !bareIn(particles, w) {
			return false
		}
	}
	return true
}

// SurnameKey returns the lookup key of a personal name's surname: its last
// token that is not a particle or a generational suffix, folded as Key
// folds it ("Donald Trump Jr." → "trump", "Ursula von der Leyen" →
// "leien"). A one-word name is its own surname.
func SurnameKey(name string) string { return lastTokenKey(name) }

// lastTokenKey is the surname key of a name: the folded last token.
func lastTokenKey(name string) string { return lastKeys.get(name) }

// lastKeys remembers the keys of the last names of the names seen.
var lastKeys = newMemo(1<<17, lastKey)

// nameKeys is what Resolve and Cluster take of each distinct name: its
// Key, the key of its surname (lastTokenKey), its generational suffix
// (nameSuffix) and its tokens (nameTokens, shared and only read).
type nameKeys struct {
	key, last, suffix string
	toks              []string
}

// formKeys remembers the nameKeys of the names seen, which one look-up
// finds together. A name new to it is keyed through Key and lastTokenKey,
// so that they know it too when asked for it later. The suffix and the
// tokens are taken from a clone, as the name may be a slice of an
// article's text.
var formKeys = newMemo(1<<17, func(name string) nameKeys {
	c := strings.Clone(name)
	toks := nameTokens(c)
	last := lastKeys.getWith(name, func(string) string { return tokensLastKey(toks) })
	return nameKeys{Key(name), last, nameSuffix(c), toks}
})

// formKeysOf is formKeys.get(name) for a caller that keeps the result
// itself (Cluster keys each distinct name once): a name the memo does not
// know is keyed here and not remembered, in keys and lastKeys neither, so
// that no shared table grows by a whole corpus's names between two
// Forgets. The tokens are slices of name.
func formKeysOf(name string) nameKeys {
	if nk, ok := formKeys.peek(name); ok {
		return nk
	}
	toks := nameTokens(name)
	return nameKeys{key(name), tokensLastKey(toks), nameSuffix(name), toks}
}

func lastKey(name string) string { return tokensLastKey(nameTokens(name)) }

// tokensLastKey is lastKey of a name of the tokens toks (nameTokens).
func tokensLastKey(toks []string) string {
	if len(toks) == 0 {
		return ""
	}
	return tokenKey(stripArticlePrefix(toks[len(toks)-1]))
}

// stripArticlePrefix drops a hyphenated article or particle in front of a
// surname ("al-Assad" → "Assad", "as-Sisi" → "Sisi"), which outlets write
// or leave out at will.
func stripArticlePrefix(t string) string {
	i := strings.IndexAny(t, "-‐")
	if i <= 0 || i+1 >= len(t) {
		return t
	}
	if p := strings.ToLower(t[:i]); particles[p] || arabicArticles[p] {
		_, n := utf8.DecodeRuneInString(t[i:])
		return t[i+n:]
	}
	return t
}

// arabicArticles are the assimilated forms of the Arabic article.
var arabicArticles = wordSet(`ad as ash at an ar az ul ut`)

// arabicArticleWords are the Arabic article as a word of its own before a
// surname ("al Thani", "El Erian"); the assimilated forms are English
// words ("as", "an") and only count hyphenated.
var arabicArticleWords = wordSet(`al el`)

// surnameWithArticle reports whether a name's surname carries the Arabic
// article, written with a hyphen or a space in any case: "Mohammed bin
// Abdulrahman Al-Thani", "al Thani", "Al Thani".
func surnameWithArticle(name string) bool {
	// The last two fields of strings.Fields, read from the end.
	rest, last := lastField(name)
	_, prev := lastField(rest)
	return last != "" && hasArabicArticle(last) || prev != "" && bareIn(arabicArticleWords, prev) && isCapitalised(last)
}

// patronymics are the particles that make the next name a father's: the
// two words are one surname.
var patronymics = wordSet(`bin bint ibn`)

// particles are the lower-case words that belong inside personal names.
var particles = map[string]bool{
	"von": true, "van": true, "der": true, "den": true, "de": true, "da": true,
	"di": true, "du": true, "la": true, "le": true, "del": true, "della": true,
	"dos": true, "das": true, "do": true, "bin": true, "bint": true, "ibn": true,
	"al": true, "el": true, "ter": true, "ten": true, "zu": true, "y": true,
	"abu": true, "ben": true,
}

// SameName reports whether two personal names, each of a given name and a
// surname at least, can name one person: the same surname, the given
// names and initials of the shorter among the longer's in order, and no
// two different generational suffixes. "marcus whitfield jr", "Marcus J.
// Whitfield Jr." and "Marcus Whitfield" are one person; "Marcus Whitfield
// Jr." and "Marcus Whitfield Sr." are not.
func SameName(a, b string) bool {
	ta, tb := nameTokens(a), nameTokens(b)
	if len(ta) < 2 || len(tb) < 2 || lastTokenKey(a) != lastTokenKey(b) {
		return false
	}
	if sa, sb := nameSuffix(a), nameSuffix(b); sa != "" && sb != "" && sa != sb {
		return false
	}
	return compatible(ta, tb)
}

// bareIn reports set[bare(t)] without a string of its own for bare(t):
// an ASCII token is lowered into a buffer on the stack, where bare would
// allocate a lowered copy of every capitalised word.
func bareIn(set map[string]bool, t string) bool {
	var buf [32]byte
	return set[string(bareBytes(buf[:0], t))]
}

// bareIs reports bare(t) == w without a string of its own for bare(t),
// as bareIn does.
func bareIs(t, w string) bool {
	var buf [32]byte
	return string(bareBytes(buf[:0], t)) == w
}

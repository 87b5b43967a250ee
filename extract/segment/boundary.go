package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isBoundary decides whether the stop text[i:j], followed by space and the
// next token at m, ends the sentence that began at s.
func isBoundary(text string, s, i, j, m, end int) bool {
	next, nextWord, quoted := nextToken(text, m, end)
	switch {
	case next == ' ':
		// only quotes or brackets follow, and they close this sentence:
		// `ready . "` in tokenised text
		return false
	case unicode.IsLower(next):
		// "Why?" he asked. / e.g. some / U.S. officials
		return false
	case strings.ContainsRune(",;:)]}%.!?…", next):
		// the stop belongs to a token ("U.S." before a final "."), or the text goes on
		return false
	case next == '|':
		// a bar goes on to the next field of a layout line: "Related: Who
		// won? | Ten facts about tides"
		return false
	}
	stop := text[i:j]
	if strings.ContainsAny(stop, "!?‼⁇⁈⁉") {
		return !namedSpeakerFollows(text, j, m, end)
	}
	if stop != "." {
		// An ellipsis ends a sentence only before a word that plainly starts
		// one: "… It will be" splits, "… Russia is" (an elision) does not.
		return quoted || isStarter(nextWord)
	}
	word := wordBefore(text, s, i)
	if word != "" && !hasLetter(word) && text[s:i] == word {
		return false // a list number opens the line: "10. Netherlands 8.30"
	}
	return periodEnds(word, next, nextWord, quoted)
}

// maxSpeakerWords bounds the capitalised words of a speaker's name
// between a quoted question and its verb ("Mr Ashdown asked.").
const maxSpeakerWords = 3

// namedSpeakerFollows reports whether a question or exclamation that ends
// inside a quote (the closing mark at j, before the space up to m) is
// followed by its attribution alone: a name of a few capitalised words and
// a verb of saying that ends the clause (`"Why?" Lind asked.`, `"No!"
// Mr Roe shouted, and left`). The question is that sentence's start, not
// a sentence of its own; "Critics say it is" is no attribution.
func namedSpeakerFollows(text string, j, m, end int) bool {
	if !strings.ContainsAny(text[j:m], "\"”’'") {
		return false
	}
	i := m
	for n := 0; n <= maxSpeakerWords && i < end; n++ {
		w := i
		for w < end {
			c, size := utf8.DecodeRuneInString(text[w:end])
			if !unicode.IsLetter(c) && c != '\'' && c != '’' && c != '-' {
				break
			}
			w += size
		}
		if w == i {
			return false
		}
		word := text[i:w]
		first, _ := utf8.DecodeRuneInString(word)
		if n > 0 && speechVerbs[word] {
			return w >= end || strings.ContainsRune(".,:;", rune(text[w]))
		}
		if !unicode.IsUpper(first) {
			return false
		}
		i = w
		if i < end && text[i] == '.' && titles[strings.ToLower(word)] {
			i++ // "Mr. Lind"
		}
		if i >= end || text[i] != ' ' {
			return false
		}
		i++
	}
	return false
}

// periodEnds decides a single full stop after word, before the token that
// starts with next (a capital, digit or symbol) and the word nextWord.
func periodEnds(word string, next rune, nextWord string, quoted bool) bool {
	if word == "" || !hasLetter(word) {
		// a lone stop (". " in tokenised text) or a number: "in 1996. The"
		return true
	}
	lw := strings.ToLower(word)
	switch {
	case titles[lw]:
		return false // Mr. Putin, Gen. Smith, St. Petersburg
	case isInitial(word) || isInitial(afterSlash(word)):
		// J. K. Rowling, "(Agency/J. Doe)" in a photo credit, George W. Bush; but "World War I. It was" ends
		return nextWord != "A" && nextWord != "I" && isStarter(nextWord)
	case unicode.IsDigit(next) && (numbered[lw] || months[lw]):
		return false // No. 3, Dec. 3, Jan. 2025
	case inner[lw]:
		return false // e.g., i.e., vs.
	case contains(word, ".") || enders[lw] || states[lw]:
		// U.S., a.m., Inc., Calif. end a sentence only when the next word
		// plainly starts one: "the U.S. President" and "U.S. $2" go on,
		// "the U.S. The" ends.
		return quoted || isStarter(nextWord)
	}
	return true
}

// nextToken returns the first rune of the token at m after its opening quotes
// and brackets, the word it starts, and whether an opening quote came first.
// r is ' ' when only quotes or brackets follow, up to a space or the end.
func nextToken(text string, m, end int) (r rune, word string, quoted bool) {
	i := m
	for i < end {
		c, size := utf8.DecodeRuneInString(text[i:end])
		if !isOpener(c) {
			break
		}
		quoted = quoted || c != '(' && c != '[' && c != '{'
		i += size
	}
	if i >= end {
		return ' ', "", quoted
	}
	r, _ = utf8.DecodeRuneInString(text[i:end])
	if isSpace(r) {
		return ' ', "", quoted
	}
	w := i
	for w < end {
		c, size := utf8.DecodeRuneInString(text[w:end])
		if !unicode.IsLetter(c) && c != '\'' && c != '’' {
			break
		}
		w += size
	}
	if w < end && (text[w] == '-' || text[w] == '.') {
		// a compound ("Under-Secretary") or an abbreviation ("No.1") is a
		// name or a noun, not a starter
		return r, "", quoted
	}
	return r, text[i:w], quoted
}

// wordBefore returns the token that ends at i (the stop's position), without
// the opening quotes or brackets it starts with.
func wordBefore(text string, s, i int) string {
	w := i
	for w > s {
		c, size := utf8.DecodeLastRuneInString(text[s:w])
		if isSpace(c) || isOpener(c) && c != '\'' {
			break
		}
		w -= size
	}
	return strings.TrimLeft(text[w:i], "\"'(['‘“")
}

// afterSlash returns the part of word after its last slash when a word
// in lower case, such as an outlet's name, comes before it: "J" in
// "Agency/J". An abbreviation of capitals ("S/P") and a word with no
// slash give "".
func afterSlash(word string) string {
	k := strings.LastIndexByte(word, '/')
	if k < 0 || strings.ToUpper(word[:k]) == word[:k] {
		return ""
	}
	return word[k+1:]
}

// isInitial reports whether word is one capital letter: "J" in "J. K. Rowling".
func isInitial(word string) bool {
	r, size := utf8.DecodeRuneInString(word)
	return size == len(word) && unicode.IsUpper(r)
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// isStarter reports whether w is a word that commonly opens an English
// sentence and rarely continues a name: a capitalised function word.
func isStarter(w string) bool {
	if w == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	return starters[strings.ToLower(w)]
}

func set(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// titles precede a name and never end a sentence.
var titles = set(`mr mrs ms mx messrs mmes dr prof gen gens sen sens rep reps gov govs lt col cols
	sgt capt cpl pvt adm maj cmdr brig rev revd fr hon pres supt insp det st ste mt ft atty amb
	mme mlle sra sta hr dipl`)

// numbered abbreviations precede a number: "No. 3", "pp. 12".
var numbered = set(`no nos vol vols art arts p pp fig figs ch chap sec secs para op nr tel ed eds pt pts`)

// months abbreviated before a day or year: "Dec. 3", "Jan. 2025".
var months = set(`jan feb mar apr jun jul aug sep sept oct nov dec`)

// inner abbreviations sit inside a sentence whatever follows.
var inner = set(`e.g i.e vs v cf viz approx ca incl esp resp a.k.a aka et al`)

// enders are abbreviations that may also close a sentence.
var enders = set(`inc corp ltd co cos plc bros jr sr etc llc lp dept univ assn est govt ave blvd`)

// states are the dateline abbreviations of US states: "IRVINE, Calif. 1996-08-29".
var states = set(`ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn
	miss mo mont neb nebr nev okla ore pa penn tenn tex va vt wash wis wisc wyo`)

// starters are capitalised words that open sentences far more often than they
// continue a name after an abbreviation such as "U.S.".
var starters = set(`the a an this that these those there here it its he she they we i you his her
	their our my your him them but and or so yet nor however meanwhile moreover furthermore
	nevertheless nonetheless still also then now thus hence instead indeed in on at for from after
	before since while when where whereas as if although though because despite during under
	over with without by to of about among between against what who whom whose why how which
	some many most all both each every no not none one another other such several few neither
	either asked said according earlier later last next once today yesterday tomorrow`)

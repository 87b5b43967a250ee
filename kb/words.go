package kb

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// plainWords calls add with every plain word (ASCII letters and digits,
// lower case) the full-text index may hold for text: the words a change
// to text touches in the search postings. It errs on the side of more
// words: besides each word as the index folds it (diacritics removed),
// every ASCII run inside a word with other letters counts too, so that a
// difference in how a rare character splits a word can only cost a
// posting list rebuilt for nothing.
func plainWords(text string, add func(string)) {
	text = foldLetters(text)
	var buf []byte
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !wordRune(r) {
			i += n
			continue
		}
		j := i
		ascii := true
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !wordRune(r) {
				break
			}
			ascii = ascii && r < utf8.RuneSelf
			j += n
		}
		word := text[i:j]
		i = j
		if ascii {
			add(lowerASCII(buf[:0], word))
			continue
		}
		// Folded as the index folds it: decomposed, marks dropped.
		buf = buf[:0]
		plain := true
		for _, r := range norm.NFD.String(word) {
			switch {
			case unicode.Is(unicode.Mn, r):
			case r < utf8.RuneSelf:
				buf = append(buf, byte(unicode.ToLower(r)))
			default:
				plain = false
			}
		}
		if plain && len(buf) > 0 {
			add(string(buf))
		}
		for k := 0; k < len(word); {
			if word[k] >= utf8.RuneSelf || !wordRune(rune(word[k])) {
				k++
				continue
			}
			e := k
			for e < len(word) && word[e] < utf8.RuneSelf && wordRune(rune(word[e])) {
				e++
			}
			add(lowerASCII(buf[:0], word[k:e]))
			k = e
		}
	}
}

// letterFolder spells the letters that carry no combining mark, which the
// index's tokenizer keeps as they are, the way English-language copy
// writes them: "Jorgen" then finds "Jørgen", "Malgorzata" "Małgorzata".
var letterFolder = strings.NewReplacer(
	"ø", "o", "Ø", "O", "ł", "l", "Ł", "L", "ß", "ss", "æ", "ae", "Æ", "Ae", "œ", "oe", "Œ", "Oe",
	"đ", "d", "Đ", "D", "ð", "d", "Ð", "D", "þ", "th", "Þ", "Th", "ı", "i", "ħ", "h", "Ħ", "H",
)

// foldLetters applies letterFolder to text indexed or searched; the
// stored text keeps its letters.
func foldLetters(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return letterFolder.Replace(s)
		}
	}
	return s
}

func wordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Co)
}

func lowerASCII(buf []byte, s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return string(buf)
}
